//! Inputs the fuzzer (`scripts/fuzz.sh`) found breaking the document's
//! contract (issue #8), minimised with libFuzzer's `-minimize_crash=1`.
//! Each row: what broke, and the text. Add a row for every new crash.

#[path = "support/invariants.rs"]
mod invariants;

use article_annotator::{annotate, Options};

const FOUND: &[(&str, &str)] = &[
    (
        // A quotation repeated later takes the later quotation's speaker
        // description, whose mention was pushed first: the group's mentions
        // came out of text order.
        "issue #8: a group's mentions out of order",
        "“F NATO AGREE.\nminister said “.\nminister said “f nato agree",
    ),
];

#[test]
fn fuzzer_findings_keep_the_contract() {
    for (what, text) in FOUND {
        for explain in [false, true] {
            let doc = annotate(text, &Options { explain, ..Options::default() });
            if let Err(broken) = invariants::check_document(text, &doc) {
                panic!("{what}: {broken}\ntext: {text:?}");
            }
        }
    }
}
