//! Letter case for the scripts news English borrows from: ASCII, Latin-1,
//! Latin Extended-A, Greek and Cyrillic.
//!
//! The standard library's `to_lowercase` carries the whole Unicode case
//! table (about 25 KB of WebAssembly); every lexicon here is ASCII and names
//! from other scripts only need to compare with themselves, so a small
//! mapping does the same work. Each mapping keeps a character's UTF-8
//! length, so an offset found in a folded string is an offset in the
//! original: `lower(s).len() == s.len()` always.
//!
//! ```
//! use article_annotator::case::{lower, upper_char};
//! assert_eq!(lower("Ángela MERKEL"), "ángela merkel");
//! assert_eq!(lower("ЗЕЛЕНСКИЙ"), "зеленский");
//! assert_eq!(upper_char('ł'), 'Ł');
//! ```

/// `c` in lower case, when it is an upper-case letter of the scripts above;
/// otherwise `c` itself.
pub fn lower_char(c: char) -> char {
    let u = c as u32;
    let l = match u {
        0x41..=0x5A => u + 32,
        0xC0..=0xDE if u != 0xD7 => u + 32,
        // Latin Extended-A: pairs (upper even, lower odd), but for two runs of
        // odd-upper pairs and the letters with no pair.
        0x100..=0x137 | 0x14A..=0x177 if u % 2 == 0 && u != 0x130 => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x178 => 0xFF,
        0x391..=0x3A9 if u != 0x3A2 => u + 32,
        0x400..=0x40F => u + 80,
        0x410..=0x42F => u + 32,
        _ => u,
    };
    char::from_u32(l).unwrap_or(c)
}

/// `c` in upper case: the inverse of [`lower_char`].
pub fn upper_char(c: char) -> char {
    let u = c as u32;
    let up = match u {
        0x61..=0x7A => u - 32,
        0xE0..=0xFE if u != 0xF7 => u - 32,
        0xFF => 0x178,
        0x101..=0x137 | 0x14B..=0x177 if u % 2 == 1 && u != 0x131 => u - 1,
        0x13A..=0x148 | 0x17A..=0x17E if u % 2 == 0 => u - 1,
        0x3B1..=0x3C9 if u != 0x3C2 => u - 32,
        0x430..=0x44F => u - 32,
        0x450..=0x45F => u - 80,
        _ => u,
    };
    char::from_u32(up).unwrap_or(c)
}

/// `s` in lower case (see [`lower_char`]); the same length in bytes as `s`.
pub fn lower(s: &str) -> String {
    // ASCII (nearly every word): the byte-wise mapping is the same one.
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    out.extend(s.chars().map(lower_char));
    out
}

/// `s` in upper case (see [`upper_char`]); the same length in bytes as `s`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    out.extend(s.chars().map(upper_char));
    out
}

/// [`lower`] and [`upper`] as methods, in place of `str::to_lowercase` and
/// `str::to_uppercase`.
pub trait Case {
    /// See [`lower`].
    fn lower(&self) -> String;
    /// See [`upper`].
    fn upper(&self) -> String;
}

impl Case for str {
    fn lower(&self) -> String {
        lower(self)
    }
    fn upper(&self) -> String {
        upper(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_standard_library_where_it_maps() {
        let ranges = [0x20..0x250u32, 0x370..0x3FF, 0x400..0x460];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            let l = lower_char(c);
            if l != c {
                assert_eq!(c.to_lowercase().collect::<String>(), l.to_string(), "lower {c} U+{:04X}", c as u32);
                assert_eq!(c.len_utf8(), l.len_utf8());
                assert_eq!(upper_char(l), c, "round trip {c}");
            }
            let up = upper_char(c);
            if up != c {
                assert_eq!(c.to_uppercase().collect::<String>(), up.to_string(), "upper {c} U+{:04X}", c as u32);
                assert_eq!(c.len_utf8(), up.len_utf8());
            }
        }
    }

    #[test]
    fn covers_the_letters_of_european_names() {
        for (input, want) in [
            ("ŁÓDŹ", "łódź"),
            ("ÇAĞLAYAN", "çağlayan"),
            ("ØSTERGÅRD", "østergård"),
            ("ŠTEFAN ŽILINA", "štefan žilina"),
            ("ΑΘΗΝΑ", "αθηνα"),
            ("ПУТИН", "путин"),
            ("ЁЛКА", "ёлка"),
            ("Mixed 123 “QUOTES” €", "mixed 123 “quotes” €"),
            ("", ""),
        ] {
            assert_eq!(lower(input), want, "{input}");
            assert_eq!(lower(input).len(), input.len());
        }
        assert_eq!(upper("wrocław"), "WROCŁAW");
    }
}
