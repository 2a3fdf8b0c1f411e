//! Tokens: words, numbers and single punctuation characters.
//!
//! A word keeps what belongs to it in news English: inner hyphens
//! ("Kyeong-doo", "F-35"), inner apostrophes ("don’t", "Japan’s"), the full
//! stop of a known abbreviation ("Nov.", "Lt.", "Neb.") or of an initial
//! ("A." in "Brittany A. Chase"), and dotted initialisms ("U.S.", "D.C.",
//! "a.m."). Everything else that is not white space is a one-character
//! punctuation token, so every quotation mark is a token of its own.

use crate::lexicon::{self, lazy};
use crate::span::Span;
use crate::hash::HashMap;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Starts with a letter.
    Word,
    /// Starts with a digit: "1,000", "16:30", "55th", "2019-11-18".
    Number,
    /// One character that is neither a letter, a digit nor white space.
    Punct,
}

/// A token and its byte span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

/// The class of an abbreviation in `data/abbreviations.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AbbrevClass {
    Title,
    Month,
    Place,
    Other,
}

lazy! {
    /// Abbreviation (with its full stop) → class.
    pub fn abbreviations() -> HashMap<&'static str, AbbrevClass> {
        lexicon::rows(crate::lexicon::data!("abbreviations.txt"))
            .filter_map(|r| {
                let class = match *r.get(1)? {
                    "title" => AbbrevClass::Title,
                    "month" => AbbrevClass::Month,
                    "place" => AbbrevClass::Place,
                    _ => AbbrevClass::Other,
                };
                Some((r[0], class))
            })
            .collect()
    }
}

/// For each paragraph, in order: its index, its span and the range of the
/// tokens inside it. Tokens and paragraphs are both in text order, so one
/// walk serves every paragraph.
pub fn by_paragraph<'a>(tokens: &'a [Token], paragraphs: &'a [Span]) -> impl Iterator<Item = (usize, Span, std::ops::Range<usize>)> + 'a {
    let mut t = 0;
    paragraphs.iter().enumerate().map(move |(pi, para)| {
        while t < tokens.len() && tokens[t].span.start < para.start {
            t += 1;
        }
        let first = t;
        while t < tokens.len() && tokens[t].span.end <= para.end {
            t += 1;
        }
        (pi, *para, first..t)
    })
}

/// True for the apostrophes that may sit inside a word.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// True for the dashes and hyphens that may join parts of one word.
fn is_joining_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// Splits `text` into tokens. Never fails; spans fall on char boundaries.
///
/// Walks byte offsets, decoding characters where it stands: no vector of
/// the text's characters (8 to 16 bytes each, 80 MB for a 10 MB article).
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 4);
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        if c.is_whitespace() || c == '\u{200b}' || c == '\u{feff}' {
            i += c.len_utf8();
            continue;
        }
        if c.is_alphanumeric() {
            let start = i;
            let kind = if c.is_alphabetic() { TokenKind::Word } else { TokenKind::Number };
            i += c.len_utf8();
            while let Some(p) = char_at(text, i) {
                if p.is_alphanumeric() || is_mark(p) {
                    i += p.len_utf8();
                    continue;
                }
                // Inner hyphen, apostrophe, or (in numbers) , . : / between alphanumerics.
                let after = i + p.len_utf8();
                let Some(next) = char_at(text, after).filter(|n| n.is_alphanumeric()) else { break };
                let before = char_before(text, i);
                // "Japan-U.S.": the initialism after the hyphen is a word of its own.
                let initialism_next = char_at(text, after + next.len_utf8()) == Some('.') && next.is_uppercase();
                // "AT&T", "S&P": an ampersand between capitals, no spaces.
                let ampersand = p == '&' && before.is_some_and(char::is_uppercase) && next.is_uppercase();
                let inner_ok = (is_joining_hyphen(p) && !initialism_next)
                    || ampersand
                    || (is_apostrophe(p) && next.is_alphabetic())
                    || (kind == TokenKind::Number
                        && matches!(p, ',' | '.' | ':' | '/')
                        && next.is_ascii_digit()
                        && before.is_some_and(|b| b.is_ascii_digit()));
                if !inner_ok {
                    break;
                }
                i = after + next.len_utf8();
            }
            let mut end = i;
            if kind == TokenKind::Word && text.as_bytes().get(end) == Some(&b'.') {
                end = word_with_full_stop(text, start, end);
            }
            i = end;
            tokens.push(Token { span: Span::new(start, end), kind });
            continue;
        }
        // Two-character quotation marks of typewritten text: '' and ``.
        let width = if (c == '\'' || c == '`') && char_at(text, i + 1) == Some(c) { 2 } else { c.len_utf8() };
        tokens.push(Token { span: Span::new(i, i + width), kind: TokenKind::Punct });
        i += width;
    }
    tokens
}

