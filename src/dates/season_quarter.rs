//! Seasons, quarters and halves: "this summer", "last fall", "the winter of
//! 1994", "spring 2019", "the third quarter", "third-quarter", "the fourth
//! quarter of 1990", "Q3 2019", "the quarter", "the year-ago quarter",
//! "year-earlier", "the first half of next year".
//!
//! "fall" is mostly a verb and "spring" a noun, so a season word alone needs
//! a determiner, a modifier, a year, or a word of time before it.

use super::context::{pattern, capitalized, tense_near, word_after, word_before, Cand, Ctx};
use super::lexicon::{apat, cls, lex};
use super::value::{Dir, Point, Unit, Val};
use super::TimexKind;
use crate::span::Span;

pattern! {
    fn re_quarter() = apat(r"{B}(?:(?P<det>the|its|their|this|that|a)\s+)?(?:(?P<pre>[12][0-9]{3}|this\s+year['’]?s|last\s+year['’]?s|next\s+year['’]?s|year-earlier|year-ago|year\s+earlier|year\s+ago|comparable\s+year-ago|comparable\s+year-earlier|comparable|corresponding|same|fiscal(?:\s+year)?)(?:\s+|\s*-\s*))?(?:fiscal[\s-]+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+(?:fiscal[\s-]+)?quarter(?P<pl>s)?(?:\s+(?:of|in)\s+(?:fiscal\s+)?(?:(?P<y2>[12][0-9]{3})|(?P<r2>this|last|next)\s+year|the\s+year))?(?:\s+(?P<y3>[12][0-9]{3}))?{B}")
}

pattern! {
    fn re_q_notation() = apat(r"{B}(?:(?P<ya>[12][0-9]{3})[\s-]*)?(?P<q>[Qq][1-4])(?:\s*(?P<y>[12][0-9]{3}))?{B}")
}

pattern! {
    fn re_the_quarter() = apat(r"{B}(?P<det>the|this|that)\s+(?:(?P<m>latest|most\s+recent|recent|current|same|previous|prior|year-ago|year-earlier|comparable|comparable\s+year-ago|comparable\s+year-earlier|corresponding|year-before)\s+)?(?P<w>quarter|period)(?:['’]s)?{B}")
}

pattern! {
    /// "the 1988 quarter", "the 1989 period": the quarter under discussion, in that year.
    fn re_year_quarter() = apat(r"{B}the\s+(?P<y>[12][0-9]{3})\s+(?:fiscal\s+)?(?:quarter|period)(?:['’]s)?{B}")
}

pattern! {
    fn re_year_ago() = apat(r"{B}(?:the\s+(?:comparable\s+|corresponding\s+|same\s+)?)?(?:year-ago|year-earlier|year-before|prior-year)(?:\s+(?P<w>quarter|period|month|levels?|figures?|results|level|quarter['’]s|period['’]s))?{B}")
}

pattern! {
    fn re_half() = apat(r"{B}(?:the\s+)?(?P<h>first|second|last|latter)\s+half\s+of\s+(?:(?:fiscal\s+)?(?P<y>[12][0-9]{3})|(?P<r>this|last|next)\s+year|the\s+year){B}|{B}(?P<hn>[Hh][12])\s*(?P<y2>[12][0-9]{3}){B}")
}

pattern! {
    fn re_season() = apat(r"{B}(?:(?P<mod>(?:the\s+)?(?:early|late|mid)[\s-]*|this\s+past|this\s+coming|the\s+past|the\s+coming|this|last|next|past|coming|that)\s*)?(?P<the>the\s+)?(?P<s>spring|summer|fall|autumn|winter)(?:(?:\s+of)?\s+(?P<y>[12][0-9]{3}){B}|{B})")
}

/// Words before a bare season that make it a season ("in spring").
const SEASON_WORDS: &[&str] = &[
    "in", "during", "since", "until", "till", "by", "through", "throughout", "for", "over", "before", "after",
    "each", "every", "this", "next", "last", "early", "late", "of", "until", "from", "and",
];

fn quarter_number(q: &str) -> Option<u8> {
    Some(match q.to_ascii_lowercase().as_str() {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" | "final" | "last" => 4,
        _ => return None,
    })
}

fn season_number(s: &str) -> u8 {
    match s.to_ascii_lowercase().as_str() {
        "spring" => 0,
        "summer" => 1,
        "fall" | "autumn" => 2,
        _ => 3,
    }
}

