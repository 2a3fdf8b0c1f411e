//! Hostile inputs (issue #8): empty and blank texts, 10 MB on one line,
//! 100,000 quotation marks, quotations nested thousands deep, all capitals,
//! all lowercase, a web page's menus around a story, and articles in Korean,
//! Arabic and Russian. Each gives a valid document (the contract of
//! `support/invariants.rs`), says no more than the text supports, and takes
//! time linear in its length.
//!
//! The big inputs run in release only (`scripts/test.sh` runs
//! `cargo test --release --test hostile`); a debug build would take minutes.

#[path = "support/invariants.rs"]
mod invariants;

use article_annotator::{annotate, Document, Options};
use std::time::{Duration, Instant};

fn annotate_checked(text: &str) -> Document {
    let doc = annotate(text, &Options::default());
    if let Err(broken) = invariants::check_document(text, &doc) {
        let head: String = text.chars().take(80).collect();
        panic!("{broken} (text of {} bytes starting {head:?})", text.len());
    }
    doc
}

/// Every annotation: entity mentions, dates and quotes.
fn annotation_count(doc: &Document) -> usize {
    doc.entities.iter().map(|e| e.mentions.len()).sum::<usize>() + doc.dates.len() + doc.quotes.len()
}

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/hostile/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Texts with nothing to find give an empty document, whatever the blanks.
#[test]
fn blank_texts_give_empty_documents() {
    for text in ["", " ", "\n", "\r\n\r\n", "\t\t", "\u{a0}\u{3000}\u{2028}\u{2029}", "\u{feff}", "\0", " \n \n \n ", "\u{200b}\u{200d}"] {
        let doc = annotate_checked(text);
        assert_eq!(annotation_count(&doc), 0, "{text:?}");
        assert!(doc.document.headline.is_none() && doc.document.published.is_none(), "{text:?}");
    }
    let doc = annotate_checked(&" \n\t\r\n".repeat(50_000));
    assert_eq!(annotation_count(&doc), 0);
}

/// Marks without words make no quotes; the pairing survives any order.
#[test]
fn quotation_marks_alone() {
    for text in ["“", "”", "“”", "”“", "\"\"\"", "‘’‘", "«»«", "„“", "「」", "“ ” “ ”", "''", "``''"] {
        let doc = annotate_checked(text);
        assert!(doc.quotes.iter().all(|q| q.text.trim().is_empty() || q.speaker.is_none()), "{text:?}");
        assert!(doc.entities.is_empty(), "{text:?}");
    }
}

/// All capitals and all lowercase: valid documents, the date still read in
/// capitals, and no people invented from lowercase words. (Lowercase "march 3"
/// is left alone: "march" is as likely the verb.)
#[test]
fn all_capitals_and_all_lowercase() {
    let story = "The fisheries minister, Ola Berg, said on Friday, March 3, 2023, that the \
                 Northern Waters Accord would be signed in Oslo. “We are close,” Berg told reporters.\n\n\
                 Talks with Iceland resume next week, the ministry said.";
    let upper = annotate_checked(&story.to_uppercase());
    assert!(upper.dates.iter().any(|d| d.value == "2023-03-03"), "{:?}", upper.dates);
    let lower = annotate_checked(&story.to_lowercase());
    assert!(lower.entities.iter().all(|e| e.kind != "person"), "lowercase words are no people: {:?}", lower.entities);
    assert!(annotation_count(&lower) <= annotation_count(&upper));
}

/// Non-English articles: few or no annotations, no errors. Quotations in
/// “” or «» and ISO dates may be found, and a name in Latin-looking order
/// ("Иван Петров") may be, but nothing else.
#[test]
fn non_english_articles() {
    for name in ["korean.txt", "arabic.txt", "russian.txt"] {
        let text = fixture(name);
        let doc = annotate_checked(&text);
        let quotation_marks = text.matches(['“', '«', '"']).count();
        assert!(doc.quotes.len() <= quotation_marks, "{name}: {:?}", doc.quotes);
        assert!(doc.entities.len() <= 1, "{name}: {:?}", doc.entities);
        assert!(annotation_count(&doc) <= 6, "{name}: {} annotations", annotation_count(&doc));
    }
}

/// A whole web page's text: the story's speaker is found; the menus, share
/// buttons, "Related stories" and the footer name nobody and hold no quote.
#[test]
fn web_page_with_menus() {
    let text = fixture("web-page.txt");
    let doc = annotate_checked(&text);
    assert!(doc.entities.iter().any(|e| e.name == "Ola Berg"), "{:?}", doc.entities);
    let quote = doc.quotes.iter().find(|q| q.text.starts_with("We are not there yet")).expect("the quotation");
    let speaker = quote.speaker.as_ref().expect("a speaker");
    assert_eq!(doc.entities.iter().find(|e| &e.id == speaker).unwrap().name, "Ola Berg");
    let story_start = text.find("Norway and Iceland").unwrap();
    let story_end = text.find("Advertisement\n\nRelated").unwrap();
    let (start, end) = (text[..story_start].encode_utf16().count(), text[..story_end].encode_utf16().count());
    let furniture = ["Home", "World", "Politics", "Business", "Sport", "Culture", "Sign in", "Subscribe", "Search",
        "Menu", "Facebook", "Most read", "Newsletter", "Privacy", "Daily Example", "Contact"];
    for e in &doc.entities {
        for m in &e.mentions {
            assert!(!furniture.contains(&m.text.as_str()), "site furniture annotated: {m:?}");
        }
    }
    for q in &doc.quotes {
        assert!(q.start >= start && q.end <= end, "a quote outside the story: {q:?}");
    }
}

