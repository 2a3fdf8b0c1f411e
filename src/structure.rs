//! The parts of a pasted page around the article body: headline, publication
//! line, bylines, photo captions and site boilerplate.
//!
//! Names and dates inside captions still count (a reader sees them); only
//! boilerplate ("Related stories", share buttons) is left unannotated.

use crate::case::Case;
use crate::dates::{self, CalendarDate};
use crate::lexicon::{self, lazy};
use crate::segment::{Doc, TokenKind};
use crate::span::Span;
use crate::hash::HashMap;

/// What the structure stage found.
#[derive(Debug, Default, Clone)]
pub struct Parts {
    pub headline: Option<Span>,
    /// The publication date expression and its TIMEX3 value.
    pub published: Option<(Span, String)>,
    /// The calendar day of `published`: the reference date when none is given.
    pub published_date: Option<CalendarDate>,
    /// The names in bylines ("By Lee Je-hun, senior staff writer" → "Lee Je-hun").
    pub bylines: Vec<Span>,
    /// Paragraph indices.
    pub byline_paragraphs: Vec<usize>,
    pub captions: Vec<usize>,
    pub boilerplate: Vec<usize>,
    /// The paragraph spans of `boilerplate`, for filtering.
    boilerplate_spans: Vec<Span>,
}

impl Parts {
    /// True when `span` lies in a boilerplate paragraph.
    pub fn is_boilerplate(&self, span: Span) -> bool {
        let i = self.boilerplate_spans.partition_point(|p| p.end <= span.start);
        i < self.boilerplate_spans.len() && self.boilerplate_spans[i].overlaps(span)
    }

    /// True when paragraph `i` is boilerplate.
    pub fn is_boilerplate_paragraph(&self, i: usize) -> bool {
        self.boilerplate.binary_search(&i).is_ok()
    }

    /// True when paragraph `i` is a caption, byline, publication line or boilerplate:
    /// not part of the running story.
    pub fn is_furniture(&self, i: usize) -> bool {
        self.captions.binary_search(&i).is_ok() || self.is_boilerplate_paragraph(i) || self.byline_paragraphs.binary_search(&i).is_ok()
    }
}

enum Furniture {
    Exact,
    Prefix,
    Word,
}

lazy! {
    fn furniture() -> Vec<(Furniture, &'static str)> {
        lexicon::rows(crate::lexicon::data!("boilerplate.txt"))
            .filter(|r| r.len() >= 2)
            .map(|r| {
                let kind = match r[0] {
                    "exact" => Furniture::Exact,
                    "prefix" => Furniture::Prefix,
                    _ => Furniture::Word,
                };
                (kind, r[1])
            })
            .collect()
    }
}

lazy! {
    /// An exact boilerplate phrase of more than 25 words (see [`is_boilerplate`]).
    fn has_long_exact_phrase() -> bool {
        furniture().iter().any(|(kind, phrase)| matches!(kind, Furniture::Exact) && phrase.split_whitespace().nth(25).is_some())
    }
}

/// Words that open a publication line.
const PUBLICATION_WORDS: &[&str] = &[
    "posted", "published", "updated", "modified", "date", "dated", "released", "first", "last", "created",
];

/// Credits that mark a paragraph as a photo caption when they end it in brackets.
const CREDIT_WORDS: &[&str] = &[
    "photo", "photos", "photograph", "courtesy", "image", "images", "file", "illustration", "graphic", "video",
    "ap", "reuters", "afp", "getty", "yonhap", "epa", "xinhua", "kyodo", "dvids",
];

