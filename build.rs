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

use std::{env, fs, path::Path};

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
            let kept = text.lines().filter(|line| {
                let t = line.trim();
                !t.is_empty() && !t.starts_with('#')
            });
            let mut coded = String::new();
            let mut prev = "";
            for line in kept {
                let mut shared = prev.bytes().zip(line.bytes()).take_while(|(a, b)| a == b).count().min(9);
                while !line.is_char_boundary(shared) {
                    shared -= 1;
                }
                coded.push(char::from(b'0' + shared as u8));
                coded.push_str(&line[shared..]);
                coded.push('\n');
                prev = line;
            }
            let name = path.file_name().expect("a file name");
            fs::write(dest.join(name), coded).unwrap_or_else(|e| panic!("write {}: {e}", dest.display()));
        }
    }
}
