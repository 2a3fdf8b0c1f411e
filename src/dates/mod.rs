//! Dates and times: TIMEX3 expressions and their values, resolved against
//! the reference date.
//!
//! Like chrono-node, the stage is a list of small parsers, one per written
//! form, each in its own file (`month_day`, `numeric`, `iso`, `year`,
//! `weekday`, `relative`, `season_quarter`, `holiday`, `duration`, `set`,
//! `time_of_day`, `vague_refs`), that propose candidates with spans and
//! partly known values; then the refiners in `refine` join a time to the
//! date beside it, drop overlaps (the longer wins) and resolve every value
//! in text order: years for "Nov. 17", the week for "Friday", the last
//! mentioned day for "the same day", the quarter for "a year earlier".
//!
//! Word lists (months, numbers, zones, units, vague references, sets,
//! holidays, words that make a number a count) are commented files under
//! `data/`, read once by `lexicon`. Patterns are lower case and run on an
//! ASCII-lower-cased copy of the text, anchored, only where a trigger word
//! stands (a month name, a unit, a weekday ...): see `context::Ctx::each_at`
//! for why. The reference date is always passed in, never read from a clock.
//!
//! Values follow TimeML / TempEval-3: `2019-11-17`, `2019-06`, `1992`, `199`
//! (the 1990s), `2019-SU`, `2019-Q3`, `2019-W47`, `2019-11-18T16:30+09:00`,
//! `2019-11-18TMO`, durations `P5M` / `PT40M` / `PXY`, sets `P1Y` /
//! `XXXX-WXX-1`, and `PRESENT_REF` / `PAST_REF` / `FUTURE_REF`. Spans leave
//! out leading prepositions ("on", "in", "since") and keep modifiers ("the
//! past 11 years", "early next year", "two weeks ago").
//!
//! ```
//! use article_annotator::dates::{extract, CalendarDate, TimexKind};
//! let text = "Defense ministers met in Bangkok on Nov. 17, the first talks in five months.";
//! let found = extract(text, CalendarDate::new(2019, 11, 18));
//! let pairs: Vec<(&str, &str)> = found.iter().map(|t| (t.span.of(text), t.value.as_str())).collect();
//! assert_eq!(pairs, vec![("Nov. 17", "2019-11-17"), ("five months", "P5M")]);
//! assert_eq!(found[1].kind, TimexKind::Duration);
//! ```

pub mod calendar;
mod context;
mod lexicon;
mod refine;
mod value;

mod duration;
mod holiday;
mod iso;
mod month_day;
mod numeric;
mod relative;
mod season_quarter;
mod set;
mod time_of_day;
mod vague_refs;
mod weekday;
mod year;

pub use calendar::CalendarDate;

use crate::span::Span;

/// The TIMEX3 type of an expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimexKind {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexKind {
    /// `"date"`, `"time"`, `"duration"` or `"set"`.
    pub fn as_str(self) -> &'static str {
        match self {
            TimexKind::Date => "date",
            TimexKind::Time => "time",
            TimexKind::Duration => "duration",
            TimexKind::Set => "set",
        }
    }
}

/// One temporal expression.
#[derive(Clone, Debug, PartialEq)]
pub struct Timex {
    /// Half-open byte offsets into the text given to [`extract`].
    pub span: Span,
    pub kind: TimexKind,
    /// The TIMEX3 value (see the module docs).
    pub value: String,
    /// The parser or refiner that produced it, e.g. `"month_day"`, `"weekday"`, `"time_date"`.
    pub rule: &'static str,
}