/// Finds the parts of the page.
pub fn find(doc: &Doc) -> Parts {
    let mut parts = Parts::default();
    let text = doc.text;
    let paras = &doc.paragraphs;
    let n = paras.len();

    // Boilerplate first: nothing below should read furniture.
    for (i, p) in paras.iter().enumerate() {
        if is_boilerplate(p.of(text), i == 0) {
            parts.boilerplate.push(i);
            parts.boilerplate_spans.push(*p);
        }
    }

    // Publication line: near the top (or at the very end, where some sites put it).
    let candidates = (0..n.min(8)).chain(n.saturating_sub(3)..n);
    for i in candidates {
        if parts.is_boilerplate_paragraph(i) {
            continue;
        }
        if let Some((span, value, day)) = publication_line(text, paras[i]) {
            parts.published = Some((span, value));
            parts.published_date = Some(day);
            break;
        }
    }

    // Headline: a short first paragraph that does not read as a sentence of the story.
    if let Some(first) = paras.first() {
        let s = first.of(text);
        let words = s.split_whitespace().count();
        let is_pub_line = parts.published.as_ref().is_some_and(|(sp, _)| first.contains(*sp));
        let ends_plain_sentence = s.ends_with('.') && doc.sentences.iter().filter(|x| first.contains(x.span)).count() > 1;
        // A wire dateline ("MANILA, Philippines (AP) _") opens the story; it is no headline.
        let dateline = s.trim_end().ends_with(['_', '—', '-', '–']) || s.contains("(AP)") || s.contains("(Reuters)") || s.contains("(AFP)");
        if n > 1 && words <= 30 && s.len() <= 300 && !is_pub_line && !ends_plain_sentence && !dateline && !parts.is_boilerplate_paragraph(0) {
            parts.headline = Some(*first);
        }
    }

    // Bylines.
    for (i, p) in paras.iter().enumerate() {
        if parts.is_boilerplate_paragraph(i) {
            continue;
        }
        let names = byline_names(doc, *p);
        if !names.is_empty() {
            parts.byline_paragraphs.push(i);
            parts.bylines.extend(names);
        }
    }

    // Captions: a paragraph repeated word for word, or one ending in a credit.
    let mut seen: HashMap<&str, usize> = HashMap::default();
    for (i, p) in paras.iter().enumerate() {
        let s = p.of(text);
        if s.split_whitespace().count() >= 6 {
            if let Some(&j) = seen.get(s) {
                parts.captions.extend([j, i]);
                continue;
            }
            seen.insert(s, i);
        }
        if !parts.is_boilerplate_paragraph(i) && Some(i) != parts.headline.map(|_| 0) && (ends_with_credit(s) || starts_as_caption(s)) {
            parts.captions.push(i);
        }
    }
    crate::order::sort_by_key(&mut parts.captions, |&c| c as u64);
    parts.captions.dedup();
    parts
}

fn normalise(s: &str) -> String {
    s.trim_matches(|c: char| !c.is_alphanumeric() && c != '©')
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .lower()
}

