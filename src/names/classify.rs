//! What a candidate phrase names.
//!
//! A phrase is read from the outside in, each step handing what it did not
//! claim to the next:
//! 1. articles and nationality adjectives in front are dropped ("The",
//!    "South Korean"); so is a frequent word that is capitalised only because
//!    it starts the sentence ("Meeting", "Discussing");
//! 2. a name the lexicons know, whole;
//! 3. a person: after a title ("Defense Minister Jeong Kyeong-doo",
//!    "Secretary of Defense Mark Esper"), from a given name ("Kate Brown"),
//!    or a family-name-first name ("Moon Jae-in", "Xi Jinping"); the title
//!    becomes the person's role and what stands before it is read again
//!    ("US" in "US Secretary of Defense Mark Esper");
//! 4. a head word gives the kind ("… Ministry", "… Air Force Base",
//!    "… Treaty", "Fort …");
//! 5. known names inside the phrase, longest first;
//! 6. what is left: an unknown acronym is an organization, a pair of
//!    capitalised words that are not English words is a person's name.

use crate::case::Case;
use crate::lexicon::{self, lazy};
use crate::model::EntityKind;
use crate::names::heads::{self, Head};
use crate::names::lexicons::{given_name, is_common, is_demonym, known, longest_known_words};
use crate::names::phrases::Phrase;
use crate::names::titles::{is_address, is_title_word};
use crate::names::words::{Shape, W};
use crate::hash::HashSet;

/// A name found in a phrase: words `start..end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub kind: EntityKind,
    pub rule: &'static str,
    pub canonical: Option<&'static str>,
    /// Words of the title or role.
    pub role: Option<(usize, usize)>,
}

lazy! {
    fn not_names() -> HashSet<&'static str> {
        lexicon::words(crate::lexicon::data!("not-names.txt"))
    }
}

lazy! {
    fn headline_verbs() -> HashSet<&'static str> {
        lexicon::rows(crate::lexicon::data!("headline-verbs.txt")).flatten().collect()
    }
}

/// A verb a Title Case headline may hold ("Sign", "Says", "Hosts").
fn is_headline_verb(word: &str) -> bool {
    let lower = word.lower();
    headline_verbs().contains(lower.as_str()) || crate::quotes::cues::is_cue(&lower)
}

lazy! {
    fn surname_first() -> HashSet<&'static str> {
        lexicon::words(crate::lexicon::data!("surname-first.txt"))
    }
}

/// Capitalised words that never begin a name: articles, quantities,
/// prepositions of a Title Case line ("By Barksdale Treaty Office").
const NEVER_FIRST: &[&str] = &[
    "the", "a", "an", "by", "in", "on", "at", "for", "from", "with", "to", "of", "and", "but", "or", "as", "into", "via",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "dozens",
    "hundreds", "thousands", "millions", "several", "many", "some", "all", "both", "each", "every", "most", "other",
    "such", "these", "those", "this", "that", "his", "her", "their", "its", "our", "my", "your", "no", "any", "former",
    "late", "then", "when", "while", "after", "before", "during", "since", "if", "although", "though", "because",
];

/// Prefixes of ships' names.
const SHIP_PREFIXES: &[&str] = &["USS", "HMS", "HMAS", "HMCS", "HMNZS", "INS", "USNS", "MV", "RV", "SS"];

/// Heads of a state's own bodies: a nationality before them is not part of the name.
/// (Armed forces keep theirs: "Polish Air Force", "Indian Army" are names.)
const STATE_BODIES: &[&str] = &[
    "Ministry", "Department", "Dept.", "Government", "Embassy", "Consulate", "Parliament", "Cabinet", "Office", "Agency",
    "Administration",
];

/// Title words that are also ordinary adjectives or nouns ("General Motors",
/// "Major League"): after them a name must look like a name.
const WEAK_TITLES: &[&str] = &[
    "General", "Major", "Private", "Senior", "Master", "Staff", "Technical", "Chief", "Command", "First", "Second",
    "Crown", "Vice", "Deputy", "Acting", "Under", "Assistant", "Petty", "Lance", "Warrant", "Prime", "Justice", "Leader",
    "Speaker", "Agent", "Coach", "Officer", "Executive", "Father", "Sister", "Brother", "King", "Queen", "Prince",
    "Princess", "Chair", "Editor", "Dean", "Principal", "Delegate", "Counselor", "Treasurer", "Miss", "Lady", "Lord",
];

