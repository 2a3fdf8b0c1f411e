//! The word lists of `data/`, parsed once, and the regex fragments built from them.
//!
//! Every list is a commented text file compiled in (`lexicon::data!`); this
//! module is the only place that reads them.

use crate::hash::{Fnv, HashMap, HashSet};
use std::sync::OnceLock;

/// Lines of a data file without comments and blank lines.
fn lines(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines()
        .map(|l| match l.find('#') {
            Some(i) => &l[..i],
            None => l,
        })
        .map(str::trim)
        .filter(|l| !l.is_empty())
}

/// Whitespace-separated rows.
fn rows(src: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    lines(src).map(|l| l.split_whitespace().collect())
}

/// `phrase | value` rows.
fn pairs(src: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    lines(src).filter_map(|l| {
        let (a, b) = l.split_once('|')?;
        Some((a.trim(), b.trim()))
    })
}

/// How a holiday's date is computed for a given year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum HolidayRule {
    Fixed(u8, u8),
    /// N-th (`-1` = last) weekday (Monday = 0) of a month.
    Nth(i8, u8, u8),
    Easter(i8),
    Election,
}

pub(crate) struct Lexicon {
    /// Lower-case month word (full or abbreviated, no full stop) -> 1..=12.
    pub month: HashMap<&'static str, u8>,
    /// Lower-case full month names, for the regex.
    month_full: Vec<&'static str>,
    month_abbr: Vec<&'static str>,
    /// Lower-case weekday name -> Monday = 0.
    pub weekday: HashMap<&'static str, u8>,
    pub number: HashMap<&'static str, u32>,
    pub ordinal: HashMap<&'static str, u32>,
    /// Upper-case zone abbreviation -> "+09:00".
    pub zone: HashMap<&'static str, &'static str>,
    /// Lower-case vague phrase -> *_REF.
    pub vague: Vec<(&'static str, &'static str)>,
    /// Lower-case unit word -> unit code.
    pub unit: HashMap<&'static str, &'static str>,
    pub sets: Vec<(&'static str, &'static str)>,
    pub quantity_nouns: HashSet<&'static str>,
    pub not_year_before: HashSet<&'static str>,
    pub holidays: Vec<(&'static str, HolidayRule)>,
}

pub(crate) fn lex() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(build)
}

fn build() -> Lexicon {
    let mut month = HashMap::default();
    let mut month_full = Vec::new();
    let mut month_abbr = Vec::new();
    for r in rows(crate::lexicon::data!(dates "months.txt")) {
        let Some(n) = r.first().and_then(|n| n.parse::<u8>().ok()) else { continue };
        for (i, w) in r.iter().enumerate().skip(1) {
            month.insert(*w, n);
            if i == 1 {
                month_full.push(*w);
            } else {
                month_abbr.push(*w);
            }
        }
    }
    let mut weekday = HashMap::default();
    for r in rows(crate::lexicon::data!(dates "weekdays.txt")) {
        if let (Some(n), Some(w)) = (r.first().and_then(|n| n.parse::<u8>().ok()), r.get(1)) {
            weekday.insert(*w, n);
        }
    }
    let num_map = |src: &'static str| -> HashMap<&'static str, u32> {
        rows(src)
            .filter_map(|r| Some((*r.first()?, r.get(1)?.parse().ok()?)))
            .collect()
    };
    let zone = rows(crate::lexicon::data!(dates "zones.txt"))
        .filter_map(|r| Some((*r.first()?, *r.get(1)?)))
        .collect();
    let unit = rows(crate::lexicon::data!(dates "units.txt"))
        .flat_map(|r| {
            let code = r.last().copied().unwrap_or("D");
            let n = r.len().saturating_sub(1);
            r[..n].iter().map(move |w| (*w, code)).collect::<Vec<_>>()
        })
        .collect();
    let words = |src: &'static str| -> HashSet<&'static str> {
        rows(src).flatten().collect()
    };
    let holidays = pairs(crate::lexicon::data!(dates "holidays.txt"))
        .filter_map(|(name, rule)| Some((name, parse_holiday_rule(rule)?)))
        .collect();
    Lexicon {
        month,
        month_full,
        month_abbr,
        weekday,
        number: num_map(crate::lexicon::data!(dates "numbers.txt")),
        ordinal: num_map(crate::lexicon::data!(dates "ordinals.txt")),
        zone,
        vague: pairs(crate::lexicon::data!(dates "vague.txt")).collect(),
        unit,
        sets: pairs(crate::lexicon::data!(dates "sets.txt")).collect(),
        quantity_nouns: words(crate::lexicon::data!(dates "quantity_nouns.txt")),
        not_year_before: words(crate::lexicon::data!(dates "not_year_before.txt")),
        holidays,
    }
}

