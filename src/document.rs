//! The annotations document of `spec/annotations.md` (schema 1): what the core
//! hands to the page, the widget, the CLI and the scorer.
//!
//! Everything before this module speaks in byte [`Span`]s; this is the one
//! place that turns them into UTF-16 code units (JavaScript string indices).

use crate::span::Span;
use serde::Serialize;

/// The schema identifier written into every document.
pub const SCHEMA: &str = "article-annotator/1";

/// The whole document. Field order is the serialisation order, so the native
/// and the wasm builds print the same bytes.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Document {
    pub schema: &'static str,
    /// Length of the input in UTF-16 code units.
    pub text_length: usize,
    /// The date relative expressions were resolved against (`YYYY-MM-DD`).
    pub reference_date: Option<String>,
    pub document: Parts,
    pub entities: Vec<Entity>,
    pub dates: Vec<DateAnnotation>,
    pub quotes: Vec<Quote>,
}

/// The parts of the page around the article body.
#[derive(Serialize, Debug, Clone, PartialEq, Default)]
pub struct Parts {
    pub headline: Option<Range>,
    pub published: Option<Published>,
    pub bylines: Vec<TextRange>,
    /// Photo captions (shown dimmed; their names and dates still count).
    pub captions: Vec<Range>,
    /// Site furniture such as "Related stories": not annotated.
    pub boilerplate: Vec<Range>,
}

/// A bare range of UTF-16 code units.
#[derive(Serialize, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    pub start: usize,
    pub end: usize,
}

/// A range with the text it covers.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct TextRange {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The rule that produced it; only with `explain`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<&'static str>,
}

/// The publication date line.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct Published {
    pub start: usize,
    pub end: usize,
    /// TIMEX3 value, e.g. `2019-11-18T16:30+09:00`.
    pub value: String,
}

/// One referent: a person, organization, place, agreement or group.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Entity {
    pub id: String,
    pub kind: &'static str,
    pub name: String,
    pub aliases: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    pub mentions: Vec<TextRange>,
}

/// A temporal expression.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct DateAnnotation {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: &'static str,
    pub value: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<&'static str>,
}

/// A quotation and its source.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Quote {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: &'static str,
    pub speaker: Option<String>,
    pub speaker_mention: Option<TextRange>,
    pub cue: Option<TextRange>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<&'static str>,
}

/// Byte offset → UTF-16 offset, built once per text.
///
/// Lookups are `O(log n)` in the number of non-ASCII characters, and `O(1)`
/// for pure-ASCII text.
pub struct Utf16Map<'t> {
    text: &'t str,
    /// (byte offset just after a non-ASCII char, UTF-16 offset there).
    marks: Vec<(usize, usize)>,
}

impl<'t> Utf16Map<'t> {
    pub fn new(text: &'t str) -> Utf16Map<'t> {
        let mut marks = Vec::new();
        let mut units = 0;
        for (i, c) in text.char_indices() {
            units += c.len_utf16();
            if !c.is_ascii() {
                marks.push((i + c.len_utf8(), units));
            }
        }
        Utf16Map { text, marks }
    }

    /// The UTF-16 offset of byte offset `byte` (which must be a char boundary).
    pub fn at(&self, byte: usize) -> usize {
        // The last non-ASCII char ending at or before `byte`; ASCII after it
        // counts one unit per byte.
        let idx = self.marks.partition_point(|&(b, _)| b <= byte);
        if idx == 0 {
            byte
        } else {
            let (b, u) = self.marks[idx - 1];
            u + (byte - b)
        }
    }

    /// Total length in UTF-16 code units.
    pub fn len(&self) -> usize {
        self.at(self.text.len())
    }

    /// True for the empty text.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    pub fn range(&self, span: Span) -> Range {
        Range { start: self.at(span.start), end: self.at(span.end) }
    }

    pub fn text_range(&self, span: Span, rule: Option<&'static str>) -> TextRange {
        TextRange {
            start: self.at(span.start),
            end: self.at(span.end),
            text: span.of(self.text).to_string(),
            rule,
        }
    }
}

impl Document {
    /// The document as pretty-printed JSON, exactly as the CLI prints it.
    pub fn to_json(&self) -> String {
        // Serialising plain structs of strings and numbers cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}


/// Builds the document from what the stages found.
pub fn build(
    doc: &crate::segment::Doc,
    parts: &crate::structure::Parts,
    reference: Option<crate::dates::CalendarDate>,
    linked: &crate::link::Linked,
    timexes: &[crate::dates::Timex],
    quotes: &[crate::quotes::FoundQuote],
    explain: bool,
) -> Document {
    let map = Utf16Map::new(doc.text);
    let rule = |r: &'static str| explain.then_some(r);
    let id = |e: usize| format!("e{}", e + 1);
    let entities = linked
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| Entity {
            id: id(i),
            kind: e.kind.as_str(),
            name: e.name.clone(),
            aliases: e.aliases.clone(),
            role: e.role.clone(),
            mentions: e.mentions.iter().map(|&(s, r)| map.text_range(s, rule(r))).collect(),
        })
        .collect();
    let dates = timexes
        .iter()
        .map(|t| {
            let r = map.range(t.span);
            DateAnnotation {
                start: r.start,
                end: r.end,
                text: t.span.of(doc.text).to_string(),
                kind: t.kind.as_str(),
                value: t.value.clone(),
                rule: rule(t.rule),
            }
        })
        .collect();
    let quotes = quotes
        .iter()
        .zip(&linked.speakers)
        .map(|(q, speaker)| {
            let r = map.range(q.span);
            Quote {
                start: r.start,
                end: r.end,
                text: q.span.of(doc.text).to_string(),
                kind: q.kind.as_str(),
                speaker: speaker.map(id),
                speaker_mention: q.speaker_mention.map(|s| map.text_range(s, None)),
                cue: q.cue.map(|s| map.text_range(s, None)),
                rule: rule(q.rule),
            }
        })
        .collect();
    let para = |i: &usize| map.range(doc.paragraphs[*i]);
    Document {
        schema: SCHEMA,
        text_length: map.len(),
        reference_date: reference.map(|d| d.to_string()),
        document: Parts {
            headline: parts.headline.map(|s| map.range(s)),
            published: parts.published.as_ref().map(|(s, v)| {
                let r = map.range(*s);
                Published { start: r.start, end: r.end, value: v.clone() }
            }),
            bylines: parts.bylines.iter().map(|&s| map.text_range(s, rule("byline"))).collect(),
            captions: parts.captions.iter().map(para).collect(),
            boilerplate: parts.boilerplate.iter().map(para).collect(),
        },
        entities,
        dates,
        quotes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_count_surrogate_pairs() {
        let text = "“€” 😀 Jeong said";
        let map = Utf16Map::new(text);
        let j = text.find("Jeong").unwrap();
        // “ € ” are one unit each, the emoji two, plus two spaces.
        assert_eq!(map.at(j), 7);
        assert_eq!(map.len(), text.encode_utf16().count());
        let r = map.text_range(Span::new(j, j + 5), None);
        let units: Vec<u16> = text.encode_utf16().collect();
        assert_eq!(String::from_utf16(&units[r.start..r.end]).unwrap(), "Jeong");
    }

    #[test]
    fn ascii_is_identity() {
        let map = Utf16Map::new("plain text");
        assert_eq!(map.at(5), 5);
        assert_eq!(map.len(), 10);
    }
}
