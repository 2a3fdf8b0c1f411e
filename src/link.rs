//! One entity per referent.
//!
//! Mentions are joined when one is a short form of another (the names stage
//! recorded which: surname, acronym, misspelling, short base name), when the
//! lexicon gives them one canonical name ("U.S." and "United States"), when
//! they are the same name written differently ("Jim Pena" and "Jim Peña";
//! "Oregon Dept. of Forestry" and "Oregon Department of Forestry"; "Defense
//! Department" and "Department of Defense"), or when an organization's name
//! ends another's ("Forest Service" in "U.S. Forest Service"). Speakers that
//! are descriptions become `group` entities, one per description.

use crate::case::Case;
use crate::model::{EntityKind, Mention};
use crate::quotes::{FoundQuote, SpeakerRef};
use crate::segment::Doc;
use crate::span::Span;
use crate::hash::HashMap;

/// An entity with its mentions, in text order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkedEntity {
    pub kind: EntityKind,
    pub name: String,
    pub aliases: Vec<String>,
    pub role: Option<String>,
    pub mentions: Vec<(Span, &'static str)>,
}

/// The entities, and each quotation's speaker as an index into them.
#[derive(Clone, Debug, Default)]
pub struct Linked {
    pub entities: Vec<LinkedEntity>,
    pub speakers: Vec<Option<usize>>,
}

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn find(&mut self, i: usize) -> usize {
        let mut r = i;
        while self.0[r] != r {
            r = self.0[r];
        }
        let mut i = i;
        while self.0[i] != r {
            let next = self.0[i];
            self.0[i] = r;
            i = next;
        }
        r
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // The earlier mention stays the root.
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.0[hi] = lo;
        }
    }
}

/// Abbreviations written out, for comparing organization names.
const EXPANSIONS: &[(&str, &str)] = &[
    ("Dept.", "Department"),
    ("Univ.", "University"),
    ("Corp.", "Corporation"),
    ("Assn.", "Association"),
    ("Natl.", "National"),
    ("Int'l", "International"),
    ("Intl.", "International"),
    ("Gov't", "Government"),
    ("Govt.", "Government"),
    ("Admin.", "Administration"),
];

/// A name folded for comparison: accents dropped, abbreviations written out.
pub fn fold(name: &str) -> String {
    let words: Vec<String> = name
        .split_whitespace()
        .map(|w| EXPANSIONS.iter().find(|(a, _)| *a == w).map_or_else(|| w.to_string(), |(_, e)| e.to_string()))
        .collect();
    words.join(" ").chars().map(strip_accent).collect()
}

fn strip_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => 'a',
        'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' | 'Ā' => 'A',
        'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ě' => 'e',
        'É' | 'È' | 'Ê' | 'Ë' | 'Ē' => 'E',
        'í' | 'ì' | 'î' | 'ï' | 'ī' => 'i',
        'Í' | 'Ì' | 'Î' | 'Ï' => 'I',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'ő' => 'o',
        'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' | 'Ø' => 'O',
        'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ű' => 'u',
        'Ú' | 'Ù' | 'Û' | 'Ü' => 'U',
        'ñ' | 'ń' => 'n',
        'Ñ' => 'N',
        'ç' | 'č' | 'ć' => 'c',
        'Ç' | 'Č' | 'Ć' => 'C',
        'š' | 'ś' => 's',
        'Š' | 'Ś' => 'S',
        'ž' | 'ź' | 'ż' => 'z',
        'Ž' | 'Ź' | 'Ż' => 'Z',
        'ł' => 'l',
        'Ł' => 'L',
        'ý' | 'ÿ' => 'y',
        'ğ' => 'g',
        'ş' => 's',
        'ı' => 'i',
        '’' => '\'',
        _ => c,
    }
}

/// Org heads that may be written first ("Department of Defense") or last
/// ("Defense Department").
const INVERTIBLE: &[&str] = &["Department", "Ministry", "Agency", "Office", "Bureau", "Commission", "Committee", "Council"];

/// "Defense Department" → "Department of Defense".
fn inverted(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let (last, rest) = words.split_last()?;
    if INVERTIBLE.contains(last) && !rest.is_empty() && !rest.contains(&"of") {
        return Some(format!("{last} of {}", rest.join(" ")));
    }
    None
}

