//! Verbs of saying and the nouns that describe speakers (`data/`).

use crate::lexicon::{self, lazy};
use std::collections::{HashMap, HashSet};

lazy! {
    /// Every written form of a verb of saying, lower case.
    fn forms() -> HashSet<&'static str> {
        lexicon::rows(include_str!("../../data/speech-verbs.txt")).flatten().collect()
    }
}

/// What a speaker noun stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NounKind {
    /// "the minister": the latest person with that title.
    Person,
    /// "the ministry": the latest organization whose name holds one of the words.
    Organization(&'static [&'static str]),
    /// "officials", "the government": a group of its own.
    Group,
}

lazy! {
    fn nouns() -> HashMap<&'static str, NounKind> {
        let mut map = HashMap::new();
        for r in lexicon::rows(include_str!("../../data/speaker-nouns.txt")) {
            let kind = match r.get(1).copied() {
                Some("person") => NounKind::Person,
                Some("organization") => {
                    let words: Vec<&'static str> = lexicon::list(r.get(2));
                    NounKind::Organization(Box::leak(words.into_boxed_slice()))
                }
                _ => NounKind::Group,
            };
            for form in r[0].split('|') {
                map.entry(form).or_insert(kind);
            }
        }
        map
    }
}

/// True when `word` (lower case) is a verb of saying.
pub fn is_cue(word: &str) -> bool {
    forms().contains(word)
}

/// What the noun `word` (lower case) says about a speaker, if it heads a speaker description.
pub fn speaker_noun(word: &str) -> Option<NounKind> {
    nouns().get(word).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicons() {
        for w in ["said", "told", "added", "stressed", "tweeted", "wrote", "reaffirmed"] {
            assert!(is_cue(w), "{w}");
        }
        assert!(!is_cue("walked"));
        assert_eq!(speaker_noun("minister"), Some(NounKind::Person));
        assert_eq!(speaker_noun("officials"), Some(NounKind::Group));
        assert!(matches!(speaker_noun("ministry"), Some(NounKind::Organization(w)) if w.contains(&"Ministry")));
    }
}
