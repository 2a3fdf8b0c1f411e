//! The whole pipeline on any bytes (issue #8). The first byte picks the
//! options (bit 0: `explain`; bit 1: a reference date, its day from the
//! second byte); the rest, read as UTF-8 with invalid bytes replaced (as the
//! page's text box would hold them), is the article. Beyond "no panic", every
//! document must keep the contract of `tests/support/invariants.rs`, and the
//! same text must give the same document twice.
#![no_main]

#[path = "../../tests/support/invariants.rs"]
mod invariants;

use article_annotator::{annotate, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else { return };
    let mut options = Options { explain: flags & 1 == 1, ..Options::default() };
    if flags & 2 == 2 {
        let day = rest.first().map_or(1, |b| b % 28 + 1);
        options = options.reference_date(&format!("2020-02-{day:02}")).expect("a real day");
    }
    let text = String::from_utf8_lossy(rest);
    let doc = annotate(&text, &options);
    if let Err(broken) = invariants::check_document(&text, &doc) {
        panic!("{broken}\ntext: {text:?}");
    }
    assert!(annotate(&text, &options) == doc, "two runs gave two documents");
});
