//! The first stage: paragraphs, tokens, quotation marks and sentences.
//!
//! The input text is never changed; "normalising" here means reading every
//! kind of white space, quotation mark and apostrophe for what it is.

pub mod marks;
pub mod paragraphs;
pub mod sentences;
pub mod tokens;

use crate::span::Span;
pub use marks::{Level, Orphan, QuotedSpan};
pub use sentences::Sentence;
pub use tokens::{Token, TokenKind};

/// The segmented text, built once and read by every later stage.
pub struct Doc<'t> {
    pub text: &'t str,
    pub paragraphs: Vec<Span>,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    /// Quotations found by their marks, in text order (outer before inner).
    pub quoted: Vec<QuotedSpan>,
    /// Closing marks whose opening mark is missing.
    pub orphans: Vec<Orphan>,
}

impl<'t> Doc<'t> {
    /// Segments `text`.
    pub fn new(text: &'t str) -> Doc<'t> {
        let paragraphs = paragraphs::paragraphs(text);
        let tokens = tokens::tokenize(text);
        let (quoted, orphans) = marks::quoted_spans(text, &tokens, &paragraphs);
        let sentences = sentences::sentences(text, &tokens, &paragraphs, &quoted);
        Doc { text, paragraphs, tokens, sentences, quoted, orphans }
    }

    /// The text of a token.
    pub fn tok(&self, i: usize) -> &'t str {
        self.tokens[i].span.of(self.text)
    }

    /// Index of the first token starting at or after byte `offset`.
    pub fn token_at_or_after(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < offset)
    }

    /// Index of the sentence containing byte `offset`, if any.
    pub fn sentence_of(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= offset);
        (i < self.sentences.len() && self.sentences[i].span.start <= offset).then_some(i)
    }

    /// Index of the paragraph containing byte `offset`, if any.
    pub fn paragraph_of(&self, offset: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.end <= offset);
        (i < self.paragraphs.len() && self.paragraphs[i].start <= offset).then_some(i)
    }
}