/// 10 MB of prose on one line, no paragraph break anywhere.
#[test]
#[cfg_attr(debug_assertions, ignore = "release only: cargo test --release --test hostile")]
fn ten_megabytes_on_one_line() {
    let sentence = "On Friday, Fisheries Minister Ola Berg said “talks go on” in Oslo, where the Northern Waters Accord was signed. ";
    let text = sentence.repeat(10_000_000 / sentence.len() + 1);
    assert!(text.len() >= 10_000_000 && !text.contains('\n'));
    let doc = annotate_checked(&text);
    assert!(doc.entities.iter().any(|e| e.name == "Ola Berg"));
}

/// 100,000 quotation marks, in runs of one kind and mixed.
#[test]
#[cfg_attr(debug_assertions, ignore = "release only: cargo test --release --test hostile")]
fn a_hundred_thousand_quotation_marks() {
    for text in ["“".repeat(100_000), "”".repeat(100_000), "\"".repeat(100_000), "“”".repeat(50_000), "« ‹ „ ‚ ".repeat(25_000)] {
        annotate_checked(&text);
    }
    annotate_checked(&"“Yes,” she said. ".repeat(100_000 / 2));
}

/// Quotations nested 10,000 deep, closed and unclosed.
#[test]
#[cfg_attr(debug_assertions, ignore = "release only: cargo test --release --test hostile")]
fn deeply_nested_quotations() {
    let depth = 10_000;
    let open = "“a ‘b ".repeat(depth / 2);
    let close = " c’ d”".repeat(depth / 2);
    annotate_checked(&format!("{open}words{close} Ola Berg said."));
    annotate_checked(&format!("{open}words Ola Berg said."));
    annotate_checked(&format!("Ola Berg said {close}"));
    annotate_checked(&format!("{}x{}", "«".repeat(depth), "»".repeat(depth)));
}

/// Makes a hostile text of about `n` bytes.
type MakeText = fn(usize) -> String;

/// Hostile texts of any length, for the linearity check.
fn hostile_kinds() -> Vec<(&'static str, MakeText)> {
    fn fill(unit: &str, n: usize) -> String {
        unit.repeat(n / unit.len() + 1)
    }
    vec![
        ("prose on one line", |n| fill("On Friday, Minister Ola Berg said “talks go on” in Oslo on Nov. 17. ", n)),
        // Regressions, issue #8: these three were quadratic (every sentence
        // boundary scanned every quotation; every pronoun every earlier quote
        // and sentence; every opening mark quoted to the paragraph's end).
        ("short paragraphs", |n| fill("“Quote,” he said.\n\n", n)),
        ("quotations on one line", |n| fill("“Yes,” she said. ", n)),
        ("opening quotation marks", |n| fill("“", n)),
        ("paired quotation marks", |n| fill("“x” ", n)),
        ("nested quotation marks", |n| fill("“‘", n)),
        ("all capitals", |n| fill("THE MINISTER SAID “NO” ON FRIDAY IN OSLO. ", n)),
        ("all lowercase", |n| fill("the minister said “no” on friday in oslo. ", n)),
        ("one long word", |n| "a".repeat(n)),
        ("dates", |n| fill("on Nov. 17, 2021, last week, at 9:30 a.m. and ", n)),
        ("web menus", |n| fill("Home\nWorld\nSign in\nRelated stories\nAdvertisement\n", n)),
        ("Korean", |n| fill("김민수 차관은 “다음 달에 다시 만날 계획”이라고 말했다. ", n)),
        ("distinct names", |n| {
            // Each sentence names a new person: entities grow with the text.
            let mut s = String::new();
            let mut i = 0usize;
            while s.len() < n {
                let name = |k: usize| -> String {
                    let mut w = String::from("B");
                    let mut k = k;
                    loop {
                        w.push((b'a' + (k % 26) as u8) as char);
                        k /= 26;
                        if k == 0 {
                            break w;
                        }
                    }
                };
                s.push_str(&format!("Minister {} {} said “no.” ", name(i), name(i + 7)));
                i += 1;
            }
            s
        }),
    ]
}

/// The fastest of `runs` annotations of `text`.
fn fastest(text: &str, runs: usize) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(annotate(std::hint::black_box(text), &Options::default()));
            t.elapsed()
        })
        .min()
        .unwrap()
}

/// Linear time on each hostile kind. Wall-clock limits would fail on a slow
/// or busy machine, so this compares two sizes in the same run: a text 4×
/// as long must take less than 10× as long (linear gives 4×, quadratic 16×).
/// Each size takes the fastest of 3 runs, which drops most noise from other
/// processes, and a kind fails only when three measurements in a row exceed
/// the bound. The small size (64 KB) is big enough that its time is
/// milliseconds, not timer resolution.
#[test]
#[cfg_attr(debug_assertions, ignore = "release only: cargo test --release --test hostile")]
fn time_is_linear_in_length() {
    let n = 64 * 1024;
    for (name, make) in hostile_kinds() {
        let (small, large) = (make(n), make(4 * n));
        let ratio = (0..3)
            .map(|_| {
                let (a, b) = (fastest(&small, 3), fastest(&large, 3));
                b.as_secs_f64() / a.as_secs_f64().max(1e-6)
            })
            .find(|&r| r < 10.0);
        match ratio {
            Some(r) => eprintln!("{name}: 4x the text, {r:.1}x the time"),
            None => panic!("{name}: a 4x longer text took 10x as long or more, three times in a row"),
        }
    }
}

/// The hostile kinds at a size the debug build can afford, through the full
/// contract check.
#[test]
fn hostile_kinds_keep_the_contract() {
    for (name, make) in hostile_kinds() {
        let text = make(8 * 1024);
        let doc = annotate(&text, &Options::default());
        if let Err(broken) = invariants::check_document(&text, &doc) {
            panic!("{name}: {broken}");
        }
    }
}