/// Head words that are also common surnames ("Helen Park", "Nina Hall").
const SURNAME_HEADS: &[&str] = &["Park", "Hall", "Church", "Post", "Wing", "Street", "Banks", "Bay", "Field", "Fields", "Brooks", "Wood", "Woods", "Marsh", "Ford", "Temple", "Chambers", "Guard", "Trust", "Bank"];

/// "Helen Park": a given name, then a head word that is also a surname.
fn is_surname_head(ws: &[W], given: usize, head: usize) -> bool {
    given_name(ws[given].text).is_some() && SURNAME_HEADS.contains(&ws[head].text)
}

/// Words that end a person's name: "Jr.", "III".
const NAME_SUFFIXES: &[&str] = &["Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"];

/// Reads a phrase; pushes what it names.
pub fn classify(ws: &[W], p: Phrase, out: &mut Vec<Found>) {
    analyze(ws, p.start, p.end, out, 0);
}


fn text_of(ws: &[W], a: usize, b: usize) -> String {
    let mut s = String::new();
    for (k, w) in ws[a..b].iter().enumerate() {
        if k > 0 && w.text != "," {
            s.push(' ');
        }
        s.push_str(w.text);
    }
    s
}

fn is_cap(ws: &[W], i: usize) -> bool {
    ws[i].shape == Shape::Cap
}

/// A multi-word head starting at `i` ("Joint Base", "Air Station"), or a one-word one.
fn head_at(ws: &[W], i: usize, b: usize) -> Option<(Head, usize)> {
    for len in (1..=3).rev() {
        if i + len <= b && (i..i + len).all(|k| is_cap(ws, k)) {
            let written = text_of(ws, i, i + len);
            let caps = written.chars().filter(|c| c.is_alphabetic()).count() > 2 && !written.chars().any(char::is_lowercase);
            // "BARKSDALE AIR FORCE BASE": an all-capital dateline reads as Title Case.
            let found = heads::head(&written).or_else(|| caps.then(|| heads::head(&title_case(&written))).flatten());
            if let Some(h) = found {
                if h.words == len {
                    return Some((h, len));
                }
            }
        }
    }
    None
}

