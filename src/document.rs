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
    /// The document as pretty-printed JSON, exactly as the CLI prints it:
    /// byte for byte what `serde_json::to_string_pretty` makes of the
    /// `Serialize` derive (two-space indent, `"key": value`, `[]` for an
    /// empty list, absent `rule`s left out). Written by hand because the
    /// WebAssembly module then carries neither serde_json's serializer nor
    /// the derive's generic code (2.2 KB gzipped); a test checks the
    /// two against each other.
    pub fn to_json(&self) -> String {
        // Measured first, then written into a string of that exact size: a
        // string grown by doubling holds its old and its new buffer at once
        // (32 + 64 MB for the 48 MB document of a 10 MB text), and the
        // WebAssembly memory keeps its largest size for good.
        let mut measure = JsonWriter::new(Out::Count(0));
        self.write_json(&mut measure);
        let capacity = match measure.out {
            Out::Count(bytes) => bytes,
            Out::Text(_) => 0,
        };
        let mut w = JsonWriter::new(Out::Text(String::with_capacity(capacity)));
        self.write_json(&mut w);
        match w.out {
            Out::Text(json) => json,
            Out::Count(_) => String::new(),
        }
    }
}

impl ToJson for Document {
    fn write_json(&self, w: &mut JsonWriter) {
        w.open(b'{');
        w.key("schema").string(self.schema);
        w.key("text_length").number(self.text_length);
        w.key("reference_date").value(&self.reference_date);
        w.key("document").value(&self.document);
        w.key("entities").value(&self.entities);
        w.key("dates").value(&self.dates);
        w.key("quotes").value(&self.quotes);
        w.close(b'}');
    }
}

/// Where [`JsonWriter`] puts its bytes: only their count, or the text.
enum Out {
    Count(usize),
    Text(String),
}

impl Out {
    fn push_str(&mut self, s: &str) {
        match self {
            Out::Count(bytes) => *bytes += s.len(),
            Out::Text(text) => text.push_str(s),
        }
    }

    /// An ASCII byte.
    fn push(&mut self, b: u8) {
        match self {
            Out::Count(bytes) => *bytes += 1,
            Out::Text(text) => text.push(char::from(b)),
        }
    }
}

/// serde_json's pretty printer, for the document's few types.
struct JsonWriter {
    out: Out,
    /// Nesting depth: the indent of the next line, in steps of two spaces.
    depth: usize,
    /// Nothing written yet in the innermost open object or array.
    empty: bool,
}

impl JsonWriter {
    fn new(out: Out) -> JsonWriter {
        JsonWriter { out, depth: 0, empty: false }
    }

    fn open(&mut self, bracket: u8) {
        self.out.push(bracket);
        self.depth += 1;
        self.empty = true;
    }

    /// Ends the innermost object or array (`{}` or `[]` when nothing was written in it).
    fn close(&mut self, bracket: u8) {
        self.depth -= 1;
        if !self.empty {
            self.newline();
        }
        self.out.push(bracket);
        self.empty = false;
    }

    fn newline(&mut self) {
        self.out.push(b'\n');
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
    }

    /// Starts the next element of an array.
    fn item(&mut self) -> &mut Self {
        if !self.empty {
            self.out.push(b',');
        }
        self.empty = false;
        self.newline();
        self
    }

    /// Starts the next member of an object.
    fn key(&mut self, key: &str) -> &mut Self {
        self.item().string(key);
        self.out.push_str(": ");
        self
    }

    fn value(&mut self, v: &impl ToJson) {
        v.write_json(self);
    }

    fn number(&mut self, n: usize) {
        let mut digits = [0u8; 20];
        let mut i = digits.len();
        let mut n = n;
        loop {
            i -= 1;
            digits[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        for &d in &digits[i..] {
            self.out.push(d);
        }
    }

    /// A JSON string, escaped as serde_json escapes it: `"`, `\` and the
    /// control characters only, with JSON's short escapes where it has them.
    fn string(&mut self, s: &str) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        self.out.push(b'"');
        // Runs without escapes are copied whole; every escaped character is
        // ASCII, so the runs end on char boundaries.
        let mut run = 0;
        for (i, b) in s.bytes().enumerate() {
            let short = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0x08 => "\\b",
                0x0c => "\\f",
                0..0x20 => "",
                _ => continue,
            };
            self.out.push_str(&s[run..i]);
            run = i + 1;
            if short.is_empty() {
                self.out.push_str("\\u00");
                self.out.push(HEX[usize::from(b >> 4)]);
                self.out.push(HEX[usize::from(b & 15)]);
            } else {
                self.out.push_str(short);
            }
        }
        self.out.push_str(&s[run..]);
        self.out.push(b'"');
    }

    /// `start` and `end`, the first members of every range.
    fn range(&mut self, start: usize, end: usize) {
        self.key("start").number(start);
        self.key("end").number(end);
    }

    /// `rule`, left out when absent.
    fn rule(&mut self, rule: Option<&str>) {
        if let Some(rule) = rule {
            self.key("rule").string(rule);
        }
    }
}

/// A value [`JsonWriter`] can write.
trait ToJson {
    fn write_json(&self, w: &mut JsonWriter);
}