fn push(ctx: &Ctx, out: &mut Vec<Cand>, span: Span, kind: TimexKind, val: Val, rule: &'static str, prio: u8) {
    let mut c = Cand::new(span, kind, val, rule);
    c.tense = tense_near(ctx.text, span);
    c.prio = prio;
    out.push(c);
}

#[inline(never)]
pub(super) fn parse(ctx: &Ctx, out: &mut Vec<Cand>) {
    let text = ctx.text;
    ctx.each_at(re_quarter(), 6, cls::PART, cls::START | cls::YEAR_DIGITS | cls::ORDINAL_WORD | cls::ORDINAL_NUMBER | cls::UNIT, |mt| {
        let mut span = mt.whole();
        let Some(q) = mt.get("q").and_then(quarter_number) else { return };
        let q_word = mt.get("q").unwrap_or("").to_ascii_lowercase();
        let det = mt.get("det").map(|d| d.to_ascii_lowercase());
        let pre = mt.get("pre").map(|p| p.to_ascii_lowercase());
        // "last quarter" without "the" is the previous quarter (relative.rs).
        if q_word == "last" && det.as_deref() != Some("the") {
            return;
        }
        // "said that third-quarter profit rose", "the third-quarter results":
        // before an adjective the determiner belongs to the noun after it; and
        // "a third quarter" is rare as a date. The expression starts after it.
        let adjective = mt.span("q").is_some_and(|q| text[q.end..].starts_with('-'));
        if let (Some(d), true) = (mt.span("det"), adjective || det.as_deref() == Some("a")) {
            span.start = d.end + text[d.end..span.end].len() - text[d.end..span.end].trim_start().len();
        }
        let year = mt.get("y2")
            .or(mt.get("y3"))
            .or(pre.as_deref().filter(|p| p.bytes().all(|b| b.is_ascii_digit())))
            .and_then(|y| y.parse::<i32>().ok());
        let point = Point::Quarter(year, Some(q));
        if mt.get("pl").is_some() && year.is_none() {
            push(ctx, out, span, TimexKind::Set, Val::Lit(format!("XXXX-Q{q}")), "quarter_set", 2);
            return;
        }
        let rel_year = |s: &str| -> Option<i64> {
            if s.starts_with("this") {
                Some(0)
            } else if s.starts_with("last") {
                Some(-1)
            } else if s.starts_with("next") {
                Some(1)
            } else {
                None
            }
        };
        let val = if year.is_some() {
            Val::Pt(point)
        } else if let Some(n) = pre.as_deref().and_then(rel_year).or_else(|| mt.get("r2").and_then(|r| rel_year(&r.to_ascii_lowercase()))) {
            Val::InYear(point, n)
        } else if pre.as_deref().is_some_and(|p| p.contains("year") && (p.contains("ago") || p.contains("earlier"))) {
            Val::YearBefore(point)
        } else {
            Val::NoYear(point, Dir::Auto)
        };
        let fiscal = span.of(text).to_ascii_lowercase().contains("fiscal");
        let mut c = Cand::new(span, TimexKind::Date, val, "quarter");
        // A fiscal quarter named without a year is mostly the one just reported.
        c.tense = if fiscal { super::value::Tense::Past } else { tense_near(text, span) };
        c.prio = 3;
        out.push(c);
    });
    ctx.each_at(re_q_notation(), 1, cls::PART, cls::YEAR_DIGITS, |mt| {
        let Some(qs) = mt.get("q") else { return };
        if !qs.starts_with('Q') {
            return;
        }
        let Some(q) = qs[1..].parse::<u8>().ok() else { return };
        let year = mt.get("y").or(mt.get("ya")).and_then(|y| y.parse::<i32>().ok());
        let point = Point::Quarter(year, Some(q));
        let val = if year.is_some() { Val::Pt(point) } else { Val::NoYear(point, Dir::Auto) };
        push(ctx, out, mt.whole(), TimexKind::Date, val, "quarter", 3);
    });
    ctx.each_at(re_the_quarter(), 4, cls::PART, cls::START, |mt| {
        let span = mt.whole();
        let det = mt.get("det").unwrap_or("").to_ascii_lowercase();
        let m = mt.get("m").map(|s| s.to_ascii_lowercase());
        let w = mt.get("w").unwrap_or("").to_ascii_lowercase();
        // "the quarter of a century", "the quarter-final", "the period of ...".
        if text[span.end..].starts_with('-') {
            return;
        }
        if let Some(next) = word_after(text, span.end) {
            let n = next.to_ascii_lowercase();
            if matches!(n.as_str(), "of" | "final" | "finals" | "century" | "mile" | "pound" | "point" | "percent" | "hour" | "horse") {
                return;
            }
        }
        let val = match m.as_deref() {
            Some("current") => Val::Rel(0, Unit::Quarter),
            Some("previous" | "prior") => Val::Ana(-1, Unit::Quarter, false),
            Some(x) if x.contains("year") || x.starts_with("comparable") || x == "corresponding" => Val::YearAgo { quarter: true, anaphoric: false },
            Some(m) => Val::LastQuarter { completed: m == "latest" || m.starts_with("most") },
            None if w == "period" => return, // "the period" alone is too vague
            None if det == "this" => Val::Rel(0, Unit::Quarter),
            None => Val::LastQuarter { completed: false },
        };
        if w == "period" && !matches!(m.as_deref(), Some("latest" | "most recent" | "year-ago" | "year-earlier" | "comparable" | "comparable year-ago" | "comparable year-earlier" | "year-before")) {
            return;
        }
        push(ctx, out, span, TimexKind::Date, val, "quarter", 2);
    });
    ctx.each_at(re_year_quarter(), 3, cls::PART, cls::START, |mt| {
        let Some(y) = mt.get("y").and_then(|y| y.parse::<i32>().ok()) else { return };
        if text[mt.whole().end..].starts_with('-') {
            return;
        }
        push(ctx, out, mt.whole(), TimexKind::Date, Val::QuarterOfYear(y), "quarter", 3);
    });
    ctx.each_at(re_year_ago(), 3, cls::UNIT, cls::START, |mt| {
        // In company results "the year-ago period" is the same quarter a year before.
        let quarter = mt.get("w").is_some_and(|w| {
            let w = w.to_ascii_lowercase();
            w.starts_with("quarter") || w.starts_with("period")
        });
        push(ctx, out, mt.whole(), TimexKind::Date, Val::YearAgo { quarter, anaphoric: false }, "year_ago", 2);
    });
    ctx.each_at(re_half(), 2, cls::PART, cls::START | cls::ORDINAL_WORD, |mt| {
        let span = mt.whole();
        let h = if let Some(hn) = mt.get("hn") {
            hn[1..].parse::<u8>().unwrap_or(1)
        } else if mt.get("h").is_some_and(|h| h.eq_ignore_ascii_case("first")) {
            1
        } else {
            2
        };
        let year = mt.get("y").or(mt.get("y2")).and_then(|y| y.parse::<i32>().ok());
        let point = Point::Half(year, h);
        let val = match (year, mt.get("r").map(|r| r.to_ascii_lowercase())) {
            (Some(_), _) => Val::Pt(point),
            (None, Some(r)) => Val::InYear(point, if r == "last" { -1 } else if r == "next" { 1 } else { 0 }),
            (None, None) => Val::InYear(point, 0),
        };
        push(ctx, out, span, TimexKind::Date, val, "half", 3);
    });
    ctx.each_at(re_season(), 3, cls::SEASON, cls::START, |mt| {
        let span = mt.whole();
        let Some(s_word) = mt.get("s") else { return };
        let s = season_number(s_word);
        let md = mt.get("mod").map(|m| m.to_ascii_lowercase().split_whitespace().collect::<Vec<_>>().join(" "));
        let the = mt.get("the").is_some();
        let year = mt.get("y").and_then(|y| y.parse::<i32>().ok());
        if year.is_none() {
            let s_start = mt.span("s").map_or(span.start, |s| s.start);
            let s_end = mt.span("s").map_or(span.end, |s| s.end);
            let next = word_after(text, s_end).map(|w| w.to_ascii_lowercase());
            if the || md.as_deref().is_some_and(|m| m.starts_with("the")) {
                // "the fall of the Berlin Wall", "the fall in prices", "the spring water".
                if next.as_deref().is_some_and(|n| matches!(n, "of" | "in" | "from" | "to" | "into" | "on" | "at" | "back" | "and" | "was" | "is" | "has" | "had")) {
                    return;
                }
            } else if md.is_none() {
                let prev = word_before(text, s_start).map(|w| w.to_ascii_lowercase());
                if !prev.as_deref().is_some_and(|p| SEASON_WORDS.contains(&p)) {
                    return;
                }
                if s == 2 && prev.as_deref() == Some("and") {
                    return; // "rise and fall"
                }
            }
            // "spring training", "summer camp", "fall semester": still the season;
            // "spring water", "spring break" too. But a capitalised word after is a name.
            if next.as_deref().is_some_and(|n| matches!(n, "collection" | "line" | "water" | "roll" | "rolls"))
                || (capitalized(s_word) && word_after(text, s_end).is_some_and(capitalized))
            {
                return;
            }
        }
        // "each summer", "every winter": a set.
        if year.is_none() && md.is_none() && !the {
            if let Some(w) = word_before(text, span.start).filter(|w| w.eq_ignore_ascii_case("each") || w.eq_ignore_ascii_case("every")) {
                let start = w.as_ptr() as usize - text.as_ptr() as usize;
                let code = ["SP", "SU", "FA", "WI"][s as usize];
                push(ctx, out, Span::new(start, span.end), TimexKind::Set, Val::Lit(format!("XXXX-{code}")), "season_set", 3);
                return;
            }
        }
        let point = Point::Season(year, s);
        let val = if year.is_some() {
            Val::Pt(point)
        } else {
            let dir = match md.as_deref() {
                Some("this") => Dir::This,
                Some("last" | "this past" | "the past" | "past") => Dir::Last,
                Some("next" | "coming" | "this coming" | "the coming") => Dir::Next,
                _ => Dir::Auto,
            };
            Val::NoYear(point, dir)
        };
        let _ = lex();
        push(ctx, out, span, TimexKind::Date, val, "season", 2);
    });
}

