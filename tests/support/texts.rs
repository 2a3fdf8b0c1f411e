//! Generated article-like texts for the property tests (issue #8), shared by
//! `tests/properties.rs` (the invariants) and the native ≡ wasm comparison
//! (`tests/parity/`): both draw from these strategies.
//!
//! A text is a run of pieces: words and names that wake every stage (titles,
//! verbs of saying, months, organizations), quotation marks of every kind, and
//! the characters that break naive offset arithmetic: astral characters (two
//! UTF-16 units), CRLF, NUL and other controls, combining marks, right-to-left
//! text and bidi controls, zero-width joiners, line and paragraph separators,
//! plus any Unicode scalar value at all.

use proptest::prelude::*;

/// Pieces that exercise the annotator's stages.
pub const NEWS_PIECES: &[&str] = &[
    "said", "says", "told", "added", "according to", "he", "she", "they", "the", "a", "of", "and", "that", "in", "on",
    "Minister", "President", "Dr.", "Mr.", "Ms.", "Gen.", "Secretary", "spokeswoman", "Ministry", "Agency",
    "Treaty", "Agreement", "Accord", "Council", "University", "Inc.", "Corp.", "Ana", "Ruiz", "Maria", "Okafor",
    "Kim", "Min-jun", "Lee", "Oslo", "Paris", "Seoul", "Lagos", "Brazil", "NATO", "U.N.", "U.S.", "EU", "WHO",
    "Nov.", "17", "2021", "2021-03-04", "March", "Friday", "yesterday", "last week", "next year", "09:30", "a.m.",
    "two months ago", "Posted on :", "Updated", "By", "Related stories", "Advertisement", "(Photo by", "Jr.", "'s",
    "’s", "’90s", "O'Brien", "McDonald", "van der", "al-", "St.", "Fort", "–", "—", "-", "…", ".", ",", ":", ";",
    "?", "!", "(", ")", "[", "]", "/", "&", "#", "@", "%", "$", "€", "£", "¥",
];

/// Every quotation mark the segmenter knows, and some it may not.
pub const QUOTE_MARKS: &[&str] = &[
    "\"", "'", "“", "”", "‘", "’", "«", "»", "‹", "›", "„", "‚", "「", "」", "『", "』", "``", "''", "〝", "〞",
    "＂", "‟", "‛", "❝", "❞", "\u{2e42}",
];

/// Characters and sequences that break offset arithmetic or line handling.
pub const AWKWARD: &[&str] = &[
    "\r\n", "\r", "\n", "\n\n", "\t", "\0", "\u{b}", "\u{c}", "\u{85}", "\u{2028}", "\u{2029}", "\u{a0}", "\u{200b}",
    "\u{200d}", "\u{feff}", "\u{301}", "\u{308}", "\u{20dd}", "e\u{301}", "a\u{308}\u{304}", "\u{200f}", "\u{202e}",
    "\u{2066}", "\u{2069}", "قال", "وزير الخارجية", "שלום", "😀", "👨\u{200d}👩\u{200d}👧", "🇰🇷", "𝕏", "𠀋", "\u{10ffff}",
    "\u{e000}", "\u{fffd}", "한국", "국방부 장관은", "Москва", "заявил", "Ω", "ﬁ", "Ａ", "İ", "ß", "ǅ",
];

/// One piece of text.
pub fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => proptest::sample::select(NEWS_PIECES).prop_map(str::to_string),
        3 => proptest::sample::select(QUOTE_MARKS).prop_map(str::to_string),
        3 => proptest::sample::select(AWKWARD).prop_map(str::to_string),
        2 => any::<char>().prop_map(String::from),
        // A capitalised word of random letters: an unknown name.
        1 => (proptest::char::range('A', 'Z'), proptest::collection::vec(proptest::char::range('a', 'z'), 1..8))
            .prop_map(|(first, rest)| std::iter::once(first).chain(rest).collect()),
    ]
}

/// A text of fewer than `max_pieces` pieces, most followed by a space, some
/// running into the next one as pasted text does.
pub fn text(max_pieces: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec((piece(), any::<u8>()), 0..max_pieces).prop_map(|pieces| {
        let mut out = String::new();
        for (p, sep) in pieces {
            out.push_str(&p);
            if sep % 4 != 0 {
                out.push(' ');
            }
        }
        out
    })
}
