//! Candidate name phrases: runs of capitalised words, joined across "of",
//! "for", "and", "&" and name particles when the result is one name.
//!
//! "Ministry" + of + "National Defense" is one name because "Ministry" is an
//! organization head; "Miklós Boros" + of + "Hungary" is two, because neither
//! side has a head. "Department of Fish" + and + "Wildlife" is one because the
//! "and" sits inside an "X of Y" name and nothing capitalised follows.

use crate::names::heads;
use crate::names::lexicons::known;
use crate::names::titles::is_title_word;
use crate::names::words::{Shape, W};

/// A candidate: words `start..end` of the word list (connectors included).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Phrase {
    pub start: usize,
    pub end: usize,
}

const PARTICLES: &[&str] = &[
    "de", "da", "das", "do", "dos", "di", "del", "della", "der", "den", "van", "von", "du", "la", "le", "bin", "ibn", "al", "el", "y", "ter", "zu",
];

/// Words after which "of" continues a place or body name ("Republic of Korea").
const OF_NAMES: &[&str] = &[
    "Republic", "Kingdom", "Gulf", "Bay", "Isle", "Sea", "Cape", "Museum", "Statue", "Strait", "Straits", "Federation",
    "Commonwealth", "States", "Emirates", "Union", "Sultanate", "Principality", "Duchy", "Emirate", "Province", "State",
    "City", "Port", "Bank", "Church", "Order", "Knights", "Sisters", "Friends", "Daughters", "Sons", "House", "Chamber",
    "Court", "Hall", "Palace", "Cathedral", "Tomb", "Temple", "Battle", "Siege", "Treaty", "Declaration", "Bill",
    "Protocol", "Charter", "Convention", "Rule", "Law", "Chief", "Chiefs", "Joint", "Secretary", "Prohibition", "Reduction",
    "Limitation", "Non-Proliferation",
];

/// A preposition a Title Case headline capitalises ("… Breaks With Council
/// On Budget"): it starts no name.
pub fn is_headline_preposition(w: &W) -> bool {
    const PREPOSITIONS: &[&str] = &["With", "On", "For", "In", "At", "By", "From", "To", "Over", "Into", "Amid", "Against", "After", "Before", "About", "As"];
    w.title_case && PREPOSITIONS.contains(&w.text)
}

/// True for name particles ("da" in "Lula da Silva", "von").
pub fn is_particle(word: &str) -> bool {
    PARTICLES.contains(&word)
}

fn is_name_word(w: &W) -> bool {
    matches!(w.shape, Shape::Cap)
}

/// True when words `a..b` contain a head word of any kind.
fn has_head(ws: &[W], a: usize, b: usize) -> bool {
    (a..b).any(|i| ws[i].is_cap() && heads::head(ws[i].text).is_some())
}

/// True when the word list contains capitalised words adjacent through white space only.
fn adjacent(ws: &[W], i: usize) -> bool {
    // Words i-1 and i touch through white space: no punctuation between them.
    i > 0 && ws[i - 1].sentence == ws[i].sentence && ws[i - 1].shape != Shape::Punct && ws[i].shape != Shape::Punct
}

/// True where Title Case words meet a stretch of all-capital words (at least
/// two, not initialisms): "Barksdale Treaty Office BARKSDALE AIR FORCE BASE"
/// is a name and then an all-capital dateline.
fn case_break(ws: &[W], i: usize) -> bool {
    let caps = |k: usize| ws.get(k).is_some_and(|w| w.is_all_caps() && !w.text.contains('.') && w.text.chars().count() > 2);
    let title = |k: usize| ws[k].is_cap() && !caps(k) && ws[k].text.chars().any(char::is_lowercase);
    (title(i - 1) && caps(i) && caps(i + 1)) || (caps(i - 1) && caps(i.saturating_sub(2)) && title(i))
}

/// "Scottish Fishermen's Federation", "People's Liberation Army": a possessive
/// inside a name, which the capitalised words after it end with a head word.
fn possessive_inside_name(ws: &[W], i: usize) -> bool {
    let mut k = i;
    while k < ws.len() && is_name_word(&ws[k]) && (k == i || adjacent(ws, k)) && k < i + 4 {
        if heads::head(ws[k].text).is_some_and(|h| !h.front && h.kind == crate::model::EntityKind::Organization) {
            return true;
        }
        if ws[k].possessive {
            break;
        }
        k += 1;
    }
    false
}

/// Maximal capitalised runs (ordinals in front allowed: "55th Wing").
fn runs(ws: &[W]) -> Vec<Phrase> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let starts = is_name_word(&ws[i]) || (ws[i].shape == Shape::Ordinal && i + 1 < ws.len() && adjacent(ws, i + 1) && is_name_word(&ws[i + 1]));
        if !starts {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        while i < ws.len() && adjacent(ws, i) && is_name_word(&ws[i]) && (!ws[i - 1].possessive || possessive_inside_name(ws, i)) && !case_break(ws, i) {
            i += 1;
        }
        out.push(Phrase { start, end: i });
    }
    out
}

/// Runs joined into phrases.
pub fn phrases(ws: &[W]) -> Vec<Phrase> {
    let runs = runs(ws);
    let mut out: Vec<Phrase> = Vec::new();
    for run in runs {
        if let Some(last) = out.last_mut() {
            if joins(ws, *last, run) {
                last.end = run.end;
                continue;
            }
        }
        out.push(run);
    }
    out
}