#[cfg(test)]
mod tests {
    use super::super::tests::{check, check_none};

    #[test]
    fn seasons_and_quarters() {
        check(&[
            ("profit in the third quarter rose", "the third quarter", "2019-Q3"),
            ("third-quarter profit rose", "third-quarter", "2019-Q3"),
            // The determiner of the noun after "third-quarter" stays out.
            ("It said Thursday that third-quarter profit rose", "third-quarter", "2019-Q3"),
            ("the third-quarter results were", "third-quarter", "2019-Q3"),
            ("in the fourth quarter of 1990 the", "the fourth quarter of 1990", "1990-Q4"),
            ("revenue in Q3 2019 was", "Q3 2019", "2019-Q3"),
            ("from the year-ago quarter", "the year-ago quarter", "2018-Q3"),
            ("in the first half of next year", "the first half of next year", "2020-H1"),
            ("They met this summer.", "this summer", "2019-SU"),
            ("They met last fall.", "last fall", "2018-FA"),
            ("in the winter of 1994 the", "the winter of 1994", "1994-WI"),
            ("by spring 2020", "spring 2020", "2020-SP"),
            ("The plant will open in the spring.", "the spring", "2020-SP"),
            ("The fair is held each summer.", "each summer", "XXXX-SU"),
            ("Floods come every spring, late 2012 too.", "every spring", "XXXX-SP"),
        ]);
    }