fn parse_holiday_rule(rule: &str) -> Option<HolidayRule> {
    if rule == "election" {
        return Some(HolidayRule::Election);
    }
    if let Some(rest) = rule.strip_prefix("easter") {
        return Some(HolidayRule::Easter(rest.parse().ok()?));
    }
    let parts: Vec<&str> = rule.split('-').collect();
    match parts.as_slice() {
        [m, d] => Some(HolidayRule::Fixed(m.parse().ok()?, d.parse().ok()?)),
        [n, wd, m] => Some(HolidayRule::Nth(n.parse().ok()?, wd.parse().ok()?, m.parse().ok()?)),
        ["", n, wd, m] => Some(HolidayRule::Nth(-n.parse::<i8>().ok()?, wd.parse().ok()?, m.parse().ok()?)),
        _ => None,
    }
}

/// The words as an alternation that matches as `a|b|c` written longest
/// first would (leftmost-first alternation then prefers longer words), with
/// shared beginnings written once: "sept(?:ember)?" for "september|sept".
///
/// Why: the regex engine (a PikeVM) starts a thread for every branch it can
/// enter, at every position it tries, and most tries fail; a dozen branches
/// by first letter cost less than forty words. The same matches: branches
/// that begin with different characters never both match at one position,
/// so their order does not matter, and where one word is the beginning of
/// another the longer continuation comes first (a greedy `?`).
pub(crate) fn alternation<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    let mut unique: Vec<&str> = Vec::new();
    for w in words {
        if !w.is_empty() && !unique.contains(&w) {
            unique.push(w);
        }
    }
    let mut out = String::new();
    write_branches(&unique, &mut out);
    out
}

/// `words` (distinct, not empty) as `x…|y…`, one branch per first character,
/// in character order.
fn write_branches(words: &[&str], out: &mut String) {
    let mut previous: Option<char> = None;
    while let Some(first) = words.iter().filter_map(|w| w.chars().next()).filter(|&c| previous.is_none_or(|p| c > p)).min() {
        if previous.is_some() {
            out.push('|');
        }
        previous = Some(first);
        out.push_str(&regex_lite::escape(first.encode_utf8(&mut [0; 4])));
        let rests: Vec<&str> = words.iter().filter_map(|w| w.strip_prefix(first)).collect();
        let longer: Vec<&str> = rests.iter().copied().filter(|r| !r.is_empty()).collect();
        if longer.is_empty() {
            continue;
        }
        let ends_here = longer.len() < rests.len();
        let one_branch = longer.iter().filter_map(|w| w.chars().next()).all(|c| longer[0].starts_with(c));
        if ends_here || !one_branch {
            out.push_str("(?:");
            write_branches(&longer, out);
            out.push_str(if ends_here { ")?" } else { ")" });
        } else {
            write_branches(&longer, out);
        }
    }
}

/// The patterns joined with `|`, longest first (then in byte order), without
/// repeats. Each goes into its place in a sorted list: the lists are a few
/// dozen words, sorted once per process, and the standard library's sort
/// would bring in a copy of its own (about 2 KB of gzipped WebAssembly) for
/// this one caller.
#[inline(never)]
fn longest_first(patterns: Vec<String>) -> String {
    let mut sorted: Vec<String> = Vec::with_capacity(patterns.len());
    for p in patterns {
        if let Err(at) = sorted.binary_search_by(|s| p.len().cmp(&s.len()).then_with(|| s.cmp(&p))) {
            sorted.insert(at, p);
        }
    }
    sorted.join("|")
}

