//! Titles and ranks written before a name (`data/titles.txt`).

use crate::lexicon::{self, lazy};
use crate::hash::HashMap;

lazy! {
    /// Title word → true when it is only a form of address ("Mr.").
    fn titles() -> HashMap<&'static str, bool> {
        lexicon::rows(crate::lexicon::data!("titles.txt"))
            .map(|r| (r[0], r.get(1) == Some(&"address")))
            .collect()
    }
}

/// True when `word` is a title or rank, capitalised ("Minister", "Lt.") or
/// lower case ("minister").
pub fn is_title_word(word: &str) -> bool {
    if titles().contains_key(word) {
        return true;
    }
    let mut chars = word.chars();
    match chars.next() {
        Some(c) if c.is_lowercase() => {
            let cap: String = std::iter::once(crate::case::upper_char(c)).chain(chars).collect();
            titles().contains_key(cap.as_str())
        }
        _ => false,
    }
}

/// True for forms of address that carry no role ("Mr.", "Dr.").
pub fn is_address(word: &str) -> bool {
    titles().get(word).copied().unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_in_both_cases() {
        for w in ["Minister", "minister", "Lt.", "Sgt.", "Ambassador", "spokeswoman", "Dr."] {
            assert!(is_title_word(w), "{w}");
        }
        for w in ["Jeong", "Ministry", "the", "", "Said"] {
            assert!(!is_title_word(w), "{w}");
        }
        assert!(is_address("Mr.") && !is_address("Minister"));
    }

    /// Every title written with a full stop is an abbreviation the tokenizer
    /// keeps whole ("Tech." in "Tech. Sgt."), or it could never match.
    #[test]
    fn dotted_titles_are_abbreviations() {
        let abbreviations = crate::segment::tokens::abbreviations();
        for title in titles().keys().filter(|t| t.ends_with('.')) {
            assert!(abbreviations.contains_key(title), "{title} is missing from data/abbreviations.txt");
        }
    }
}
