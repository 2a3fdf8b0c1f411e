//! The word view the name rules read: tokens with possessives cut off,
//! "Vienna-based" cut to "Vienna", "U.S.-Japan" cut in two, and each word
//! classed by its shape.

use crate::names::lexicons::{given_name, is_common, known};
use crate::segment::{Doc, TokenKind};
use crate::span::Span;

/// The shape of a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Starts with a capital: "Jeong", "U.S.", "GSOMIA", "A.".
    Cap,
    /// Starts with a lower-case letter.
    Lower,
    /// An ordinal number: "55th", "2d", "301st".
    Ordinal,
    /// Any other number, or a word with digits ("F-35", "OC-135B").
    Number,
    /// A punctuation character.
    Punct,
}

/// One word of a sentence.
#[derive(Clone, Copy, Debug)]
pub struct W<'t> {
    pub span: Span,
    pub text: &'t str,
    pub shape: Shape,
    /// Followed by a possessive ’s that is not part of `span`.
    pub possessive: bool,
    /// The first word of its sentence, or the first after an opening quotation
    /// mark, a bracket, a colon or a dash: capitalised by position, not by name.
    pub initial: bool,
    /// Index of the sentence.
    pub sentence: usize,
    /// Index of the paragraph.
    pub paragraph: usize,
    /// The paragraph is written in Title Case (a headline): capitals say little.
    pub title_case: bool,
}

impl W<'_> {
    pub fn is_cap(&self) -> bool {
        self.shape == Shape::Cap
    }

    /// Every letter upper case, at least two letters: "GSOMIA", "US", "U.S.".
    pub fn is_all_caps(&self) -> bool {
        let letters = self.text.chars().filter(|c| c.is_alphabetic()).count();
        letters >= 2 && self.text.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
    }
}

/// The words of every sentence, in text order.
pub fn words<'t>(doc: &Doc<'t>, skip_paragraph: impl Fn(usize) -> bool) -> Vec<W<'t>> {
    let text = doc.text;
    let mut out = Vec::with_capacity(doc.tokens.len());
    for (si, sentence) in doc.sentences.iter().enumerate() {
        if skip_paragraph(sentence.paragraph) {
            continue;
        }
        let mut initial = true;
        let mut skip_to = 0;
        for ti in sentence.tokens.0..sentence.tokens.1 {
            let tok = doc.tokens[ti];
            if tok.span.start < skip_to {
                continue;
            }
            if let Some(end) = nickname_at(doc, ti, out.last()) {
                skip_to = end;
                continue;
            }
            let s = tok.span.of(text);
            let base = W {
                span: tok.span,
                text: s,
                shape: Shape::Punct,
                possessive: false,
                initial,
                sentence: si,
                paragraph: sentence.paragraph,
                title_case: false,
            };
            match tok.kind {
                TokenKind::Punct => {
                    out.push(base);
                    initial = initial || matches!(s, "“" | "\"" | "‘" | "'" | "''" | "``" | "(" | "[" | ":" | "—" | "–" | "-" | "•" | "«" | "„");
                    continue;
                }
                TokenKind::Number => {
                    let shape = if is_ordinal(s) { Shape::Ordinal } else { Shape::Number };
                    out.push(W { shape, ..base });
                }
                TokenKind::Word => push_word(&mut out, base),
            }
            initial = false;
        }
    }
    out
}

/// "Robert “Bobby” Jones", "Marcia \"Cia\" Price": one or two capitalised
/// words in quotation marks between a given name and a capitalised word are a
/// nickname. The words skip it (the name's span still covers it), and
/// `quotes::find` drops marks inside a person's name. Returns where it ends.
fn nickname_at(doc: &Doc, ti: usize, prev: Option<&W>) -> Option<usize> {
    // Cheapest test first: this runs for every token.
    if doc.tokens[ti].kind != TokenKind::Punct {
        return None;
    }
    let prev = prev.filter(|w| w.is_cap() && given_name(w.text).is_some())?;
    let open = doc.tokens[ti].span;
    let i = doc.quoted.partition_point(|q| q.open.start < open.start);
    let q = doc.quoted.get(i).filter(|q| q.open == open && q.depth == 0)?;
    let close = q.close?;
    let words = q.inner.of(doc.text).split(' ');
    let name_like = |w: &str| w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '’' | '\''));
    if words.clone().count() > 2 || !words.into_iter().all(name_like) {
        return None;
    }
    let next = doc.tokens.get(doc.token_at_or_after(close.end))?;
    let single_space = |a: usize, b: usize| &doc.text[a..b] == " ";
    let next_cap = next.kind == TokenKind::Word && next.span.of(doc.text).chars().next().is_some_and(char::is_uppercase);
    (next_cap && single_space(prev.span.end, open.start) && single_space(close.end, next.span.start)).then_some(close.end)
}