    #[test]
    fn the_latest_quarter_has_been_reported() {
        // The reference is 2019-11-18: the last completed quarter is 2019-Q3.
        check(&[
            (
                "Third-quarter profit rose. The storm will bring a fourth-quarter charge. Sales fell 5% in the latest quarter.",
                "the latest quarter",
                "2019-Q3",
            ),
            ("Sales fell 5% in the most recent quarter.", "the most recent quarter", "2019-Q3"),
            // A quarter reported in the past tense stays the anchor (a fiscal fourth quarter).
            (
                "Net for the fiscal fourth quarter ended Sept. 30 rose. Sales in the latest quarter were flat.",
                "the latest quarter",
                "2019-Q4",
            ),
            // "the 1988 quarter": the quarter under discussion, in that year.
            ("Third-quarter net rose 5%. In the 1988 quarter, it earned $3 million.", "the 1988 quarter", "1988-Q3"),
            ("Net rose in the third quarter. In the 2018 period, it lost money.", "the 2018 period", "2018-Q3"),
            ("It earned less than in the 2017 period.", "the 2017 period", "2017-Q3"),
            // ... and it does not become the anchor of "a year earlier".
            ("Third-quarter net rose. In the 2016 quarter it fell. Sales rose from a year earlier.", "a year earlier", "2018-Q3"),
            // "the quarter" takes the one just named, whatever its tense.
            ("The company expects a fourth-quarter loss; in the quarter it will cut jobs.", "the quarter", "2019-Q4"),
        ]);
    }

    #[test]
    fn season_negatives() {
        check_none(&[
            "Prices fall when supply rises.",
            "the fall of the Berlin Wall",
            "a hot spring in the hills",
            "a quarter of the population",
            "the quarter-final match",
            "the rise and fall of empires",
            "The Summer Olympics open in London.",
            "athletes for the Winter Games",
        ]);
    }
}
