//! Names of people, organizations, places and agreements.
//!
//! The stage reads the text in three steps:
//! 1. [`words`]: tokens as name rules see them (possessives cut off, …);
//! 2. [`phrases`]: runs of capitalised words joined into candidate phrases;
//! 3. [`classify`]: each phrase split into the names it holds, with a kind
//!    and the rule that decided it;
//!
//! then [`propagate`] finds the short forms (surnames, acronyms, misspelt
//! acronyms, repeated names). Lexicons live in `data/` ([`lexicons`],
//! [`titles`], [`heads`]).

pub mod classify;
pub mod heads;
pub mod lexicons;
pub mod phrases;
pub mod propagate;
pub mod titles;
pub mod words;

use crate::model::{EntityKind, Mention};
use crate::segment::Doc;
use crate::span::Span;
use crate::structure::Parts;
use words::{Shape, W};

/// Every name mention of the text, sorted, non-overlapping.
pub fn find(doc: &Doc, parts: &Parts) -> Vec<Mention> {
    let mut ws = words::words(doc, |p| parts.is_boilerplate_paragraph(p));
    // Title Case headlines capitalise every word: the rules read them with
    // more care, and names found in the body are found again by `propagate`.
    let title_case = title_case_paragraphs(doc, &ws);
    for w in ws.iter_mut() {
        w.title_case = title_case[w.paragraph];
    }
    let mut found = Vec::new();
    for phrase in phrases::phrases(&ws) {
        classify::classify(&ws, phrase, &mut found);
    }
    classify::lowercase_agreement_heads(&ws, &mut found);
    let mut mentions: Vec<Mention> = found
        .iter()
        .map(|f| Mention {
            span: Span::new(ws[f.start].span.start, ws[f.end - 1].span.end),
            kind: f.kind,
            rule: f.rule,
            canonical: f.canonical,
            alias_of: None,
            role: f.role.map(|(a, b)| Span::new(ws[a].span.start, ws[b - 1].span.end)),
        })
        .collect();
    // Byline names are people whatever the rules above made of them. (One
    // pass with a binary search: a long text may have a byline per story.)
    if !parts.bylines.is_empty() {
        let mut bylines = parts.bylines.clone();
        crate::order::sort_by_key(&mut bylines, |b| b.start as u64);
        let overlaps_a_byline = |s: Span| {
            let i = bylines.partition_point(|b| b.end <= s.start);
            bylines[i..].iter().take_while(|b| b.start < s.end).any(|b| b.overlaps(s))
        };
        mentions.retain(|m| !overlaps_a_byline(m.span));
        mentions.extend(bylines.iter().map(|&b| Mention { span: b, kind: EntityKind::Person, rule: "byline", canonical: None, alias_of: None, role: None }));
    }
    propagate::refine(doc.text, &ws, &mut mentions);
    mentions
}

/// Paragraphs written in Title Case: headline-like (no full stop at the end),
/// at least four words, every content word capitalised (one slip allowed in
/// eight or more).
fn title_case_paragraphs(doc: &Doc, ws: &[W]) -> Vec<bool> {
    let n = doc.paragraphs.len();
    let mut caps = vec![0usize; n];
    let mut lower = vec![0usize; n];
    for w in ws {
        match w.shape {
            Shape::Cap => caps[w.paragraph] += 1,
            Shape::Lower if !SMALL_WORDS.contains(&w.text) => lower[w.paragraph] += 1,
            _ => {}
        }
    }
    (0..n)
        .map(|p| {
            let ends_sentence = doc.paragraphs[p].of(doc.text).trim_end().ends_with('.');
            let allowed = if caps[p] >= 8 { 1 } else { 0 };
            // A full stop says a sentence, except after the headline (some
            // feeds end every paragraph with one).
            (!ends_sentence || p == 0) && caps[p] >= 4 && lower[p] <= allowed
        })
        .collect()
}

/// Words a Title Case headline leaves in lower case.
const SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "as", "vs", "vs.", "from", "into", "over", "per", "via", "nor", "up",
];

#[cfg(test)]
mod tests;
