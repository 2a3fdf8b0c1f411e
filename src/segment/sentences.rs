//! Sentences, split inside each paragraph.
//!
//! A sentence ends at `.`, `!`, `?` (and the closing quotation marks and
//! brackets right after them) when the next token can begin a sentence. An
//! abbreviation that carries its own full stop ends one only when the next
//! word is a typical sentence opener ("... based in Salem, Ore. The ..."),
//! titles and months never do. A boundary inside a quotation is not a
//! boundary: `“We came. We saw,” she said.` is one sentence, so the words
//! around a quotation stay with it.

use crate::lexicon::{self, lazy};
use crate::segment::marks::QuotedSpan;
use crate::segment::tokens::{abbreviations, AbbrevClass, Token, TokenKind};
use crate::span::Span;
use crate::hash::HashSet;

/// A sentence: its span and its tokens `tokens.0..tokens.1`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub tokens: (usize, usize),
    pub paragraph: usize,
}

lazy! {
    fn starters() -> HashSet<&'static str> {
        lexicon::words(crate::lexicon::data!("sentence-starters.txt"))
    }
}

/// Longest sentence, in tokens (words and punctuation). News sentences run
/// 20 to 60; a list of 200 quoted words with no full stop is no sentence.
const MAX_SENTENCE_TOKENS: usize = 200;

const OPENERS: &[&str] = &["“", "\"", "‘", "'", "''", "``", "(", "[", "«", "„", "「", "『", "‹", "—", "–", "-", "•", "*"];
const CLOSERS: &[&str] = &["”", "\"", "’", "'", "''", ")", "]", "»", "」", "』", "›"];

/// Splits every paragraph into sentences.
pub fn sentences(text: &str, tokens: &[Token], paragraphs: &[Span], quoted: &[QuotedSpan]) -> Vec<Sentence> {
    // Top-level quotations never overlap and come in text order, so a binary
    // search finds the one around a boundary (issue #8: scanning them all for
    // every boundary made n quotations cost n²).
    let top: Vec<Span> = quoted.iter().filter(|q| q.depth == 0).map(QuotedSpan::outer).collect();
    let mut out = Vec::new();
    for (pi, _, range) in crate::segment::tokens::by_paragraph(tokens, paragraphs) {
        split_paragraph(text, tokens, range.start, range.end, pi, &top, &mut out);
    }
    out
}

fn split_paragraph(
    text: &str,
    tokens: &[Token],
    first: usize,
    end: usize,
    pi: usize,
    top_quotes: &[Span],
    out: &mut Vec<Sentence>,
) {
    let tok = |i: usize| tokens[i].span.of(text);
    let mut start = first;
    let mut i = first;
    while i < end {
        // No prose sentence runs this long: cut it (outside quotations, which
        // later stages expect whole in one sentence), so that the stages
        // reading a quotation's whole sentence stay linear (issue #8).
        if i - start >= MAX_SENTENCE_TOKENS && !inside(top_quotes, tokens[i].span.start) {
            push(tokens, start, i, pi, out);
            start = i;
        }
        let s = tok(i);
        let ends = match tokens[i].kind {
            TokenKind::Punct => matches!(s, "." | "!" | "?" | "…"),
            TokenKind::Word if s.ends_with('.') => {
                let class = abbreviations().get(s).copied();
                match class {
                    Some(AbbrevClass::Title) | Some(AbbrevClass::Month) => false,
                    // A single initial ("A.") never ends a sentence.
                    None if s.chars().count() == 2 => false,
                    _ => i + 1 < end && starters().contains(tok(i + 1)),
                }
            }
            _ => false,
        };
        if !ends {
            i += 1;
            continue;
        }
        // Take the closing marks and brackets that follow.
        let mut j = i + 1;
        while j < end
            && (CLOSERS.contains(&tok(j)) || matches!(tok(j), "." | "!" | "?" | "…"))
            && tokens[j].span.start == tokens[j - 1].span.end
        {
            j += 1;
        }
        let boundary_ok = if j >= end {
            true
        } else {
            let next = tok(j);
            let c = next.chars().next().unwrap_or(' ');
            // A following lower-case word continues the sentence ("Inc. said").
            c.is_uppercase()
                || c.is_ascii_digit()
                || (tokens[j].kind == TokenKind::Punct && OPENERS.contains(&next))
        };
        let cut = tokens[j - 1].span.end;
        if boundary_ok && !inside(top_quotes, cut) {
            push(tokens, start, j, pi, out);
            start = j;
        }
        i = j;
    }
    if start < end {
        push(tokens, start, end, pi, out);
    }
}

