//! Quotation marks: which characters open and close a quotation, and the
//! quoted spans they make.
//!
//! The pairing table is data (`data/quote-marks.txt`). Curly marks say which
//! way they face; straight ones are read from their neighbours, as Markdown
//! reads emphasis: a mark with a space before it and a word after it opens,
//! one with a word before it and a space or punctuation after it closes.
//!
//! Apostrophes are not quotations: inside a word the tokenizer already keeps
//! them ("don’t", "Japan’s"); at a word edge "’90s", "rock ’n’ roll" and a
//! possessive "Jones’" are told apart here. Single marks only pair when both
//! ends are found; a double mark left open ends the quotation at the end of
//! its paragraph, so an unbalanced mark never swallows the rest of the article.

use crate::lexicon::{self, lazy};
use crate::segment::tokens::{Token, TokenKind};
use crate::span::Span;

/// Level of a quotation mark pair.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Double,
    Single,
}

/// One quotation found by its marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuotedSpan {
    /// The opening mark.
    pub open: Span,
    /// The closing mark; `None` when the paragraph ended first.
    pub close: Option<Span>,
    /// The quoted words without the marks, trimmed of white space.
    pub inner: Span,
    pub level: Level,
    /// 0 for a quotation at the top level, 1 inside another, and so on.
    pub depth: u8,
    /// Index of the paragraph.
    pub paragraph: usize,
}

impl QuotedSpan {
    /// From the opening mark to the closing one (or the paragraph end).
    pub fn outer(&self) -> Span {
        Span::new(self.open.start, self.close.map_or(self.inner.end, |c| c.end))
    }
}

struct Pair {
    open: &'static str,
    close: &'static str,
    level: Level,
}

lazy! {
    fn pairs() -> Vec<Pair> {
        lexicon::rows(crate::lexicon::data!("quote-marks.txt"))
            .filter(|r| r.len() >= 3)
            .map(|r| Pair {
                open: r[0],
                close: r[1],
                level: if r[2] == "single" { Level::Single } else { Level::Double },
            })
            .collect()
    }
}

lazy! {
    /// Elisions written with a straight apostrophe, lower case.
    fn elisions() -> Vec<&'static str> {
        let mut v: Vec<_> = lexicon::words(crate::lexicon::data!("elisions.txt")).into_iter().collect();
        // Longest first, so "'n'" wins over "'n".
        crate::order::sort_by_key(&mut v, |e| u64::MAX - e.len() as u64);
        v
    }
}

/// True when `s` can be a quotation mark at all.
pub fn is_quote_mark(s: &str) -> bool {
    pairs().iter().any(|p| p.open == s || p.close == s)
}

/// Most quotation marks open at once in a paragraph. Prose nests three deep
/// at most; stray single marks left open (apostrophes) take the rest.
const MAX_OPEN: usize = 16;

#[derive(Clone, Copy)]
struct Open {
    token: usize,
    mark: &'static str,
    level: Level,
}

/// A closing double mark with no opening one ("… the same terms," said Mr.
/// Turek): the quotation's start was lost, which the quotes stage may recover
/// from the sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Orphan {
    pub close: Span,
    pub paragraph: usize,
}

/// Finds the quotations of every paragraph, and the closing marks left without an opener.
pub fn quoted_spans(text: &str, tokens: &[Token], paragraphs: &[Span]) -> (Vec<QuotedSpan>, Vec<Orphan>) {
    let mut out = Vec::new();
    let mut orphans = Vec::new();
    for (pi, para, range) in crate::segment::tokens::by_paragraph(tokens, paragraphs) {
        pair_paragraph(text, &tokens[range], para, pi, &mut out, &mut orphans);
    }
    crate::order::sort_by_key(&mut out, |q| crate::order::key2(q.open.start, q.depth as usize));
    (out, orphans)
}

