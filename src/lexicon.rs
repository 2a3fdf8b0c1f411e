//! The commented data files under `data/`, compiled in and parsed once.
//!
//! Every file has one entry per line; `#` starts a comment line, blank lines
//! are skipped, fields are separated by one TAB and list fields by `|`.

use std::collections::{HashMap, HashSet};

/// The non-comment lines of a data file, each split into its TAB fields.
pub fn rows(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines()
        .map(|line| line.trim_end_matches('\r'))
        .filter(|line| !line.trim().is_empty() && !line.trim_start().starts_with('#'))
        .map(|line| line.split('\t').map(str::trim).collect())
}

/// The first field of every row.
pub fn words(data: &'static str) -> HashSet<&'static str> {
    rows(data).filter_map(|r| r.first().copied()).collect()
}

/// First field → second field (empty string when absent).
pub fn pairs(data: &'static str) -> HashMap<&'static str, &'static str> {
    rows(data)
        .filter_map(|r| Some((*r.first()?, r.get(1).copied().unwrap_or(""))))
        .collect()
}

/// A `|`-separated list field, empty entries dropped.
pub fn list(field: Option<&&'static str>) -> Vec<&'static str> {
    field
        .map(|f| f.split('|').map(str::trim).filter(|s| !s.is_empty()).collect())
        .unwrap_or_default()
}

/// The text of `data/NAME` without its comment lines (see `build.rs`).
macro_rules! data {
    ($name:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/data/", $name))
    };
}
pub(crate) use data;

/// Defines a function returning a lazily built, process-wide value.
macro_rules! lazy {
    ($(#[$m:meta])* $vis:vis fn $name:ident() -> $ty:ty $body:block) => {
        $(#[$m])*
        $vis fn $name() -> &'static $ty {
            static CELL: std::sync::OnceLock<$ty> = std::sync::OnceLock::new();
            CELL.get_or_init(|| $body)
        }
    };
}
pub(crate) use lazy;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_blanks_and_fields() {
        let data = "# header\n\nUnited States\tcountry\tU.S.|US| \n  # indented comment\nJapan\tcountry\n";
        let r: Vec<_> = rows(data).collect();
        assert_eq!(r.len(), 2);
        assert_eq!(list(r[0].get(2)), vec!["U.S.", "US"]);
        assert!(list(r[1].get(2)).is_empty());
        assert_eq!(pairs(data)["Japan"], "country");
    }
}