/// The second half of "Vienna-based", "Japan-led", "English-speaking": a
/// participle or one of a few nouns. (Not "won" in "Park Ji-won".)
fn is_compound_tail(tail: &str) -> bool {
    const TAILS: &[&str] = &[
        "born", "made", "run", "built", "style", "wide", "era", "bound", "like", "centric", "friendly", "specific", "area",
        "region", "class", "level", "type", "language", "owned", "held", "grown", "flagged", "backed", "led", "based",
    ];
    let n = tail.chars().count();
    TAILS.contains(&tail) || (n >= 5 && (tail.ends_with("ed") || tail.ends_with("ing")) && is_common(tail))
}

fn is_ordinal(s: &str) -> bool {
    let digits = s.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && matches!(&s[digits..], "st" | "nd" | "rd" | "th" | "d")
}

fn shape_of(s: &str) -> Shape {
    if s.chars().any(|c| c.is_ascii_digit()) {
        Shape::Number
    } else if s.chars().next().is_some_and(char::is_uppercase) {
        Shape::Cap
    } else {
        Shape::Lower
    }
}

/// Pushes a word token, cut where a name ends inside it.
fn push_word<'t>(out: &mut Vec<W<'t>>, base: W<'t>) {
    let s = base.text;
    // Possessive ’s / 's.
    let (s, possessive) = match s.strip_suffix("’s").or_else(|| s.strip_suffix("'s")) {
        Some(stem) if !stem.is_empty() => (stem, true),
        _ => (s, false),
    };
    let span = Span::new(base.span.start, base.span.start + s.len());
    // "Vienna-based", "Japan-led": a name, then a common word.
    if let Some(pos) = s.rfind('-') {
        let (head, tail) = (&s[..pos], &s[pos + 1..]);
        let head_cap = head.chars().next().is_some_and(char::is_uppercase);
        let tail_lower = tail.chars().next().is_some_and(char::is_lowercase);
        if head_cap && tail_lower && is_compound_tail(tail) && !head.contains('-') {
            out.push(W { span: Span::new(span.start, span.start + pos), text: head, shape: Shape::Cap, possessive: false, ..base });
            out.push(W {
                span: Span::new(span.start + pos + 1, span.end),
                text: tail,
                shape: Shape::Lower,
                possessive,
                initial: false,
                ..base
            });
            return;
        }
        // "U.S.-Japan", "Korea-Japan": two known names.
        let parts: Vec<&str> = s.split('-').collect();
        if parts.len() >= 2 && parts.iter().all(|p| known(p).is_some()) {
            let mut at = span.start;
            for (k, p) in parts.iter().enumerate() {
                if k > 0 {
                    out.push(W { span: Span::new(at, at + 1), text: &base.text[at - base.span.start..at - base.span.start + 1], shape: Shape::Punct, possessive: false, initial: false, ..base });
                    at += 1;
                }
                let last = k + 1 == parts.len();
                out.push(W {
                    span: Span::new(at, at + p.len()),
                    text: p,
                    shape: Shape::Cap,
                    possessive: last && possessive,
                    initial: base.initial && k == 0,
                    ..base
                });
                at += p.len();
            }
            return;
        }
    }
    out.push(W { span, text: s, shape: shape_of(s), possessive, ..base });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(text: &str) -> Vec<(String, Shape, bool)> {
        let doc = Doc::new(text);
        words(&doc, |_| false).iter().map(|w| (w.text.to_string(), w.shape, w.possessive)).collect()
    }

    #[test]
    fn possessives_and_shapes() {
        let v = view("Japan’s 55th Wing flew F-35s.");
        assert_eq!(v[0], ("Japan".to_string(), Shape::Cap, true));
        assert_eq!(v[1].1, Shape::Ordinal);
        assert_eq!(v[3].1, Shape::Lower);
        assert_eq!(v[4], ("F-35s".to_string(), Shape::Number, false));
    }

    #[test]
    fn initial_positions() {
        let doc = Doc::new("Meeting Kono, he said: “Japan won.”");
        let w = words(&doc, |_| false);
        let initial: Vec<&str> = w.iter().filter(|w| w.initial && w.shape != Shape::Punct).map(|w| w.text).collect();
        assert_eq!(initial, vec!["Meeting", "Japan"]);
    }
}
