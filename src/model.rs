//! The types the stages hand to each other.

use crate::span::Span;

/// What a name refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Agreement,
    /// A speaker described rather than named: "the Japanese government",
    /// "a senior official". Shown, not scored.
    Group,
}

impl EntityKind {
    /// The `kind` string of the document.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Agreement => "agreement",
            EntityKind::Group => "group",
        }
    }
}

/// One occurrence of a name in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// The name only: no title, no possessive, no punctuation around it.
    pub span: Span,
    pub kind: EntityKind,
    /// The rule that found it (shown by `--explain`).
    pub rule: &'static str,
    /// A canonical name the lexicon knows for it ("United States" for "U.S.").
    pub canonical: Option<&'static str>,
    /// The mention this one is a short form of: the expansion of an acronym,
    /// the full name of a surname, "Offutt Air Force Base" for "Offutt".
    pub alias_of: Option<Span>,
    /// A title or role written next to it ("Defense Minister").
    pub role: Option<Span>,
}