/// An ASCII word boundary (regex-lite's `\b` is ASCII anyway; the explicit
/// flag keeps the patterns valid for the `regex` crate too).
pub(crate) const B: &str = r"(?-u:\b)";

impl Lexicon {
    /// A month name or abbreviation, abbreviations with an optional full stop.
    pub fn month_re(&self) -> String {
        let full = self.month_full.iter().map(|w| format!("{w}{B}"));
        let abbr = self.month_abbr.iter().map(|w| format!(r"{w}{B}\.?"));
        format!("(?:{})", longest_first(full.chain(abbr).collect()))
    }

    pub fn weekday_re(&self) -> String {
        format!("(?:{})", alternation(self.weekday.keys().copied()))
    }

    /// A number word (not a compound).
    pub fn number_word_re(&self) -> String {
        format!("(?:{})", alternation(self.number.keys().copied()))
    }

    pub fn ordinal_word_re(&self) -> String {
        format!("(?:{})", alternation(self.ordinal.keys().copied()))
    }

    /// A count: digits, number words and their compounds, and vague counts.
    pub fn count_re(&self) -> String {
        let w = self.number_word_re();
        format!(
            r"(?:[0-9]{{1,3}}(?:,[0-9]{{3}})+|[0-9]+(?:\.[0-9]+)?(?:[ -][0-9]/[0-9]{{1,2}})?|(?:{w})(?:(?:[ -]|\s+and\s+)(?:{w}))*(?:\s+and\s+a\s+half)?|a\s+few|a\s+couple(?:\s+of)?|couple\s+of|several|a\s+dozen|dozens\s+of|hundreds\s+of|thousands\s+of|half\s+an?|a\s+quarter(?:\s+of\s+an?)?|a\s+half|an?|few|many)"
        )
    }

    /// A duration unit, singular or plural.
    pub fn unit_re(&self) -> String {
        format!("(?:{})", alternation(self.unit.keys().copied()))
    }

    pub fn zone_re(&self) -> String {
        format!("(?:{})", alternation(self.zone.keys().copied()))
    }
}

