//! Head words that give a name its kind (`data/heads.txt`): "… Ministry",
//! "… Air Force Base", "… Treaty", "Fort …".

use crate::lexicon::{self, lazy};
use crate::model::EntityKind;
use crate::hash::HashMap;

/// A head word and where it stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Head {
    pub kind: EntityKind,
    /// True for heads written before the rest of the name ("Fort Bragg").
    pub front: bool,
    /// Number of words of the head ("Joint Base" is 2).
    pub words: usize,
    /// A news outlet's head, a name by itself after "the" ("the Times said").
    pub outlet: bool,
}

lazy! {
    fn heads() -> HashMap<&'static str, Head> {
        lexicon::rows(crate::lexicon::data!("heads.txt"))
            .filter(|r| r.len() >= 2)
            .map(|r| {
                let kind = match r[1] {
                    "place" => EntityKind::Place,
                    "agreement" => EntityKind::Agreement,
                    _ => EntityKind::Organization,
                };
                let head = Head { kind, front: r.get(2) == Some(&"front"), words: r[0].split(' ').count(), outlet: r.get(2) == Some(&"outlet") };
                (r[0], head)
            })
            .collect()
    }
}

/// The head written `form` (one word or several joined by single spaces).
pub fn head(form: &str) -> Option<Head> {
    heads().get(form).copied()
}

/// True when `word` is a head of any kind, front or back.
pub fn is_any_head(word: &str) -> bool {
    heads().contains_key(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_fronts() {
        assert_eq!(head("Ministry").unwrap().kind, EntityKind::Organization);
        assert_eq!(head("Treaty").unwrap().kind, EntityKind::Agreement);
        let fort = head("Fort").unwrap();
        assert!(fort.front && fort.kind == EntityKind::Place);
        assert_eq!(head("Joint Base").unwrap().words, 2);
        assert!(head("said").is_none());
    }
}
