//! Quotations and who said them.
//!
//! Quotations come from the quotation marks found by [`crate::segment`]; this
//! stage decides each one's kind and source:
//! 1. a verb of saying in the same sentence, outside every quotation, the one
//!    nearest the quotation: its subject ("…,” he said", "Jeong said, “…”"),
//!    or the name right after it ("…,” said Lt. Col. Kurt Koenigsfeld");
//! 2. a short sentence right after that names the speaker ("“…” Kono said.");
//! 3. the speaker of the quotation before it in the paragraph ("…,” X said.
//!    “…”"), of the paragraph it continues, or of the paragraph that
//!    introduces it ("X told reporters:");
//!
//! Pronouns and descriptions ("the minister", "the ministry") are resolved to
//! a named mention in [`speaker`]; what stays a description ("the Japanese
//! government", "a senior official") becomes a group. Partial quotations with
//! no verb of saying in their sentence (scare quotes, titles) get no speaker.
//! Every step looks at a bounded window, so the stage is linear in the text.

pub mod cues;
pub mod speaker;

use crate::model::{EntityKind, Mention};
use crate::segment::{Doc, QuotedSpan, TokenKind};
use crate::span::Span;
use crate::structure::Parts;
use speaker::{Resolver, Source};

/// Kind of a quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteKind {
    /// A whole utterance.
    Direct,
    /// A fragment inside the reporter's sentence (“chilly”).
    Partial,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
        }
    }
}

/// Who a quotation is attributed to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpeakerRef {
    /// A name mention (index into the names stage's mentions).
    Mention(usize),
    /// A description that names no one ("the Japanese government").
    Description(Span, EntityKind),
}

/// A quotation as this stage found it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundQuote {
    /// The quoted words without the marks.
    pub span: Span,
    pub kind: QuoteKind,
    pub speaker: Option<SpeakerRef>,
    /// The words next to the quotation that name the speaker (may be a pronoun).
    pub speaker_mention: Option<Span>,
    pub cue: Option<Span>,
    pub rule: &'static str,
}

/// Finds the quotations and their speakers.
pub fn find(doc: &Doc, parts: &Parts, mentions: &[Mention]) -> Vec<FoundQuote> {
    let top: Vec<&QuotedSpan> = doc
        .quoted
        .iter()
        .filter(|q| q.depth == 0 && !parts.boilerplate.contains(&q.paragraph))
        .collect();
    // Token → index into `top` of the quotation covering it (marks included).
    let mut in_quote: Vec<Option<usize>> = vec![None; doc.tokens.len()];
    for (qi, q) in top.iter().enumerate() {
        let outer = q.outer();
        let mut t = doc.token_at_or_after(outer.start);
        while t < doc.tokens.len() && doc.tokens[t].span.end <= outer.end {
            in_quote[t] = Some(qi);
            t += 1;
        }
    }
    let resolver = Resolver::new(doc, mentions, &in_quote);
    let mut out: Vec<FoundQuote> = Vec::with_capacity(top.len());
    for (qi, q) in top.iter().enumerate() {
        let kind = kind_of(doc, q);
        let mut found = FoundQuote { span: q.inner, kind, speaker: None, speaker_mention: None, cue: None, rule: "no_source" };
        let attribution = resolver
            .same_sentence(qi, q)
            .map(|s| (s, "cue_in_sentence"))
            .or_else(|| resolver.next_sentence(q).map(|s| (s, "cue_in_next_sentence")));
        if let Some((source, rule)) = attribution {
            apply(&mut found, &source, rule, &resolver, &out);
        } else if kind == QuoteKind::Direct || starts_paragraph(doc, q) {
            if let Some((prev, rule)) = inherited(doc, &top, qi, &out) {
                found.speaker = prev.speaker;
                found.speaker_mention = None;
                found.rule = rule;
            } else if let Some(source) = resolver.introduced_by_previous_paragraph(q) {
                apply(&mut found, &source, "introduced_by_paragraph", &resolver, &out);
            }
        }
        if found.speaker.is_none() && found.rule != "no_source" && found.cue.is_none() {
            found.rule = "no_source";
        }
        out.push(found);
    }
    out
}

fn apply(found: &mut FoundQuote, source: &Source, rule: &'static str, resolver: &Resolver, earlier: &[FoundQuote]) {
    found.cue = source.cue;
    found.speaker_mention = Some(source.words);
    found.speaker = resolver.resolve(source, earlier);
    found.rule = rule;
}

/// Direct unless the quotation sits inside the reporter's words: right after
/// a lower-case word ("described as “chilly”", "said he had “asked …”").
fn kind_of(doc: &Doc, q: &QuotedSpan) -> QuoteKind {
    let t = doc.token_at_or_after(q.open.start);
    let Some(prev) = t.checked_sub(1) else { return QuoteKind::Direct };
    let same_para = doc.tokens[prev].span.start >= doc.paragraphs[q.paragraph].start;
    if !same_para {
        return QuoteKind::Direct;
    }
    let p = doc.tok(prev);
    let tok = doc.tokens[prev];
    if tok.kind == TokenKind::Word && !cues::is_cue(&p.to_lowercase()) {
        return QuoteKind::Partial;
    }
    if tok.kind == TokenKind::Word && cues::is_cue(p) {
        // "He said “no”" without a comma: a fragment unless it is a full sentence.
        let inner = q.inner.of(doc.text);
        if !inner.ends_with(['.', ',', '?', '!', '…']) {
            return QuoteKind::Partial;
        }
    }
    QuoteKind::Direct
}

fn starts_paragraph(doc: &Doc, q: &QuotedSpan) -> bool {
    doc.paragraphs[q.paragraph].start == q.open.start
}

/// The speaker a quotation inherits: from the quotation before it in the same
/// paragraph, or from the paragraph it continues (a quotation left open at
/// the end of the previous paragraph).
fn inherited<'a>(doc: &Doc, top: &[&QuotedSpan], qi: usize, out: &'a [FoundQuote]) -> Option<(&'a FoundQuote, &'static str)> {
    let q = top[qi];
    let prev_i = qi.checked_sub(1)?;
    let prev_q = top[prev_i];
    let prev = &out[prev_i];
    prev.speaker?;
    if prev_q.paragraph == q.paragraph {
        return Some((prev, "same_speaker_as_previous_quote"));
    }
    if prev_q.paragraph + 1 == q.paragraph && prev_q.close.is_none() && starts_paragraph(doc, q) {
        return Some((prev, "continued_quotation"));
    }
    // A paragraph that is only a quotation, right after a paragraph whose
    // quotation had a speaker, with no other person named in between.
    if prev_q.paragraph + 1 == q.paragraph && starts_paragraph(doc, q) && q.close.is_some_and(|c| ends_paragraph(doc, q.paragraph, c)) {
        return Some((prev, "quotation_paragraph_after_speaker"));
    }
    None
}

/// True when only closing punctuation follows `close` in the paragraph.
fn ends_paragraph(doc: &Doc, paragraph: usize, close: Span) -> bool {
    doc.text[close.end..doc.paragraphs[paragraph].end].chars().all(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests;
