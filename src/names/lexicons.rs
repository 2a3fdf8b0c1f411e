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
        let mut map = HashMap::with_capacity_and_hasher(4096, Default::default());
        // (file, kind, which TAB field lists the aliases); a place's second field is its class.
        let files = [
            (crate::lexicon::data!("places.txt"), EntityKind::Place, 2),
            (crate::lexicon::data!("organizations.txt"), EntityKind::Organization, 1),
            (crate::lexicon::data!("agreements.txt"), EntityKind::Agreement, 1),
        ];
        for (data, kind, aliases_at) in files {
            for line in lexicon::entries(data) {
                // Split by hand, not with `lexicon::rows`: a vector per line
                // is most of the first annotation's time in a browser.
                let mut fields = line.split('\t').map(str::trim);
                let name = fields.next().unwrap_or("");
                let second = fields.next();
                let class = match kind {
                    EntityKind::Place => second.unwrap_or("city"),
                    _ => "",
                };
                let aliases = if aliases_at == 1 { second } else { fields.next() };
                let k = Known { kind, canonical: name, class };
                map.entry(name).or_insert(k);
                for alias in lexicon::list(aliases.as_ref()) {
                    map.entry(alias).or_insert(k);
                }
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
        let data = crate::lexicon::data!("given-names.txt");
        let mut map = HashMap::with_capacity_and_hasher(data.len() / 8, Default::default());
        for line in lexicon::entries(data) {
            let (name, rest) = lexicon::first_and_rest(line);
            let gender = match rest.split('\t').next().map(str::trim) {
                Some("m") => Gender::Male,
                Some("f") => Gender::Female,
                _ => Gender::Unknown,
            };
            map.insert(name, gender);
        }
        map
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
