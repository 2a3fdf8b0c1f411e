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

use crate::case::Case;
use crate::model::{EntityKind, Mention};
use crate::segment::{Doc, QuotedSpan, TokenKind};
use crate::span::Span;
use crate::hash::HashMap;
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
pub fn find(doc: &Doc, parts: &Parts, mentions: &[Mention], time_spans: &[Span]) -> Vec<FoundQuote> {
    // "Marcia “Cia” Price": marks inside a person's name set off a nickname.
    let mut in_person = vec![false; doc.tokens.len()];
    for m in mentions.iter().filter(|m| m.kind == EntityKind::Person) {
        let mut t = doc.token_at_or_after(m.span.start);
        while t < doc.tokens.len() && doc.tokens[t].span.end <= m.span.end {
            in_person[t] = true;
            t += 1;
        }
    }
    let mut top: Vec<QuotedSpan> = doc
        .quoted
        .iter()
        .filter(|q| q.depth == 0 && !parts.is_boilerplate_paragraph(q.paragraph) && !in_person[doc.token_at_or_after(q.open.start)])
        .copied()
        .collect();
    top.extend(recovered(doc, parts));
    crate::order::sort_by_key(&mut top, |q| q.open.start as u64);
    let top: Vec<&QuotedSpan> = top.iter().collect();
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
    let resolver = Resolver::new(doc, mentions, &in_quote, time_spans);
    let mut out: Vec<FoundQuote> = Vec::with_capacity(top.len());
    for (qi, q) in top.iter().enumerate() {
        let kind = kind_of(doc, q);
        let mut found = FoundQuote { span: q.inner, kind, speaker: None, speaker_mention: None, cue: None, rule: "no_source" };
        if kind == QuoteKind::Partial && is_title_of_work(doc, q) {
            found.rule = "title_of_work";
            out.push(found);
            continue;
        }
        let attribution = resolver
            .transcript_label(q)
            .map(|s| (s, "transcript_label"))
            .or_else(|| resolver.dash_source(q).map(|s| (s, "dash_source")))
            .or_else(|| resolver.same_sentence(qi, q, &out).map(|s| (s, "cue_in_sentence")))
            .or_else(|| resolver.next_sentence(q).map(|s| (s, "cue_in_next_sentence")))
            .or_else(|| resolver.characterised_as(q).map(|s| (s, "characterised_as")))
            .or_else(|| resolver.after_colon(q).map(|s| (s, "introduced_by_colon")));
        if let Some((source, rule)) = attribution {
            apply(&mut found, &source, rule, &resolver, &out);
        } else if kind == QuoteKind::Direct || starts_paragraph(doc, q) {
            if let Some((prev, rule)) = inherited(doc, &top, qi, &out) {
                found.speaker = prev.speaker;
                found.speaker_mention = prev.speaker_mention;
                found.rule = rule;
            } else if let Some(source) = resolver.introduced_by_previous_paragraph(q) {
                apply(&mut found, &source, "introduced_by_paragraph", &resolver, &out);
            } else if let Some(source) = resolver.previous_sentence(q) {
                apply(&mut found, &source, "cue_in_previous_sentence", &resolver, &out);
            } else if let Some(source) = resolver.subject_of_previous_sentence(q) {
                apply(&mut found, &source, "subject_of_previous_sentence", &resolver, &out);
            }
        }
        if found.speaker.is_none() && found.rule == "no_source" {
            if let Some(source) = resolver.subject_of_sentence(q) {
                apply(&mut found, &source, "subject_of_sentence", &resolver, &out);
            }
        }
        if found.speaker.is_none() && found.rule != "no_source" && found.cue.is_none() {
            found.rule = "no_source";
        }
        out.push(found);
    }
    repeated_quotations(doc, &mut out);
    out
}

