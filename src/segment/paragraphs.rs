//! Paragraphs: the blocks a reader sees.
//!
//! Text pasted from a web page has one paragraph per line, with or without a
//! blank line between them; text from a wire feed or an e-mail is often
//! hard-wrapped, one paragraph spread over several lines. A line break is a
//! paragraph break unless it is a wrap: the line before does not end a
//! sentence and the line after begins in lower case.

use crate::span::Span;

/// Paragraph spans, trimmed of surrounding white space, in text order.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut current: Option<Span> = None;
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let line_start = offset;
        offset += raw.len();
        let body = raw.trim_end_matches(['\n', '\r']);
        let trimmed = body.trim();
        if trimmed.is_empty() {
            if let Some(p) = current.take() {
                out.push(p);
            }
            continue;
        }
        let lead = body.len() - body.trim_start().len();
        let span = Span::new(line_start + lead, line_start + lead + trimmed.len());
        current = Some(match current {
            Some(prev) if is_wrap(&text[prev.start..prev.end], trimmed) => prev.cover(span),
            Some(prev) => {
                out.push(prev);
                span
            }
            None => span,
        });
    }
    if let Some(p) = current {
        out.push(p);
    }
    out
}

/// True when `next` continues the paragraph `before` (a hard wrap).
fn is_wrap(before: &str, next: &str) -> bool {
    let last = before.chars().last().unwrap_or('.');
    let ends_sentence = matches!(last, '.' | '!' | '?' | ':' | '”' | '"' | '’' | '\'' | ')' | ']');
    let first = next.chars().next().unwrap_or('A');
    !ends_sentence && (first.is_lowercase() || (last == ',' && first.is_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(text: &str) -> Vec<&str> {
        paragraphs(text).iter().map(|s| s.of(text)).collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("One.\n\nTwo.", &["One.", "Two."]),
            ("Headline\nFirst line.\nSecond line.", &["Headline", "First line.", "Second line."]),
            ("  indented  \r\n\r\n next ", &["indented", "next"]),
            ("A wrapped line that\ncontinues here.\nNew one.", &["A wrapped line that\ncontinues here.", "New one."]),
            ("Ministers met in Seoul,\nTokyo and Bangkok.", &["Ministers met in Seoul,\nTokyo and Bangkok."]),
            ("", &[]),
            ("\n\n\n", &[]),
        ];
        for (input, expected) in cases {
            assert_eq!(&paras(input), expected, "input: {input:?}");
        }
    }
}
