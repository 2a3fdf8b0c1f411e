//! Refiners that run after every phrase was read: names defined once and
//! used again in shorter forms.
//!
//! - An acronym in brackets after a name, or one made of a name's initials,
//!   is that name ("Ministry of National Defense (MND)", "DTRA", "45th RS").
//! - An unknown acronym one swap away from a known one is a misspelling of it
//!   ("GOSMIA" for "GSOMIA").
//! - A person's surname alone is that person; "Offutt" alone is "Offutt Air
//!   Force Base"; any name found once is found again wherever it is written,
//!   headlines and all-capital datelines included.

use crate::model::{EntityKind, Mention};
use crate::names::classify::title_case;
use crate::names::lexicons::{is_common, known};
use crate::names::words::{Shape, W};
use crate::span::Span;
use crate::hash::HashMap;

/// Endings of company names that the text may drop ("Metro Transit Inc.").
const CORPORATE_SUFFIXES: &[&str] = &["Inc.", "Inc", "Corp.", "Corp", "Co.", "Ltd.", "Ltd", "LLC", "PLC", "plc", "AG", "SA", "S.A.", "GmbH", "N.V.", "Corporation", "Company", "Incorporated", "Limited"];

/// Words skipped when taking initials.
const SMALL_WORDS: &[&str] = &["of", "for", "the", "and", "on", "in", "to", "&", "at", "de", "du", "la", "des"];

/// Runs every refiner; `mentions` are sorted and non-overlapping afterwards.
pub fn refine(text: &str, ws: &[W], mentions: &mut Vec<Mention>) {
    sort_and_dedup(mentions);
    bracketed_acronyms(text, ws, mentions);
    initials(text, ws, mentions);
    misspelt_acronyms(ws, mentions);
    repeats(text, ws, mentions);
    sort_and_dedup(mentions);
}

/// Sorts by start; of overlapping mentions keeps the longer (the earlier on a tie).
pub fn sort_and_dedup(mentions: &mut Vec<Mention>) {
    crate::order::sort_by_key(mentions, |m| crate::order::key2(m.span.start, crate::order::desc(m.span.end)));
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    for m in mentions.drain(..) {
        if let Some(last) = out.last_mut() {
            if last.span.overlaps(m.span) {
                if m.span.len() > last.span.len() {
                    *last = m;
                }
                continue;
            }
        }
        out.push(m);
    }
    *mentions = out;
}

/// The mention overlapping `span`, in mentions sorted by start and not
/// overlapping each other (a binary search: the refiners stay linear).
fn covered(mentions: &[Mention], span: Span) -> Option<usize> {
    let i = mentions.partition_point(|m| m.span.end <= span.start);
    (i < mentions.len() && mentions[i].span.overlaps(span)).then_some(i)
}

/// The word index whose span starts at `offset`.
fn word_at(ws: &[W], offset: usize) -> Option<usize> {
    let i = ws.partition_point(|w| w.span.start < offset);
    (i < ws.len() && ws[i].span.start == offset).then_some(i)
}

fn is_acronym(w: &W) -> bool {
    let letters = w.text.chars().filter(|c| c.is_alphabetic()).count();
    w.shape == Shape::Cap
        && (2..=10).contains(&letters)
        && w.text.chars().all(|c| c.is_alphanumeric() || c == '&' || c == '-' || c == '.')
        && w.text.chars().filter(|c| c.is_uppercase()).count() * 2 > letters
}

/// "Name (ACR)" and "Name, or ACR,".
fn bracketed_acronyms(text: &str, ws: &[W], mentions: &mut Vec<Mention>) {
    let mut new = Vec::new();
    for m in mentions.iter() {
        if m.kind == EntityKind::Person {
            continue;
        }
        let Some(last) = word_at(ws, m.span.start).map(|first| {
            let mut k = first;
            while k + 1 < ws.len() && ws[k + 1].span.end <= m.span.end {
                k += 1;
            }
            k
        }) else {
            continue;
        };
        let next = |d: usize| ws.get(last + d).filter(|w| w.sentence == ws[last].sentence);
        let candidate = match (next(1), next(2), next(3)) {
            (Some(open), Some(acr), Some(close)) if open.text == "(" && close.text == ")" && is_acronym(acr) => Some(*acr),
            (Some(comma), Some(or), Some(acr)) if comma.text == "," && or.text == "or" && is_acronym(acr) => Some(*acr),
            _ => None,
        };
        if let Some(acr) = candidate {
            if acronym_fits(acr.text, m.span.of(text)) {
                new.push(Mention { span: acr.span, kind: m.kind, rule: "acronym_defined", canonical: m.canonical, alias_of: Some(m.span), role: None });
            }
        }
    }
    let mut extra = Vec::new();
    for n in new {
        match covered(mentions, n.span) {
            Some(i) if mentions[i].span == n.span => mentions[i] = n,
            Some(_) => {}
            None => extra.push(n),
        }
    }
    mentions.extend(extra);
    sort_and_dedup(mentions);
}