fn analyze(ws: &[W], mut a: usize, mut b: usize, out: &mut Vec<Found>, depth: u8) {
    if depth > 8 {
        return;
    }
    // Trim connectors and punctuation at the ends.
    while a < b && (!(is_cap(ws, a) || ws[a].shape == Shape::Ordinal) || crate::names::phrases::is_headline_preposition(&ws[a])) {
        a += 1;
    }
    while b > a && !is_cap(ws, b - 1) {
        b -= 1;
    }
    if a >= b {
        return;
    }
    // 2. Known whole (before any other stripping: "South Korea"); an article
    // in front stays only where the lexicon has it ("The Hague").
    if matches!(ws[a].text, "The" | "THE") && b - a > 1 && known(&text_of(ws, a, b)).is_some() && known(&text_of(ws, a + 1, b)).is_some() {
        a += 1;
    }
    if let Some(k) = known(&text_of(ws, a, b)).or_else(|| all_caps_known(ws, a, b)) {
        out.push(Found { start: a, end: b, kind: k.kind, rule: "lexicon", canonical: Some(k.canonical), role: None });
        return;
    }
    // Ships ("USS Ralph Johnson", "HMS Queen Elizabeth") are no person, place or body.
    if SHIP_PREFIXES.contains(&ws[a].text) {
        return;
    }
    // 1. Articles, numbers and other words that never begin a name, nationality
    // adjectives, a sentence-initial frequent word.
    if NEVER_FIRST.contains(&ws[a].text.lower().as_str()) && b - a > 1 {
        return analyze(ws, a + 1, b, out, depth + 1);
    }
    // "Barksdale Treaty Office Barksdale Treaty Office": a name printed twice.
    if (b - a) % 2 == 0 && b - a >= 4 {
        let half = (b - a) / 2;
        if (0..half).all(|k| ws[a + k].text == ws[a + half + k].text) {
            analyze(ws, a, a + half, out, depth + 1);
            return analyze(ws, a + half, b, out, depth + 1);
        }
    }
    // A nationality before a state body is no part of its name ("Japanese
    // Defense Ministry" → "Defense Ministry"); before a society's own name it
    // is ("Scottish Fishermen's Federation", "American Medical Association").
    let keeps_demonym = heads::head(ws[b - 1].text).is_some_and(|h| h.kind == EntityKind::Organization && !STATE_BODIES.contains(&ws[b - 1].text))
        && !(a..b).any(|i| is_title_word(ws[i].text));
    if b - a >= 2 && is_demonym(&text_of(ws, a, a + 2)) && !keeps_demonym {
        return analyze(ws, a + 2, b, out, depth + 1);
    }
    if is_demonym(ws[a].text) && !keeps_demonym {
        return analyze(ws, a + 1, b, out, depth + 1);
    }
    if ws[a].initial && starts_plainly(ws, a, b) {
        return analyze(ws, a + 1, b, out, depth + 1);
    }
    // 3. People.
    if let Some(person) = person(ws, a, b) {
        let role_or_name_start = person.role.map_or(person.start, |r| r.0);
        analyze(ws, a, role_or_name_start, out, depth + 1);
        out.push(person);
        analyze(ws, person.end, b, out, depth + 1);
        return;
    }
    // 4. Head words.
    if let Some(found) = by_head(ws, a, b) {
        analyze(ws, a, found.start, out, depth + 1);
        out.push(found);
        analyze(ws, found.end, b, out, depth + 1);
        return;
    }
    // 5. Known names inside, longest first; 6. what is left.
    known_inside(ws, a, b, out, leftover);
}

/// Known names inside `a..b`, longest first; `rest` reads the gaps between them.
fn known_inside(ws: &[W], a: usize, b: usize, out: &mut Vec<Found>, rest: fn(&[W], usize, usize, &mut Vec<Found>)) {
    let max = *longest_known_words();
    let mut i = a;
    let mut gap_start = a;
    while i < b {
        let mut matched = None;
        for len in (1..=max.min(b - i)).rev() {
            if !is_cap(ws, i) || !is_cap(ws, i + len - 1) {
                continue;
            }
            if let Some(k) = known(&text_of(ws, i, i + len)).or_else(|| all_caps_known(ws, i, i + len)) {
                matched = Some((k, len));
                break;
            }
        }
        if let Some((k, len)) = matched {
            rest(ws, gap_start, i, out);
            out.push(Found { start: i, end: i + len, kind: k.kind, rule: "lexicon", canonical: Some(k.canonical), role: None });
            i += len;
            gap_start = i;
        } else {
            i += 1;
        }
    }
    rest(ws, gap_start, b, out);
}

/// An all-capital phrase ("BARKSDALE AIR FORCE BASE", "SOUTH KOREA") looked up in title case.
fn all_caps_known(ws: &[W], a: usize, b: usize) -> Option<crate::names::lexicons::Known> {
    if b - a < 2 || !(a..b).all(|i| ws[i].is_all_caps() || ws[i].text.chars().count() == 1) {
        return None;
    }
    known(&title_case(&text_of(ws, a, b)))
}

/// "AIR FORCE" → "Air Force", "DISTRICT OF COLUMBIA" → "District of Columbia".
pub fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (k, word) in s.split(' ').enumerate() {
        if k > 0 {
            out.push(' ');
        }
        let lower = word.lower();
        if k > 0 && matches!(lower.as_str(), "of" | "the" | "and" | "for" | "on" | "in" | "at" | "to") {
            out.push_str(&lower);
            continue;
        }
        let mut at_start = true;
        for c in word.chars() {
            if at_start {
                out.push(crate::case::upper_char(c));
            } else {
                out.push(crate::case::lower_char(c));
            }
            at_start = !c.is_alphanumeric() && c != '\'' && c != '’';
        }
    }
    out
}

