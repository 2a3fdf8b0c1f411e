//! Finding the words that name a quotation's source, and resolving them to a
//! named mention: pronouns to the person they stand for, "the minister" to
//! the latest person with that title, "the ministry" to the latest
//! organization of that kind.

use crate::case::Case;
use crate::model::{EntityKind, Mention};
use crate::names::lexicons::{given_name, Gender};
use crate::quotes::cues::{is_cue, speaker_noun, NounKind};
use crate::quotes::{FoundQuote, SpeakerRef};
use crate::segment::{Doc, QuotedSpan, TokenKind};
use crate::span::Span;

/// What the words next to a verb of saying are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum What {
    Mention(usize),
    /// "he"/"she" (with the gender), "they", "it".
    Pronoun(Pronoun),
    /// A speaker noun phrase: its head noun's kind and the head noun itself.
    Description(NounKind, Span),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pronoun {
    He,
    She,
    They,
    It,
}

/// A source as written next to a quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    pub words: Span,
    pub cue: Option<Span>,
    pub what: What,
}

/// Words between a subject and its verb that do not change who speaks.
/// How many earlier sentences, mentions or quotations a pronoun or a
/// description looks back through for what it stands for. Articles never need
/// more; unbounded, n quotations each searched all that came before (issue #8).
const LOOK_BACK: usize = 256;

const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "was", "is", "were", "are", "will", "would", "could", "should", "may", "might", "must", "can",
    "also", "further", "then", "again", "later", "once", "did", "does", "do", "not", "never", "been", "being", "earlier",
    "still", "already", "often", "always", "just", "even", "only", "twice", "first", "last", "recently", "reportedly",
];

/// Words that end a description of a speaker on the left.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "one", "two", "three", "some",
    "several", "many", "other", "another", "both", "all", "most", "few",
];

/// Words that open a subordinate clause before the main one.
const SUBORDINATORS: &[&str] = &["if", "when", "as", "although", "though", "while", "because", "after", "before", "since", "unless", "once", "whether"];

/// Subjects that never speak: "it is said", "there", "which".
const NOT_SPEAKERS: &[&str] = &["there", "here", "which", "what", "who", "whom", "this", "that", "it", "i", "we", "you", "one", "time", "way", "year", "day", "week"];

/// Words a description never crosses.
const STOPS: &[&str] = &["of", "in", "at", "on", "for", "with", "by", "to", "from", "and", "or", "but", "that", "who", "which", "as", "what", "whose", "whom", "where", "when", "if"];

/// Reads sources around quotations; built once per text.
pub struct Resolver<'a, 't> {
    doc: &'a Doc<'t>,
    mentions: &'a [Mention],
    in_quote: &'a [Option<usize>],
    /// Token → mention covering it.
    mention_at: Vec<Option<usize>>,
    /// Token → inside a time expression ("on Friday", "in 2010").
    in_time: Vec<bool>,
}

impl<'a, 't> Resolver<'a, 't> {
    pub fn new(doc: &'a Doc<'t>, mentions: &'a [Mention], in_quote: &'a [Option<usize>], time_spans: &[Span]) -> Resolver<'a, 't> {
        let mut in_time = vec![false; doc.tokens.len()];
        for s in time_spans {
            let mut t = doc.tokens.partition_point(|tok| tok.span.end <= s.start);
            while t < doc.tokens.len() && doc.tokens[t].span.start < s.end {
                in_time[t] = true;
                t += 1;
            }
        }
        let mut mention_at = vec![None; doc.tokens.len()];
        for (mi, m) in mentions.iter().enumerate() {
            let mut t = doc.tokens.partition_point(|tok| tok.span.end <= m.span.start);
            while t < doc.tokens.len() && doc.tokens[t].span.start < m.span.end {
                mention_at[t] = Some(mi);
                t += 1;
            }
        }
        Resolver { doc, mentions, in_quote, mention_at, in_time }
    }