impl ToJson for String {
    fn write_json(&self, w: &mut JsonWriter) {
        w.string(self);
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Some(v) => v.write_json(w),
            None => w.out.push_str("null"),
        }
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, w: &mut JsonWriter) {
        w.open(b'[');
        for v in self {
            w.item().value(v);
        }
        w.close(b']');
    }
}

impl ToJson for Parts {
    fn write_json(&self, w: &mut JsonWriter) {
        w.open(b'{');
        w.key("headline").value(&self.headline);
        w.key("published").value(&self.published);
        w.key("bylines").value(&self.bylines);
        w.key("captions").value(&self.captions);
        w.key("boilerplate").value(&self.boilerplate);
        w.close(b'}');
    }
}

impl ToJson for Range {
    fn write_json(&self, w: &mut JsonWriter) {
        w.open(b'{');
        w.range(self.start, self.end);
        w.close(b'}');
    }
}

impl ToJson for TextRange {
    fn write_json(&self, w: &mut JsonWriter) {
        w.open(b'{');
        w.range(self.start, self.end);
        w.key("text").string(&self.text);
        w.rule(self.rule);
        w.close(b'}');
    }
}

impl ToJson for Published {
    fn write_json(&self, w: &mut JsonWriter) {
        w.open(b'{');
        w.range(self.start, self.end);
        w.key("value").string(&self.value);
        w.close(b'}');
    }
}

impl ToJson for Entity {
    fn write_json(&self, w: &mut JsonWriter) {
        w.open(b'{');
        w.key("id").string(&self.id);
        w.key("kind").string(self.kind);
        w.key("name").string(&self.name);
        w.key("aliases").value(&self.aliases);
        if let Some(role) = &self.role {
            w.key("role").string(role);
        }
        w.key("mentions").value(&self.mentions);
        w.close(b'}');
    }
}

impl ToJson for DateAnnotation {
    fn write_json(&self, w: &mut JsonWriter) {
        w.open(b'{');
        w.range(self.start, self.end);
        w.key("text").string(&self.text);
        w.key("kind").string(self.kind);
        w.key("value").string(&self.value);
        w.rule(self.rule);
        w.close(b'}');
    }
}

impl ToJson for Quote {
    fn write_json(&self, w: &mut JsonWriter) {
        w.open(b'{');
        w.range(self.start, self.end);
        w.key("text").string(&self.text);
        w.key("kind").string(self.kind);
        w.key("speaker").value(&self.speaker);
        w.key("speaker_mention").value(&self.speaker_mention);
        w.key("cue").value(&self.cue);
        w.rule(self.rule);
        w.close(b'}');
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
    fn to_json_is_serde_json_pretty() {
        let text_range = |text: &str, rule| TextRange { start: 3, end: 1234567890, text: text.to_string(), rule };
        let mut doc = Document {
            schema: SCHEMA,
            text_length: 0,
            reference_date: None,
            document: Parts::default(),
            entities: Vec::new(),
            dates: Vec::new(),
            quotes: Vec::new(),
        };
        let mut expected = vec![serde_json::to_string_pretty(&doc).unwrap()];
        let mut got = vec![doc.to_json()];
        let odd = "q\"b\\n\nr\rt\tb\u{8}f\u{c}\u{0}\u{1f}\u{7f} “é” 😀/";
        doc.text_length = usize::MAX;
        doc.reference_date = Some("2019-11-18".to_string());
        doc.document = Parts {
            headline: Some(Range { start: 0, end: 10 }),
            published: Some(Published { start: 11, end: 20, value: "2019-11-18T16:30+09:00".to_string() }),
            bylines: vec![text_range("By A", Some("byline")), text_range(odd, None)],
            captions: vec![Range { start: 1, end: 2 }],
            boilerplate: vec![Range { start: 3, end: 4 }, Range { start: 5, end: 6 }],
        };
        doc.entities = vec![
            Entity {
                id: "e1".to_string(),
                kind: "person",
                name: odd.to_string(),
                aliases: vec!["A".to_string(), odd.to_string()],
                role: Some("Defense Minister".to_string()),
                mentions: vec![text_range("A", Some("r"))],
            },
            Entity { id: "e2".to_string(), kind: "place", name: String::new(), aliases: Vec::new(), role: None, mentions: Vec::new() },
        ];
        doc.dates = vec![
            DateAnnotation { start: 1, end: 2, text: "Nov. 17".to_string(), kind: "date", value: "2019-11-17".to_string(), rule: Some("r") },
            DateAnnotation { start: 1, end: 2, text: odd.to_string(), kind: "date", value: String::new(), rule: None },
        ];
        doc.quotes = vec![
            Quote {
                start: 0,
                end: 9,
                text: odd.to_string(),
                kind: "direct",
                speaker: Some("e1".to_string()),
                speaker_mention: Some(text_range("A", None)),
                cue: Some(text_range("said", None)),
                rule: Some("r"),
            },
            Quote { start: 0, end: 9, text: String::new(), kind: "direct", speaker: None, speaker_mention: None, cue: None, rule: None },
        ];
        expected.push(serde_json::to_string_pretty(&doc).unwrap());
        got.push(doc.to_json());
        assert_eq!(got, expected);
    }

    #[test]
    fn ascii_is_identity() {
        let map = Utf16Map::new("plain text");
        assert_eq!(map.at(5), 5);
        assert_eq!(map.len(), 10);
    }
}