/// Groups mentions into entities and maps speakers to them.
pub fn link(doc: &Doc, mentions: &[Mention], quotes: &[FoundQuote]) -> Linked {
    let text = doc.text;
    let n = mentions.len();
    let mut uf = UnionFind((0..n).collect());
    let index_of_span: HashMap<Span, usize> = mentions.iter().enumerate().map(|(i, m)| (m.span, i)).collect();
    // Same written form (folded) or same canonical name, same kind.
    let mut by_key: HashMap<(EntityKind, String), usize> = HashMap::default();
    for (i, m) in mentions.iter().enumerate() {
        if let Some(&j) = m.alias_of.as_ref().and_then(|s| index_of_span.get(s)) {
            if mentions[j].kind == m.kind {
                uf.union(i, j);
            }
        }
        // "ŁASK AIR BASE" and "Łask Air Base" are one name.
        let written = m.span.of(text);
        let caps = written.chars().filter(|c| c.is_alphabetic()).count() > 3 && !written.chars().any(char::is_lowercase);
        let mut keys = vec![fold(written)];
        if caps && written.contains(' ') {
            keys.push(fold(&crate::names::classify::title_case(written)));
        }
        if let Some(c) = m.canonical {
            keys.push(fold(c));
        }
        if m.kind == EntityKind::Organization {
            keys.extend(inverted(&fold(m.span.of(text))));
        }
        for key in keys {
            match by_key.get(&(m.kind, key.clone())) {
                Some(&j) => uf.union(i, j),
                None => {
                    by_key.insert((m.kind, key), i);
                }
            }
        }
    }
    // A lone surname found by another rule ("Ms. LaBelle", "President Bush") is
    // the person of that surname named last before it (or first after it).
    let full_names: Vec<(usize, Vec<String>)> = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.kind == EntityKind::Person)
        .map(|(i, m)| (i, fold(m.span.of(text)).split_whitespace().map(str::to_string).collect::<Vec<_>>()))
        .filter(|(_, w)| w.len() >= 2)
        .collect();
    for (i, m) in mentions.iter().enumerate() {
        let written = fold(m.span.of(text));
        if m.kind != EntityKind::Person || written.contains(' ') || m.alias_of.is_some() {
            continue;
        }
        let surname_of = |w: &Vec<String>| {
            let last = w.iter().rev().find(|x| !matches!(x.as_str(), "Jr." | "Sr." | "II" | "III" | "IV")).unwrap_or(&w[0]);
            *last == written || w[0] == written && w.len() == 2 && crate::names::classify::is_surname_first(&w[0])
        };
        let before = full_names.iter().rfind(|(j, w)| mentions[*j].span.start < m.span.start && surname_of(w));
        let after = full_names.iter().find(|(_, w)| surname_of(w));
        if let Some((j, _)) = before.or(after) {
            uf.union(i, *j);
        }
    }
    // "Toyota" and "Toyota Motor Corp.": a one-word organization name that
    // begins exactly one longer organization name is that organization.
    let mut by_first_word: HashMap<&str, Vec<usize>> = HashMap::default();
    for (i, m) in mentions.iter().enumerate() {
        let name = m.span.of(text);
        if m.kind == EntityKind::Organization {
            if let Some((first, _)) = name.split_once(' ') {
                by_first_word.entry(first).or_default().push(i);
            }
        }
    }
    for (i, m) in mentions.iter().enumerate() {
        let name = m.span.of(text);
        if m.kind != EntityKind::Organization || name.contains(' ') {
            continue;
        }
        if let Some(longer) = by_first_word.get(name) {
            let distinct: crate::hash::HashSet<String> = longer.iter().map(|&j| fold(mentions[j].span.of(text))).collect();
            if distinct.len() == 1 {
                uf.union(i, longer[0]);
            }
        }
    }
    // An organization's name ending a longer one: "Forest Service" / "U.S. Forest Service".
    let orgs: Vec<(usize, String)> = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.kind == EntityKind::Organization)
        .map(|(i, m)| (i, fold(m.span.of(text))))
        .collect();
    // (One word more in front at most: "U.S." + "Forest Service", not any tail.)
    let mut by_name: HashMap<&str, usize> = HashMap::default();
    for (i, name) in &orgs {
        if name.split_whitespace().count() >= 2 {
            by_name.entry(name.as_str()).or_insert(*i);
        }
    }
    for (j, name) in &orgs {
        if let Some((_, tail)) = name.split_once(' ') {
            if let Some(&i) = by_name.get(tail) {
                uf.union(i, *j);
            }
        }
    }
    // Build entities in order of first mention.
    let mut entity_of_root: HashMap<usize, usize> = HashMap::default();
    let mut entities: Vec<LinkedEntity> = Vec::new();
    let mut canon: Vec<Option<&'static str>> = Vec::new();
    let mut entity_of_mention = vec![0usize; n];
    for (i, m) in mentions.iter().enumerate() {
        let root = uf.find(i);
        let e = *entity_of_root.entry(root).or_insert_with(|| {
            entities.push(LinkedEntity { kind: m.kind, name: String::new(), aliases: Vec::new(), role: None, mentions: Vec::new() });
            canon.push(None);
            entities.len() - 1
        });
        entity_of_mention[i] = e;
        entities[e].mentions.push((m.span, m.rule));
        if canon[e].is_none() {
            canon[e] = m.canonical;
        }
        if entities[e].role.is_none() {
            entities[e].role = m.role.map(|r| r.of(text).to_string());
        }
    }
    for (e, ent) in entities.iter_mut().enumerate() {
        let forms: Vec<&str> = ent.mentions.iter().filter(|(_, r)| *r != "acronym_misspelt").map(|(s, _)| s.of(text)).collect();
        let fullest = forms.iter().copied().max_by_key(|f| (f.chars().filter(|c| c.is_alphabetic()).count(), f.len())).unwrap_or("");
        ent.name = canon[e].map_or_else(|| fullest.to_string(), str::to_string);
        let mut aliases: Vec<String> = Vec::new();
        for (s, _) in &ent.mentions {
            let f = s.of(text);
            if f != ent.name && !aliases.iter().any(|a| a == f) {
                aliases.push(f.to_string());
            }
        }
        ent.aliases = aliases;
    }
    // Speakers.
    let mut groups: HashMap<String, usize> = HashMap::default();
    let mut described: std::collections::HashSet<(usize, Span)> = std::collections::HashSet::default();
    let mut speakers = Vec::with_capacity(quotes.len());
    for q in quotes {
        let e = match q.speaker {
            Some(SpeakerRef::Mention(m)) if m < n => Some(entity_of_mention[m]),
            Some(SpeakerRef::Description(span, kind)) => {
                let name = description_name(span.of(text));
                let key = name.lower();
                let e = *groups.entry(key).or_insert_with(|| {
                    entities.push(LinkedEntity { kind, name: name.clone(), aliases: Vec::new(), role: None, mentions: Vec::new() });
                    entities.len() - 1
                });
                if described.insert((e, span)) {
                    entities[e].mentions.push((span, "speaker_description"));
                    let written = span.of(text).to_string();
                    if written != entities[e].name && !entities[e].aliases.contains(&written) {
                        entities[e].aliases.push(written);
                    }
                }
                Some(e)
            }
            _ => None,
        };
        speakers.push(e);
    }
    // Speakers' descriptions came in quotation order, not text order (a
    // repeated quotation takes a later speaker): text order (issue #8).
    for ent in &mut entities {
        crate::order::sort_by_key(&mut ent.mentions, |(s, _)| crate::order::key2(s.start, s.end));
    }
    // Order entities by first mention; remap speakers.
    let mut order: Vec<usize> = (0..entities.len()).collect();
    crate::order::sort_by_key(&mut order, |&e| entities[e].mentions.iter().map(|(s, _)| s.start as u64).min().unwrap_or(u64::MAX));
    let mut new_index = vec![0; entities.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut sorted: Vec<Option<LinkedEntity>> = entities.into_iter().map(Some).collect();
    let entities: Vec<LinkedEntity> = order.iter().filter_map(|&old| sorted[old].take()).collect();
    let speakers = speakers.into_iter().map(|s| s.map(|e| new_index[e])).collect();
    Linked { entities, speakers }
}

/// "the Japanese government" → "Japanese government".
fn description_name(s: &str) -> String {
    let mut words: Vec<&str> = s.split_whitespace().collect();
    if words.len() > 1 && matches!(words[0].lower().as_str(), "the" | "a" | "an") {
        words.remove(0);
    }
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_and_inversion() {
        assert_eq!(fold("Jim Peña"), fold("Jim Pena"));
        assert_eq!(fold("Oregon Dept. of Forestry"), "Oregon Department of Forestry");
        assert_eq!(inverted("Defense Department").as_deref(), Some("Department of Defense"));
        assert_eq!(inverted("Department of Defense"), None);
        assert_eq!(description_name("the Japanese government"), "Japanese government");
    }
}