/// The letters of an acronym: "U.S." → "US", "GSOMIA" → "GSOMIA".
fn acronym_letters(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).map(crate::case::upper_char).collect()
}

/// Initials of a name, small words skipped, hyphenated parts counted:
/// "Japan Air Self-Defense Force" → "JASDF"; an ordinal in front stays
/// ("45th Reconnaissance Squadron" → "45th RS").
fn initials_of(name: &str) -> Option<String> {
    let mut out = String::new();
    let mut words = name.split_whitespace().peekable();
    if let Some(first) = words.peek() {
        if first.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            out.push_str(first);
            out.push(' ');
            words.next();
        }
    }
    let mut count = 0;
    for w in words {
        if SMALL_WORDS.contains(&w) {
            continue;
        }
        if w.contains('.') && w.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) {
            // "U.S." gives its letters.
            out.extend(w.chars().filter(|c| c.is_alphabetic()));
            count += 2;
            continue;
        }
        for part in w.split('-') {
            let c = part.chars().next()?;
            if !c.is_uppercase() {
                return None;
            }
            out.push(c);
            count += 1;
        }
    }
    (count >= 2).then_some(out)
}

/// True when the letters of `acr` are the initials of the words of `name`, in
/// order: every content word gives its initial, a small word may give one
/// ("General Security of Military Information Agreement" → GSOMIA, "Ministry of
/// National Defense" → MND), case aside ("Department of Defense" → DoD).
pub fn acronym_fits(acr: &str, name: &str) -> bool {
    let letters: Vec<char> = acr.chars().filter(|c| c.is_alphabetic()).map(crate::case::lower_char).collect();
    let words: Vec<(char, bool)> = name
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .flat_map(|w| {
            // "U.S." gives all its letters, as content.
            if w.contains('.') && w.chars().filter(|c| c.is_alphabetic()).count() > 1 {
                w.chars().filter(|c| c.is_alphabetic()).map(crate::case::lower_char).map(|c| (c, true)).collect::<Vec<_>>()
            } else {
                w.chars().next().into_iter().map(crate::case::lower_char).map(|c| (c, !SMALL_WORDS.contains(&w))).collect()
            }
        })
        .collect();
    fn fits(l: &[char], w: &[(char, bool)]) -> bool {
        match (l.first(), w.first()) {
            (None, None) => true,
            (None, Some(_)) => w.iter().all(|&(_, content)| !content),
            (Some(_), None) => false,
            (Some(&c), Some(&(first, content))) => (c == first && fits(&l[1..], &w[1..])) || (!content && fits(l, &w[1..])),
        }
    }
    letters.len() >= 2 && words.len() <= 16 && fits(&letters, &words)
}

/// Acronyms made of the initials of a name found elsewhere in the text.
fn initials(text: &str, ws: &[W], mentions: &mut Vec<Mention>) {
    let mut by_initials: HashMap<String, (EntityKind, Span, Option<&'static str>)> = HashMap::default();
    for m in mentions.iter() {
        let name = m.span.of(text);
        if m.kind == EntityKind::Person || !name.contains(' ') {
            continue;
        }
        if let Some(i) = initials_of(name) {
            by_initials.entry(i).or_insert((m.kind, m.alias_of.unwrap_or(m.span), m.canonical));
        }
    }
    if by_initials.is_empty() {
        return;
    }
    let mut add = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        if !is_acronym(w) {
            continue;
        }
        // "45th RS": an ordinal and an acronym.
        let (key, span) = match i.checked_sub(1).map(|p| ws[p]) {
            Some(p) if p.shape == Shape::Ordinal && p.sentence == w.sentence && p.span.end + 1 == w.span.start => {
                (format!("{} {}", p.text, acronym_letters(w.text)), Span::new(p.span.start, w.span.end))
            }
            _ => (acronym_letters(w.text), w.span),
        };
        if let Some(&(kind, target, canonical)) = by_initials.get(&key) {
            if target.overlaps(span) {
                continue;
            }
            add.push(Mention { span, kind, rule: "acronym_initials", canonical, alias_of: Some(target), role: None });
        }
    }
    replace_weaker(mentions, add);
}