/// True when the capitalised first word is a frequent word, capitalised only
/// because the sentence starts there, and not the start of a name.
fn starts_plainly(ws: &[W], a: usize, b: usize) -> bool {
    let w = ws[a].text;
    if !is_common(w) || given_name(w).is_some() || ws[a].is_all_caps() {
        return false;
    }
    // "Joint Base Andrews", "Fort Bragg": a front head.
    if head_at(ws, a, b).is_some_and(|(h, _)| h.front) {
        return false;
    }
    // "Secret Service", "Open Skies Treaty": a longer name ending in a head
    // (in a Title Case headline, a head anywhere after it).
    if b - a >= 2 && heads::head(ws[b - 1].text).is_some_and(|h| !h.front) && !(a + 1..b).any(|i| ws[i].text == "of") {
        return !(a + 1..b).all(|i| is_cap(ws, i));
    }
    if ws[a].title_case && (a + 1..b).any(|i| heads::head(ws[i].text).is_some_and(|h| !h.front)) {
        return false;
    }
    // A title opening a sentence ("President Moon said"), or its modifier
    // ("Foreign Minister Park Ji-won").
    if is_title_word(w) || (a + 1 < b && is_title_word(ws[a + 1].text)) {
        return false;
    }
    true
}

/// Where a person's name starts inside `a..b`, with the rule that says so.
fn name_start(ws: &[W], a: usize, b: usize) -> Option<(usize, &'static str)> {
    for k in a..b {
        if !is_cap(ws, k) {
            continue;
        }
        let next_ok = k + 1 < b && is_cap(ws, k + 1) && (heads::head(ws[k + 1].text).is_none() || (k + 2 == b && is_surname_head(ws, k, k + 1)));
        // "Charlie King": a title word may be the surname when it ends the phrase.
        let surname_ok = next_ok && (!is_title_word(ws[k + 1].text.trim_end_matches('.')) || (k + 2 >= b && !ws[k + 1].text.ends_with('.')));
        let given = given_name(ws[k].text).is_some() || is_given_name_pair(ws[k].text);
        if next_ok && given && surname_ok && known(ws[k].text).is_none_or(|_| !is_common(ws[k + 1].text)) {
            return Some((k, "given_name"));
        }
        if next_ok && is_hyphenated_given_name(ws[k + 1].text) && !ws[k].text.contains('-') && ws[k].text.chars().count() <= 6 {
            return Some((k, "family_name_first"));
        }
        if next_ok && surname_first().contains(ws[k].text) && !is_common(ws[k + 1].text) {
            return Some((k, "family_name_first"));
        }
    }
    None
}

/// Two given names joined by a hyphen: "Mary-Kate", "Jo-Renee".
fn is_given_name_pair(word: &str) -> bool {
    word.split_once('-').is_some_and(|(a, b)| given_name(a).is_some() && given_name(b).is_some())
}

/// True for a family name written first ("Xi", "Nguyen").
pub fn is_surname_first(word: &str) -> bool {
    surname_first().contains(word)
}

/// "Kyeong-doo", "Jae-in": a capitalised syllable, a hyphen, a lower-case one.
pub fn is_hyphenated_given_name(s: &str) -> bool {
    let Some((x, y)) = s.split_once('-') else { return false };
    let x_ok = x.chars().next().is_some_and(char::is_uppercase)
        && x.chars().skip(1).all(|c| c.is_lowercase())
        && (2..=6).contains(&x.chars().count());
    let y_ok = y.chars().all(|c| c.is_lowercase()) && (1..=5).contains(&y.chars().count());
    x_ok && y_ok && !is_common(s)
}