/// A quotation with no source whose words are quoted again, attributed,
/// elsewhere (a headline repeating a line of the story) has that speaker.
fn repeated_quotations(doc: &Doc, quotes: &mut [FoundQuote]) {
    let norm = |s: Span| -> String {
        s.of(doc.text).chars().filter(|c| c.is_alphanumeric() || c.is_whitespace()).map(crate::case::lower_char).collect::<String>().split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let attributed: Vec<(String, Option<SpeakerRef>)> = quotes.iter().filter(|q| q.speaker.is_some()).map(|q| (norm(q.span), q.speaker)).collect();
    // Word → the attributed quotations that have it, in order: a quotation's
    // words can only be inside one that has its rarest word (linear in the
    // text, where trying every pair was quadratic).
    let mut having: HashMap<&str, Vec<usize>> = HashMap::default();
    for (i, (t, _)) in attributed.iter().enumerate() {
        for w in t.split(' ') {
            let list = having.entry(w).or_default();
            if list.last() != Some(&i) {
                list.push(i);
            }
        }
    }
    for q in quotes.iter_mut().filter(|q| q.speaker.is_none()) {
        let words = norm(q.span);
        if words.len() < 12 {
            continue;
        }
        let Some(candidates) = words.split(' ').map(|w| having.get(w).map_or(&[][..], Vec::as_slice)).min_by_key(|c| c.len()) else { continue };
        if let Some(&i) = candidates.iter().find(|&&i| attributed[i].0.contains(&words)) {
            q.speaker = attributed[i].1;
            q.rule = "repeats_attributed_quotation";
        }
    }
}

/// Quotations whose opening mark was lost: a closing mark with no opener,
/// right before a verb of saying ("… under the same terms," said Mr.
/// Turek). The quotation is taken to start where its sentence starts.
fn recovered(doc: &Doc, parts: &Parts) -> Vec<QuotedSpan> {
    let mut out = Vec::new();
    for o in &doc.orphans {
        if parts.is_boilerplate_paragraph(o.paragraph) {
            continue;
        }
        let Some(si) = doc.sentence_of(o.close.start) else { continue };
        let sentence = doc.sentences[si];
        let close_t = doc.token_at_or_after(o.close.start);
        // A verb of saying within the next few words ("," said X / X said).
        let cue_follows = (close_t + 1..sentence.tokens.1.min(close_t + 8)).any(|t| cues::is_cue(doc.tok(t)));
        // Other quotation marks earlier in the sentence mean the pairing is unclear: leave it.
        let first_in_sentence = doc.quoted.partition_point(|q| q.open.start < sentence.span.start);
        let marks_before = doc.quoted.get(first_in_sentence).is_some_and(|q| sentence.span.contains_offset(q.open.start) && q.open.start < o.close.start);
        if !cue_follows || marks_before || doc.tokens[close_t.saturating_sub(1)].span.start < sentence.span.start {
            continue;
        }
        let start = Span::new(sentence.span.start, sentence.span.start);
        let inner = Span::new(sentence.span.start, o.close.start);
        let inner = Span::new(inner.start, inner.start + inner.of(doc.text).trim_end().len());
        if inner.is_empty() {
            continue;
        }
        out.push(QuotedSpan { open: start, close: Some(o.close), inner, level: crate::segment::Level::Double, depth: 0, paragraph: o.paragraph });
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
    if tok.kind == TokenKind::Word && !cues::is_cue(&p.lower()) {
        return QuoteKind::Partial;
    }
    if tok.kind == TokenKind::Word && cues::is_cue(p) {
        // "what it calls “a media attack.”" without a comma: a fragment, unless
        // it is a full sentence ("He said “We will win.”").
        let inner = q.inner.of(doc.text);
        let capital = inner.chars().next().is_some_and(char::is_uppercase);
        if !(capital && inner.ends_with(['.', ',', '?', '!', '…'])) {
            return QuoteKind::Partial;
        }
    }
    QuoteKind::Direct
}

/// "an episode of “The Morning Show,”", "a book titled “Hard Choices”": Title
/// Case words after a preposition or "titled" name a work, which says nothing.
fn is_title_of_work(doc: &Doc, q: &QuotedSpan) -> bool {
    let t = doc.token_at_or_after(q.open.start);
    let after_preposition = t > 0
        && doc.tokens[t - 1].span.start >= doc.paragraphs[q.paragraph].start
        && matches!(doc.tok(t - 1).lower().as_str(), "of" | "on" | "in" | "at" | "from" | "titled" | "entitled");
    let words: Vec<&str> = q.inner.of(doc.text).split_whitespace().collect();
    let title_case = words.len() >= 2
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && words.iter().all(|w| w.chars().count() < 4 || w.chars().next().is_some_and(char::is_uppercase))
        && !words.last().is_some_and(|w| w.ends_with(['.', '?', '!']));
    after_preposition && title_case
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
