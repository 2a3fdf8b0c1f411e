//! Any text gives a document: random texts built from the pieces that
//! exercise every stage (quotation marks of every kind, titles, names,
//! acronyms, dates, brackets, non-ASCII) must never make the annotator panic,
//! and every span must slice the text on UTF-16 boundaries.

use article_annotator::{annotate, Options};

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const PIECES: &[&str] = &[
    "“", "”", "‘", "’", "\"", "'", "''", "``", "«", "»", "„", "‚", "‹", "›", "「", "」", "『", "』", "(", ")", "[", "]",
    ".", ",", ":", ";", "?", "!", "—", "–", "-", "―", "…", "\n", "\n\n", " ", " ", " ", "  ", "\t", "\r\n", "€", "😀", "한국", "é",
    "said", "says", "told", "added", "according to", "he", "she", "they", "it", "the", "a", "of", "and", "that", "as",
    "Jeong", "Kyeong-doo", "Moon", "Jae-in", "Taro", "Kono", "Mark", "Esper", "Dr.", "Mr.", "Lt.", "Col.", "Minister",
    "Defense", "President", "Secretary", "Ministry", "National", "Agency", "Treaty", "Agreement", "Air", "Force", "Base",
    "U.S.", "S.", "Korea", "Japan", "Washington", "D.C.", "GSOMIA", "GOSMIA", "MND", "NATO", "55th", "Wing", "RS",
    "Nov.", "17", "2019", "2019-11-18", "16:30", "KST", "June", "five", "months", "today", "yesterday", "midnight", "on",
    "Posted on :", "By", "Related stories", "(Photo by", "PENCE:", "Fort", "Joint", "Jr.", "II", "’s", "'s", "’90s", "’n’",
];

fn check(text: &str) {
    let doc = annotate(text, &Options::default());
    let units: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(doc.text_length, units.len());
    let slice = |a: usize, b: usize| {
        assert!(a <= b && b <= units.len(), "span {a}..{b} outside {}", units.len());
        String::from_utf16(&units[a..b]).expect("span splits a surrogate pair")
    };
    for e in &doc.entities {
        for m in &e.mentions {
            assert_eq!(slice(m.start, m.end), m.text);
        }
    }
    for d in &doc.dates {
        assert_eq!(slice(d.start, d.end), d.text);
    }
    for q in &doc.quotes {
        assert_eq!(slice(q.start, q.end), q.text);
        if let Some(s) = &q.speaker_mention {
            assert_eq!(slice(s.start, s.end), s.text);
        }
        if let Some(id) = &q.speaker {
            assert!(doc.entities.iter().any(|e| &e.id == id), "speaker {id} is no entity");
        }
    }
    // The JSON is always valid.
    let json = doc.to_json();
    assert!(json.starts_with('{') && json.ends_with('}'));
}

#[test]
fn random_texts_never_panic() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for round in 0..3000 {
        let len = 1 + (rng.next() % 60) as usize;
        let mut text = String::new();
        for _ in 0..len {
            let piece = rng.pick(PIECES);
            text.push_str(piece);
            if rng.next() % 3 != 0 {
                text.push(' ');
            }
        }
        let result = std::panic::catch_unwind(|| check(&text));
        assert!(result.is_ok(), "round {round} panicked on {text:?}");
    }
}

#[test]
fn edge_cases_never_panic() {
    let cases = [
        "",
        " ",
        "\n\n\n",
        "“",
        "”",
        "\"",
        "'",
        "''",
        "“”",
        "“ ”",
        "said",
        "he said",
        "“Yes,” said",
        "“Yes,” he",
        "Mr.",
        "Mr. .",
        "By",
        "By ,",
        "Posted on :",
        "(",
        ")",
        "GSOMIA (",
        "the Ministry of (MND",
        "55th",
        "’",
        "’n’",
        "Jeong Kyeong-",
        "-doo",
        "U.S.-",
        "\u{feff}“x”",
        "\u{200b}",
        "😀😀😀“😀”😀",
        "a\u{0301}\u{0301}",
    ];
    for text in cases {
        check(text);
    }
    // Long inputs: one long line, and many short paragraphs.
    check(&"word ".repeat(20_000));
    check(&"“Quote,” he said.\n\n".repeat(2_000));
    check(&"“".repeat(5_000));
    check(&"Jeong Kyeong-doo ".repeat(3_000));
}
