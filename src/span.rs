//! Spans of the input text.

use std::fmt;

/// A half-open range `[start, end)` of **byte** offsets into the input text.
///
/// Every stage inside the crate speaks in byte spans, so slicing is
/// `&text[span.start..span.end]` and both ends always fall on `char`
/// boundaries (stages only build spans from `char_indices` or from regex
/// matches). The conversion to the UTF-16 code units of the public document
/// happens once, in [`crate::document`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; `end` below `start` is clamped to an empty span.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end: end.max(start) }
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no text.
    pub fn is_empty(self) -> bool {
        self.end == self.start
    }

    /// The covered slice of `text`.
    pub fn of(self, text: &str) -> &str {
        &text[self.start..self.end]
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies entirely inside `self`.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the byte offset lies inside the span.
    pub fn contains_offset(self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_open_overlap_and_cover() {
        let a = Span::new(0, 5);
        let b = Span::new(5, 9);
        assert!(!a.overlaps(b), "touching spans do not overlap");
        assert_eq!(a.cover(b), Span::new(0, 9));
        assert!(Span::new(0, 9).contains(b));
        assert!(Span::new(3, 1).is_empty());
        assert_eq!(Span::new(6, 11).of("“€” x Jeong said"), "” x");
    }
}
