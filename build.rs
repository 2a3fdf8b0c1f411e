//! Copies the lexicons (`data/*.txt`, `src/dates/data/*.txt`) into `OUT_DIR`
//! for `include_str!`, smaller:
//!
//! - without their comment lines and blank lines: the comments (sources,
//!   licences, how each list is used) stay in the files people read and
//!   edit, and cost the WebAssembly module nothing. Only whole comment lines
//!   go (a line whose first non-blank character is `#`).
//! - front-coded: each line starts with one digit, how many bytes (0 to 9)
//!   it shares with the line before, then the rest. Sorted word lists
//!   shrink by a quarter even after gzip. `lexicon::unpack` restores the
//!   lines byte for byte, so the parsers see the same entries.
//! - column by column, for the files in [`BY_COLUMN`]: the front-coded first
//!   fields of every line, an empty line, then the rest of every line (what
//!   follows its first TAB). A column of kinds or genders ("city", "city",
//!   "country" …) gzips far better on its own than spread between the
//!   names. Only when every line has a TAB; otherwise line by line.
//! - grouped by their second field, for the files in [`GROUPED`]: their
//!   first fields are all different and the code only builds a map from
//!   them, so the order of the lines does not matter; grouped, the second
//!   column is a few long runs. `lexicon`'s tests check both assumptions.

use std::{env, fs, path::Path};

/// Stored column by column: the files where that pays (the others gain
/// nothing or lose). With [`GROUPED`], 1.6 KB less gzipped wasm.
const BY_COLUMN: &[&str] = &["places.txt", "heads.txt", "speaker-nouns.txt", "abbreviations.txt", "boilerplate.txt", "given-names.txt"];

/// Stored grouped by their second field (given names by gender, then their
/// genders are three runs). Also named in `lexicon`'s tests.
const GROUPED: &[&str] = &["given-names.txt"];

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for dir in ["data", "src/dates/data"] {
        println!("cargo:rerun-if-changed={dir}");
        let Ok(entries) = fs::read_dir(dir) else { continue };
        let dest = Path::new(&out).join(dir);
        fs::create_dir_all(&dest).expect("create OUT_DIR/data");
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_none_or(|e| e != "txt") {
                continue;
            }
            let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let mut kept: Vec<&str> = text
                .lines()
                .filter(|line| {
                    let t = line.trim();
                    !t.is_empty() && !t.starts_with('#')
                })
                .collect();
            let name = path.file_name().and_then(|n| n.to_str()).expect("a file name");
            if GROUPED.contains(&name) {
                kept.sort_by_key(|line| line.split('\t').nth(1).unwrap_or(""));
            }
            let split: Option<Vec<(&str, &str)>> = if BY_COLUMN.contains(&name) && !kept.is_empty() {
                kept.iter().map(|line| line.split_once('\t')).collect()
            } else {
                None
            };
            let coded = match split {
                Some(fields) => {
                    let mut coded = front_code(fields.iter().map(|(first, _)| *first));
                    coded.push('\n');
                    for (_, rest) in fields {
                        coded.push_str(rest);
                        coded.push('\n');
                    }
                    coded
                }
                None => front_code(kept.into_iter()),
            };
            fs::write(dest.join(name), coded).unwrap_or_else(|e| panic!("write {}: {e}", dest.display()));
        }
    }
}

/// Each line as one digit, how many bytes (0 to 9) it shares with the line
/// before, then the rest of it and a newline.
fn front_code<'a>(lines: impl Iterator<Item = &'a str>) -> String {
    let mut coded = String::new();
    let mut prev = "";
    for line in lines {
        let mut shared = prev.bytes().zip(line.bytes()).take_while(|(a, b)| a == b).count().min(9);
        while !line.is_char_boundary(shared) {
            shared -= 1;
        }
        coded.push(char::from(b'0' + shared as u8));
        coded.push_str(&line[shared..]);
        coded.push('\n');
        prev = line;
    }
    coded
}
