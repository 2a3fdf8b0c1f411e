//! Offsets are UTF-16 code units of the input, whatever comes before a span:
//! curly quotation marks, €, emoji (two units each) and Korean text.

use article_annotator::{annotate, Options};

const BODY: &str = "Defense Minister Jeong Kyeong-doo met Taro Kono in Bangkok on Nov. 17.\n\n“We disagree,” Jeong said.";

fn units(s: &str) -> Vec<u16> {
    s.encode_utf16().collect()
}

#[test]
fn spans_shift_with_every_prefix() {
    let base = annotate(BODY, &Options::default());
    assert!(!base.entities.is_empty() && !base.dates.is_empty() && !base.quotes.is_empty());
    for prefix in ["", "“€” ", "😀 ", "😀😀“x” € ", "한국어 기사 ", "e\u{301} ", "\u{feff}"] {
        let text = format!("{prefix}{BODY}");
        let doc = annotate(&text, &Options::default());
        let shift = prefix.encode_utf16().count();
        let u = units(&text);
        let slice = |a: usize, b: usize| String::from_utf16(&u[a..b]).unwrap();
        assert_eq!(doc.text_length, u.len());
        assert_eq!(doc.entities.len(), base.entities.len(), "prefix {prefix:?}");
        for (e, b) in doc.entities.iter().zip(&base.entities) {
            assert_eq!(e.name, b.name);
            for (m, bm) in e.mentions.iter().zip(&b.mentions) {
                assert_eq!((m.start, m.end), (bm.start + shift, bm.end + shift), "prefix {prefix:?}");
                assert_eq!(slice(m.start, m.end), m.text);
            }
        }
        for (d, b) in doc.dates.iter().zip(&base.dates) {
            assert_eq!((d.start, d.end), (b.start + shift, b.end + shift));
            assert_eq!(slice(d.start, d.end), d.text);
        }
        // The prefix may hold a quotation of its own ("“€”"): compare the story's.
        let q = doc.quotes.iter().find(|q| q.text == "We disagree,").expect("the quotation");
        let b = &base.quotes[0];
        assert_eq!((q.start, q.end), (b.start + shift, b.end + shift));
        assert_eq!(slice(q.start, q.end), "We disagree,");
    }
}

#[test]
fn emoji_inside_a_quotation() {
    let text = "“Great day 😀 for us,” said Mayor Ana Ruiz.";
    let doc = annotate(text, &Options::default());
    let q = &doc.quotes[0];
    assert_eq!(q.text, "Great day 😀 for us,");
    // The emoji is two UTF-16 code units.
    assert_eq!((q.start, q.end), (1, 21));
    let ruiz = &doc.entities.iter().find(|e| e.name == "Ana Ruiz").unwrap().mentions[0];
    assert_eq!(String::from_utf16(&units(text)[ruiz.start..ruiz.end]).unwrap(), "Ana Ruiz");
}
