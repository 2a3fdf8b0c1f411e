//! The document's contract, checked on any text (issue #8). Shared by the
//! property tests (`tests/properties.rs`), the hostile inputs
//! (`tests/hostile.rs`) and the fuzz target (`fuzz/fuzz_targets/annotate.rs`):
//!
//! - every span lies inside the text and never splits a surrogate pair;
//! - every `text` field equals the slice its offsets cover;
//! - dates, quotes, bylines, captions, boilerplate and each entity's mentions
//!   come in text order;
//! - entity ids are `e1`, `e2`, … in order (so unique), every entity has a
//!   name and a mention, every quote's speaker is one of them;
//! - the JSON parses back to exactly the document.

use article_annotator::document::Document;

/// Checks one `[start, end)` range against the text's UTF-16 units and
/// returns the slice it covers.
fn slice(units: &[u16], start: usize, end: usize, what: &str) -> Result<String, String> {
    if !(start <= end && end <= units.len()) {
        return Err(format!("{what} {start}..{end} outside 0..{}", units.len()));
    }
    for edge in [start, end] {
        if edge > 0
            && edge < units.len()
            && (0xD800..0xDC00).contains(&units[edge - 1])
            && (0xDC00..0xE000).contains(&units[edge])
        {
            return Err(format!("{what} {start}..{end} splits a surrogate pair at {edge}"));
        }
    }
    String::from_utf16(&units[start..end]).map_err(|_| format!("{what} {start}..{end} is not whole characters"))
}

/// The range is inside the text and, when `text` is given, covers exactly it.
fn check_span(units: &[u16], (start, end): (usize, usize), text: Option<&str>, what: &str) -> Result<(), String> {
    let covered = slice(units, start, end, what)?;
    match text {
        Some(t) if t != covered => Err(format!("{what} {start}..{end}: text {t:?} but the slice is {covered:?}")),
        _ => Ok(()),
    }
}

fn check_sorted(spans: impl Iterator<Item = (usize, usize)>, what: &str) -> Result<(), String> {
    let v: Vec<(usize, usize)> = spans.collect();
    match v.windows(2).find(|w| w[0] > w[1]) {
        Some(w) => Err(format!("{what} out of order: {:?} before {:?}", w[0], w[1])),
        None => Ok(()),
    }
}

/// Every invariant of `doc`, the document of `text`.
pub fn check_document(text: &str, doc: &Document) -> Result<(), String> {
    let units: Vec<u16> = text.encode_utf16().collect();
    if doc.text_length != units.len() {
        return Err(format!("text_length {} but the text has {} UTF-16 units", doc.text_length, units.len()));
    }

    let parts = &doc.document;
    if let Some(h) = &parts.headline {
        check_span(&units, (h.start, h.end), None, "headline")?;
    }
    if let Some(p) = &parts.published {
        check_span(&units, (p.start, p.end), None, "published")?;
    }
    for b in &parts.bylines {
        check_span(&units, (b.start, b.end), Some(&b.text), "byline")?;
    }
    for r in parts.captions.iter().chain(&parts.boilerplate) {
        check_span(&units, (r.start, r.end), None, "caption or boilerplate")?;
    }
    check_sorted(parts.bylines.iter().map(|b| (b.start, b.end)), "bylines")?;
    check_sorted(parts.captions.iter().map(|b| (b.start, b.end)), "captions")?;
    check_sorted(parts.boilerplate.iter().map(|b| (b.start, b.end)), "boilerplate")?;

    for (i, e) in doc.entities.iter().enumerate() {
        if e.id != format!("e{}", i + 1) {
            return Err(format!("entity {i} has id {:?}: ids are e1, e2, … in order", e.id));
        }
        if e.name.is_empty() || e.mentions.is_empty() {
            return Err(format!("entity {} has no name or no mention", e.id));
        }
        for m in &e.mentions {
            check_span(&units, (m.start, m.end), Some(&m.text), "mention")?;
            if m.start == m.end {
                return Err(format!("empty mention of {}", e.id));
            }
        }
        check_sorted(e.mentions.iter().map(|m| (m.start, m.end)), "mentions")?;
    }

    for d in &doc.dates {
        check_span(&units, (d.start, d.end), Some(&d.text), "date")?;
        if d.start == d.end || d.value.is_empty() {
            return Err(format!("date {:?} is empty or has no value", d.text));
        }
    }
    check_sorted(doc.dates.iter().map(|d| (d.start, d.end)), "dates")?;

    for q in &doc.quotes {
        check_span(&units, (q.start, q.end), Some(&q.text), "quote")?;
        for r in q.speaker_mention.iter().chain(&q.cue) {
            check_span(&units, (r.start, r.end), Some(&r.text), "speaker mention or cue")?;
        }
        if let Some(id) = &q.speaker {
            if !doc.entities.iter().any(|e| &e.id == id) {
                return Err(format!("quote speaker {id} is no entity"));
            }
        }
    }
    check_sorted(doc.quotes.iter().map(|q| (q.start, q.end)), "quotes")?;

    // The JSON is valid and says exactly what the document says.
    let json = doc.to_json();
    let parsed: serde_json::Value = serde_json::from_str(&json).map_err(|e| format!("bad JSON: {e}"))?;
    let direct = serde_json::to_value(doc).map_err(|e| format!("cannot serialise: {e}"))?;
    if parsed != direct {
        return Err("the JSON does not parse back to the document".to_string());
    }
    Ok(())
}