/// A case-insensitive pattern with the placeholders `{B}` (ASCII word
/// boundary), `{MONTH}`, `{WD}`, `{NUMW}`, `{ORDW}`, `{COUNT}`, `{UNIT}` and
/// `{ZONE}` filled in from the lists.
///
/// Patterns are lower case, run on the ASCII-lower-cased text (see
/// `Ctx::each`), in ASCII mode (`(?-u)`): `\s` and `\b` stay ASCII and no
/// Unicode tables are compiled in (regex-lite has none);
/// case-insensitive Unicode versions were 50 to 100 times slower. The few
/// non-ASCII characters a pattern needs (’ ‘ –) are switched back to Unicode
/// locally, and [`normalize_spaces`] turns no-break spaces into ASCII ones.
pub(crate) fn pat(template: &str) -> String {
    let l = lex();
    let mut s = template.to_string();
    for (k, v) in [("['’‘]", "(?u:['’‘])"), ("['’]", "(?u:['’])"), ("–", "(?u:–)")] {
        s = s.replace(k, v);
    }
    type Fill = (&'static str, fn(&Lexicon) -> String);
    let fills: [Fill; 7] = [
        ("{MONTH}", Lexicon::month_re),
        ("{WD}", Lexicon::weekday_re),
        ("{NUMW}", Lexicon::number_word_re),
        ("{ORDW}", Lexicon::ordinal_word_re),
        ("{COUNT}", Lexicon::count_re),
        ("{UNIT}", Lexicon::unit_re),
        ("{ZONE}", Lexicon::zone_re),
    ];
    for (k, f) in fills {
        if s.contains(k) {
            s = s.replace(k, &f(l));
        }
    }
    // Lower case throughout: the patterns run on the lower-cased text.
    // Spaces: the lower-cased copy has every ASCII white space turned into a
    // plain space, and a bounded run of literal spaces keeps the literal
    // prefilters working where `\s+` defeated them.
    let s = s
        .replace(r"\s+", "[ ]{1,4}")
        .replace(r"\s*", "[ ]{0,4}")
        .replace(r"\s?", "[ ]?")
        .replace(r"[\s-]+", "[ -]{1,4}")
        .replace(r"[\s-]*", "[ -]{0,4}")
        .replace(r"\s", "[ ]");
    let s = s.replace("{B}", B).to_ascii_lowercase().replace("(?p<", "(?P<");
    format!("(?-u){s}")
}

/// [`pat`] anchored at the start of the haystack, for [`super::context::Ctx::each_at`].
pub(crate) fn apat(template: &str) -> String {
    format!("^{}", pat(template))
}

/// Token classes: which parsers a word can trigger or open.
pub(crate) mod cls {
    pub const MONTH: u32 = 1 << 0;
    pub const WEEKDAY: u32 = 1 << 1;
    pub const UNIT: u32 = 1 << 2;
    pub const NUMBER_WORD: u32 = 1 << 3;
    pub const ORDINAL_WORD: u32 = 1 << 4;
    pub const DEICTIC: u32 = 1 << 5;
    pub const SEASON: u32 = 1 << 6;
    /// quarter(s), period, half, h1, h2, q1..q4.
    pub const PART: u32 = 1 << 7;
    pub const DECADE_WORD: u32 = 1 << 8;
    pub const SET: u32 = 1 << 9;
    /// The last word of a vague reference ("now", "moment", "future").
    pub const VAGUE: u32 = 1 << 10;
    /// The first word of a holiday name.
    pub const HOLIDAY: u32 = 1 << 11;
    /// noon, midnight, morning, ..., clock.
    pub const TIME_WORD: u32 = 1 << 12;
    /// A word that can open an expression before its trigger ("the", "last", "about").
    pub const START: u32 = 1 << 13;
    pub const DIGITS: u32 = 1 << 14;
    /// Four digits starting with 1 or 2, optionally with a plural "s" (1990s).
    pub const YEAR_DIGITS: u32 = 1 << 15;
    /// One or two digits.
    pub const SHORT_DIGITS: u32 = 1 << 16;
    /// 17th, 3rd, 21st.
    pub const ORDINAL_NUMBER: u32 = 1 << 17;
    /// nineteen, eighteen, thousand (years in words).
    pub const YEAR_WORD: u32 = 1 << 18;
    /// every, each, per, once, twice, thrice, times.
    pub const FREQUENCY: u32 = 1 << 19;
    /// year, month, ago, earlier ... anything that marks a relative expression.
    pub const CENTURY: u32 = 1 << 20;
    /// An apostrophe decade: 80s.
    pub const SHORT_DECADE: u32 = 1 << 21;
    /// fy, fy24 (fiscal years).
    pub const FISCAL: u32 = 1 << 22;
    /// Any class: a token worth trying as a start.
    pub const ANY: u32 = u32::MAX;
}

/// Words that open expressions before the word that triggers them.
const START_WORDS: &str = "the a an this that these last next past coming current previous prior following \
    same present preceding ensuing latest early late earlier later mid each every all another about around \
    roughly approximately nearly almost over more less fewer at no up some only just barely under upwards close \
    well in exactly precisely end beginning start middle rest remainder balance first second third fourth final \
    latter sometime fiscal fy calendar pre post its their comparable corresponding year prior half right for as \
    anytime any recent few several couple dozen dozens hundreds thousands many shortly since until till by";

/// The class bits of one lower-case token.
pub(crate) fn classify(tok: &str) -> u32 {
    use cls::*;
    // FNV on every target: short keys, looked up for every token of every article.
    static MAP: OnceLock<std::collections::HashMap<&'static str, u32, Fnv>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        let l = lex();
        let mut m: std::collections::HashMap<&'static str, u32, Fnv> = Default::default();
        let mut add = |w: &'static str, c: u32| *m.entry(w).or_insert(0) |= c;
        for w in l.month.keys() {
            add(w, MONTH);
        }
        for w in l.weekday.keys() {
            add(w, WEEKDAY);
        }
        for w in ["mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"] {
            add(w, WEEKDAY);
        }
        for w in l.unit.keys() {
            add(w, UNIT);
        }
        for w in ["weekend", "weekends", "night", "nights", "fiscal", "hourlong", "daylong", "weeklong", "monthlong", "yearlong", "decadelong"] {
            add(w, UNIT);
        }
        for w in l.number.keys() {
            add(w, NUMBER_WORD);
        }
        for w in l.ordinal.keys() {
            // "twenty-first" is two tokens; its parts are number and ordinal words.
            add(w.rsplit('-').next().unwrap_or(w), ORDINAL_WORD);
        }
        for w in ["today", "tomorrow", "yesterday", "tonight", "then"] {
            add(w, DEICTIC);
        }
        for w in ["spring", "summer", "fall", "autumn", "winter", "midsummer", "midwinter"] {
            add(w, SEASON);
        }
        for w in ["quarter", "quarters", "period", "half", "h1", "h2", "q1", "q2", "q3", "q4"] {
            add(w, PART);
        }
        for w in ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"] {
            add(w, DECADE_WORD);
        }
        for (p, _) in &l.sets {
            add(p.split(['-', ' ']).next().unwrap_or(p), SET);
        }
        for (p, _) in &l.vague {
            add(p.rsplit(' ').next().unwrap_or(p), VAGUE);
            add(p.split(' ').next().unwrap_or(p), START);
        }
        for (n, _) in &l.holidays {
            let first = n.split([' ', '\'', '’', '.']).next().unwrap_or(n);
            let first: &'static str = Box::leak(first.to_ascii_lowercase().into_boxed_str());
            add(first, HOLIDAY);
        }
        for w in ["noon", "midnight", "midday", "morning", "afternoon", "evening", "night", "overnight", "clock"] {
            add(w, TIME_WORD);
        }
        for w in ["nineteen", "eighteen", "thousand"] {
            add(w, YEAR_WORD);
        }
        for w in ["every", "each", "once", "twice", "thrice", "times"] {
            add(w, FREQUENCY);
        }
        add("century", CENTURY);
        for w in START_WORDS.split_whitespace() {
            add(w, START);
        }
        m
    });
    let mut c = map.get(tok).copied().unwrap_or(0);
    if tok.len() >= 2 && tok.starts_with("fy") && tok[2..].bytes().all(|b| b.is_ascii_digit()) {
        c |= FISCAL;
    }
    let b = tok.as_bytes();
    let digits = b.iter().take_while(|x| x.is_ascii_digit()).count();
    if digits > 0 {
        if digits == b.len() {
            c |= DIGITS;
            if digits <= 2 {
                c |= SHORT_DIGITS;
            }
        } else if digits <= 2 && matches!(&tok[digits..], "am" | "pm") {
            // "3pm", "11am": a clock time written solid.
            c |= SHORT_DIGITS;
        }
        if digits == 4 && matches!(b[0], b'1' | b'2') && (b.len() == 4 || &tok[4..] == "s") {
            c |= YEAR_DIGITS;
        }
        if digits == 2 && &tok[2..] == "s" {
            c |= SHORT_DECADE;
        }
        if (1..=2).contains(&digits) && matches!(&tok[digits..], "st" | "nd" | "rd" | "th") {
            c |= ORDINAL_NUMBER;
        }
    }
    c
}