/// The end of a name starting at `start`: capitalised words, initials,
/// particles and suffixes, up to a connector, a head word or the phrase end.
fn name_end(ws: &[W], start: usize, b: usize) -> usize {
    let mut e = start;
    while e < b {
        let w = ws[e];
        let particle = w.shape == Shape::Lower && e > start && e + 1 < b && is_cap(ws, e + 1) && crate::names::phrases::is_particle(w.text);
        if !(is_cap(ws, e) || particle) {
            break;
        }
        // A head word ends the name ("Kate Brown Foundation"), unless it is a
        // surname after a lone given name at the end of the phrase ("Helen Park").
        let surname_head = e == start + 1 && e + 1 == b && is_surname_head(ws, start, e);
        if e > start && heads::head(w.text).is_some_and(|h| !h.front) && !NAME_SUFFIXES.contains(&w.text) && !surname_head {
            break;
        }
        // A Title Case headline capitalises its verbs too: "Hillary Clinton Was Headed".
        // After a lone word that is no given name, too: "Clinton Hid …", "Clinton Campaign …".
        // And a verb in the present ("Clinton Breaks With …") after any one word.
        let after_surname = e == start + 1 && given_name(ws[start].text).is_none() && !ws[start].is_all_caps();
        let present_verb = e == start + 1 && w.text.ends_with('s') && is_headline_verb(w.text);
        // An adverb: "Clinton Campaign Reportedly Scrambling", "… Quietly Drops".
        let adverb = e > start && w.text.strip_suffix("ly").is_some_and(|stem| stem.len() > 3 && is_common(stem));
        if w.title_case
            && ((e >= start + 2 || after_surname) && (is_common(w.text) || is_headline_verb(w.text)) || present_verb || adverb)
            && given_name(w.text).is_none()
            && !NAME_SUFFIXES.contains(&w.text)
        {
            break;
        }
        e += 1;
        if ws[e - 1].possessive {
            break;
        }
    }
    e
}

/// A person inside `a..b`.
fn person(ws: &[W], a: usize, b: usize) -> Option<Found> {
    // The last title word followed by something capitalised.
    let mut title: Option<usize> = None;
    for i in a..b {
        if is_cap(ws, i) && is_title_word(ws[i].text) && i + 1 < b {
            title = Some(i);
        }
    }
    if let Some(t) = title {
        // Title block: contiguous titles (and capitalised modifiers) up to t.
        // Title block: contiguous titles and capitalised modifiers before it
        // ("Defense Minister"), never an organization's words ("U.S. Air Force
        // Lt. Col.", "Department of Forestry State Forester").
        let mut role_start = t;
        while role_start > a
            && is_cap(ws, role_start - 1)
            && !is_demonym(ws[role_start - 1].text)
            && known(ws[role_start - 1].text).is_none()
            && given_name(ws[role_start - 1].text).is_none()
            && heads::head(ws[role_start - 1].text).is_none_or(|_| is_title_word(ws[role_start - 1].text))
            && !(role_start >= a + 2 && matches!(ws[role_start - 2].text, "of" | "and" | "for" | "&"))
        {
            role_start -= 1;
        }
        let after = t + 1;
        let (start, rule, role_end) = if matches!(ws[after].text, "of" | "for") {
            // "Secretary of Defense Mark Esper": the name is a recognisable suffix of the complement.
            let (k, rule) = name_start(ws, after + 1, b).or_else(|| uncommon_suffix(ws, after + 1, b).map(|k| (k, "title_name")))?;
            (k, if rule == "given_name" { "title_name" } else { rule }, k)
        } else {
            (after, "title_name", after)
        };
        let end = name_end(ws, start, b);
        // "former Miss Universe Alicia Machado": a given name inside starts the name.
        let (start, role_end) = match (start + 1..end).find(|&k| given_name(ws[k].text).is_some() && k + 1 < end) {
            Some(k) if given_name(ws[start].text).is_none() && rule == "title_name" => (k, k),
            _ => (start, role_end),
        };
        if end > start && end - start <= 5 {
            let all_common = (start..end).all(|i| is_common(ws[i].text) && given_name(ws[i].text).is_none());
            let weak = WEAK_TITLES.contains(&ws[t].text);
            let named = !(all_common && (weak || end - start > 1)) && !(start..end).any(|i| not_names().contains(ws[i].text));
            let headless = heads::head(ws[end - 1].text).is_none() || NAME_SUFFIXES.contains(&ws[end - 1].text) || (end == start + 2 && is_surname_head(ws, start, start + 1));
            if named && headless && known(&text_of(ws, start, end)).is_none() {
                let role = if is_address(ws[t].text) && role_start == t { None } else { Some((role_start, role_end.max(t + 1))) };
                return Some(Found { start, end, kind: EntityKind::Person, rule, canonical: None, role });
            }
        }
    }
    let (start, rule) = name_start(ws, a, b)?;
    let end = name_end(ws, start, b);
    if end - start < 2 || end - start > 5 {
        return None;
    }
    Some(Found { start, end, kind: EntityKind::Person, rule, canonical: None, role: None })
}

