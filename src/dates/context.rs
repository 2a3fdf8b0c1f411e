//! What every parser shares: the text split into paragraphs, the candidate
//! type, and small look-arounds (the word before, the tense nearby).
//!
//! All offsets are byte offsets. Helpers only step over ASCII bytes, and an
//! ASCII byte always starts a character, so every slice stays on a `char`
//! boundary whatever the text holds.

use super::value::{Tense, Tod, Val};
use super::TimexKind;
use crate::span::Span;
use regex_lite::{Captures, Regex};
use std::sync::OnceLock;

/// The input of the parsers.
pub(crate) struct Ctx<'t> {
    pub text: &'t str,
    /// `text` with ASCII letters lower-cased: the same byte offsets. The
    /// patterns are lower case and run on this copy, which keeps them fast
    /// (case-insensitive matching is much slower);
    /// parsers read the original case through [`M::get`].
    lower: String,
    /// Paragraphs: maximal runs of non-blank lines. No expression crosses one's end.
    pub paras: Vec<Span>,
    toks: Vec<Tok>,
}

/// One match of a parser's pattern, read back from the original text.
pub(crate) struct M<'a, 'c> {
    caps: &'c Captures<'c>,
    base: usize,
    text: &'a str,
}

impl<'a> M<'a, '_> {
    /// The original text of a named group, if it took part.
    pub fn get(&self, name: &str) -> Option<&'a str> {
        self.span(name).map(|s| &self.text[s.start..s.end])
    }

    /// The span of a named group in the whole text.
    pub fn span(&self, name: &str) -> Option<Span> {
        self.caps.name(name).map(|m| Span::new(self.base + m.start(), self.base + m.end()))
    }

    /// The whole match.
    pub fn whole(&self) -> Span {
        self.caps.get(0).map_or(Span::new(self.base, self.base), |m| Span::new(self.base + m.start(), self.base + m.end()))
    }
}

impl<'t> Ctx<'t> {
    pub fn new(text: &'t str) -> Ctx<'t> {
        let mut bytes = text.as_bytes().to_vec();
        for b in &mut bytes {
            *b = if b.is_ascii_whitespace() { b' ' } else { b.to_ascii_lowercase() };
        }
        // Only ASCII bytes changed, to ASCII bytes: still UTF-8.
        let lower = String::from_utf8(bytes).unwrap_or_else(|_| text.to_ascii_lowercase());
        let paras = paragraphs(text);
        let toks = tokens(&lower, &paras);
        Ctx { text, lower, paras, toks }
    }

    /// Calls `f` with the matches of the lower-case pattern `re` (anchored
    /// with `^`, see [`super::lexicon::apat`]) found around trigger tokens:
    /// for every token whose class meets `trigger`, the pattern is tried at
    /// the start of each of the `back` tokens before it that could open an
    /// expression (class `start`, or the trigger itself), farthest first;
    /// the first match that reaches the trigger wins. Matches do not overlap.
    ///
    /// The regex engine is regex-lite (for size: no lazy DFA, no literal
    /// prefilters), so a pattern scanned over a whole article runs on a
    /// PikeVM at about a megabyte a second or less; trying anchored patterns only where
    /// a month name, a unit or a weekday stands keeps a 50 KB article in a
    /// few milliseconds.
    ///
    /// The pattern is compiled when a token first triggers it: a text
    /// without, say, a season or a fiscal year never compiles those patterns
    /// (compiling is a good part of the first annotation in a browser).
    pub fn each_at(&self, re: Pattern, back: usize, trigger: u32, start: u32, mut f: impl FnMut(&M<'t, '_>)) {
        self.each_at_in(&self.lower, re, back, trigger, start, &mut f)
    }

    /// Like [`Ctx::each_at`], the pattern run on the original (cased) text.
    pub fn each_at_cased(&self, re: Pattern, back: usize, trigger: u32, start: u32, mut f: impl FnMut(&M<'t, '_>)) {
        self.each_at_in(self.text, re, back, trigger, start, &mut f)
    }

    /// One copy of the search loop for every parser's callback (not one per closure).
    #[inline(never)]
    fn each_at_in(&self, hay: &str, pattern: Pattern, back: usize, trigger: u32, start: u32, f: &mut dyn FnMut(&M<'t, '_>)) {
        let mut compiled: Option<&Regex> = None;
        let mut done_until = 0usize;
        for (i, t) in self.toks.iter().enumerate() {
            if t.class & trigger == 0 || t.start < done_until {
                continue;
            }
            let para_end = self.paras[t.para as usize].end;
            let lo = i.saturating_sub(back);
            for j in lo..=i {
                let s = &self.toks[j];
                if s.para != t.para || s.start < done_until || (j < i && s.class & start == 0) {
                    continue;
                }
                // Most tries fail: a plain search first, the groups only on success.
                let re = *compiled.get_or_insert_with(|| pattern.regex());
                let hay_here = &hay[s.start..para_end];
                let Some(found) = re.find(hay_here) else { continue };
                let end = s.start + found.end();
                if end <= t.start {
                    continue;
                }
                let Some(caps) = re.captures(hay_here) else { continue };
                f(&M { caps: &caps, base: s.start, text: self.text });
                done_until = end;
                break;
            }
        }
    }
}

/// A word or number of the lower-cased text: a run of ASCII letters and
/// digits, with its classes (see `lexicon::cls`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    pub start: usize,
    pub class: u32,
    pub para: u32,
}

