//! Property tests over arbitrary Unicode text (issue #8): whatever the text
//! (astral characters, CRLF, NUL, combining marks, right-to-left text, random
//! quotation marks; see `support/texts.rs`), the document keeps its contract:
//!
//! - every span lies inside the text and never splits a surrogate pair;
//! - every `text` field equals the slice its offsets cover;
//! - dates, quotes, bylines and each entity's mentions come in text order;
//! - entity ids are unique (`e1`, `e2`, … in order), every quote's speaker is
//!   one of them;
//! - the JSON parses back to the same document, `explain` only adds `rule`s,
//!   and a caller's reference date is the one used.
//!
//! The last test writes the same generator's texts, with fixed seeds, and
//! their native JSON for the wasm build to compare against
//! (`tests/parity/native_wasm.test.mjs`, run by `scripts/test.sh`).

#[path = "support/texts.rs"]
mod texts;

use article_annotator::document::{Document, Range, TextRange};
use article_annotator::{annotate, Options};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

/// Checks one `[start, end)` range against the text's UTF-16 units and
/// returns the slice it covers.
fn slice(units: &[u16], start: usize, end: usize, what: &str) -> Result<String, TestCaseError> {
    prop_assert!(start <= end && end <= units.len(), "{what} {start}..{end} outside 0..{}", units.len());
    for edge in [start, end] {
        let splits = edge > 0
            && edge < units.len()
            && (0xD800..0xDC00).contains(&units[edge - 1])
            && (0xDC00..0xE000).contains(&units[edge]);
        prop_assert!(!splits, "{what} {start}..{end} splits a surrogate pair at {edge}");
    }
    String::from_utf16(&units[start..end]).map_err(|_| TestCaseError::fail(format!("{what} {start}..{end} is not whole characters")))
}

fn check_text_range(units: &[u16], r: &TextRange, what: &str) -> Result<(), TestCaseError> {
    prop_assert_eq!(&slice(units, r.start, r.end, what)?, &r.text, "{} {}..{}", what, r.start, r.end);
    Ok(())
}

fn check_range(units: &[u16], r: &Range, what: &str) -> Result<(), TestCaseError> {
    slice(units, r.start, r.end, what).map(|_| ())
}

fn check_sorted(starts: impl Iterator<Item = (usize, usize)>, what: &str) -> Result<(), TestCaseError> {
    let v: Vec<(usize, usize)> = starts.collect();
    prop_assert!(v.windows(2).all(|w| w[0] <= w[1]), "{what} out of order: {v:?}");
    Ok(())
}

/// Every invariant of the document for `text`.
fn check_document(text: &str, doc: &Document) -> Result<(), TestCaseError> {
    let units: Vec<u16> = text.encode_utf16().collect();
    prop_assert_eq!(doc.text_length, units.len());

    let parts = &doc.document;
    if let Some(h) = &parts.headline {
        check_range(&units, h, "headline")?;
    }
    if let Some(p) = &parts.published {
        check_range(&units, &Range { start: p.start, end: p.end }, "published")?;
    }
    for b in &parts.bylines {
        check_text_range(&units, b, "byline")?;
    }
    for r in parts.captions.iter().chain(&parts.boilerplate) {
        check_range(&units, r, "caption or boilerplate")?;
    }
    check_sorted(parts.bylines.iter().map(|b| (b.start, b.end)), "bylines")?;
    check_sorted(parts.captions.iter().map(|b| (b.start, b.end)), "captions")?;
    check_sorted(parts.boilerplate.iter().map(|b| (b.start, b.end)), "boilerplate")?;

    for (i, e) in doc.entities.iter().enumerate() {
        prop_assert_eq!(&e.id, &format!("e{}", i + 1), "entity ids are e1, e2, … in order");
        prop_assert!(!e.name.is_empty(), "entity {} has no name", e.id);
        prop_assert!(!e.mentions.is_empty(), "entity {} has no mention", e.id);
        for m in &e.mentions {
            check_text_range(&units, m, "mention")?;
            prop_assert!(m.start < m.end, "empty mention of {}", e.id);
        }
        check_sorted(e.mentions.iter().map(|m| (m.start, m.end)), "mentions")?;
    }
    let mut ids: Vec<&str> = doc.entities.iter().map(|e| e.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    prop_assert_eq!(ids.len(), doc.entities.len(), "entity ids are unique");

    for d in &doc.dates {
        check_text_range(&units, &TextRange { start: d.start, end: d.end, text: d.text.clone(), rule: None }, "date")?;
        prop_assert!(d.start < d.end, "empty date");
        prop_assert!(!d.value.is_empty(), "date {:?} has no value", d.text);
    }
    check_sorted(doc.dates.iter().map(|d| (d.start, d.end)), "dates")?;

    for q in &doc.quotes {
        check_text_range(&units, &TextRange { start: q.start, end: q.end, text: q.text.clone(), rule: None }, "quote")?;
        for r in q.speaker_mention.iter().chain(&q.cue) {
            check_text_range(&units, r, "speaker mention or cue")?;
        }
        if let Some(id) = &q.speaker {
            prop_assert!(doc.entities.iter().any(|e| &e.id == id), "quote speaker {} is no entity", id);
        }
    }
    check_sorted(doc.quotes.iter().map(|q| (q.start, q.end)), "quotes")?;

    // The JSON is valid and says exactly what the document says.
    let json = doc.to_json();
    let parsed: serde_json::Value = serde_json::from_str(&json).map_err(|e| TestCaseError::fail(format!("bad JSON: {e}")))?;
    prop_assert_eq!(parsed, serde_json::to_value(doc).unwrap());
    Ok(())
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
