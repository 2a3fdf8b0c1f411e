//! Verbs of saying and the nouns that describe speakers (`data/`).

use crate::lexicon::{self, lazy};
use crate::hash::{HashMap, HashSet};

lazy! {
    /// Every written form of a verb of saying, lower case.
    fn forms() -> HashSet<String> {
        let mut set = HashSet::default();
        for row in lexicon::rows(crate::lexicon::data!("speech-verbs.txt")) {
            // The progressive is made here: "saying", "noting", "tweeting".
            let lemma = row[0];
            set.insert(ing_form(lemma));
            set.extend(row.into_iter().map(str::to_string));
        }
        set
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
        let mut map = HashMap::default();
        for r in lexicon::rows(crate::lexicon::data!("speaker-nouns.txt")) {
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

/// "say" → "saying", "note" → "noting", "admit" → "admitting" (one
/// consonant doubled after a short stressed vowel is not guessed: "admiting"
/// is added too, harmlessly).
fn ing_form(lemma: &str) -> String {
    if let Some(stem) = lemma.strip_suffix("ie") {
        return format!("{stem}ying");
    }
    match lemma.strip_suffix('e') {
        Some(stem) if !lemma.ends_with("ee") && !stem.is_empty() => format!("{stem}ing"),
        _ => format!("{lemma}ing"),
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

lazy! {
    fn documents() -> HashSet<&'static str> {
        lexicon::rows(crate::lexicon::data!("speaker-nouns.txt"))
            .filter(|r| r.get(1) == Some(&"document"))
            .flat_map(|r| r[0].split('|'))
            .collect()
    }
}

/// "statement", "report", "letter": a text that speaks for its author.
pub fn is_document(word: &str) -> bool {
    documents().contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicons() {
        for w in ["said", "told", "added", "stressed", "tweeted", "wrote", "reaffirmed", "saying", "noting", "arguing", "telling", "denying"] {
            assert!(is_cue(w), "{w}");
        }
        assert!(!is_cue("walked"));
        assert_eq!(speaker_noun("minister"), Some(NounKind::Person));
        assert_eq!(speaker_noun("officials"), Some(NounKind::Group));
        assert!(matches!(speaker_noun("ministry"), Some(NounKind::Organization(w)) if w.contains(&"Ministry")));
    }
}