/// True when `a` and the run `b` after it form one name.
fn joins(ws: &[W], a: Phrase, b: Phrase) -> bool {
    let gap = &ws[a.end..b.start];
    if gap.is_empty() || gap.len() > 2 || ws[a.end - 1].possessive || ws[a.end - 1].sentence != ws[b.start].sentence {
        return false;
    }
    // Every gap word must be a lower-case word or "&".
    let words: Vec<&str> = gap.iter().map(|w| w.text).collect();
    if gap.iter().any(|w| w.shape == Shape::Punct && w.text != "&") {
        // "Washington, D.C.": a comma inside a known name.
        return words == [","] && known_form(&format!("{}, {}", phrase_text(ws, a), phrase_text(ws, b)));
    }
    let last_a = ws[a.end - 1].text;
    match words.as_slice() {
        ["&"] => true,
        [p] if PARTICLES.contains(p) => !has_head(ws, a.start, a.end),
        // A date, or a unit name with its own number ("the 12th Squadron"), starts anew.
        _ if is_date_word(ws[b.start].text) || ws[b.start].shape == Shape::Ordinal => false,
        ["of"] | ["of", "the"] => {
            known_form(&format!("{} {} {}", phrase_text(ws, a), words.join(" "), phrase_text(ws, b)))
                || has_head(ws, a.start, a.end)
                || OF_NAMES.contains(&last_a)
                || is_title_word(last_a)
                || is_back_head(ws[b.end - 1].text)
        }
        // "Center for Strategic Studies", "Treaty on the Non-Proliferation …":
        // only right after the head.
        ["for"] | ["for", "the"] | ["on"] | ["on", "the"] => {
            heads::head(last_a).is_some_and(|h| !h.front) || OF_NAMES.contains(&last_a) || is_back_head(ws[b.end - 1].text)
        }
        ["and"] => {
            let and_name = known(&format!("{} and {}", phrase_text(ws, a), phrase_text(ws, b))).is_some();
            // "Department of Fish" and "Wildlife": inside an X-of-Y name, with at
            // most two words before anything else (a title: "… Wildlife Director Curt Melcher").
            let before_title = (b.start..b.end).position(|i| is_title_word(ws[i].text)).unwrap_or(b.end - b.start);
            let inside_of = (a.start..a.end).any(|i| ws[i].text == "of") && has_head(ws, a.start, a.end) && (1..=2).contains(&before_title);
            // "Airman" and "Family Readiness Center": the second part ends in an organization head.
            let shared_head = b.end - b.start >= 2
                && a.end - a.start <= 3
                && heads::head(ws[b.end - 1].text).is_some_and(|h| h.kind != crate::model::EntityKind::Place && !h.front)
                && !(a.start..a.end).any(|i| known(ws[i].text).is_some())
                && !known_form(&phrase_text(ws, a));
            and_name || inside_of || shared_head
        }
        _ => false,
    }
}

/// True when the lexicons know `form`, or its Title Case form when it is written in capitals.
fn known_form(form: &str) -> bool {
    known(form).is_some() || (form.chars().all(|c| !c.is_lowercase()) && known(&crate::names::classify::title_case(form)).is_some())
}

/// Month and weekday names: "Ministry of Defense on Monday" is not one name.
fn is_date_word(word: &str) -> bool {
    const DATE_WORDS: &[&str] = &[
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "May", "June", "July", "August", "September", "October", "November", "December", "Jan.", "Feb.",
        "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.",
    ];
    DATE_WORDS.contains(&word)
}

fn is_back_head(word: &str) -> bool {
    heads::head(word).is_some_and(|h| !h.front && h.kind != crate::model::EntityKind::Place)
}

/// The text of a phrase as written (joined by single spaces).
pub fn phrase_text(ws: &[W], p: Phrase) -> String {
    let mut s = String::new();
    for (k, w) in ws[p.start..p.end].iter().enumerate() {
        if k > 0 && !(w.shape == Shape::Punct && w.text == ",") {
            s.push(' ');
        }
        s.push_str(w.text);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::words::words;
    use crate::segment::Doc;

    fn found(text: &str) -> Vec<String> {
        let doc = Doc::new(text);
        let ws = words(&doc, |_| false);
        phrases(&ws).iter().map(|p| text[ws[p.start].span.start..ws[p.end - 1].span.end].to_string()).collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("the Ministry of National Defense reported", &["Ministry of National Defense"]),
            ("Dr. Miklós Boros of Hungary spoke", &["Dr. Miklós Boros", "Hungary"]),
            ("the Oregon Department of Fish and Wildlife said", &["Oregon Department of Fish and Wildlife"]),
            ("Japan and South Korea met", &["Japan", "South Korea"]),
            ("the 55th Wing at Offutt", &["55th Wing", "Offutt"]),
            ("the General Security of Military Information Agreement (GSOMIA)", &["General Security of Military Information Agreement", "GSOMIA"]),
            ("Organisation for the Prohibition of Chemical Weapons", &["Organisation for the Prohibition of Chemical Weapons"]),
            ("Kono’s remarks", &["Kono"]),
            ("Luiz Inácio Lula da Silva arrived", &["Luiz Inácio Lula da Silva"]),
            ("the Eielson AFB Airman and Family Readiness Center", &["Eielson AFB Airman and Family Readiness Center"]),
            ("US Secretary of Defense Mark Esper", &["US Secretary of Defense Mark Esper"]),
        ];
        for (input, expected) in cases {
            assert_eq!(&found(input), expected, "input: {input}");
        }
    }
}