/// All temporal expressions of `text`, sorted by start and non-overlapping.
///
/// `reference` is the date relative expressions are resolved against (the
/// publication date); without it they keep X placeholders (`XXXX-11-17`,
/// `XXXX-XX-XX` for "yesterday") while absolute dates still resolve.
/// Never panics; no expression crosses a blank line.
pub fn extract(text: &str, reference: Option<CalendarDate>) -> Vec<Timex> {
    // Same byte offsets as `text`, ASCII spaces for the no-break ones.
    let normalized = lexicon::normalize_spaces(text);
    let ctx = context::Ctx::new(&normalized);
    let mut cands = Vec::new();
    iso::parse(&ctx, &mut cands);
    numeric::parse(&ctx, &mut cands);
    month_day::parse(&ctx, &mut cands);
    year::parse(&ctx, &mut cands);
    weekday::parse(&ctx, &mut cands);
    relative::parse(&ctx, &mut cands);
    season_quarter::parse(&ctx, &mut cands);
    holiday::parse(&ctx, &mut cands);
    duration::parse(&ctx, &mut cands);
    set::parse(&ctx, &mut cands);
    time_of_day::parse(&ctx, &mut cands);
    vague_refs::parse(&ctx, &mut cands);
    let mut r = refine::run(&ctx, reference, cands);
    // A span over a replaced space could end inside the original character.
    r.retain(|t| text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
    r
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn reference() -> Option<CalendarDate> {
        CalendarDate::new(2019, 11, 18)
    }

    fn show(text: &str, found: &[Timex]) -> String {
        found.iter().map(|t| format!("{:?}={} ({})", t.span.of(text), t.value, t.rule)).collect::<Vec<_>>().join(", ")
    }

    /// Each input must yield an expression with exactly this text and value.
    pub(crate) fn check(table: &[(&str, &str, &str)]) {
        for (input, want_text, want_value) in table {
            let found = extract(input, reference());
            let hit = found.iter().find(|t| t.span.of(input) == *want_text);
            match hit {
                Some(t) => assert_eq!(t.value, *want_value, "{input:?}: {}", show(input, &found)),
                None => panic!("{input:?}: no {want_text:?} in [{}]", show(input, &found)),
            }
        }
    }

    /// Each input must yield no expression at all.
    pub(crate) fn check_none(inputs: &[&str]) {
        for input in inputs {
            let found = extract(input, reference());
            assert!(found.is_empty(), "{input:?}: unexpected [{}]", show(input, &found));
        }
    }

    /// The input must not yield an expression with this text.
    pub(crate) fn check_not(input: &str, text: &str) {
        let found = extract(input, reference());
        assert!(!found.iter().any(|t| t.span.of(input) == text), "{input:?}: unexpected {text:?} in [{}]", show(input, &found));
    }

    #[test]
    fn offsets_survive_multibyte_text() {
        let prefixes = ["", "“Quoted” ", "€5 — ", "🙂 ", "한국 국방부 “", "’’’"];
        for p in prefixes {
            for (expr, value) in [("Nov. 17", "2019-11-17"), ("five months", "P5M"), ("2019-11-18 16:30 KST", "2019-11-18T16:30+09:00")] {
                let text = format!("{p}{expr}” and “{p}");
                let found = extract(&text, reference());
                let t = found.iter().find(|t| t.value == value).unwrap_or_else(|| panic!("{text:?}: {}", show(&text, &found)));
                assert_eq!(t.span.start, p.len(), "{text:?}");
                assert_eq!(t.span.of(&text), expr);
            }
        }
    }

    #[test]
    fn no_expression_crosses_a_blank_line() {
        let text = "They met on Nov.\n\n17 people came.";
        for t in extract(text, reference()) {
            assert!(!t.span.of(text).contains("\n\n"), "{:?}", t.span.of(text));
        }
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        let digits = "7".repeat(10_000);
        let mixed = "1/2/3/4-5-6.7.8 ".repeat(600);
        let words = "May March the fall spring Nov. a second ".repeat(250);
        let odd = [
            "", " ", "\n\n", "0", "9", "Nov. 31", "February 30, 2019", "2019-02-29", "0000-00-00", "9999-12-31",
            "99:99 p.m.", "24:30", "Q5 2019", "the 0th century", "the 99th century", "’", "“”", "🙂🙂", "T",
            "31/31/2019", "Nov.", "Dec. 25,", "'s", "' '80s", "a.m.", "midnight on", "the same day", "years ago",
            "twenty twenty twenty twenty years", "9999999999999999999999 years", "1e400 days", "1.5.", "१२ May",
            digits.as_str(), mixed.as_str(), words.as_str(),
        ];
        for s in odd {
            for r in [reference(), None, CalendarDate::new(1, 1, 1), CalendarDate::new(9999, 12, 31)] {
                for t in extract(s, r) {
                    assert!(s.is_char_boundary(t.span.start) && s.is_char_boundary(t.span.end));
                    assert!(!t.value.is_empty());
                }
            }
        }
    }

    #[test]
    fn without_reference_relative_values_stay_open() {
        let text = "Posted July 30, 2010. The talks on Nov. 17 ended yesterday; they resume Friday.";
        let found = extract(text, None);
        let v: Vec<(&str, &str)> = found.iter().map(|t| (t.span.of(text), t.value.as_str())).collect();
        assert!(v.contains(&("July 30, 2010", "2010-07-30")), "{v:?}");
        assert!(v.contains(&("Nov. 17", "XXXX-11-17")), "{v:?}");
        assert!(v.contains(&("yesterday", "XXXX-XX-XX")), "{v:?}");
        assert!(v.contains(&("Friday", "XXXX-WXX-5")), "{v:?}");
    }

    #[test]
    fn a_whole_article() {
        let text = "Allies agree on joint drills\n\nPosted on : 2019-11-18 16:30 KST\n\n\
            Defense chiefs met in Seoul on Nov. 15 and signed the plan the same day. \
            The accord lapses at midnight on Nov. 23 unless renewed. “We will meet again \
            in June,” one said, adding that talks lasted 40 minutes. Drills are held annually \
            and the last ones took place three to four years ago.";
        let found = extract(text, reference());
        let v: Vec<(&str, &str, &str)> = found.iter().map(|t| (t.span.of(text), t.value.as_str(), t.kind.as_str())).collect();
        let want = [
            ("2019-11-18 16:30 KST", "2019-11-18T16:30+09:00", "time"),
            ("Nov. 15", "2019-11-15", "date"),
            ("the same day", "2019-11-15", "date"),
            ("midnight on Nov. 23", "2019-11-23T24:00", "time"),
            ("June", "2020-06", "date"),
            ("40 minutes", "PT40M", "duration"),
            ("annually", "P1Y", "set"),
        ];
        for w in want {
            assert!(v.contains(&w), "missing {w:?} in {v:?}");
        }
        let mut last_end = 0;
        for t in &found {
            assert!(t.span.start >= last_end, "overlap at {:?}", t.span);
            last_end = t.span.end;
        }
    }
}