/// The longest suffix of `a..b` made of capitalised words that are not frequent English words.
fn uncommon_suffix(ws: &[W], a: usize, b: usize) -> Option<usize> {
    let mut k = b;
    while k > a && is_cap(ws, k - 1) && !is_common(ws[k - 1].text) && heads::head(ws[k - 1].text).is_none() {
        k -= 1;
    }
    (k < b).then_some(k)
}

/// A name whose kind a head word gives.
fn by_head(ws: &[W], a: usize, b: usize) -> Option<Found> {
    // The last back head decides; a front head at the start counts when no back head follows.
    let mut last_back: Option<(usize, usize, EntityKind)> = None;
    let mut i = a;
    while i < b {
        if let Some((h, len)) = head_at(ws, i, b) {
            if !h.front && i > a {
                last_back = Some((i, i + len, h.kind));
            } else if !h.front && i == a && ws[a].shape == Shape::Cap && b - a == 1 {
                // A head alone ("Ministry") is not a name.
            }
            i += len;
        } else {
            i += 1;
        }
    }
    // "West Bank", "Persian Gulf", "Gaza Strip": a known name ending in the head wins.
    if let Some((h_start, h_end, _)) = last_back {
        if (1..=3).any(|k| h_start >= a + k && known(&text_of(ws, h_start - k, h_end)).is_some()) {
            return None;
        }
    }
    if let Some((h_start, h_end, kind)) = last_back {
        // "Department of Defense": the complement after the head belongs to it.
        let end = if h_end < b && matches!(ws[h_end].text, "of" | "for" | "on" | "and") { b } else { h_end };
        // "Officials Sign Good Neighbor Agreement": in a headline, after the verb.
        let start = if ws[a].title_case { (a..h_start).rev().find(|&i| is_headline_verb(ws[i].text)).map_or(a, |v| v + 1) } else { a };
        // "… Breaks With Council": nor does a preposition start it.
        let start = if start < h_start && crate::names::phrases::is_headline_preposition(&ws[start]) { start + 1 } else { start };
        if start > a {
            return Some(Found { start, end, kind, rule: "head_word", canonical: None, role: None }).filter(|f| f.end - f.start >= 2);
        }
        if start + 1 >= end && end - start == 1 {
            return None;
        }
        return Some(Found { start, end, kind, rule: "head_word", canonical: None, role: None });
    }
    if let Some((h, len)) = head_at(ws, a, b) {
        if h.front && a + len < b {
            let end = name_end(ws, a + len, b).max(a + len + 1);
            return Some(Found { start: a, end, kind: h.kind, rule: "front_head_word", canonical: None, role: None });
        }
    }
    // "Department of Defense" with the head first and an "of" complement.
    if let Some((h, len)) = head_at(ws, a, b) {
        if !h.front && a + len < b && matches!(ws[a + len].text, "of" | "for" | "on") {
            return Some(Found { start: a, end: b, kind: h.kind, rule: "head_word", canonical: None, role: None });
        }
    }
    None
}