/// The character starting at byte `i`, if `i` is inside the text (always a
/// character boundary here).
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// The character ending at byte `i`.
fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// Combining marks stay inside words (decomposed accents, Korean jamo).
fn is_mark(c: char) -> bool {
    ('\u{0300}'..='\u{036f}').contains(&c) || ('\u{1160}'..='\u{11ff}').contains(&c)
}

/// Given a word `text[start..end]` followed by '.', returns the end of the
/// token: past the full stop when it belongs to the word.
fn word_with_full_stop(text: &str, start: usize, end: usize) -> usize {
    let word = &text[start..end];
    let mut letters = word.chars();
    let first = letters.next();
    let word_len = 1 + letters.take(2).count(); // 1, 2, or 3 for "longer"
    // Dotted initialisms: U.S. / D.C. / a.m. / U.S.A. / N.Y. — runs of one or
    // two letters each followed by a full stop, at least two of them.
    if word_len <= 2 {
        let mut j = end + 1; // after the first full stop
        let mut parts = 1;
        loop {
            let mut k = j;
            let mut run = 0;
            while run < 2 {
                match char_at(text, k) {
                    Some(c) if c.is_alphabetic() => {
                        k += c.len_utf8();
                        run += 1;
                    }
                    _ => break,
                }
            }
            if run > 0 && char_at(text, k) == Some('.') {
                parts += 1;
                j = k + 1;
                continue;
            }
            break;
        }
        if parts >= 2 {
            return j;
        }
    }
    let with_stop = &text[start..end + 1];
    if abbreviations().contains_key(with_stop) {
        return end + 1;
    }
    // An initial: one capital letter and a full stop ("A." / "S."), followed by
    // a space and a capitalised word or another initial.
    if word_len == 1 && first.is_some_and(char::is_uppercase) && char_at(text, end + 1) == Some(' ') && char_at(text, end + 2).is_some_and(char::is_uppercase) {
        return end + 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.span.of(text)).collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("Jeong Kyeong-doo said.", &["Jeong", "Kyeong-doo", "said", "."]),
            ("“It’s done,” he said", &["“", "It’s", "done", ",", "”", "he", "said"]),
            ("the U.S. Air Force", &["the", "U.S.", "Air", "Force"]),
            ("in Washington, D.C., today", &["in", "Washington", ",", "D.C.", ",", "today"]),
            ("at 10 a.m. on Nov. 17", &["at", "10", "a.m.", "on", "Nov.", "17"]),
            ("Lt. Col. Kurt Koenigsfeld", &["Lt.", "Col.", "Kurt", "Koenigsfeld"]),
            ("Brittany A. Chase", &["Brittany", "A.", "Chase"]),
            ("S. Korea", &["S.", "Korea"]),
            ("1,000 flights at 16:30", &["1,000", "flights", "at", "16:30"]),
            ("the 55th Wing's F-35s", &["the", "55th", "Wing's", "F-35s"]),
            ("Offutt, Neb.", &["Offutt", ",", "Neb."]),
            ("ended. Then", &["ended", ".", "Then"]),
            ("''Yes,'' she said", &["''", "Yes", ",", "''", "she", "said"]),
            ("Jones’ car", &["Jones", "’", "car"]),
            ("2019-11-18 16:30 KST", &["2019-11-18", "16:30", "KST"]),
            ("I. M. Pei", &["I.", "M.", "Pei"]),
            ("the Japan-U.S. alliance", &["the", "Japan", "-", "U.S.", "alliance"]),
            ("AT&T and S&P, Smith & Wesson", &["AT&T", "and", "S&P", ",", "Smith", "&", "Wesson"]),
            ("a plan. I said", &["a", "plan", ".", "I", "said"]),
        ];
        for (input, expected) in cases {
            assert_eq!(&words(input), expected, "input: {input}");
        }
    }

    #[test]
    fn offsets_after_non_ascii() {
        let text = "“€😀” Kono said";
        let toks = tokenize(text);
        let kono = toks.iter().find(|t| t.span.of(text) == "Kono").unwrap();
        assert_eq!(kono.span.start, text.find("Kono").unwrap());
        assert_eq!(kono.kind, TokenKind::Word);
    }
}