fn tokens(lower: &str, paras: &[Span]) -> Vec<Tok> {
    let b = lower.as_bytes();
    let mut out = Vec::new();
    for (pi, p) in paras.iter().enumerate() {
        let mut i = p.start;
        while i < p.end {
            if !b[i].is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            let s = i;
            while i < p.end && b[i].is_ascii_alphanumeric() {
                i += 1;
            }
            let class = super::lexicon::classify(&lower[s..i]);
            out.push(Tok { start: s, class, para: pi as u32 });
        }
    }
    out
}

/// Splits at blank lines (lines holding only white space).
pub(crate) fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let blank = line.trim().is_empty();
        if blank {
            if let Some(s) = start.take() {
                out.push(Span::new(s, end));
            }
        } else {
            if start.is_none() {
                start = Some(pos);
            }
            end = pos + line.trim_end().len();
        }
        pos += line.len();
    }
    if let Some(s) = start {
        out.push(Span::new(s, end));
    }
    out
}

/// A parser's candidate expression.
#[derive(Clone, Debug)]
pub(crate) struct Cand {
    pub span: Span,
    pub kind: TimexKind,
    pub val: Val,
    pub tod: Option<Tod>,
    pub rule: &'static str,
    pub tense: Tense,
    /// Breaks ties between candidates of equal length (higher wins).
    pub prio: u8,
}

