//! Copies the lexicons (`data/*.txt`, `src/dates/data/*.txt`) into `OUT_DIR`
//! without their comment lines and blank lines, for `include_str!`: the
//! comments (sources, licences, how each list is used) stay in the files
//! people read and edit, and cost the WebAssembly module nothing. Only whole
//! comment lines go (a line whose first non-blank character is `#`); every
//! other line is copied byte for byte, so the parsers see the same entries.

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
            let kept: String = text
                .split_inclusive('\n')
                .filter(|line| {
                    let t = line.trim();
                    !t.is_empty() && !t.starts_with('#')
                })
                .collect();
            let name = path.file_name().expect("a file name");
            fs::write(dest.join(name), kept).unwrap_or_else(|e| panic!("write {}: {e}", dest.display()));
        }
    }
}