/// The text with no-break and thin spaces replaced by as many ASCII spaces
/// as they have bytes, so every byte offset stays the same.
pub(crate) fn normalize_spaces(text: &str) -> std::borrow::Cow<'_, str> {
    const SPACES: [char; 6] = ['\u{a0}', '\u{2009}', '\u{202f}', '\u{2007}', '\u{200a}', '\u{3000}'];
    if !text.contains(SPACES) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if SPACES.contains(&c) {
            for _ in 0..c.len_utf8() {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Counts are kept in `PARTS`ths of a unit: halves, thirds, quarters,
/// eighths and two decimals stay exact, with integer arithmetic only (no
/// float parsing or printing code in the wasm).
pub(crate) const PARTS: u64 = 25_200;

/// What a count phrase means.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Count {
    /// The count in [`PARTS`]ths: "2 1/2" is `5 * PARTS / 2`.
    Exact(u64),
    /// "a few", "several", "many": TimeML writes X.
    Vague,
}

/// `a / b` of a unit in [`PARTS`]ths, rounded; `None` when `b` is 0 or it overflows.
fn fraction(a: u64, b: u64) -> Option<u64> {
    if b == 0 {
        return None;
    }
    a.checked_mul(PARTS)?.checked_add(b / 2).map(|x| x / b)
}

/// "12", "1.5", "0.25" in [`PARTS`]ths (digits only, `None` on overflow).
fn decimal(s: &str) -> Option<u64> {
    let (int, dec) = s.split_once('.').unwrap_or((s, ""));
    let whole = if int.is_empty() { 0 } else { int.parse::<u64>().ok()?.checked_mul(PARTS)? };
    let dec = &dec[..dec.len().min(9)];
    if dec.is_empty() {
        return Some(whole);
    }
    whole.checked_add(fraction(dec.parse().ok()?, 10u64.pow(dec.len() as u32))?)
}

/// Parses a count matched by [`Lexicon::count_re`]; `None` when it is not one.
pub(crate) fn parse_count(s: &str) -> Option<Count> {
    let lower = s.to_ascii_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .collect();
    match words.as_slice() {
        [] => return None,
        ["a"] | ["an"] => return Some(Count::Exact(PARTS)),
        ["half", "a"] | ["half", "an"] | ["a", "half"] => return Some(Count::Exact(PARTS / 2)),
        ["a", "quarter"] | ["a", "quarter", "of", "a" | "an"] => return Some(Count::Exact(PARTS / 4)),
        ["a", "couple", ..] | ["couple", "of"] => return Some(Count::Exact(2 * PARTS)),
        ["a", "dozen"] => return Some(Count::Exact(12 * PARTS)),
        ["a", "few"] | ["several"] | ["few"] | ["many"] | ["some"] => return Some(Count::Vague),
        [_, "of"] => return Some(Count::Vague), // dozens of, hundreds of
        _ => {}
    }
    let first = words[0].as_bytes()[0];
    if first.is_ascii_digit() {
        let digits: String = words[0].chars().filter(|c| *c != ',').collect();
        let mut v = decimal(&digits)?;
        if let Some(frac) = words.get(1) {
            let (a, b) = frac.split_once('/')?;
            v = v.checked_add(fraction(a.parse().ok()?, b.parse().ok()?)?)?;
        }
        return Some(Count::Exact(v));
    }
    number_words(&words).map(Count::Exact)
}

/// In [`PARTS`]ths: "twenty four" -> 24, "one hundred and ten" -> 110, "two and a half" -> 2.5.
pub(crate) fn number_words(words: &[&str]) -> Option<u64> {
    let lex = lex();
    let mut total = 0u64;
    let mut current = 0u64;
    let mut half = false;
    let mut seen = false;
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        if w == "and" {
            if words.get(i + 1) == Some(&"a") && words.get(i + 2) == Some(&"half") {
                half = true;
                break;
            }
            i += 1;
            continue;
        }
        let v = *lex.number.get(w)? as u64;
        seen = true;
        match v {
            100 => current = current.max(1).saturating_mul(100),
            1000 => {
                total = total.saturating_add(current.max(1).saturating_mul(1000));
                current = 0;
            }
            12 if w == "dozen" => current = current.max(1).saturating_mul(12),
            _ => current = current.saturating_add(v),
        }
        i += 1;
    }
    if !seen {
        return None;
    }
    let v = total.saturating_add(current).saturating_mul(PARTS);
    Some(if half { v.saturating_add(PARTS / 2) } else { v })
}