impl Cand {
    pub fn new(span: Span, kind: TimexKind, val: Val, rule: &'static str) -> Cand {
        Cand { span, kind, val, tod: None, rule, tense: Tense::Unknown, prio: 1 }
    }
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// The ASCII word (letters, digits, inner `'` `-` `.`) that ends right before
/// `pos` after skipping spaces; `None` when punctuation or non-ASCII comes first.
pub(crate) fn word_before(text: &str, pos: usize) -> Option<&str> {
    let b = text.as_bytes();
    let mut end = pos.min(b.len());
    while end > 0 && (b[end - 1] == b' ' || b[end - 1] == b'\t' || b[end - 1] == b'\n') {
        end -= 1;
    }
    let mut start = end;
    while start > 0 && (is_word_byte(b[start - 1]) || (start < end && matches!(b[start - 1], b'-' | b'\'' | b'.'))) {
        start -= 1;
    }
    // Do not start on inner punctuation.
    while start < end && !is_word_byte(b[start]) {
        start += 1;
    }
    (start < end).then(|| &text[start..end])
}

/// The word (as in [`word_before`]) starting right after `pos` past spaces.
pub(crate) fn word_after(text: &str, pos: usize) -> Option<&str> {
    let b = text.as_bytes();
    let mut start = pos.min(b.len());
    while start < b.len() && (b[start] == b' ' || b[start] == b'\t' || b[start] == b'\n') {
        start += 1;
    }
    let mut end = start;
    while end < b.len() && (is_word_byte(b[end]) || (end > start && matches!(b[end], b'-' | b'\''))) {
        end += 1;
    }
    while end > start && !is_word_byte(b[end - 1]) {
        end -= 1;
    }
    (start < end).then(|| &text[start..end])
}

/// The character right before `pos` (no skipping).
pub(crate) fn prev_char(text: &str, pos: usize) -> Option<char> {
    text.get(..pos)?.chars().next_back()
}

/// The character right at `pos`.
pub(crate) fn next_char(text: &str, pos: usize) -> Option<char> {
    text.get(pos..)?.chars().next()
}

/// Starts with an upper-case ASCII letter.
pub(crate) fn capitalized(s: &str) -> bool {
    s.as_bytes().first().is_some_and(|b| b.is_ascii_uppercase())
}

/// True when `pos` begins a sentence: nothing but quotes or brackets since
/// the last full stop, question or exclamation mark, or line start.
pub(crate) fn sentence_initial(text: &str, pos: usize) -> bool {
    for c in text.get(..pos).unwrap_or("").chars().rev() {
        match c {
            ' ' | '\t' | '"' | '“' | '‘' | '\'' | '(' | '[' | '`' | '-' | '—' | '_' => continue,
            '\n' | '.' | '!' | '?' | ':' => return true,
            _ => return false,
        }
    }
    true
}

/// True when the line holding `pos` looks like a headline: no final full
/// stop and most words capitalised ("Misawa Airmen Reunite A Year Later").
pub(crate) fn in_title_line(text: &str, pos: usize) -> bool {
    let pos = pos.min(text.len());
    let start = text[..pos].rfind('\n').map_or(0, |i| i + 1);
    let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
    let line = text[start..end].trim();
    if line.is_empty() || line.ends_with(['.', '"', '”', ':']) {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().filter(|w| w.chars().next().is_some_and(char::is_alphabetic)).collect();
    let caps = words.iter().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
    words.len() >= 3 && caps * 10 >= words.len() * 7
}

/// Words that point to the future / the past around an expression.
const FUTURE: &[&str] = &[
    "will", "ll", "shall", "would", "going", "plans", "plan", "planned", "planning", "scheduled",
    "expected", "expects", "expect", "due", "upcoming", "next", "intends", "aims", "slated", "tomorrow",
    "coming", "begins", "starts", "opens", "ends", "closes", "ahead", "soon", "expires",
    // Present forms that in news announce a scheduled event ("the ministers meet Monday").
    "meet", "meets", "visit", "visits", "vote", "votes", "resume", "resumes", "arrive", "arrives",
    "travel", "travels", "face", "faces",
];
/// Words of a plan: after "was" / "were" they look ahead ("were planning to").
const PLAN: &[&str] = &["planning", "expected", "scheduled", "due", "going", "set", "slated", "supposed", "poised", "about"];
/// Words after which an "-ed" word is a participle, not a past tense.
const AUX: &[&str] = &["be", "been", "being", "is", "are", "get", "gets", "unless", "if", "when", "once", "as"];
const PAST: &[&str] = &[
    "was", "were", "had", "did", "said", "told", "ago", "last", "earlier", "came", "went", "took",
    "made", "began", "met", "held", "saw", "won", "lost", "gave", "got", "left", "fell", "rose",
    "yesterday", "since", "previously", "former", "paid", "sold", "bought", "led", "spent",
    "ran", "wrote", "became", "found", "brought", "thought", "knew", "hit", "put", "struck",
];

/// The tense nearest to `span` inside its sentence (a cheap stand-in for a
/// tagger): the closest future or past marker word wins.
pub(crate) fn tense_near(text: &str, span: Span) -> Tense {
    const BACK: usize = 160;
    const AHEAD: usize = 100;
    let b = text.as_bytes();
    // Window start: sentence start or BACK bytes, on an ASCII byte.
    let mut lo = span.start;
    let mut steps = 0;
    while lo > 0 && steps < BACK {
        let c = b[lo - 1];
        if c == b'\n' || ((c == b'!' || c == b'?' || c == b';') && steps > 0) {
            break;
        }
        if c == b'.' && lo >= 2 && b[lo - 2].is_ascii_lowercase() && steps > 1 {
            // "said." ends a sentence, "Nov." or "U.S." usually not.
            let w = word_before(text, lo - 1).unwrap_or("");
            if w.len() > 3 && !w.contains('.') {
                break;
            }
        }
        lo -= 1;
        steps += 1;
    }
    while lo < span.start && !b[lo].is_ascii() {
        lo += 1;
    }
    let mut hi = span.end;
    steps = 0;
    while hi < b.len() && steps < AHEAD {
        let c = b[hi];
        if c == b'\n' || c == b'!' || c == b'?' || c == b';' {
            break;
        }
        if c == b'.' && hi + 2 < b.len() && b[hi + 1] == b' ' && hi > 0 {
            let before_dot = b[hi - 1];
            if before_dot.is_ascii_lowercase() || (before_dot.is_ascii_digit() && b[hi + 2].is_ascii_uppercase()) {
                break;
            }
        }
        hi += 1;
        steps += 1;
    }
    while hi > span.end && !b[hi - 1].is_ascii() {
        hi -= 1;
    }
    // A quotation mark ends the window: "“We will meet in June,” he said".
    let quotes = ['"', '“', '”', '«', '»', '`'];
    let before = text.get(lo..span.start).unwrap_or("");
    let before = match (before.rfind(quotes), before.rfind("''")) {
        (Some(a), Some(b)) => &before[a.max(b)..],
        (Some(i), None) | (None, Some(i)) => &before[i..],
        (None, None) => before,
    };
    let after = text.get(span.end..hi).unwrap_or("");
    let after = match (after.find(quotes), after.find("''")) {
        (Some(a), Some(b)) => &after[..a.min(b)],
        (Some(i), None) | (None, Some(i)) => &after[..i],
        (None, None) => after,
    };
    // A word's tense and whether it is only a guess from an "-ed" ending.
    let classify = |w: &str, prev: Option<&String>, next: Option<&String>| -> Option<(Tense, bool)> {
        let lw = w.to_ascii_lowercase();
        let lw = lw.as_str();
        let next_l = next.map(|n| n.to_ascii_lowercase());
        // "next to" is a place, "ahead of the visit" a position; "be held",
        // "unless renewed" are not past tenses.
        if (lw == "next" && next_l.as_deref() == Some("to")) || (lw == "ahead" && next_l.as_deref() == Some("of")) {
            return None;
        }
        // "set to resume": a plan.
        if lw == "set" && next_l.as_deref() == Some("to") {
            return Some((Tense::Future, false));
        }
        // "were planning", "was expected to": the plan decides, not the past form.
        if PAST.contains(&lw) && next_l.as_deref().is_some_and(|n| PLAN.contains(&n)) {
            return None;
        }
        let prev_l = prev.map(|p| p.to_ascii_lowercase());
        let participle = prev_l.as_deref().is_some_and(|p| AUX.contains(&p));
        // "had been due to expire": a plan that lies in the past.
        let perfect = prev_l.as_deref().is_some_and(|p| p == "been" || p == "had");
        if FUTURE.contains(&lw) {
            return Some((if perfect { Tense::Past } else { Tense::Future }, false));
        }
        if PAST.contains(&lw) && !participle {
            return Some((Tense::Past, false));
        }
        // A lower-case "-ed" word ("signed", not "United").
        // (After "a", "the", "still" it is an adjective: "a still unspecified date".)
        let adjective = prev_l.as_deref().is_some_and(|p| matches!(p, "a" | "an" | "the" | "still" | "very" | "more" | "most" | "its" | "their"));
        if !participle && !adjective && lw.len() >= 5 && lw.ends_with("ed") && w.bytes().all(|b| b.is_ascii_lowercase()) {
            return Some((Tense::Past, true));
        }
        None
    };
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()).map(str::to_string).collect()
    };
    let bw = words(before);
    let aw = words(after);
    // A conjunction after the expression opens another clause ("left Friday
    // and will return April 8"): its verbs count only when nothing nearer does.
    let mut cut = aw.iter().position(|w| matches!(w.as_str(), "and" | "but" | "which")).unwrap_or(aw.len());
    // "extended until Nov. 17", "postponed until Tuesday": a deadline ahead;
    // so is the day a change takes effect or a sum falls due ("a new pact
    // effective June 1", "a dividend payable Dec. 15").
    // ("Until Thursday, they had not..." opens a sentence and looks back.)
    // So does "ahead of the weekend".
    let ahead_of = bw.len() >= 2 && bw[bw.len() - 2].eq_ignore_ascii_case("ahead") && bw[bw.len() - 1] == "of";
    if ahead_of || bw.last().is_some_and(|w| w == "until" || w == "till" || w.eq_ignore_ascii_case("effective") || w.eq_ignore_ascii_case("payable")) {
        return Tense::Future;
    }
    let (mut bi, mut ai) = (bw.len(), 0usize);
    // Alternate outwards: nearest word first, preferring the left on ties.
    // An "-ed" guess after the expression ("flights to India by August in
    // search of markets untouched by ...") only counts when no marker word
    // stands before it: the verb that governs a time phrase mostly precedes it.
    let mut guess_after: Option<Tense> = None;
    loop {
        let mut progressed = false;
        if bi > 0 {
            bi -= 1;
            progressed = true;
            if let Some((t, _)) = classify(&bw[bi], bi.checked_sub(1).map(|i| &bw[i]), bw.get(bi + 1).or(aw.first())) {
                return t;
            }
        }
        if ai < cut {
            progressed = true;
            let prev = if ai == 0 { None } else { Some(&aw[ai - 1]) };
            match classify(&aw[ai], prev, aw.get(ai + 1)) {
                Some((t, false)) => return guess_after.unwrap_or(t),
                Some((t, true)) => {
                    guess_after.get_or_insert(t);
                }
                None => {}
            }
            ai += 1;
        }
        if !progressed {
            if guess_after.is_none() && cut < aw.len() {
                cut = aw.len();
                continue;
            }
            return guess_after.unwrap_or(Tense::Unknown);
        }
    }
}