    fn tok(&self, t: usize) -> &'t str {
        self.doc.tok(t)
    }

    fn is_word(&self, t: usize) -> bool {
        self.doc.tokens[t].kind == TokenKind::Word
    }

    fn lower(&self, t: usize) -> String {
        self.tok(t).lower()
    }

    /// A verb of saying at token `t`, outside quotations and names.
    fn cue_at(&self, t: usize, sentence_start: usize) -> Option<Span> {
        if self.in_quote[t].is_some() || self.mention_at[t].is_some() || !self.is_word(t) {
            return None;
        }
        let s = self.tok(t);
        let lower_case = s.chars().next().is_some_and(char::is_lowercase);
        // Title Case headlines: "Obama Says Museum Will Tell …".
        let after_name = t > 0 && self.mention_at[t - 1].is_some();
        if !(lower_case || t == sentence_start || after_name) {
            return None;
        }
        let l = s.lower();
        if l == "according" && t + 1 < self.doc.tokens.len() && self.tok(t + 1) == "to" {
            return Some(self.doc.tokens[t].span.cover(self.doc.tokens[t + 1].span));
        }
        if !is_cue(&l) {
            return None;
        }
        // "the said …", "his remarks", "a Trump tweet": not a verb.
        if self.is_noun_use(t, sentence_start) {
            return None;
        }
        // "he did not mention …": a denied act of saying is no source.
        if t > sentence_start && matches!(self.lower(t - 1).as_str(), "not" | "never" | "n’t" | "n't") {
            return None;
        }
        Some(self.doc.tokens[t].span)
    }

    /// The source named in the quotation's own sentence. Every verb of saying
    /// outside quotations is read (its subject, or right after the quotation
    /// an inverted one); a source that names someone beats a description, and
    /// then the verb nearest the quotation wins. A pronoun that stands for no
    /// one is no source. Failing all that, the sentence's subject when the verb
    /// hangs on it ("took to Twitter to accuse", "outlined … and vowed").
    pub fn same_sentence(&self, qi: usize, q: &QuotedSpan, earlier: &[FoundQuote]) -> Option<Source> {
        let si = self.doc.sentence_of(q.open.start)?;
        let (first, end) = self.doc.sentences[si].tokens;
        let open_t = self.doc.token_at_or_after(q.open.start);
        let close_t = q.close.map_or(end, |c| self.doc.token_at_or_after(c.start));
        let mut best: Option<((u8, usize, bool), Source)> = None;
        let mut dependent: Option<usize> = None;
        for t in first..end {
            if self.in_quote[t].is_some() {
                continue;
            }
            if self.cue_at(t, first).is_none() {
                // "Donald Trump’s claim that there were “thousands of shootings”": the
                // possessor of a noun of saying right before the quotation.
                let near = t < open_t && open_t - t <= 6 && best.is_none();
                if near && !(t + 1..open_t).any(|k| matches!(self.tok(k), "-" | "--" | "—" | "–" | "(" | ";")) {
                    if let Some(source) = self.possessor_of_noun(t, first) {
                        best = Some(((1, open_t - t + 10, true), source));
                    }
                }
                continue;
            }
            let (d, after) = if t > close_t { (t - close_t, true) } else if t < open_t { (open_t - t, false) } else { continue };
            // A quotation belongs to the verb on its own side of any other quotation.
            let crosses = if after { (close_t + 1..t).any(|k| self.in_quote[k].is_some_and(|o| o != qi)) } else { (t + 1..open_t).any(|k| self.in_quote[k].is_some_and(|o| o != qi)) };
            let d = if crosses { d + 20 } else { d };
            // "“…,” though she noted …": a new clause after the quotation frames its own words.
            let clause_between = after && (close_t + 1..t).any(|k| matches!(self.lower(k).as_str(), "though" | "although" | "while" | "but" | "whereas" | "because" | "when" | "as" | "since" | "if"));
            let d = if clause_between { d + 15 } else { d };
            let Some(source) = self.source_of_cue(t, first, end, q, open_t, close_t, after) else {
                // "to accuse", "and vowed": the verb hangs on the sentence's subject.
                if !after && t > first && matches!(self.lower(t - 1).as_str(), "to" | "and") && dependent.is_none() {
                    dependent = Some(t);
                }
                continue;
            };
            // Nearest first; a description counts as a few words farther than a
            // name, a pronoun that stands for no one as many more.
            let penalty = match source.what {
                What::Pronoun(_) if self.resolve(&source, earlier).is_none() => 30,
                What::Description(..) => 6,
                _ => 0,
            };
            // "“…,” The Hill reported": a quotation broken off by a comma hands
            // over to the verb right after it, before any verb further back.
            let hands_over = after && d <= 8 && !crosses && !clause_between && q.inner.of(self.doc.text).trim_end().ends_with(',');
            let key = (u8::from(!hands_over), d + penalty, !after);
            if best.as_ref().is_none_or(|(k, _)| key < *k) {
                best = Some((key, source));
            }
        }
        if let Some((_, source)) = best {
            return Some(self.reporting_subject(source, first, earlier));
        }
        let t = dependent?;
        let cue = self.cue_at(t, first)?;
        self.sentence_subject(first, t, cue)
    }

    /// "She said she recalls the colleague being “confused”", "It is denouncing
    /// what it calls “…”": a pronoun that repeats the subject of the verb of
    /// saying it hangs on gives way to that subject, the one who spoke.
    fn reporting_subject(&self, source: Source, first: usize, earlier: &[FoundQuote]) -> Source {
        if !matches!(source.what, What::Pronoun(_)) {
            return source;
        }
        let k = self.doc.token_at_or_after(source.words.start);
        // "said that she …", "is denouncing what it calls …"
        let j = if k > first + 1 && matches!(self.lower(k - 1).as_str(), "that" | "what") { k - 1 } else { k };
        let Some(cue) = j.checked_sub(1).filter(|&j| j > first).and_then(|j| self.cue_at(j, first)) else { return source };
        match self.left_of(j - 1, first, cue) {
            Some(outer) => {
                let speaker = self.resolve(&outer, earlier);
                if speaker.is_some() && speaker == self.resolve(&source, earlier) { outer } else { source }
            }
            None => source,
        }
    }

    /// "Trump’s claim", "the ministry’s statement": a noun of saying at `t`
    /// after a person's or an organization's name in the possessive.
    fn possessor_of_noun(&self, t: usize, first: usize) -> Option<Source> {
        if t <= first || !is_cue(&self.lower(t)) {
            return None;
        }
        let prev = self.tok(t - 1);
        let m = self.mention_at[t - 1].filter(|&m| matches!(self.mentions[m].kind, EntityKind::Person | EntityKind::Organization))?;
        ((prev.ends_with("’s") || prev.ends_with("'s")) && self.in_quote[t - 1].is_none()).then(|| self.mention_source(m, self.doc.tokens[t].span))
    }

    /// The source the verb of saying at `t` names, seen from the quotation.
    #[allow(clippy::too_many_arguments)]
    fn source_of_cue(&self, t: usize, first: usize, end: usize, q: &QuotedSpan, open_t: usize, close_t: usize, after: bool) -> Option<Source> {
        let cue = self.cue_at(t, first)?;
        let cue_end_t = self.doc.token_at_or_after(cue.end);
        let l = self.lower(t);
        if l == "according" {
            // "according to X" names its source after it, wherever the quotation is.
            return self.right_of(cue_end_t, end, cue);
        }
        if l.ends_with("ing") {
            // "…, saying", "is saying", "before asking": the clause's subject;
            // "recalled Mr. Obama talking": not this verb's quotation.
            let prev = t.checked_sub(1).filter(|&p| p >= first).map(|p| self.lower(p)).unwrap_or_default();
            if matches!(prev.as_str(), "before" | "after" | "while" | "when" | "by" | "without" | "in" | ",") {
                // "After saying …, she was …": the subject follows the opening clause.
                if t == first + 1 && prev != "," {
                    let comma = (t..end).find(|&k| self.tok(k) == "," && self.in_quote[k].is_none())?;
                    return self.sentence_subject(comma + 1, end, cue);
                }
                return self.sentence_subject(first, t, cue);
            }
            let after_aux = matches!(prev.as_str(), "is" | "was" | "are" | "were" | "been" | "be" | "am" | "keeps" | "kept") || prev.ends_with("ly") || prev.contains(['’', '\'']);
            if !after_aux {
                // "footage of Trump saying “…”": the person right before is the one speaking.
                if let Some(m) = t.checked_sub(1).filter(|&p| p >= first).and_then(|p| self.mention_at[p]) {
                    if self.mentions[m].kind == EntityKind::Person && self.in_quote[t - 1].is_none() {
                        return Some(self.mention_source(m, cue));
                    }
                }
                // "issued a statement calling …": the statement's author, the subject.
                let after_noun = t > first && self.is_word(t - 1) && self.mention_at[t - 1].is_none() && self.tok(t - 1).chars().next().is_some_and(char::is_lowercase);
                return if after_noun && (speaker_noun(&prev).is_none() || crate::quotes::cues::is_document(&prev)) { self.sentence_subject(first, t, cue) } else { None };
            }
        }
        // "was described as “chilly”": passive; only "by X" names the source.
        if self.is_passive(t, first) {
            return (self.tok(cue_end_t.min(end.saturating_sub(1))) == "by").then(|| self.right_of(cue_end_t, end, cue)).flatten();
        }
        if after {
            let between_words = (close_t + 1..t).any(|k| self.doc.tokens[k].kind != TokenKind::Punct);
            if between_words {
                // "“…,” Rep. Jim Jordan (R-Ohio), an oversight panel member, said": the
                // subject, else the first person or organization named in between;
                // "Cruz exhorted … “…” and said": the sentence's subject.
                self.left_of(t, close_t + 1, cue).or_else(|| self.first_named(close_t + 1, t, cue)).or_else(|| {
                    (t == close_t + 2 && matches!(self.lower(t - 1).as_str(), "and" | "but")).then(|| self.sentence_subject(first, open_t, cue)).flatten()
                })
            } else if self.ends_utterance(q, close_t) {
                // "“…,” said Lt. Col. Kurt Koenigsfeld"
                self.right_of(cue_end_t, end, cue)
            } else {
                None
            }
        } else {
            // "Said Smith: “…”": inverted only when the verb opens its clause.
            let opens_clause = t == first || self.doc.tokens[t - 1].kind == TokenKind::Punct;
            self.left_of(t, first, cue).or_else(|| if opens_clause { self.right_of(cue_end_t, open_t, cue) } else { None })
        }
    }

    /// "“…” ― Sonya Herridge": a dash after the quotation, then the source;
    /// or "… Mitt Romney -- ''…'' --": a name, a dash, then the quotation.
    pub fn dash_source(&self, q: &QuotedSpan) -> Option<Source> {
        let open_t = self.doc.token_at_or_after(q.open.start);
        if open_t >= 2 && matches!(self.tok(open_t - 1), "—" | "–" | "-") {
            let k = open_t - 2;
            let k = if self.tok(k) == "-" && k > 0 { k - 1 } else { k };
            if let Some(m) = self.mention_at[k].filter(|&m| self.mentions[m].kind == EntityKind::Person) {
                if self.in_quote[k].is_none() {
                    return Some(self.mention_source(m, self.doc.tokens[open_t - 1].span));
                }
            }
        }
        let close = q.close?;
        let para = self.doc.paragraphs[q.paragraph];
        let mut k = self.doc.token_at_or_after(close.end);
        if k < self.doc.tokens.len() && self.tok(k) == "." {
            k += 1;
        }
        if k >= self.doc.tokens.len() || !matches!(self.tok(k), "—" | "–" | "―" | "-" | "~") || self.doc.tokens[k].span.end > para.end {
            return None;
        }
        let first = k + 1;
        let mut end = first;
        while end < self.doc.tokens.len() && self.doc.tokens[end].span.end <= para.end && end < first + 8 && !matches!(self.tok(end), "," | "." | ";" | "“" | "\"") {
            end += 1;
        }
        if end == first || !self.tok(first).chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        if let Some(m) = (first..end).find_map(|t| self.mention_at[t]) {
            return Some(self.mention_source(m, Span::new(self.doc.tokens[k].span.start, self.doc.tokens[k].span.end)));
        }
        let words = self.doc.tokens[first].span.cover(self.doc.tokens[end - 1].span);
        Some(Source { words, cue: None, what: What::Description(NounKind::Group, words) })
    }

    /// "Reid has gone after Trump as a “human leech”": with no verb of saying,
    /// a quotation introduced by "as" is the subject's characterisation, unless
    /// the clause is passive ("was described as “chilly”").
    pub fn characterised_as(&self, q: &QuotedSpan) -> Option<Source> {
        let si = self.doc.sentence_of(q.open.start)?;
        let (first, _) = self.doc.sentences[si].tokens;
        let open_t = self.doc.token_at_or_after(q.open.start);
        let mut k = open_t.checked_sub(1)?;
        if k > first && matches!(self.lower(k).as_str(), "a" | "an" | "the") {
            k -= 1;
        }
        if k <= first || self.lower(k) != "as" {
            return None;
        }
        let before = self.lower(k - 1);
        let passive = (before.ends_with("ed") || before.ends_with("en")) && (first..k - 1).any(|j| matches!(self.lower(j).as_str(), "is" | "was" | "were" | "are" | "been" | "being" | "be"));
        if passive {
            return None;
        }
        let cue = self.doc.tokens[k].span;
        self.sentence_subject(first, k, cue).map(|s| Source { cue: None, ..s })
    }

    /// A past participle after a form of "be": "was described", "has been called".
    fn is_passive(&self, t: usize, first: usize) -> bool {
        let l = self.lower(t);
        if !(l.ends_with("ed") || matches!(l.as_str(), "told" | "written" | "said" | "quoted")) {
            return false;
        }
        let mut k = t;
        while k > first {
            k -= 1;
            let p = self.lower(k);
            if matches!(p.as_str(), "is" | "was" | "were" | "are" | "be" | "been" | "being" | "am") {
                return true;
            }
            if !(p.ends_with("ly") || matches!(p.as_str(), "not" | "also" | "widely" | "often" | "never")) {
                return false;
            }
        }
        false
    }

    /// The first person (else organization) named in tokens `a..b`.
    fn first_named(&self, a: usize, b: usize, cue: Span) -> Option<Source> {
        let named: Vec<usize> = (a..b).filter_map(|k| self.mention_at[k]).collect();
        let pick = named
            .iter()
            .find(|&&m| self.mentions[m].kind == EntityKind::Person)
            .or_else(|| named.iter().find(|&&m| self.mentions[m].kind == EntityKind::Organization))?;
        Some(self.mention_source(*pick, cue))
    }

    /// A quotation after a colon with no verb of saying ("… a new campaign
    /// message: “It's about me.”"): the sentence's subject.
    pub fn after_colon(&self, q: &QuotedSpan) -> Option<Source> {
        let si = self.doc.sentence_of(q.open.start)?;
        let (first, _) = self.doc.sentences[si].tokens;
        let open_t = self.doc.token_at_or_after(q.open.start);
        // The colon right before the quotation, or (in a headline such as
        // "Rush Limbaugh: Debate Request ‘Reeks of Fear’") earlier in the sentence.
        let k = (first..open_t).rev().find(|&k| self.tok(k) == ":" && self.in_quote[k].is_none())?;
        // "Rush Limbaugh: Hillary Asking Moderator To … ‘Reeks of Fear’": a headline
        // opening with a name and a colon quotes that name, whatever follows.
        let named_prefix = k > first && k - first <= 4 && (first..k).all(|j| self.tok(j).chars().next().is_some_and(char::is_uppercase));
        if named_prefix {
            if let Some(m) = (first..k).find_map(|j| self.mention_at[j]).filter(|&m| matches!(self.mentions[m].kind, EntityKind::Person | EntityKind::Organization)) {
                return Some(Source { words: self.mentions[m].span, cue: None, what: What::Mention(m) });
            }
        }
        if k <= first || (k + 1 != open_t && (k + 1..open_t).any(|j| self.cue_at(j, first).is_some())) {
            return None;
        }
        let cue = self.doc.tokens[k].span;
        self.sentence_subject(first, k, cue).map(|s| Source { cue: None, ..s })
    }

    /// "…, Schiff said. “The other factor …”": a quotation standing alone right
    /// after a sentence that ends with its speaker and a verb of saying.
    pub fn previous_sentence(&self, q: &QuotedSpan) -> Option<Source> {
        let si = self.doc.sentence_of(q.open.start)?;
        let s = self.doc.sentences[si];
        if self.doc.token_at_or_after(q.open.start) != s.tokens.0 || si == 0 {
            return None;
        }
        let prev = self.doc.sentences[si - 1];
        if prev.paragraph != s.paragraph {
            return None;
        }
        let (first, end) = prev.tokens;
        // The verb of saying must close the sentence: "…, Schiff said." / "…, said Schiff."
        let t = (first..end).rev().take(6).find(|&t| self.cue_at(t, first).is_some() && self.in_quote[t].is_none())?;
        let cue = self.cue_at(t, first)?;
        self.left_of(t, first, cue).or_else(|| self.right_of(self.doc.token_at_or_after(cue.end), end, cue))
    }

    /// "Reid has gone after Trump as a “human leech”", "Democrats blasted
    /// Oversight for failing to say the immunity was “partial”": a quotation with
    /// no verb of saying, in a sentence whose subject is a person or an
    /// organization, named first (after any opening phrase), in the active voice.
    pub fn subject_of_sentence(&self, q: &QuotedSpan) -> Option<Source> {
        let si = self.doc.sentence_of(q.open.start)?;
        let (first, _) = self.doc.sentences[si].tokens;
        let open_t = self.doc.token_at_or_after(q.open.start);
        // The subject: the first word, or the first after an opening phrase and its comma.
        let mut start = first;
        if self.mention_at[first].is_none_or(|m| self.mentions[m].span.start != self.doc.tokens[first].span.start) {
            let comma = (first..open_t.min(first + 12)).find(|&k| self.tok(k) == ",")?;
            start = comma + 1;
        }
        // "Senator Ruth Abara dismissed …": past the title to the name.
        while start < open_t && self.mention_at[start].is_none() && crate::names::titles::is_title_word(self.tok(start)) {
            start += 1;
        }
        if start >= open_t || self.in_quote[start].is_some() {
            return None;
        }
        // Passive clauses ("X was described as “…”") have no speaking subject.
        if (start..open_t).any(|k| self.is_passive(k, start)) {
            return None;
        }
        match self.mention_at[start] {
            Some(m) if matches!(self.mentions[m].kind, EntityKind::Person | EntityKind::Organization) => {
                Some(Source { words: self.mentions[m].span, cue: None, what: What::Mention(m) })
            }
            Some(_) => None,
            // "The piece used one of the woman’s quotes as its headline: “…”".
            None => self.subject_description(start, open_t, self.doc.tokens[start].span, true, false).map(|s| Source { cue: None, ..s }),
        }
    }

    /// "Sanders … identified young voters' exhaustion as one of the reasons.
    /// “The younger people are …”": a quotation standing alone right after a
    /// sentence (without quotations) that opens with a person or he/she.
    pub fn subject_of_previous_sentence(&self, q: &QuotedSpan) -> Option<Source> {
        let si = self.doc.sentence_of(q.open.start)?;
        let s = self.doc.sentences[si];
        if self.doc.token_at_or_after(q.open.start) != s.tokens.0 || si == 0 {
            return None;
        }
        let prev = self.doc.sentences[si - 1];
        let (first, end) = prev.tokens;
        if prev.paragraph != s.paragraph || (first..end).any(|t| self.in_quote[t].is_some()) {
            return None;
        }
        // The first word, or the first after a title ("Sen. Bernie Sanders").
        let mut k = first;
        while k < end && crate::names::titles::is_title_word(self.tok(k)) && self.mention_at[k].is_none() {
            k += 1;
        }
        if k >= end {
            return None;
        }
        if let Some(m) = self.mention_at[k].filter(|&m| self.mentions[m].kind == EntityKind::Person) {
            return Some(Source { words: self.mentions[m].span, cue: None, what: What::Mention(m) });
        }
        match self.pronoun(k) {
            Some(p @ (Pronoun::He | Pronoun::She)) => Some(Source { words: self.pronoun_span(k), cue: None, what: What::Pronoun(p) }),
            _ => None,
        }
    }

    /// True when the quotation ends like an utterance ("…,” / "…?” / "…” —"),
    /// so that a verb right after it may be inverted ("said X").
    fn ends_utterance(&self, q: &QuotedSpan, close_t: usize) -> bool {
        // Nested closing marks may come first: "… vote,'" said Charlie King.
        let inner = q.inner.of(self.doc.text).trim_end_matches(['\'', '’', '"', '”', ' ']);
        inner.ends_with([',', '?', '!', '.', '…', '—', '-']) || (close_t + 1 < self.doc.tokens.len() && matches!(self.tok(close_t + 1), "," | "—" | "–"))
    }

    /// "a Trump tweet", "his remarks", "the reports": a noun, not a verb.
    fn is_noun_use(&self, t: usize, first: usize) -> bool {
        if t == first {
            return false;
        }
        let prev = self.lower(t - 1);
        // "the mother of three replied": a number closing "of" is no determiner.
        let count_after_of = matches!(prev.as_str(), "one" | "two" | "three") && t >= first + 2 && self.lower(t - 2) == "of";
        if (DETERMINERS.contains(&prev.as_str()) && !count_after_of) || matches!(prev.as_str(), "my" | "your" | "no" | "every" | "each" | "such" | "following") {
            return true;
        }
        // "Clinton restricted comments about …": the object of a verb in the past.
        if self.lower(t).ends_with('s') && prev.len() > 4 && prev.ends_with("ed") && self.is_word(t - 1) && self.mention_at[t - 1].is_none() && !is_cue(&prev) {
            return true;
        }
        // "a controversial comment", "his latest remarks": an adjective before it.
        if self.is_word(t - 1) && self.mention_at[t - 1].is_none() && looks_adjectival(&prev) && speaker_noun(&prev).is_none() {
            return true;
        }
        // "Trump’s tweets" is a noun; "He’s claiming", "It’s denouncing" are verbs.
        let stem = prev.trim_end_matches("’s").trim_end_matches("'s");
        let contraction = matches!(stem, "he" | "she" | "it" | "that" | "there" | "what" | "who" | "here" | "this" | "one");
        if (prev.ends_with("’s") || prev.ends_with("'s")) && !contraction {
            return self.mention_at[t - 1].is_none_or(|m| self.mentions[m].span.end != self.doc.tokens[t - 1].span.end);
        }
        // "a Donald Trump tweet": a person's name used as a modifier after a determiner.
        if let Some(m) = self.mention_at[t - 1].filter(|&m| self.mentions[m].kind == EntityKind::Person) {
            let ms = self.doc.tokens.partition_point(|tok| tok.span.start < self.mentions[m].span.start);
            if ms > first && matches!(self.lower(ms - 1).as_str(), "a" | "an" | "the" | "this" | "that" | "his" | "her" | "their" | "its") {
                return true;
            }
        }
        false
    }

    /// The subject of the sentence: the first person or organization named
    /// (or a pronoun) before token `before`, outside quotations.
    fn sentence_subject(&self, first: usize, before: usize, cue: Span) -> Option<Source> {
        // "If she did, party procedures give …": the subject follows the opening clause.
        let mut first = first;
        // "Following a late meeting, the council issued …", "Worried about
        // turnout, the president urged …": an opening participle phrase, like
        // a subordinate clause, ends at its comma.
        let opener = self.lower(first);
        let opening_participle = (opener.ends_with("ing") || (opener.ends_with("ed") && opener.len() > 4))
            && self.tok(first).chars().next().is_some_and(char::is_uppercase)
            && self.mention_at[first].is_none();
        if SUBORDINATORS.contains(&opener.as_str()) || opening_participle {
            first = (first..before).find(|&k| self.tok(k) == ",").map_or(before, |c| c + 1);
        }
        // "In August, several environmental groups granted …": a described subject
        // where the clause starts, before any name further on.
        let start = self.clause_start(first, before);
        if start < before && self.mention_at[start].is_none() && self.pronoun(start).is_none() {
            if let Some(d) = self.subject_description(start, before, cue, false, false) {
                return Some(d);
            }
        }
        for k in first..before {
            if self.in_quote[k].is_some() {
                continue;
            }
            if let Some(m) = self.mention_at[k] {
                // "Scott's relatives … said", "Donald Trump’s campaign is …": the
                // possessor is not the subject; what it owns is.
                let last = self.doc.token_at_or_after(self.mentions[m].span.end).saturating_sub(1).max(k);
                let t = self.tok(last);
                if (t.ends_with("’s") || t.ends_with("'s")) && last + 1 < before && self.is_word(last + 1) && self.tok(last + 1).chars().next().is_some_and(char::is_lowercase) {
                    if let Some(d) = self.subject_description(last + 1, before, cue, false, true) {
                        return Some(Source { words: self.doc.tokens[k].span.cover(d.words), ..d });
                    }
                }
                if matches!(self.mentions[m].kind, EntityKind::Person | EntityKind::Organization) {
                    // "Chinese Foreign Ministry spokesman Wang Wenbin warned": the
                    // organization modifies the person who heads the phrase.
                    let person_next = self.person_after_modifier(m, before);
                    return Some(self.mention_source(person_next.unwrap_or(m), cue));
                }
            }
            if let Some(p) = self.pronoun(k) {
                return Some(Source { words: self.pronoun_span(k), cue: Some(cue), what: What::Pronoun(p) });
            }
        }
        None
    }

    /// The person right after an organization used as a modifier, with at
    /// most a title in between ("Foreign Ministry spokesman Wang Wenbin").
    fn person_after_modifier(&self, m: usize, before: usize) -> Option<usize> {
        if self.mentions[m].kind != EntityKind::Organization {
            return None;
        }
        let mut k = self.doc.tokens.partition_point(|t| t.span.start < self.mentions[m].span.end);
        let limit = (k + 4).min(before);
        while k < limit {
            if let Some(p) = self.mention_at[k] {
                return (self.mentions[p].kind == EntityKind::Person).then_some(p);
            }
            if !(self.is_word(k) && crate::names::titles::is_title_word(self.tok(k))) {
                return None;
            }
            k += 1;
        }
        None
    }

    /// Where the main clause starts: after an opening phrase and its comma ("In
    /// August, …", "On Monday, …"), else at `first`.
    fn clause_start(&self, first: usize, before: usize) -> usize {
        const OPENERS: &[&str] = &["in", "on", "at", "during", "after", "before", "since", "last", "meanwhile", "however", "earlier", "later", "still", "instead", "yet", "now", "today", "yesterday", "also", "but", "and", "then"];
        if OPENERS.contains(&self.lower(first).as_str()) {
            if let Some(c) = (first..before.min(first + 10)).find(|&k| self.tok(k) == "," && self.in_quote[k].is_none()) {
                return c + 1;
            }
        }
        first
    }

    /// A subject described rather than named, at token `start` and ending
    /// before its verb: "The two Republican presidents introduced …", "The
    /// piece used …". With `speaker_nouns_only`, the head must be a noun of
    /// `data/speaker-nouns.txt` (a document, an official, a group).
    fn subject_description(&self, start: usize, before: usize, cue: Span, speaker_nouns_only: bool, possessed: bool) -> Option<Source> {
        let mut k = start;
        let mut head = None;
        while k < before && k < start + 8 && self.in_quote[k].is_none() {
            let l = self.lower(k);
            let verb = matches!(l.as_str(), "is" | "was" | "are" | "were" | "has" | "have" | "had" | "will" | "would" | "can" | "could" | "may" | "might" | "must" | "should" | "did" | "does" | "do")
                || (l.ends_with("ed") && k > start)
                || (is_cue(&l) && k > start)
                || (l.ends_with('s') && k > start + 1 && head.is_some() && self.followed_by_function_word(k));
            if verb {
                break;
            }
            // A name inside is the subject itself, for the name rules.
            if !(self.is_word(k) || self.tok(k) == "-") || STOPS.contains(&l.as_str()) || self.mention_at[k].is_some() {
                return None;
            }
            head = Some(k);
            k += 1;
        }
        let h = head?;
        if k >= before || h == start && !possessed && !DETERMINERS.contains(&self.lower(start).as_str()) && speaker_noun(&self.lower(h)).is_none() {
            return None;
        }
        let noun = self.lower(h);
        if speaker_nouns_only && speaker_noun(&noun).is_none() {
            return None;
        }
        if speaker_noun(&noun).is_none() && (noun.ends_with("ed") || looks_adjectival(&noun) || DETERMINERS.contains(&noun.as_str())) {
            return None;
        }
        let kind = speaker_noun(&noun).unwrap_or(NounKind::Group);
        let words = self.doc.tokens[start].span.cover(self.doc.tokens[h].span);
        Some(Source { words, cue: Some(cue), what: What::Description(kind, self.doc.tokens[h].span) })
    }

    /// True when token `k + 1` is a preposition, article or "that": "closes with", "says that".
    fn followed_by_function_word(&self, k: usize) -> bool {
        k + 1 < self.doc.tokens.len() && matches!(self.lower(k + 1).as_str(), "with" | "to" | "the" | "a" | "an" | "that" | "on" | "in" | "as" | "its" | "his" | "her" | "their" | "for" | "about")
    }

    /// "PENCE: Well, look, …": an interview transcript names its speaker
    /// before a colon at the start of the quotation.
    pub fn transcript_label(&self, q: &QuotedSpan) -> Option<Source> {
        let first = self.doc.token_at_or_after(q.inner.start);
        let colon = (first..(first + 4).min(self.doc.tokens.len())).find(|&k| self.tok(k) == ":")?;
        if colon == first || !(first..colon).all(|k| self.is_word(k) && self.tok(k).chars().next().is_some_and(char::is_uppercase)) {
            return None;
        }
        let all_caps = (first..colon).all(|k| self.tok(k).chars().all(|c| !c.is_alphabetic() || c.is_uppercase()));
        let named = (first..colon).find_map(|k| self.mention_at[k]);
        let words = self.doc.tokens[first].span.cover(self.doc.tokens[colon - 1].span);
        match named {
            Some(m) if self.mentions[m].span.overlaps(words) => Some(Source { words: self.mentions[m].span, cue: None, what: What::Mention(m) }),
            _ if all_caps => Some(Source { words, cue: None, what: What::Description(NounKind::Group, words) }),
            _ => None,
        }
    }

    /// "“…” Kono said.": the next sentence of the paragraph is a short frame.
    pub fn next_sentence(&self, q: &QuotedSpan) -> Option<Source> {
        let si = self.doc.sentence_of(q.open.start)?;
        let s = self.doc.sentences[si];
        let close = q.close?;
        // The quotation must end its sentence.
        if self.doc.text[close.end..s.span.end].chars().any(char::is_alphanumeric) {
            return None;
        }
        let next = *self.doc.sentences.get(si + 1)?;
        // A quotation standing alone may be followed by a long source ("Scott's
        // niece, state Del. Marcia Price (D-Newport News), shouted …").
        // Only after "!" or "?": a full stop ends the sentence, but "“Go!” he
        // shouted" is one sentence that the splitter cut.
        let stands_alone = !self.doc.text[s.span.start..q.open.start].chars().any(char::is_alphanumeric)
            && q.inner.of(self.doc.text).trim_end().ends_with(['!', '?']);
        let long = next.tokens.1 - next.tokens.0 > 12;
        if next.paragraph != s.paragraph || (long && !stands_alone) || next.tokens.1 - next.tokens.0 > 30 {
            return None;
        }
        let (first, end) = next.tokens;
        if (first..end).any(|t| self.in_quote[t].is_some()) {
            return None;
        }
        let t = (first..end).find(|&t| self.cue_at(t, first).is_some())?;
        // A long one only when its verb closes an apposition: "…, shouted".
        if long && (t == first || self.tok(t - 1) != ",") {
            return None;
        }
        let cue = self.cue_at(t, first)?;
        self.left_of(t, first, cue).or_else(|| self.right_of(self.doc.token_at_or_after(cue.end), end, cue))
    }

    /// "Koenigsfeld told reporters:" ending the paragraph before a quotation paragraph.
    pub fn introduced_by_previous_paragraph(&self, q: &QuotedSpan) -> Option<Source> {
        if q.paragraph == 0 || self.doc.paragraphs[q.paragraph].start != q.open.start {
            return None;
        }
        let prev = self.doc.paragraphs[q.paragraph - 1];
        if !prev.of(self.doc.text).trim_end().ends_with(':') {
            return None;
        }
        let si = self.doc.sentence_of(prev.end.saturating_sub(1))?;
        let (first, end) = self.doc.sentences[si].tokens;
        let Some(t) = (first..end).rev().find(|&t| self.cue_at(t, first).is_some()) else {
            // "Sanders made the following comment:": no verb of saying, the
            // sentence's subject introduces what follows.
            let colon = end.checked_sub(1).filter(|&c| c > first && self.tok(c) == ":")?;
            return self.sentence_subject(first, colon, self.doc.tokens[colon].span).map(|s| Source { cue: None, ..s });
        };
        let cue = self.cue_at(t, first)?;
        self.left_of(t, first, cue).or_else(|| self.right_of(self.doc.token_at_or_after(cue.end), end, cue))
    }

    /// The subject of the verb at `t`: the words before it, back to `limit`.
    fn left_of(&self, t: usize, limit: usize, cue: Span) -> Option<Source> {
        let mut k = t.checked_sub(1)?;
        loop {
            // Auxiliaries and adverbs: "has also said", "repeatedly said".
            while k > limit && self.is_word(k) && {
                let l = self.lower(k);
                AUXILIARIES.contains(&l.as_str()) || (l.ends_with("ly") && l.len() > 4 && self.mention_at[k].is_none())
            } {
                k -= 1;
            }
            // A time expression and its preposition: "who in 2010 said", "Trump on Friday said".
            if k > limit && self.in_time[k] {
                while k > limit && self.in_time[k] {
                    k -= 1;
                }
                if k > limit && matches!(self.lower(k).as_str(), "in" | "on" | "at" | "during" | "since" | "by") {
                    k -= 1;
                }
                continue;
            }
            break;
        }
        if k < limit || self.in_quote[k].is_some() {
            return None;
        }
        // "the Ministry of National Defense (MND) reported": step over the brackets.
        if self.tok(k) == ")" {
            let open = (k.saturating_sub(6).max(limit)..k).rev().find(|&j| self.tok(j) == "(")?;
            if open == limit {
                return None;
            }
            k = open - 1;
        }
        // "…, saying that …": the participle's subject is the clause's subject.
        if self.tok(k) == "," && self.lower(t).ends_with("ing") {
            return self.sentence_subject(limit, k, cue);
        }
        // "Esper, the defense secretary, said" / "Kono, who met Jeong, said".
        if self.tok(k) == "," {
            let comma = (k.saturating_sub(25).max(limit)..k).rev().find(|&j| self.tok(j) == "," && self.in_quote[j].is_none());
            if let Some(c) = comma {
                let mut j = c;
                // "Rep. Jim Jordan (R-Ohio), …, said"
                if j > limit && self.tok(j - 1) == ")" {
                    if let Some(open) = (j.saturating_sub(8).max(limit)..j - 1).rev().find(|&x| self.tok(x) == "(") {
                        j = open;
                    }
                }
                if j > limit {
                    if let Some(m) = self.mention_at[j - 1] {
                        return Some(self.mention_source(m, cue));
                    }
                }
                // "Panasonic's chief financial officer, Hirokazu Umeda, said": the
                // name set off by the two commas.
                if let Some(m) = (c + 1..k).find_map(|x| self.mention_at[x]).filter(|&m| self.mentions[m].kind == EntityKind::Person) {
                    return Some(self.mention_source(m, cue));
                }
                // "the official, who spoke on condition of anonymity, said", "The
                // company, which declined to comment, said": a description before it.
                if j > limit && matches!(self.lower(c + 1).as_str(), "who" | "which") {
                    return self.description_ending_at(j - 1, limit, cue);
                }
            }
            return None;
        }
        // "Stevie Wonder, who joked": the relative pronoun names the speaker
        // next to the quotation; it stands for the name before it.
        if matches!(self.lower(k).as_str(), "who" | "which" | "that") && k > limit {
            let j = if self.tok(k - 1) == "," { k - 1 } else { k };
            if j > limit {
                if let Some(m) = self.mention_at[j - 1] {
                    return Some(Source { words: self.doc.tokens[k].span, cue: Some(cue), what: What::Mention(m) });
                }
                // "McConnell, now the Senate majority leader, who …": past the apposition.
                if self.tok(j) == "," {
                    let c2 = (j.saturating_sub(12).max(limit)..j).rev().find(|&x| self.tok(x) == ",");
                    if let Some(m) = c2.filter(|&c| c > limit).and_then(|c| self.mention_at[c - 1]) {
                        return Some(Source { words: self.doc.tokens[k].span, cue: Some(cue), what: What::Mention(m) });
                    }
                }
            }
        }
        if let Some(m) = self.mention_at[k] {
            return Some(self.mention_source(m, cue));
        }
        if let Some(p) = self.pronoun(k) {
            return Some(Source { words: self.pronoun_span(k), cue: Some(cue), what: What::Pronoun(p) });
        }
        // "Officials speaking on condition of anonymity said", "Residents living
        // near the plant said": the subject stands before its -ing modifier.
        if let Some(source) = self.subject_before_participle(k, limit, cue) {
            return Some(source);
        }
        self.description_ending_at(k, limit, cue)
    }

    /// The subject before a participial phrase that ends at token `k`: the
    /// phrase is an -ing word and at most seven more words, no punctuation.
    fn subject_before_participle(&self, k: usize, limit: usize, cue: Span) -> Option<Source> {
        let lowest = k.saturating_sub(7).max(limit + 1);
        let p = (lowest..=k).rev().take_while(|&j| self.is_word(j) && self.in_quote[j].is_none() && self.mention_at[j].is_none()).find(|&j| {
            let l = self.lower(j);
            l.ends_with("ing") && l.len() > 5 && self.tok(j).chars().next().is_some_and(char::is_lowercase) && !is_cue(&l)
        })?;
        let before = p - 1;
        if self.in_quote[before].is_some() {
            return None;
        }
        if let Some(m) = self.mention_at[before] {
            return Some(self.mention_source(m, cue));
        }
        self.description_ending_at(before, limit, cue)
    }

    /// The source after the verb: "said Lt. Col. Kurt Koenigsfeld", "said he".
    fn right_of(&self, start: usize, end: usize, cue: Span) -> Option<Source> {
        if start >= end {
            return None;
        }
        // "was written by Springsteen": the agent.
        let start = if self.tok(start) == "by" && start + 1 < end { start + 1 } else { start };
        if let Some(p) = self.pronoun(start) {
            return Some(Source { words: self.pronoun_span(start), cue: Some(cue), what: What::Pronoun(p) });
        }
        // "said JASDF Warrant Officer Fujio Yamazaki": a person before an
        // organization, an organization before a place.
        let mut best: Option<(u8, usize)> = None;
        for k in start..end.min(start + 10) {
            if matches!(self.tok(k), "." | "," | ";" | ":" | "“" | "\"" | "(") || self.in_quote[k].is_some() {
                break;
            }
            if let Some(m) = self.mention_at[k] {
                let rank = match self.mentions[m].kind {
                    EntityKind::Person => 0,
                    EntityKind::Organization => 1,
                    _ => 2,
                };
                if best.is_none_or(|(r, _)| rank < r) {
                    best = Some((rank, m));
                }
            }
        }
        if let Some((_, m)) = best {
            return Some(self.mention_source(m, cue));
        }
        // "said the spokesman", "said a senior official".
        let mut k = start;
        while k < end && k < start + 6 && self.is_word(k) && self.mention_at[k].is_none() {
            if speaker_noun(&self.lower(k)).is_some() && (k + 1 >= end || !self.is_word(k + 1) || speaker_noun(&self.lower(k + 1)).is_none()) {
                // "asked another resident, Tom Baker": the name in apposition.
                if k + 2 < end && self.tok(k + 1) == "," {
                    if let Some(m) = self.mention_at[k + 2].filter(|&m| self.mentions[m].kind == EntityKind::Person) {
                        return Some(self.mention_source(m, cue));
                    }
                }
                return self.description_ending_at(k, start, cue);
            }
            k += 1;
        }
        None
    }

    fn mention_source(&self, m: usize, cue: Span) -> Source {
        Source { words: self.mentions[m].span, cue: Some(cue), what: What::Mention(m) }
    }

    /// The pronoun itself, without a contraction ("He" of "He’s").
    fn pronoun_span(&self, k: usize) -> Span {
        let span = self.doc.tokens[k].span;
        let s = span.of(self.doc.text);
        let n = s.find(['’', '\'']).unwrap_or(s.len());
        Span::new(span.start, span.start + n)
    }

    fn pronoun(&self, k: usize) -> Option<Pronoun> {
        let l = self.lower(k);
        // "He’s claiming", "They’re saying".
        let bare = l.split(['’', '\'']).next().unwrap_or("");
        match bare {
            "he" => Some(Pronoun::He),
            "she" => Some(Pronoun::She),
            "they" => Some(Pronoun::They),
            "it" => Some(Pronoun::It),
            _ => None,
        }
    }

    /// "the Japanese government", "a senior official", "the ministry", "the
    /// ad’s narrator" ending at token `k`. Nouns of `data/speaker-nouns.txt`
    /// may resolve to a name; any other common noun makes a group.
    fn description_ending_at(&self, k: usize, limit: usize, cue: Span) -> Option<Source> {
        // "Police said", "Officials say": a capital only where the sentence starts.
        let sentence_start = self.doc.sentence_of(self.doc.tokens[k].span.start).map(|s| self.doc.sentences[s].tokens.0);
        let capital = self.tok(k).chars().next().is_some_and(char::is_uppercase);
        // "Mexicans often say", "Democrats said": a people or a party is a group.
        let people = capital && {
            let w = self.tok(k);
            w.strip_suffix('s').is_some_and(crate::names::lexicons::is_demonym)
                || matches!(w, "Democrats" | "Republicans" | "Conservatives" | "Liberals" | "Socialists" | "Greens" | "Americans" | "Europeans")
        };
        if people && self.mention_at[k].is_none() {
            let words = self.doc.tokens[k].span;
            return Some(Source { words, cue: Some(cue), what: What::Description(NounKind::Group, words) });
        }
        if !self.is_word(k) || self.mention_at[k].is_some() || (capital && sentence_start != Some(k)) {
            return None;
        }
        let head = self.lower(k);
        // "the 34-year-old mother of three replied": the head stands before "of".
        const NUMBERS: &[&str] = &["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen", "them", "us"];
        if k >= limit + 2 && self.lower(k - 1) == "of" && (DETERMINERS.contains(&head.as_str()) || NUMBERS.contains(&head.as_str()) || head.chars().all(|c| c.is_ascii_digit())) {
            let inner = self.description_ending_at(k - 2, limit, cue)?;
            let words = inner.words.cover(self.doc.tokens[k].span);
            return Some(Source { words, ..inner });
        }
        if STOPS.contains(&head.as_str()) || DETERMINERS.contains(&head.as_str()) || AUXILIARIES.contains(&head.as_str()) || NOT_SPEAKERS.contains(&head.as_str()) {
            return None;
        }
        // A head that reads as a verb or an adjective ("Clinton restricted", "a
        // controversial") heads no description.
        if speaker_noun(&head).is_none() && (head.ends_with("ed") || looks_adjectival(&head)) {
            return None;
        }
        let kind = speaker_noun(&head).unwrap_or(NounKind::Group);
        let mut j = k;
        let mut determined = false;
        while j > limit && j + 7 > k {
            let prev = j - 1;
            let l = self.lower(prev);
            // Words, names, hyphens and numbers ("the 34-year-old mother", "some 200 protesters").
            let numeric = self.doc.tokens[prev].kind == TokenKind::Number;
            if self.in_quote[prev].is_some() || !(self.is_word(prev) || numeric || self.mention_at[prev].is_some() || self.tok(prev) == "-") {
                break;
            }
            // "the former secretary of state and current nominee": two titles of one subject.
            let joins_titles = l == "and" && !determined && prev > limit && speaker_noun(&self.lower(prev - 1)).is_some_and(|k| k == NounKind::Person) && self.mention_at[prev - 1].is_none();
            if (STOPS.contains(&l.as_str()) && !joins_titles) || is_cue(&l) || AUXILIARIES.contains(&l.as_str()) {
                break;
            }
            j = prev;
            // "the ad’s narrator", "Obama's former campaign strategist": a possessive determines too.
            if DETERMINERS.contains(&l.as_str()) || l.ends_with("’s") || l.ends_with("'s") {
                determined = true;
                break;
            }
        }
        // A bare unknown noun ("fraud is", "tickets say") is not a speaker;
        // a known speaker noun may go without article ("officials said").
        if !determined && speaker_noun(&head).is_none() && !(j < k && self.mention_at[j].is_some()) {
            return None;
        }
        // "marching through the streets chanted": after a preposition, the
        // phrase is an object, not the subject.
        if j > limit && matches!(self.lower(j - 1).as_str(), "through" | "in" | "on" | "at" | "from" | "into" | "across" | "over" | "under" | "near" | "with" | "by" | "of" | "to") {
            return None;
        }
        // "a spokesperson for the company": the speaker noun before "for" heads it.
        if j >= limit + 2 && self.lower(j - 1) == "for" && speaker_noun(&self.lower(j - 2)).is_some_and(|n| n == NounKind::Person) {
            if let Some(outer) = self.description_ending_at(j - 2, limit, cue) {
                return Some(Source { words: outer.words.cover(self.doc.tokens[k].span), ..outer });
            }
        }
        let words = self.doc.tokens[j].span.cover(self.doc.tokens[k].span);
        Some(Source { words, cue: Some(cue), what: What::Description(kind, self.doc.tokens[k].span) })
    }

    /// The speaker a source stands for.
    pub fn resolve(&self, source: &Source, earlier: &[FoundQuote]) -> Option<SpeakerRef> {
        let at = source.words.start;
        match source.what {
            What::Mention(m) => Some(SpeakerRef::Mention(m)),
            What::Pronoun(p) => self.antecedent(p, at, earlier).map(SpeakerRef::Mention).or_else(|| {
                // "Clinton's campaign is seeking … what they call “…”", "The ministry
                // … It said": "it" and "they" with no organization named nearby
                // stand for the body that is the subject of their sentence or the one before.
                matches!(p, Pronoun::It | Pronoun::They).then(|| self.collective_subject(source)).flatten()
            }).or_else(|| self.cataphora(p, at).map(SpeakerRef::Mention)),
            What::Description(NounKind::Person, head) => {
                // "a spokesperson for the company": an indefinite description
                // brings someone new, whoever was named before.
                let first_word = source.words.of(self.doc.text).split(' ').next().unwrap_or("").lower();
                if matches!(first_word.as_str(), "a" | "an" | "one" | "another") {
                    return Some(SpeakerRef::Description(source.words, EntityKind::Group));
                }
                let noun = singular(&head.of(self.doc.text).lower());
                let ok = |m: &Mention| m.kind == EntityKind::Person && m.role.is_some_and(|r| r.of(self.doc.text).lower().contains(&noun));
                // "the president": the latest person with that title, however far
                // back; failing that, the description points back like a pronoun
                // ("the Vermont senator" after "Bernie Sanders said").
                let found = self
                    .latest(at, ok)
                    .or_else(|| {
                        let end = self.mentions.partition_point(|m| m.span.start < at);
                        (0..end).rev().take(LOOK_BACK).find(|&i| ok(&self.mentions[i]))
                    })
                    .or_else(|| self.nearest_person(at, Gender::Unknown));
                Some(found.map_or(SpeakerRef::Description(source.words, EntityKind::Group), SpeakerRef::Mention))
            }
            What::Description(NounKind::Organization(words), _) => {
                let found = self.latest(at, |m| {
                    m.kind == EntityKind::Organization && {
                        let name = m.span.of(self.doc.text);
                        words.iter().any(|w| name.split_whitespace().any(|x| x == *w))
                    }
                });
                Some(found.map_or(SpeakerRef::Description(source.words, EntityKind::Group), SpeakerRef::Mention))
            }
            What::Description(NounKind::Group, _) => Some(SpeakerRef::Description(source.words, EntityKind::Group)),
        }
    }

    /// The subject of the pronoun's own sentence (before the pronoun), else of
    /// the sentence before, when it is a body: an organization, or a
    /// description of one or of a group.
    /// "Though she called the merger “reckless,” Senator Ruth Abara …": a
    /// pronoun in an opening subordinate clause, with no one before it, stands
    /// for the subject of the main clause.
    fn cataphora(&self, p: Pronoun, at: usize) -> Option<usize> {
        let want = match p {
            Pronoun::He => Gender::Male,
            Pronoun::She => Gender::Female,
            _ => return None,
        };
        let (first, end) = self.doc.sentences[self.doc.sentence_of(at)?].tokens;
        if !SUBORDINATORS.contains(&self.lower(first).as_str()) {
            return None;
        }
        // The comma may close a quotation: "… “reckless,” Senator …".
        let comma = (first..end).find(|&k| self.tok(k) == "," && (self.in_quote[k].is_none() || self.in_quote.get(k + 2).copied().flatten() != self.in_quote[k]))?;
        let comma = if self.in_quote[comma].is_some() { comma + 1 } else { comma };
        if self.doc.tokens[comma].span.start < at {
            return None;
        }
        let mut k = comma + 1;
        while k < end && crate::names::titles::is_title_word(self.tok(k)) && self.mention_at[k].is_none() {
            k += 1;
        }
        self.mention_at.get(k).copied().flatten().filter(|&m| self.mentions[m].kind == EntityKind::Person && self.gender_ok(&self.mentions[m], want))
    }

    fn collective_subject(&self, pronoun: &Source) -> Option<SpeakerRef> {
        let cue = pronoun.cue.unwrap_or(pronoun.words);
        let si = self.doc.sentence_of(pronoun.words.start)?;
        let t = self.doc.token_at_or_after(pronoun.words.start);
        let own = self.doc.sentences[si].tokens.0;
        let mut tries = vec![(own, t)];
        if si > 0 && self.doc.sentences[si - 1].paragraph + 1 >= self.doc.sentences[si].paragraph {
            let (first, end) = self.doc.sentences[si - 1].tokens;
            tries.push((first, end));
        }
        for (first, before) in tries {
            if before <= first {
                continue;
            }
            let Some(s) = self.sentence_subject(first, before, cue) else { continue };
            match s.what {
                What::Mention(m) if matches!(self.mentions[m].kind, EntityKind::Organization | EntityKind::Group) => return Some(SpeakerRef::Mention(m)),
                What::Description(NounKind::Group, _) | What::Description(NounKind::Organization(_), _) => return Some(SpeakerRef::Description(s.words, EntityKind::Group)),
                _ => {}
            }
        }
        None
    }

    /// The latest mention before byte `at`, outside quotations, within five
    /// paragraphs, that satisfies `ok`.
    fn latest(&self, at: usize, ok: impl Fn(&Mention) -> bool) -> Option<usize> {
        let para = self.doc.paragraph_of(at).unwrap_or(0);
        let floor = self.doc.paragraphs[para.saturating_sub(5)].start;
        let end = self.mentions.partition_point(|m| m.span.start < at);
        (0..end)
            .rev()
            .take_while(|&i| self.mentions[i].span.start >= floor)
            .find(|&i| ok(&self.mentions[i]) && !self.inside_quote(self.mentions[i].span))
    }

    /// The latest mention satisfying `ok` in the sentence of byte `at` or the two before it.
    fn latest_near(&self, at: usize, ok: impl Fn(&Mention) -> bool) -> Option<usize> {
        let si = self.doc.sentence_of(at)?;
        let floor = self.doc.sentences[si.saturating_sub(2)].span.start;
        let end = self.mentions.partition_point(|m| m.span.start < at);
        (0..end)
            .rev()
            .take_while(|&i| self.mentions[i].span.start >= floor)
            .find(|&i| ok(&self.mentions[i]) && !self.inside_quote(self.mentions[i].span))
    }

    fn inside_quote(&self, span: Span) -> bool {
        let t = self.doc.token_at_or_after(span.start);
        t < self.in_quote.len() && self.in_quote[t].is_some()
    }

    /// What a pronoun at byte `at` stands for: for "he"/"she", the first
    /// person of the nearest sentence before it that names one (the subject,
    /// as a rule), if the gender does not clash; for "they"/"it", the latest
    /// organization (or, for "it", place) outside quotations.
    fn antecedent(&self, p: Pronoun, at: usize, earlier: &[FoundQuote]) -> Option<usize> {
        match p {
            Pronoun::He | Pronoun::She => {
                let want = if p == Pronoun::He { Gender::Male } else { Gender::Female };
                if let Some(m) = self.nearest_person(at, want) {
                    return Some(m);
                }
                // Nothing named nearby: the latest person speaker, else the latest person named.
                earlier
                    .iter()
                    .rev()
                    .take(LOOK_BACK)
                    .find_map(|q| match q.speaker {
                        Some(SpeakerRef::Mention(m)) if self.mentions[m].kind == EntityKind::Person && self.gender_ok(&self.mentions[m], want) => Some(m),
                        _ => None,
                    })
                    .or_else(|| {
                        let end = self.mentions.partition_point(|m| m.span.start < at);
                        (0..end).rev().take(LOOK_BACK).find(|&i| self.mentions[i].kind == EntityKind::Person && self.gender_ok(&self.mentions[i], want))
                    })
            }
            Pronoun::They | Pronoun::It => self
                .latest_near(at, |m| m.kind == EntityKind::Organization)
                .or_else(|| self.latest(at, |m| m.kind == EntityKind::Organization)),
        }
    }

    /// The first person (of a compatible gender) named in the nearest sentence
    /// before byte `at` that names one, within three paragraphs, outside
    /// quotations: the subject, as a rule.
    fn nearest_person(&self, at: usize, want: Gender) -> Option<usize> {
        let si = self.doc.sentence_of(at)?;
        let para = self.doc.sentences[si].paragraph;
        for s in (0..=si).rev().take(LOOK_BACK) {
            let sent = self.doc.sentences[s];
            if para.saturating_sub(sent.paragraph) > 3 {
                break;
            }
            let lo = self.mentions.partition_point(|m| m.span.start < sent.span.start);
            let hi = self.mentions.partition_point(|m| m.span.start < sent.span.end.min(at));
            let candidate = (lo..hi).find(|&i| {
                let m = &self.mentions[i];
                m.kind == EntityKind::Person && !self.inside_quote(m.span) && (want == Gender::Unknown || self.gender_ok(m, want))
            });
            if candidate.is_some() {
                return candidate;
            }
        }
        None
    }

    /// False only when the person's name or title says the other gender.
    fn gender_ok(&self, m: &Mention, want: Gender) -> bool {
        let full = m.alias_of.unwrap_or(m.span).of(self.doc.text);
        let mut g = full.split_whitespace().next().and_then(given_name).unwrap_or(Gender::Unknown);
        if let Some(role) = m.role {
            let r = role.of(self.doc.text).lower();
            if r.contains("woman") || r.starts_with("mrs") || r.starts_with("ms.") || r.starts_with("miss") {
                g = Gender::Female;
            } else if r.contains("man") && !r.contains("chairman") || r.starts_with("mr.") {
                g = Gender::Male;
            }
        }
        g == Gender::Unknown || g == want
    }
}

/// Endings of adjectives ("controversial", "latest", "presidential").
fn looks_adjectival(word: &str) -> bool {
    const ENDINGS: &[&str] = &["al", "ive", "ous", "ful", "ic", "est", "ent", "ant", "ary", "ible", "able", "less"];
    word.chars().count() > 4 && ENDINGS.iter().any(|e| word.ends_with(e)) && !crate::quotes::cues::is_cue(word)
}

fn singular(noun: &str) -> String {
    noun.strip_suffix('s').filter(|s| s.len() > 3).unwrap_or(noun).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn singulars() {
        assert_eq!(singular("ministers"), "minister");
        assert_eq!(singular("chief"), "chief");
    }
}