/// A whole number in words ("nineteen", "ninety four"); `None` for "two and a half".
pub(crate) fn whole_number_words(words: &[&str]) -> Option<u64> {
    number_words(words).filter(|p| p % PARTS == 0).map(|p| p / PARTS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alternation_matches_as_the_words_longest_first() {
        let l = lex();
        let lists: Vec<Vec<&str>> = vec![
            l.weekday.keys().copied().collect(),
            l.number.keys().copied().collect(),
            l.ordinal.keys().copied().collect(),
            l.unit.keys().copied().collect(),
            l.zone.keys().copied().collect(),
            l.sets.iter().map(|(p, _)| *p).collect(),
            l.vague.iter().map(|(p, _)| *p).collect(),
            l.holidays.iter().map(|(p, _)| *p).collect(),
            vec!["sept", "september", "sep", "s", "a.m.", "am", "a", "new year", "new year's eve", "now", "nowadays"],
        ];
        for words in lists {
            let trie = regex_lite::Regex::new(&format!("^(?:{})", alternation(words.iter().copied()))).unwrap();
            let plain = regex_lite::Regex::new(&format!("^(?:{})", longest_first(words.iter().map(|w| regex_lite::escape(w)).collect()))).unwrap();
            // Then a word boundary or more text, as in the patterns.
            let trie_b = regex_lite::Regex::new(&format!("^(?:{})(?-u:\\b)", alternation(words.iter().copied()))).unwrap();
            let plain_b = regex_lite::Regex::new(&format!("^(?:{})(?-u:\\b)", longest_first(words.iter().map(|w| regex_lite::escape(w)).collect()))).unwrap();
            for w in &words {
                let cut: Vec<&str> = w.char_indices().map(|(i, _)| &w[..i]).collect();
                for stem in cut.iter().chain([w]) {
                    for tail in ["", " ", "s", "x", ".", "-", "th", "ly", " day", " eve", "ember"] {
                        let hay = format!("{stem}{tail}");
                        assert_eq!(trie.find(&hay).map(|m| m.end()), plain.find(&hay).map(|m| m.end()), "{hay:?}");
                        assert_eq!(trie_b.find(&hay).map(|m| m.end()), plain_b.find(&hay).map(|m| m.end()), "{hay:?}");
                    }
                }
            }
        }
        assert_eq!(alternation(["sept", "september", "sep", "may"]), "may|sep(?:t(?:ember)?)?");
    }

    #[test]
    fn lists_load() {
        let l = lex();
        assert_eq!(l.month.get("sept"), Some(&9));
        assert_eq!(l.weekday.get("friday"), Some(&4));
        assert_eq!(l.zone.get("KST"), Some(&"+09:00"));
        assert_eq!(l.unit.get("years"), Some(&"Y"));
        assert!(l.holidays.iter().any(|(n, r)| *n == "Memorial Day" && *r == HolidayRule::Nth(-1, 0, 5)));
        assert!(l.quantity_nouns.contains("flights"));
    }

    #[test]
    fn counts() {
        // [text, numerator, denominator]
        let cases = [
            ("11", 11, 1),
            ("twenty four", 24, 1),
            ("twenty-six", 26, 1),
            ("a", 1, 1),
            ("2 1/2", 5, 2),
            ("one hundred and ten", 110, 1),
            ("a couple of", 2, 1),
            ("1,000", 1000, 1),
            ("two and a half", 5, 2),
            ("1.5", 3, 2),
            ("0.25", 1, 4),
            ("2 1/3", 7, 3),
            ("half a", 1, 2),
            ("a quarter", 1, 4),
            ("a quarter of a", 1, 4),
        ];
        for (s, num, den) in cases {
            assert_eq!(parse_count(s), Some(Count::Exact(num * PARTS / den)), "{s}");
        }
        assert_eq!(parse_count("several"), Some(Count::Vague));
        assert_eq!(parse_count("2 1/0"), None);
        // Too large for the count type: no count (and no panic).
        assert_eq!(parse_count("99999999999999999999999"), None);
        assert_eq!(parse_count("9999999999999999 1/2"), None);
        assert_eq!(parse_count("zork"), None);
    }
}
