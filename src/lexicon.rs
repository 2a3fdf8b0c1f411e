//! The commented data files under `data/`, compiled in and parsed once.
//!
//! Every file has one entry per line; `#` starts a comment line, blank lines
//! are skipped, fields are separated by one TAB and list fields by `|`.

use crate::hash::{HashMap, HashSet};
use std::sync::OnceLock;

/// The non-comment lines of a data file, each split into its TAB fields.
pub fn rows(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    entries(data).map(|line| line.split('\t').map(str::trim).collect())
}

/// The non-comment, non-blank lines of a data file, unsplit.
pub fn entries(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(|line| line.trim_end_matches('\r'))
        .filter(|line| !line.trim().is_empty() && !line.trim_start().starts_with('#'))
}

/// The first field of an entry line and the rest after its TAB (empty
/// when it has none), without splitting the rest into a vector.
pub fn first_and_rest(line: &'static str) -> (&'static str, &'static str) {
    match line.split_once('\t') {
        Some((first, rest)) => (first.trim(), rest),
        None => (line.trim(), ""),
    }
}

/// The first field of every row.
pub fn words(data: &'static str) -> HashSet<&'static str> {
    entries(data).map(|line| first_and_rest(line).0).collect()
}

/// First field → second field (empty string when absent).
pub fn pairs(data: &'static str) -> HashMap<&'static str, &'static str> {
    entries(data)
        .map(|line| {
            let (first, rest) = first_and_rest(line);
            (first, rest.split('\t').next().unwrap_or("").trim())
        })
        .collect()
}

/// A `|`-separated list field, empty entries dropped.
pub fn list(field: Option<&&'static str>) -> Vec<&'static str> {
    field
        .map(|f| f.split('|').map(str::trim).filter(|s| !s.is_empty()).collect())
        .unwrap_or_default()
}

/// The lines of `data/NAME` without its comments, unpacked once (`build.rs`
/// compiles the file in front-coded, see [`unpack`]).
/// `data!(dates "NAME")` is `src/dates/data/NAME`.
macro_rules! data {
    ($name:literal) => {
        $crate::lexicon::data!(@ concat!(env!("OUT_DIR"), "/data/", $name))
    };
    (dates $name:literal) => {
        $crate::lexicon::data!(@ concat!(env!("OUT_DIR"), "/src/dates/data/", $name))
    };
    (@ $path:expr) => {{
        static TEXT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        fn unpacked() -> String {
            $crate::lexicon::unpack(include_str!($path))
        }
        $crate::lexicon::once(&TEXT, unpacked).as_str()
    }};
}
pub(crate) use data;

/// Undoes `build.rs`'s packing: every line begins with a digit, the number
/// of bytes it shares with the line before, followed by the rest. A file
/// stored column by column has, after an empty line, what follows the first
/// TAB of each line.
pub fn unpack(packed: &str) -> String {
    let (coded, rests) = match packed.split_once("\n\n") {
        Some((coded, rests)) => (coded, Some(rests.lines())),
        None => (packed, None),
    };
    let mut rests = rests.into_iter().flatten();
    // Built as bytes: the shared prefix is copied from the line before
    // inside the buffer, without a string of its own per line.
    let mut out: Vec<u8> = Vec::with_capacity(packed.len() * 2);
    let mut prev = 0..0;
    for line in coded.lines() {
        let mut chars = line.chars();
        let shared = chars.next().and_then(|c| c.to_digit(10)).unwrap_or(0) as usize;
        let rest = chars.as_str().as_bytes();
        let start = out.len();
        let mut prefix_end = (prev.start + shared).min(prev.end);
        // Not inside a character: back to the start of the one it cuts.
        while prefix_end > prev.start && out.get(prefix_end).is_some_and(|&b| (b as i8) < -0x40) {
            prefix_end -= 1;
        }
        out.extend_from_within(prev.start..prefix_end);
        out.extend_from_slice(rest);
        prev = start..out.len();
        if let Some(rest) = rests.next() {
            out.push(b'\t');
            out.extend_from_slice(rest.as_bytes());
        }
        out.push(b'\n');
    }
    // Whole characters copied and cut only between them: still UTF-8.
    String::from_utf8(out).unwrap_or_default()
}

/// Defines a function returning a lazily built, process-wide value.
macro_rules! lazy {
    ($(#[$m:meta])* $vis:vis fn $name:ident() -> $ty:ty $body:block) => {
        $(#[$m])*
        $vis fn $name() -> &'static $ty {
            static CELL: std::sync::OnceLock<$ty> = std::sync::OnceLock::new();
            fn build() -> $ty $body
            $crate::lexicon::once(&CELL, build)
        }
    };
}
pub(crate) use lazy;

/// `cell`'s value, made by `init` on first use. A function pointer, not a
/// closure: `OnceLock::get_or_init` is then compiled once per value type
/// rather than once per cell (some 60 cells: lexicons, tables, patterns).
pub fn once<T>(cell: &'static OnceLock<T>, init: fn() -> T) -> &'static T {
    cell.get_or_init(init)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_compiled_in_lexicon_unpacks_to_its_entry_lines() {
        let mut checked = 0;
        for dir in ["data", "src/dates/data"] {
            let source = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
            for entry in std::fs::read_dir(&source).unwrap().flatten() {
                let path = entry.path();
                if path.extension().is_none_or(|e| e != "txt") {
                    continue;
                }
                let original = std::fs::read_to_string(&path).unwrap();
                let mut entries: Vec<&str> = original.lines().filter(|l| !l.trim().is_empty() && !l.trim().starts_with('#')).collect();
                let packed = std::path::Path::new(env!("OUT_DIR")).join(dir).join(path.file_name().unwrap());
                let unpacked = unpack(&std::fs::read_to_string(&packed).unwrap());
                let mut lines: Vec<&str> = unpacked.lines().collect();
                assert!(unpacked.is_empty() || unpacked.ends_with('\n'));
                // build.rs's GROUPED: stored in another order, which is only
                // right when no first field repeats.
                if path.ends_with("data/given-names.txt") {
                    let firsts: HashSet<&str> = entries.iter().map(|l| l.split('\t').next().unwrap()).collect();
                    assert_eq!(firsts.len(), entries.len(), "{}: a name listed twice", path.display());
                    entries.sort_unstable();
                    lines.sort_unstable();
                }
                assert_eq!(lines, entries, "{}", path.display());
                checked += 1;
            }
        }
        assert!(checked >= 20, "{checked} lexicons");
    }

    #[test]
    fn unpack_restores_front_coded_lines() {
        let coded = "0Aaron\tm\n6u\n0Ángel\n6a\n9\n2ngel\n";
        assert_eq!(unpack(coded), "Aaron\tm\nAaron\tu\nÁngel\nÁngela\nÁngela\nÁngel\n");
        assert_eq!(unpack(""), "");
        // A count past the line before takes what there is, and a count
        // inside a character stops before it.
        assert_eq!(unpack("0ab\n7c\n"), "ab\nabc\n");
        assert_eq!(unpack("0É\n1e\n"), "É\ne\n");
        // Column by column: the rest of each line after the empty line.
        assert_eq!(unpack("0Paris\n0Texas\n\ncity\tParis, France\nstate\t\n"), "Paris\tcity\tParis, France\nTexas\tstate\t\n");
        assert_eq!(unpack("0a\n1b\n\n\nx\n"), "a\t\nab\tx\n");
    }

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