/// New mentions replace an overlapping guess (an unknown acronym, a lone word).
fn replace_weaker(mentions: &mut Vec<Mention>, add: Vec<Mention>) {
    let mut extra = Vec::new();
    for n in add {
        match covered(mentions, n.span) {
            Some(i) if is_guess(mentions[i].rule) || mentions[i].span == n.span && mentions[i].rule == "lexicon" && mentions[i].kind == n.kind => {
                if n.span.contains(mentions[i].span) {
                    mentions[i] = n;
                }
            }
            Some(_) => {}
            None => extra.push(n),
        }
    }
    mentions.extend(extra);
    sort_and_dedup(mentions);
}

/// True when `a` becomes `b` by swapping two neighbouring letters.
/// Every string one swap of neighbouring (different) letters away from `s`.
fn one_swaps(s: &str) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    (0..chars.len().saturating_sub(1))
        .filter(|&i| chars[i] != chars[i + 1])
        .map(|i| {
            let mut c = chars.clone();
            c.swap(i, i + 1);
            c.into_iter().collect()
        })
        .collect()
}

/// "GOSMIA" after "GSOMIA": an unknown acronym one swap from a known one.
fn misspelt_acronyms(ws: &[W], mentions: &mut Vec<Mention>) {
    // Each known acronym once, at its first mention (the order decides
    // between two known acronyms that are both one swap away).
    let mut known_acronyms: HashMap<&str, (usize, EntityKind, Span, Option<&'static str>)> = HashMap::default();
    for (order, m) in mentions.iter().enumerate().filter(|(_, m)| m.rule.starts_with("acronym_") || m.rule == "lexicon") {
        if let Some(w) = word_at(ws, m.span.start).map(|i| &ws[i]).filter(|w| w.span == m.span && is_acronym(w) && w.text.chars().count() >= 4) {
            known_acronyms.entry(w.text).or_insert((order, m.kind, m.alias_of.unwrap_or(m.span), m.canonical));
        }
    }
    if known_acronyms.is_empty() {
        return;
    }
    let mut add = Vec::new();
    for w in ws.iter().filter(|w| is_acronym(w) && w.text.chars().count() >= 4 && known(w.text).is_none()) {
        let nearest = one_swaps(w.text).iter().filter_map(|v| known_acronyms.get(v.as_str())).min_by_key(|k| k.0);
        if let Some(&(_, kind, target, canonical)) = nearest {
            add.push(Mention { span: w.span, kind, rule: "acronym_misspelt", canonical, alias_of: Some(target), role: None });
        }
    }
    replace_weaker(mentions, add);
}

/// An organization as a short form may stand for it: folded name, span, canonical name.
type OrgName = (String, Span, Option<&'static str>);

/// Surnames, short names of bases, and every name found once, found again.
fn repeats(text: &str, ws: &[W], mentions: &mut Vec<Mention>) {
    struct Form {
        kind: EntityKind,
        target: Span,
        canonical: Option<&'static str>,
        rule: &'static str,
    }
    let mut forms: HashMap<String, Form> = HashMap::default();
    // Short forms of organizations, kept apart until every other form is known.
    let mut org_shorts: HashMap<String, Vec<OrgName>> = HashMap::default();
    // Surname → every full name it may stand for (span of a mention, folded name).
    let mut surnames: HashMap<String, Vec<(Span, String)>> = HashMap::default();
    for m in mentions.iter() {
        let name = m.span.of(text);
        let target = m.alias_of.unwrap_or(m.span);
        // "Metro Transit" for "Metro Transit Inc.": a company without its suffix.
        if m.kind == EntityKind::Organization && !is_guess(m.rule) && name.split_whitespace().count() >= 3 {
            if let Some(last) = name.split_whitespace().last().filter(|w| CORPORATE_SUFFIXES.contains(w)) {
                let bare = name[..name.len() - last.len()].trim_end().trim_end_matches(',');
                forms.entry(fold_name(bare)).or_insert(Form { kind: m.kind, target, canonical: m.canonical, rule: "short_name" });
            }
        }
        // Guesses (an unknown acronym, a lone speaker) are not forms to spread:
        // "CHEN" may yet be the surname of Amy Chen.
        if !is_guess(m.rule) || m.rule == "speaker_name" {
            forms.entry(fold_name(name)).or_insert(Form { kind: m.kind, target, canonical: m.canonical, rule: "repeat" });
        }
        let words: Vec<&str> = name.split_whitespace().collect();
        let surname = if m.kind != EntityKind::Person || words.len() < 2 {
            None
        } else if family_name_first(&words) {
            // "Jeong Kyeong-doo" → "Jeong", "Xi Jinping" → "Xi".
            Some(words[0])
        } else {
            let mut last = words.len() - 1;
            if matches!(words[last], "Jr." | "Sr." | "II" | "III" | "IV" | "Jr" | "Sr") && last > 1 {
                last -= 1;
            }
            Some(words[last].trim_end_matches(',')).filter(|s| s.chars().count() >= 2 && !s.ends_with('.'))
        };
        if let Some(s) = surname {
            surnames.entry(fold_name(s)).or_default().push((target, fold_name(name)));
        }
        // "Courtaulds" for "Courtaulds Textiles PLC", "Bechtel" for "Bechtel
        // Corp.": an organization's distinctive first word stands for it.
        if m.kind == EntityKind::Organization && words.len() >= 2 && !is_guess(m.rule) {
            let short = words[0];
            let distinctive = !is_common(short) && known(short).is_none() && crate::names::lexicons::given_name(short).is_none()
                && !crate::names::lexicons::is_demonym(short)
                && short.chars().next().is_some_and(char::is_uppercase) && short.chars().skip(1).any(char::is_lowercase)
                && crate::names::heads::head(short).is_none();
            if distinctive {
                org_shorts.entry(fold_name(short)).or_default().push((fold_name(name), target, m.canonical));
            }
        }
        // "Offutt" for "Offutt Air Force Base", "Misawa" for "Misawa Air Base"
        // (and "Barksdale" for "BARKSDALE AIR FORCE BASE").
        let caps = !name.chars().any(char::is_lowercase);
        let titled = if caps { title_case(name) } else { name.to_string() };
        let title_words: Vec<&str> = titled.split_whitespace().collect();
        if m.kind == EntityKind::Place && title_words.len() >= 2 && matches!(*title_words.last().unwrap_or(&""), "Base" | "AFB" | "Afb" | "AB") {
            let short = title_words[0];
            if !is_common(short) && known(short).is_none() && short.chars().next().is_some_and(char::is_uppercase) {
                forms.entry(fold_name(short)).or_insert(Form { kind: EntityKind::Place, target, canonical: m.canonical, rule: "short_name" });
            }
        }
    }
    // An organization's short form counts when no other name claims it and one
    // organization only has it ("Barksdale" is the base, not "Barksdale Treaty Office").
    for (short, orgs) in org_shorts {
        let one = orgs.iter().all(|(n, ..)| *n == orgs[0].0);
        if one && !forms.contains_key(&short) && !surnames.contains_key(&short) {
            forms.insert(short, Form { kind: EntityKind::Organization, target: orgs[0].1, canonical: orgs[0].2, rule: "short_name" });
        }
    }
    // A surname of one person stands for that person; one shared by several
    // ("Hillary Clinton", "Bill Clinton") for the one named last before it.
    for (surname, people) in &surnames {
        if forms.get(surname).is_some_and(|f| f.kind != EntityKind::Person) {
            continue;
        }
        forms.insert(surname.clone(), Form { kind: EntityKind::Person, target: people[0].0, canonical: None, rule: "surname" });
    }
    let nearest_full_name = |surname: &str, at: usize| -> Option<Span> {
        let people = surnames.get(surname)?;
        let distinct = people.iter().any(|(_, n)| *n != people[0].1);
        if !distinct {
            return None;
        }
        people.iter().rfind(|(s, _)| s.start < at).or(people.first()).map(|(s, _)| *s)
    };
    let max_words = forms.keys().map(|k| k.split_whitespace().count()).max().unwrap_or(0).min(8);
    let mut add = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        if ws[i].shape != Shape::Cap && ws[i].shape != Shape::Ordinal {
            i += 1;
            continue;
        }
        let mut matched = 0;
        for len in (1..=max_words.min(ws.len() - i)).rev() {
            let (a, b) = (ws[i], ws[i + len - 1]);
            if a.sentence != b.sentence || b.shape != Shape::Cap {
                continue;
            }
            let span = Span::new(a.span.start, b.span.end);
            let written = span.of(text);
            // All-capital datelines and transcript labels ("PENCE:") are read in title case.
            let all_caps = written.chars().filter(|c| c.is_alphabetic()).count() >= 2 && written.chars().all(|c| !c.is_alphabetic() || c.is_uppercase());
            let folded = fold_name(written);
            let form = forms.get(&folded).or_else(|| {
                let f = all_caps.then(|| forms.get(&fold_name(&title_case(written)))).flatten()?;
                (len >= 2 || f.rule == "surname").then_some(f)
            });
            if let Some(f) = form {
                let key = if all_caps && !forms.contains_key(&folded) { fold_name(&title_case(written)) } else { folded.clone() };
                let target = if f.rule == "surname" { nearest_full_name(&key, span.start).unwrap_or(f.target) } else { f.target };
                if target != span {
                    add.push(Mention { span, kind: f.kind, rule: f.rule, canonical: f.canonical, alias_of: Some(target), role: None });
                }
                matched = len;
                break;
            }
        }
        i += matched.max(1);
    }
    replace_weaker(mentions, add);
}

/// Rules whose mentions later evidence may overrule.
fn is_guess(rule: &str) -> bool {
    matches!(rule, "acronym" | "uncommon_capitalised_words" | "speaker_name")
}

/// A person's name folded for comparing two spellings.
fn fold_name(name: &str) -> String {
    crate::link::fold(name)
}

/// True for names written family name first: "Moon Jae-in", "Xi Jinping".
fn family_name_first(words: &[&str]) -> bool {
    words.len() == 2 && (crate::names::classify::is_hyphenated_given_name(words[1]) || crate::names::classify::is_surname_first(words[0]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_table() {
        let cases = [
            ("Ministry of National Defense", Some("MND")),
            ("Japan Air Self-Defense Force", Some("JASDF")),
            ("Organisation for the Prohibition of Chemical Weapons", Some("OPCW")),
            ("45th Reconnaissance Squadron", Some("45th RS")),
            ("U.S. Air Force", Some("USAF")),
            ("Bangkok", None),
        ];
        for (name, expected) in cases {
            assert_eq!(initials_of(name).as_deref(), expected, "{name}");
        }
    }

    #[test]
    fn acronyms_fit_their_names() {
        assert!(acronym_fits("GSOMIA", "General Security of Military Information Agreement"));
        assert!(acronym_fits("MND", "Ministry of National Defense"));
        assert!(acronym_fits("DoD", "Department of Defense"));
        assert!(acronym_fits("JASDF", "Japan Air Self-Defense Force"));
        assert!(acronym_fits("USAF", "U.S. Air Force"));
        assert!(!acronym_fits("AP", "Philippines"));
        assert!(!acronym_fits("NHCA", "Northern Harbour Agreement"));
    }

    #[test]
    fn swaps() {
        let swaps = |s: &str| one_swaps(s);
        assert!(swaps("GSOMIA").contains(&"GOSMIA".to_string()));
        assert!(!swaps("GSOMIA").contains(&"GSOMIA".to_string()));
        assert!(!swaps("NATO").iter().any(|v| v == "OTAN" || v == "NOTA"));
        assert_eq!(swaps("NATO"), ["ANTO", "NTAO", "NAOT"]);
        // Equal neighbours make no new string.
        assert_eq!(swaps("AAB"), ["ABA"]);
        assert!(swaps("").is_empty() && swaps("A").is_empty());
    }
}