/// Words no rule claimed.
fn leftover(ws: &[W], mut a: usize, mut b: usize, out: &mut Vec<Found>) {
    while a < b && !is_cap(ws, a) {
        a += 1;
    }
    while b > a && !is_cap(ws, b - 1) {
        b -= 1;
    }
    if a >= b {
        return;
    }
    // "Every Clinton …", "Injecting Clinton into …": a word that opens the
    // sentence only because it is capitalised there (an ordinary word, or a
    // verb's -ing form) is not part of the name after it.
    let opening_gerund = ws[a].text.ends_with("ing") && ws[a].text.len() > 5 && b - a > 1 && !ws[a].is_all_caps();
    if ws[a].initial && (is_common(ws[a].text) || opening_gerund) && given_name(ws[a].text).is_none() && !ws[a].is_all_caps() {
        return leftover(ws, a + 1, b, out);
    }
    let n = b - a;
    if n == 1 {
        let w = ws[a];
        let letters = w.text.chars().filter(|c| c.is_alphabetic()).count();
        // "MANILA, Philippines (AP) _": an all-capital dateline names a known place.
        if w.is_all_caps() && letters >= 4 {
            if let Some(k) = known(&title_case(w.text)) {
                out.push(Found { start: a, end: b, kind: k.kind, rule: "lexicon", canonical: Some(k.canonical), role: None });
                return;
            }
        }
        // "NO", "ALL", "NEWS": a word in capitals, not an acronym (known
        // acronyms such as "WHO" were matched before).
        let word_in_capitals = is_common(w.text);
        if w.is_all_caps() && !w.text.contains('.') && (2..=8).contains(&letters) && !not_names().contains(w.text) && !is_title_word(w.text) && !word_in_capitals {
            out.push(Found { start: a, end: b, kind: EntityKind::Organization, rule: "acronym", canonical: None, role: None });
        } else if looks_like_name_word(w.text) && (!is_common(w.text) || heads::head(w.text).is_some_and(|h| h.outlet)) && speaks(ws, a) {
            // "the Times said", "the Herald wrote": a person takes no article,
            // a news outlet or other body does.
            let after_the = a > 0 && ws[a - 1].sentence == w.sentence && matches!(ws[a - 1].text, "the" | "The");
            // "Marchers chanted", "Loyalists said": a group, not someone's name.
            let plural_group = ["ers", "ists", "ans", "ites"].iter().any(|e| w.text.ends_with(e)) && w.text.len() > 5 && given_name(w.text).is_none();
            if after_the {
                out.push(Found { start: a, end: b, kind: EntityKind::Organization, rule: "speaker_name_after_the", canonical: None, role: None });
            } else if !plural_group {
                // "Peabody said", "said Koenigsfeld.": someone who speaks.
                out.push(Found { start: a, end: b, kind: EntityKind::Person, rule: "speaker_name", canonical: None, role: None });
            }
        } else if is_camel_case(w.text) && speaks(ws, a) {
            // "PolitiFact said", "YouGov found": inner capitals make a brand, not a person.
            out.push(Found { start: a, end: b, kind: EntityKind::Organization, rule: "speaker_name", canonical: None, role: None });
        }
        return;
    }
    let name_like = |i: usize| {
        let t = ws[i].text;
        let initial = t.chars().count() == 2 && t.ends_with('.');
        let suffix = i > a && NAME_SUFFIXES.contains(&t);
        initial || suffix || (looks_like_name_word(t) && !is_common(t) && heads::head(t).is_none() && !has_common_noun_ending(t))
    };
    let core = (a..b).filter(|&i| looks_like_name_word(ws[i].text) && !ws[i].text.ends_with('.')).count();
    // "Ethnic Albanians", "Ulster Unionists", "Arab American": groups, not a person.
    let group = (a..b).any(|i| is_demonym(ws[i].text)) || ["ans", "ists", "ites", "ers"].iter().any(|e| ws[b - 1].text.ends_with(e) && ws[b - 1].text.len() > 5);
    if (2..=4).contains(&n) && core >= 2 && !group && (a..b).all(name_like) && !NAME_SUFFIXES.contains(&ws[a].text) && !ws[a].title_case {
        out.push(Found { start: a, end: b, kind: EntityKind::Person, rule: "uncommon_capitalised_words", canonical: None, role: None });
    }
}