fn pair_paragraph(text: &str, toks: &[Token], para: Span, pi: usize, out: &mut Vec<QuotedSpan>, orphans: &mut Vec<Orphan>) {
    let mut stack: Vec<Open> = Vec::new();
    let mut skip_until = 0usize; // byte offset: marks before it belong to an elision
    for (i, tok) in toks.iter().enumerate() {
        if tok.kind != TokenKind::Punct || tok.span.start < skip_until {
            continue;
        }
        let mark = tok.span.of(text);
        if !is_quote_mark(mark) {
            continue;
        }
        let before = text[para.start..tok.span.start].chars().next_back();
        let after = text[tok.span.end..para.end].chars().next();
        let space_before = before.is_none_or(|c| c.is_whitespace() || "([{—–-/".contains(c));
        let space_after = after.is_none_or(char::is_whitespace);
        let word_after = after.is_some_and(|c| c.is_alphanumeric());
        // Left-flanking: can open. Right-flanking: can close.
        let left = !space_after && (space_before || before.is_some_and(|c| is_quote_char(c) || c == ':'));
        let mut right = !space_before && (space_after || !word_after);
        // A straight mark standing alone between spaces ("… outreach,' \" he told")
        // closes an open quotation of its level.
        if is_symmetric(mark) && space_before && space_after && stack.iter().any(|o| pairs().iter().any(|p| p.open == o.mark && p.close == mark)) {
            right = true;
        }

        // Apostrophes at a word edge.
        if is_apostrophe_mark(mark) {
            if let Some(len) = elision_at(text, tok.span.start, para.end) {
                if space_before {
                    skip_until = tok.span.start + len;
                    continue;
                }
            }
        }

        // Close the nearest compatible opener, if this mark can close.
        let can_close: Vec<&Pair> = pairs().iter().filter(|p| p.close == mark).collect();
        // Curly closers close wherever they stand; straight ones only when right-flanking.
        let may_close = right || !is_symmetric(mark);
        if !can_close.is_empty() && may_close {
            if let Some(pos) = find_opener(&stack, &can_close, mark) {
                let opener = stack[pos];
                // Openers above it were never closed: single ones were apostrophes
                // or stray marks, so they are dropped.
                stack.truncate(pos);
                let inner = trim(text, Span::new(toks[opener.token].span.end, tok.span.start));
                if !inner.is_empty() {
                    out.push(QuotedSpan {
                        open: toks[opener.token].span,
                        close: Some(tok.span),
                        inner,
                        level: opener.level,
                        depth: depth_of(&stack),
                        paragraph: pi,
                    });
                }
                continue;
            }
            // A double closer with no opener: the opening mark was lost.
            if right && !left && can_close.iter().any(|p| p.level == Level::Double) && matches!(mark, "”" | "\"" | "''" | "»") {
                orphans.push(Orphan { close: tok.span, paragraph: pi });
                continue;
            }
            // A possessive or a stray single closer: nothing to do.
            if !pairs().iter().any(|p| p.open == mark) || !left {
                continue;
            }
        }
        // Open, if this mark can open.
        if let Some(pair) = pairs().iter().find(|p| p.open == mark) {
            let directional_ok = !is_symmetric(mark) || left;
            let inner_apostrophe = pair.level == Level::Single && before.is_some_and(char::is_alphanumeric);
            // Past MAX_OPEN open marks a paragraph is no prose (issue #8): each
            // unclosed opener would quote to the paragraph's end, n quotes of
            // length n; beyond the limit a mark opens nothing.
            if directional_ok && !inner_apostrophe && after.is_some() && stack.len() < MAX_OPEN {
                stack.push(Open { token: i, mark: pair.open, level: pair.level });
            }
        }
    }
    // Double quotations still open end with their paragraph.
    while let Some(opener) = stack.pop() {
        if opener.level == Level::Single {
            continue;
        }
        let inner = trim(text, Span::new(toks[opener.token].span.end, para.end));
        if !inner.is_empty() {
            out.push(QuotedSpan {
                open: toks[opener.token].span,
                close: None,
                inner,
                level: opener.level,
                depth: depth_of(&stack),
                paragraph: pi,
            });
        }
    }
}

/// Depth of a quotation whose opener sat above `stack` (doubles and singles
/// that are still open count; unpaired singles were dropped on the way).
fn depth_of(stack: &[Open]) -> u8 {
    stack.len().min(u8::MAX as usize) as u8
}

fn find_opener(stack: &[Open], closers: &[&Pair], mark: &str) -> Option<usize> {
    // The innermost opener this mark closes: its own pair first; then, for
    // the marks English uses to close (” " » ’ ' ''), any opener of the same
    // level, since hand-typed text mixes curly and straight marks (“…").
    let level = closers.first()?.level;
    let loose = matches!(mark, "”" | "\"" | "»" | "’" | "'" | "''");
    for pos in (0..stack.len()).rev() {
        let o = stack[pos];
        if closers.iter().any(|p| p.open == o.mark) || (loose && o.level == level) {
            return Some(pos);
        }
        // A single closer never reaches past a double opener; a double one
        // skips unclosed single openers (they were apostrophes).
        if level == Level::Single && o.level == Level::Double {
            return None;
        }
    }
    None
}

fn is_symmetric(mark: &str) -> bool {
    matches!(mark, "\"" | "'" | "''")
}

fn is_apostrophe_mark(mark: &str) -> bool {
    matches!(mark, "'" | "’" | "‘")
}

fn is_quote_char(c: char) -> bool {
    "\"'“”‘’«»„‚‹›「」『』`".contains(c)
}