fn is_boilerplate(s: &str, first: bool) -> bool {
    // Past 25 words only an exact phrase of as many words could match: most
    // paragraphs of a story are never normalised.
    let words_past_25 = s.trim_matches(|c: char| !c.is_alphanumeric() && c != '©').split_whitespace().nth(25).is_some();
    if words_past_25 && !has_long_exact_phrase() {
        return false;
    }
    let norm = normalise(s);
    if norm.is_empty() {
        // Bullets, rules and lone symbols.
        return s.chars().count() <= 3;
    }
    let words: Vec<&str> = norm.split_whitespace().collect();
    for (kind, phrase) in furniture() {
        match kind {
            Furniture::Exact if norm == *phrase => return true,
            Furniture::Prefix if words.len() <= 25 && norm.starts_with(phrase) => return true,
            Furniture::Word
                if !first
                    && words.len() <= 12
                    && !s.trim_end().ends_with('.')
                    && !s.contains(['“', '"'])
                    && words.iter().any(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-') == *phrase) =>
            {
                return true;
            }
            _ => {}
        }
    }
    false
}

/// A publication line: "Posted on : 2019-11-18 16:30 KST", "Published July 30, 2010",
/// or a paragraph that is nothing but a date ("Mar 29, 2016").
fn publication_line(text: &str, para: Span) -> Option<(Span, String, CalendarDate)> {
    let s = para.of(text);
    if s.len() > 160 {
        return wire_dateline(text, para);
    }
    let first_word = s
        .split(|c: char| !c.is_alphabetic())
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .lower();
    let keyword = PUBLICATION_WORDS.contains(&first_word.as_str());
    let timexes = dates::extract(s, None);
    let covered: usize = timexes.iter().map(|t| t.span.len()).sum();
    let letters = s.chars().filter(|c| c.is_alphanumeric()).count().max(1);
    let mostly_date = covered * 10 >= letters * 6;
    // "By … / Published March 12, 2024": the keyword right before the date, anywhere in the line.
    let after_keyword = |t: &&dates::Timex| {
        let before = s[..t.span.start].trim_end_matches([' ', ':', '\u{a0}']).lower();
        ["published", "posted", "updated", "released", "dated", "published on", "posted on"].iter().any(|k| before.ends_with(k))
    };
    let full = if keyword || mostly_date {
        timexes.iter().find(|t| full_date(&t.value).is_some())?
    } else {
        timexes.iter().filter(after_keyword).find(|t| full_date(&t.value).is_some())?
    };
    let day = full_date(&full.value)?;
    let span = Span::new(para.start + full.span.start, para.start + full.span.end);
    Some((span, full.value.clone(), day))
}

/// A wire dateline opening the story: "TOKYO, Dec. 6, 2023 (Nikkei) — Toyota …".
/// The date before the first dash is the publication date.
fn wire_dateline(text: &str, para: Span) -> Option<(Span, String, CalendarDate)> {
    let s = para.of(text);
    let dash = [" — ", " -- ", " – ", " - "].iter().filter_map(|d| s.find(d)).min()?;
    if dash > 90 || !s[..dash].chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let head = &s[..dash];
    let t = dates::extract(head, None).into_iter().find(|t| full_date(&t.value).is_some())?;
    let day = full_date(&t.value)?;
    Some((Span::new(para.start + t.span.start, para.start + t.span.end), t.value, day))
}

/// The calendar day at the front of a TIMEX3 value such as `2019-11-18T16:30`.
fn full_date(value: &str) -> Option<CalendarDate> {
    CalendarDate::parse_iso(value.get(..10)?).ok()
}

/// Words of a byline that introduce the names.
const BYLINE_OPENERS: &[&str] = &[
    "by", "story by", "written by", "words by", "reporting by", "text by", "report by", "edited by", "compiled by", "interview by",
];

/// The names of a byline paragraph ("By Lee Je-hun, senior staff writer, and Cho Ki-weon, ...").
fn byline_names(doc: &Doc, para: Span) -> Vec<Span> {
    let text = doc.text;
    let s = para.of(text);
    if s.len() > 200 {
        return Vec::new();
    }
    // "  • By Senior Airman …": bullets and dashes before the opener.
    let lead = s.len() - s.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
    let lower = s[lead..].lower();
    let Some(opener) = BYLINE_OPENERS.iter().find(|o| lower.strip_prefix(**o).is_some_and(|rest| rest.starts_with([' ', ':']))) else {
        return Vec::new();
    };
    // "Edited by : Han Mi-rae": a colon may follow the opener.
    let after = &s[lead + opener.len()..];
    let body_start = para.start + lead + opener.len() + (after.len() - after.trim_start_matches([' ', ':']).len());
    // Pieces between commas, "and", "&" and semicolons.
    let first = doc.token_at_or_after(body_start);
    let mut out = Vec::new();
    let mut piece: Vec<usize> = Vec::new();
    let flush = |piece: &mut Vec<usize>, out: &mut Vec<Span>| {
        if let Some(name) = name_in_piece(doc, piece) {
            out.push(name);
        }
        piece.clear();
    };
    let mut i = first;
    while i < doc.tokens.len() && doc.tokens[i].span.end <= para.end {
        let t = doc.tok(i);
        if matches!(t, "," | ";" | "&" | "and" | "|" | "/" | "—" | "–") {
            flush(&mut piece, &mut out);
        } else {
            piece.push(i);
        }
        i += 1;
    }
    flush(&mut piece, &mut out);
    out
}

/// A piece of a byline is a name when, after any title or rank ("Staff
/// Sgt.", "Sgt. 1st Class"), it begins with two to four capitalised words
/// ("Brittany A. Chase 35th Fighter Wing Public Affairs" → "Brittany A. Chase").
fn name_in_piece(doc: &Doc, piece: &[usize]) -> Option<Span> {
    let is_rank = |i: usize| {
        let t = doc.tok(i);
        crate::names::titles::is_title_word(t) || t == "Class" || (doc.tokens[i].kind == TokenKind::Number && t.ends_with(['t', 'd', 'h']))
    };
    let rest: Vec<usize> = piece.iter().copied().skip_while(|&i| is_rank(i)).collect();
    // "The Riverside Ledger": a publication, not a writer; "Published March 12,
    // 2024": a date line sharing the byline's line.
    if rest.first().is_some_and(|&i| matches!(doc.tok(i), "The" | "THE") || PUBLICATION_WORDS.contains(&doc.tok(i).lower().as_str()))
        || rest.iter().any(|&i| doc.tokens[i].kind == TokenKind::Number)
    {
        return None;
    }
    let words: Vec<usize> = rest
        .iter()
        .copied()
        .take_while(|&i| {
            let t = doc.tok(i);
            doc.tokens[i].kind == TokenKind::Word && t.chars().next().is_some_and(char::is_uppercase) && !crate::names::heads::is_any_head(t)
        })
        .collect();
    if !(2..=4).contains(&words.len()) {
        return None;
    }
    // The run must be the name itself, not the first words of an organization.
    if words.len() < rest.len() && crate::names::heads::is_any_head(doc.tok(rest[words.len()])) {
        return None;
    }
    let last = *words.last()?;
    Some(Span::new(doc.tokens[words[0]].span.start, doc.tokens[last].span.end))
}

/// "Photo: …", "Caption: …": a paragraph that says it is a caption.
fn starts_as_caption(s: &str) -> bool {
    const OPENERS: &[&str] = &["photo:", "photos:", "caption:", "pictured:", "above:", "top:", "file photo:", "image:", "video:"];
    if s.len() >= 400 {
        return false;
    }
    // Only the first characters can hold an opener: lower-case those, not the paragraph.
    let s = s.trim_start();
    let head = s.char_indices().nth(12).map_or(s, |(i, _)| &s[..i]);
    let lower = head.lower();
    OPENERS.iter().any(|o| lower.starts_with(o))
}

/// A paragraph that ends in a bracketed credit: "(U.S. Air Force photo by ...)",
/// "(Yonhap)", "(Ministry of National Defense)".
fn ends_with_credit(s: &str) -> bool {
    let t = s.trim_end();
    if !t.ends_with(')') || t.contains(['“', '"', '”']) {
        return false;
    }
    let Some(open) = t.rfind('(') else { return false };
    let inside = &t[open + 1..t.len() - 1];
    if inside.is_empty() || inside.len() > 100 {
        return false;
    }
    let words: Vec<&str> = inside.split(|c: char| c.is_whitespace() || c == '/').filter(|w| !w.is_empty()).collect();
    let credit_word = words.iter().any(|w| CREDIT_WORDS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()).lower().as_str()));
    // A credit that is only a name: every word capitalised or a small joiner.
    let only_name = words.len() >= 2
        && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase) || matches!(*w, "of" | "the" | "and" | "for"));
    let before = &t[..open];
    let sentences = before.matches(". ").count() + 1;
    credit_word || (only_name && sentences <= 2 && before.len() >= 40)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_table() {
        let yes = [
            "Related stories",
            "Most viewed articles",
            "Please direct comments or questions to [someone@example.org]",
            "button that move to original article (원문)",
            "© 2024 Example News. All rights reserved.",
            "•",
        ];
        for s in yes {
            assert!(is_boilerplate(s, false), "{s}");
        }
        let no = [
            "Japan, Korea share concerns over missile launch",
            "The minister said the related stories were false.",
            "He pressed the button twice.",
        ];
        for s in no {
            assert!(!is_boilerplate(s, true), "{s}");
        }
    }

    #[test]
    fn credits() {
        assert!(ends_with_credit("A pilot climbs into the cockpit on the flight line. (U.S. Air Force photo by Jane Doe)"));
        assert!(ends_with_credit("Ministers shake hands before their talks in Hanoi on May 3. (Ministry of Foreign Affairs)"));
        assert!(!ends_with_credit("The ministry said it would respond (as it did before)."));
        assert!(!ends_with_credit("“We will respond,” the ministry said (MND)"));
    }
}