/// True when byte `cut` falls strictly inside one of the (sorted, disjoint) quotations.
fn inside(top_quotes: &[Span], cut: usize) -> bool {
    let before_cut = top_quotes.partition_point(|q| q.start < cut);
    before_cut > 0 && cut < top_quotes[before_cut - 1].end
}

fn push(tokens: &[Token], first: usize, end: usize, pi: usize, out: &mut Vec<Sentence>) {
    out.push(Sentence {
        span: Span::new(tokens[first].span.start, tokens[end - 1].span.end),
        tokens: (first, end),
        paragraph: pi,
    });
}

#[cfg(test)]
mod tests {
    use crate::segment::Doc;

    fn sents(text: &str) -> Vec<&str> {
        let doc = Doc::new(text);
        doc.sentences.iter().map(|s| s.span.of(text)).collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("He left. She stayed.", &["He left.", "She stayed."]),
            ("“We came. We saw,” she said. Then it rained.", &["“We came. We saw,” she said.", "Then it rained."]),
            ("It is “done.” He left.", &["It is “done.”", "He left."]),
            ("Lt. Col. Kurt Koenigsfeld spoke.", &["Lt. Col. Kurt Koenigsfeld spoke."]),
            ("They met on Nov. 17 in Bangkok.", &["They met on Nov. 17 in Bangkok."]),
            ("It is based at Offutt, Neb. The wing flies.", &["It is based at Offutt, Neb.", "The wing flies."]),
            ("The U.S. Air Force said so.", &["The U.S. Air Force said so."]),
            ("He works for the U.S. The job pays.", &["He works for the U.S.", "The job pays."]),
            ("Brittany A. Chase wrote it.", &["Brittany A. Chase wrote it."]),
            ("Really? Yes! Fine.", &["Really?", "Yes!", "Fine."]),
            ("The price rose 3.5 percent. Analysts said.", &["The price rose 3.5 percent.", "Analysts said."]),
            ("Wait... what happened", &["Wait... what happened"]),
        ];
        for (input, expected) in cases {
            assert_eq!(&sents(input), expected, "input: {input}");
        }
    }

    /// Regression, issue #8: "“x” “x” …" with no full stop was one sentence,
    /// and every quotation in it read all of it (quadratic).
    #[test]
    fn sentences_are_cut_at_the_longest() {
        let text = "“x” ".repeat(1_000);
        let doc = Doc::new(&text);
        assert!(doc.sentences.len() >= 1_000 * 3 / super::MAX_SENTENCE_TOKENS);
        // A cut waits for the quotation it falls in to close (3 tokens here).
        assert!(doc.sentences.iter().all(|s| s.tokens.1 - s.tokens.0 <= super::MAX_SENTENCE_TOKENS + 2));
        // Never inside a quotation: each “x” stays in one sentence.
        assert!(doc.sentences.iter().all(|s| s.span.of(&text).matches('“').count() == s.span.of(&text).matches('”').count()));
        // The sentences still cover every token, in order.
        assert_eq!(doc.sentences.first().unwrap().tokens.0, 0);
        assert_eq!(doc.sentences.last().unwrap().tokens.1, doc.tokens.len());
        assert!(doc.sentences.windows(2).all(|w| w[0].tokens.1 == w[1].tokens.0));
    }
}