/// Length in bytes of an elision ("’n’", "’90s") starting at `at`, if any.
fn elision_at(text: &str, at: usize, limit: usize) -> Option<usize> {
    let rest = &text[at..limit];
    let mut chars = rest.chars();
    let first = chars.next()?;
    let body = chars.as_str();
    // Years and decades: ’90s, ’19.
    let digits = body.chars().take_while(|c| c.is_ascii_digit()).count();
    if digits == 2 {
        let after = &body[2..];
        let end = if after.starts_with('s') { 3 } else { 2 };
        if !after[end - 2..].chars().next().is_some_and(char::is_alphanumeric) {
            return Some(first.len_utf8() + end);
        }
    }
    for e in elisions() {
        let e_body = &e[1..]; // after the apostrophe
        let n = e_body.len();
        if body.len() < n {
            continue;
        }
        let candidate = &body[..body.char_indices().nth(e_body.chars().count()).map_or(body.len(), |(i, _)| i)];
        let folded: String = candidate.chars().map(|c| if c == '’' { '\'' } else { c.to_ascii_lowercase() }).collect();
        if folded == e_body && !body[candidate.len()..].chars().next().is_some_and(char::is_alphanumeric) {
            return Some(first.len_utf8() + candidate.len());
        }
    }
    None
}

fn trim(text: &str, span: Span) -> Span {
    let s = span.of(text);
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    Span::new(span.start + lead, span.start + lead + trimmed.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::paragraphs::paragraphs;
    use crate::segment::tokens::tokenize;

    fn quotes(text: &str) -> Vec<(String, u8)> {
        let toks = tokenize(text);
        let paras = paragraphs(text);
        quoted_spans(text, &toks, &paras)
            .0
            .iter()
            .map(|q| (q.inner.of(text).to_string(), q.depth))
            .collect()
    }

    fn inners(text: &str) -> Vec<String> {
        quotes(text).into_iter().map(|(s, _)| s).collect()
    }

    #[test]
    fn marks_table() {
        let cases: &[(&str, &[&str])] = &[
            ("“We won,” she said.", &["We won,"]),
            ("\"We won,\" she said.", &["We won,"]),
            ("He said: \"Not now.\" Then \"later\" came.", &["Not now.", "later"]),
            ("‘We won,’ she said.", &["We won,"]),
            ("“They ‘cannot trust’ us,” he said.", &["They ‘cannot trust’ us,", "cannot trust"]),
            ("«Nous partons», a-t-il dit.", &["Nous partons"]),
            ("„Wir gehen“, sagte er.", &["Wir gehen"]),
            ("「行く」と言った", &["行く"]),
            ("''Yes,'' she said.", &["Yes,"]),
            ("``Yes,'' she said.", &["Yes,"]),
            ("‹Oui›, dit-il.", &["Oui"]),
            ("It was “chilly” throughout.", &["chilly"]),
            ("“Mixed marks,\" she said. \"Again,” he said.", &["Mixed marks,", "Again,"]),
        ];
        for (input, expected) in cases {
            assert_eq!(&inners(input), expected, "input: {input}");
        }
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        let negatives = [
            "Don’t go, it’s Japan’s call.",
            "Music of the ’90s was louder.",
            "Rock ’n’ roll never dies.",
            "Tell ’em we’re late.",
            "James’ car and the Joneses’ house.",
            "Rock 'n' roll and the '90s.",
            "It was 5'11\" tall? No.",
        ];
        for input in negatives {
            let found = inners(input);
            assert!(found.iter().all(|q| q.len() > 12), "{input}: {found:?}");
        }
    }

    #[test]
    fn nested_depth_and_unclosed() {
        assert_eq!(
            quotes("“A ‘b’ c,” he said."),
            vec![("A ‘b’ c,".to_string(), 0), ("b".to_string(), 1)]
        );
        // An unclosed quote stops at the paragraph end, not later.
        let text = "“First part never closes.\n\nNext paragraph is plain.";
        assert_eq!(inners(text), vec!["First part never closes."]);
        // A possessive inside a double quote does not break the pairing.
        assert_eq!(inners("“The Joneses’ dog barked,” he said."), vec!["The Joneses’ dog barked,"]);
    }

    /// Regression, issue #8: 100,000 opening marks made 100,000 quotations,
    /// each to the paragraph's end (quadratic time and output).
    #[test]
    fn open_marks_are_bounded() {
        for text in ["“".repeat(10_000), "“a ‘b ".repeat(5_000), format!("{}x{}", "«".repeat(5_000), "»".repeat(5_000))] {
            let found = quotes(&text);
            assert!(found.len() <= MAX_OPEN, "{} quotations", found.len());
        }
        // Prose nesting is untouched.
        assert_eq!(inners("“One ‘two “three ‘four’ three” two’ one,” she said."), vec!["One ‘two “three ‘four’ three” two’ one,", "two “three ‘four’ three” two", "three ‘four’ three", "four"]);
    }
}