/// "PolitiFact", "YouGov", "McKinsey"-like words with a capital inside
/// (but not "McCain", "MacArthur", "O'Brien", where it follows Mc/Mac/O').
fn is_camel_case(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    if chars.len() < 4 || !chars[0].is_uppercase() || !chars.iter().all(|c| c.is_alphabetic()) {
        return false;
    }
    let inner = chars.iter().skip(1).filter(|c| c.is_uppercase()).count();
    let lower = chars.iter().filter(|c| c.is_lowercase()).count();
    let mc = ["Mc", "Mac", "De", "Du", "Da", "Di", "La", "Le", "Van", "Von", "Fitz"].iter().any(|p| s.starts_with(p));
    inner >= 1 && lower >= 2 && !mc
}

/// True when the word at `i` is the subject of a verb of saying right after
/// it, or the inverted subject right after one ("…,” said Smith.").
fn speaks(ws: &[W], i: usize) -> bool {
    // Only forms that cannot be nouns: "Coastal states sign …" has no speaker.
    let unambiguous = |t: &str| t.ends_with("ed") || matches!(t, "said" | "says" | "told" | "tells" | "wrote" | "adds" | "insists" | "warns" | "argues" | "asks");
    let cue = |j: usize| ws.get(j).is_some_and(|w| w.sentence == ws[i].sentence && w.shape == Shape::Lower && crate::quotes::cues::is_cue(w.text) && unambiguous(w.text));
    let ends = |j: usize| ws.get(j).is_none_or(|w| w.sentence != ws[i].sentence || matches!(w.text, "." | "," | ";"));
    // "as the Gazette put it": the one whose words follow.
    let put_it = ws.get(i + 1).is_some_and(|w| w.text == "put") && ws.get(i + 2).is_some_and(|w| w.text == "it") && (i.saturating_sub(3)..i).any(|k| ws[k].text == "as" || ws[k].text == "As");
    cue(i + 1) || (i > 0 && cue(i - 1) && ends(i + 1)) || put_it
}

/// "Boros", "O'Brien", "Kyeong-doo", "A.": a capital and then lower-case letters.
fn looks_like_name_word(s: &str) -> bool {
    let mut chars = s.chars();
    let Some(first) = chars.next() else { return false };
    if !first.is_uppercase() {
        return false;
    }
    let rest: Vec<char> = chars.collect();
    if rest == ['.'] {
        return true;
    }
    let contraction = ["’m", "'m", "’re", "'re", "’ve", "'ve", "’ll", "'ll", "n’t", "n't", "’d", "'d"].iter().any(|c| s.ends_with(c));
    !rest.is_empty() && rest.iter().all(|c| c.is_lowercase() || matches!(c, '-' | '\'' | '’')) && !not_names().contains(s) && !contraction
}

/// Endings of abstract nouns and adjectives that people's names do not have
/// ("Constitutional Monarchy", "Economic Cooperation").
fn has_common_noun_ending(s: &str) -> bool {
    const ENDINGS: &[&str] = &["ity", "ism", "tion", "sion", "ment", "ness", "ship", "ance", "ence", "ics", "ogy", "archy", "cracy", "ional", "ical", "ative", "ive", "ous", "ful", "less", "able", "ible"];
    let l = s.lower();
    l.chars().count() > 5 && ENDINGS.iter().any(|e| l.ends_with(e))
}

/// Agreement words written in lower case after a name: "a Good Neighbor
/// Authority agreement", "the Open Skies treaty". The name and the word are
/// one agreement mention, replacing what the name alone was read as (an
/// organization, say), unless it named a person or a place.
pub fn lowercase_agreement_heads(ws: &[W], found: &mut [Found]) {
    const WORDS: &[&str] = &["agreement", "treaty", "accord", "accords", "pact", "convention", "protocol", "compact", "deal", "charter"];
    for f in found.iter_mut() {
        let next = f.end;
        let adjacent = next < ws.len() && ws[next].sentence == ws[f.start].sentence && ws[next].span.start == ws[f.end - 1].span.end + 1;
        if adjacent && WORDS.contains(&ws[next].text) && !ws[f.end - 1].possessive && matches!(f.kind, EntityKind::Organization | EntityKind::Agreement) && f.rule != "lexicon" {
            f.end = next + 1;
            f.kind = EntityKind::Agreement;
            f.rule = "agreement_word";
            f.canonical = None;
        }
    }
}