/// A date pattern, compiled on first use and kept: a `Regex` built from
/// the pattern string `build` makes, in `cell`.
#[derive(Clone, Copy)]
pub(crate) struct Pattern {
    cell: &'static OnceLock<Regex>,
    build: fn() -> String,
}

impl Pattern {
    pub(crate) const fn new(cell: &'static OnceLock<Regex>, build: fn() -> String) -> Pattern {
        Pattern { cell, build }
    }

    /// The compiled pattern. (One copy of this function for every pattern:
    /// `build` is a function pointer, not a type parameter.)
    pub(crate) fn regex(self) -> &'static Regex {
        self.cell.get_or_init(|| match Regex::new(&(self.build)()) {
            Ok(re) => re,
            // The error's message, not `expect`'s Debug form: that would bring
            // the Debug formatting machinery into the wasm for a fixed pattern
            // that never fails (the tests compile every one).
            Err(e) => panic!("date pattern does not compile: {e}"),
        })
    }
}

/// A function returning a pattern compiled on first use:
/// `pattern! { fn re_year() = apat(r"…") }`.
macro_rules! pattern {
    ($(#[$m:meta])* fn $name:ident() = $build:expr) => {
        $(#[$m])*
        fn $name() -> $crate::dates::context::Pattern {
            static RE: std::sync::OnceLock<regex_lite::Regex> = std::sync::OnceLock::new();
            fn pattern() -> String {
                $build
            }
            $crate::dates::context::Pattern::new(&RE, pattern)
        }
    };
}
pub(crate) use pattern;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_split_at_blank_lines() {
        let t = "Head line\n\nFirst para\nstill first.\n  \nSecond “para”.\n";
        let p: Vec<&str> = paragraphs(t).iter().map(|s| s.of(t)).collect();
        assert_eq!(p, vec!["Head line", "First para\nstill first.", "Second “para”."]);
        assert!(paragraphs("").is_empty());
    }

    #[test]
    fn words_around() {
        let t = "held talks in  Nov. 17 “Nov”";
        assert_eq!(word_before(t, 15), Some("in"));
        assert_eq!(word_after(t, 0), Some("held"));
        assert_eq!(word_before("€ Nov", 4), None);
        assert_eq!(word_before("", 0), None);
        assert_eq!(word_after("x", 5), None);
    }

    #[test]
    fn tense_table() {
        // [sentence, expression, tense]
        let table = [
            ("The ministers will meet on Friday in Seoul.", "Friday", Tense::Future),
            ("The ministers met on Friday in Seoul.", "Friday", Tense::Past),
            // An "-ed" guess after the phrase loses to a marker before it.
            ("Qantas will double its flights by August in the search for new markets untouched by the crisis.", "August", Tense::Future),
            // ... but stands when nothing before it speaks of time.
            ("On Friday, the company announced it will cut jobs.", "Friday", Tense::Past),
            // A plan in the past tense looks ahead.
            ("They planned a rally on Saturday and were planning to drive around.", "Saturday", Tense::Future),
            ("The vote was expected on Monday.", "Monday", Tense::Future),
            ("The vote had been expected on Monday.", "Monday", Tense::Past),
            // The day a change takes effect, a sum falls due, a thing is awaited.
            ("The board named a new chairman, effective Feb. 1.", "Feb. 1", Tense::Future),
            ("It declared a dividend, payable Dec. 15.", "Dec. 15", Tense::Future),
            ("Traders squared positions ahead of the weekend.", "the weekend", Tense::Future),
            // "ahead of" elsewhere is a position, not a plan.
            ("Just ahead of the trip, the department on Sunday issued a warning.", "Sunday", Tense::Past),
            ("They signed the deal next to the river on Monday.", "Monday", Tense::Past),
            // Another clause's verb loses to the nearer one before.
            ("Lawmakers left for a two-week recess Friday and will return April 8.", "Friday", Tense::Past),
            ("The talks ended on Monday, but they will resume soon.", "Monday", Tense::Past),
            ("The board meets Monday and said nothing.", "Monday", Tense::Future),
        ];
        for (text, expr, want) in table {
            let i = text.find(expr).unwrap();
            assert_eq!(tense_near(text, Span::new(i, i + expr.len())), want, "{text:?} / {expr:?}");
        }
    }

    #[test]
    fn tense() {
        let t = "The ministers will meet on Friday in Seoul.";
        let i = t.find("Friday").unwrap();
        assert_eq!(tense_near(t, Span::new(i, i + 6)), Tense::Future);
        let t = "The ministers met on Friday in Seoul.";
        let i = t.find("Friday").unwrap();
        assert_eq!(tense_near(t, Span::new(i, i + 6)), Tense::Past);
    }
}
