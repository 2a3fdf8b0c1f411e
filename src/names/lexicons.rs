//! The name lexicons of `data/`, loaded once.

use crate::case::Case;
use crate::lexicon::{self, lazy};
use crate::model::EntityKind;
use crate::hash::{HashMap, HashSet};

/// A name the lexicons know, with its kind and canonical form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Known {
    pub kind: EntityKind,
    pub canonical: &'static str,
    /// For places: "country", "state", "city", "region", "territory".
    pub class: &'static str,
}

/// Grammatical gender a given name suggests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

lazy! {
    /// Every written form (name or alias) → what it names. Places first, then
    /// organizations, then agreements: a later file does not override an earlier one.
    pub fn known_names() -> HashMap<&'static str, Known> {
        let mut map = HashMap::default();
        for r in lexicon::rows(crate::lexicon::data!("places.txt")) {
            let class = r.get(1).copied().unwrap_or("city");
            let k = Known { kind: EntityKind::Place, canonical: r[0], class };
            map.entry(r[0]).or_insert(k);
            for alias in lexicon::list(r.get(2)) {
                map.entry(alias).or_insert(k);
            }
        }
        for r in lexicon::rows(crate::lexicon::data!("organizations.txt")) {
            let k = Known { kind: EntityKind::Organization, canonical: r[0], class: "" };
            map.entry(r[0]).or_insert(k);
            for alias in lexicon::list(r.get(1)) {
                map.entry(alias).or_insert(k);
            }
        }
        for r in lexicon::rows(crate::lexicon::data!("agreements.txt")) {
            let k = Known { kind: EntityKind::Agreement, canonical: r[0], class: "" };
            map.entry(r[0]).or_insert(k);
            for alias in lexicon::list(r.get(1)) {
                map.entry(alias).or_insert(k);
            }
        }
        map
    }
}

lazy! {
    /// The longest known name, in words: bounds the longest-match scan.
    pub fn longest_known_words() -> usize {
        known_names().keys().map(|k| k.split(|c: char| c.is_whitespace() || c == '-').count()).max().unwrap_or(1)
    }
}

lazy! {
    /// Nationality adjective → place ("Japanese" → "Japan").
    pub fn demonyms() -> HashMap<&'static str, &'static str> {
        lexicon::pairs(crate::lexicon::data!("demonyms.txt"))
    }
}

lazy! {
    /// Given name → gender.
    pub fn given_names() -> HashMap<&'static str, Gender> {
        lexicon::rows(crate::lexicon::data!("given-names.txt"))
            .map(|r| {
                let g = match r.get(1).copied() {
                    Some("m") => Gender::Male,
                    Some("f") => Gender::Female,
                    _ => Gender::Unknown,
                };
                (r[0], g)
            })
            .collect()
    }
}

lazy! {
    /// Frequent English words, lower case.
    pub fn common_words() -> HashSet<&'static str> {
        lexicon::words(crate::lexicon::data!("common-words.txt"))
    }
}

/// The lexicon entry for a written form, if any.
pub fn known(form: &str) -> Option<Known> {
    known_names().get(form).copied()
}

/// True when `word` (any case) is a frequent English word.
/// Plurals count with their singular ("Pilots", "Ministries").
pub fn is_common(word: &str) -> bool {
    let lower = word.lower();
    let words = common_words();
    if words.contains(lower.as_str()) {
        return true;
    }
    if let Some(stem) = lower.strip_suffix("ies") {
        if words.contains(format!("{stem}y").as_str()) {
            return true;
        }
    }
    if let Some(stem) = lower.strip_suffix("es") {
        if stem.len() >= 3 && words.contains(stem) {
            return true;
        }
    }
    lower.strip_suffix('s').is_some_and(|stem| stem.len() >= 3 && !stem.ends_with('s') && words.contains(stem))
}

/// The gender of a given name, if it is one.
pub fn given_name(word: &str) -> Option<Gender> {
    given_names().get(word).copied()
}

/// True for a nationality adjective ("Japanese", "South Korean").
pub fn is_demonym(form: &str) -> bool {
    demonyms().contains_key(form)
}
