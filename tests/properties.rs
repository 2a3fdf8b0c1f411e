//! Property tests over arbitrary Unicode text (issue #8): whatever the text
//! (astral characters, CRLF, NUL, combining marks, right-to-left text, random
//! quotation marks; see `support/texts.rs`), the document keeps its contract
//! (`support/invariants.rs`: spans inside the text and on character
//! boundaries, `text` fields equal to their slices, spans in order, unique
//! entity ids, speakers that exist, JSON that parses back), `explain` only
//! adds `rule`s, and a caller's reference date is the one used.
//!
//! The last test writes the same generator's texts, with fixed seeds, and
//! their native JSON for the wasm build to compare against
//! (`tests/parity/native_wasm.test.mjs`, run by `scripts/test.sh`).

// proptest is a native dev-dependency; wasm-pack compiles every test file
// for wasm32 before running tests/wasm.rs, so this one compiles to nothing there.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/invariants.rs"]
mod invariants;
#[path = "support/texts.rs"]
mod texts;

use article_annotator::document::Document;
use article_annotator::{annotate, Options};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

/// [`invariants::check_document`] as a proptest failure.
fn check_document(text: &str, doc: &Document) -> Result<(), TestCaseError> {
    invariants::check_document(text, doc).map_err(TestCaseError::fail)
}

/// The document with every `rule` removed.
fn without_rules(doc: &Document) -> serde_json::Value {
    fn strip(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(m) => {
                m.remove("rule");
                m.values_mut().for_each(strip);
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut v = serde_json::to_value(doc).unwrap();
    strip(&mut v);
    v
}

/// `cases` per property; `PROPTEST_CASES=100000` for a long hunt.
fn config(cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(cases);
    ProptestConfig { cases, ..ProptestConfig::default() }
}

proptest! {
    #![proptest_config(config(384))]

    #[test]
    fn every_text_keeps_the_contract(text in texts::text(120)) {
        let doc = annotate(&text, &Options::default());
        check_document(&text, &doc)?;
        // Same text, same document.
        prop_assert_eq!(&annotate(&text, &Options::default()), &doc);
    }

    #[test]
    fn explain_only_adds_rules(text in texts::text(80)) {
        let plain = annotate(&text, &Options::default());
        let explained = annotate(&text, &Options { explain: true, ..Options::default() });
        check_document(&text, &explained)?;
        prop_assert_eq!(without_rules(&explained), without_rules(&plain));
    }

    #[test]
    fn a_given_reference_date_is_used(text in texts::text(80), day in 1u32..=28, month in 1u32..=12, year in 1900u32..2100) {
        let date = format!("{year:04}-{month:02}-{day:02}");
        let doc = annotate(&text, &Options::default().reference_date(&date).unwrap());
        check_document(&text, &doc)?;
        prop_assert_eq!(doc.reference_date.as_deref(), Some(date.as_str()));
    }
}

proptest! {
    #![proptest_config(config(256))]

    /// Any Unicode scalar values at all, no news words.
    #[test]
    fn any_characters(text in proptest::collection::vec(any::<char>(), 0..200).prop_map(|c| c.into_iter().collect::<String>())) {
        check_document(&text, &annotate(&text, &Options::default()))?;
    }

    /// Lines of quotation marks and words: the pairing of marks.
    #[test]
    fn quotation_marks_in_any_order(
        marks in proptest::collection::vec(proptest::sample::select(texts::QUOTE_MARKS), 0..40),
        words in proptest::collection::vec(proptest::sample::select(texts::NEWS_PIECES), 0..40),
    ) {
        let mut text = String::new();
        for (i, m) in marks.iter().enumerate() {
            text.push_str(m);
            if let Some(w) = words.get(i) {
                text.push_str(w);
                text.push(' ');
            }
        }
        check_document(&text, &annotate(&text, &Options::default()))?;
    }
}

/// Number of generated texts the wasm build is compared on.
const PARITY_CASES: usize = 300;

/// Writes `PARITY_CASES` generated texts (fixed seed: the same texts on every
/// run and machine) with the options each uses and the native document's JSON
/// to `target/tmp/wasm-parity-cases.jsonl`. `tests/parity/native_wasm.test.mjs`
/// runs the built wasm package (`www/pkg`) on each and requires byte-identical
/// JSON. The texts are also checked here, so a failure names its side.
#[test]
fn writes_native_outputs_for_the_wasm_comparison() {
    let mut runner = TestRunner::new_with_rng(Config::default(), TestRng::from_seed(RngAlgorithm::ChaCha, &[8u8; 32]));
    let strategy = texts::text(160);
    let mut out = String::new();
    for i in 0..PARITY_CASES {
        let text = strategy.new_tree(&mut runner).expect("a generated text").current();
        let mut options = serde_json::Map::new();
        let mut opts = Options { explain: i % 3 == 1, ..Options::default() };
        if opts.explain {
            options.insert("explain".into(), true.into());
        }
        if i % 5 == 2 {
            opts = opts.reference_date("2024-02-29").unwrap();
            options.insert("reference_date".into(), "2024-02-29".into());
        }
        let doc = annotate(&text, &opts);
        check_document(&text, &doc).unwrap_or_else(|e| panic!("case {i} {text:?}: {e}"));
        let line = serde_json::json!({ "case": i, "text": text, "options": options, "json": doc.to_json() });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("wasm-parity-cases.jsonl");
    std::fs::write(&path, out).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}
