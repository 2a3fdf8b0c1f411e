//! Expressions relative to the reference date or to the last date mentioned:
//! "today", "yesterday morning", "tonight", "last week", "this year",
//! "early next year", "earlier this month", "the next day", "that year",
//! "the same day", "two weeks ago", "a year earlier", "three days later",
//! "five years from now", "year-end", "the weekend".

use super::context::{pattern, capitalized, next_char, sentence_initial, tense_near, word_after, word_before, Cand, Ctx};
use super::lexicon::{Count, PARTS, apat, cls, lex, parse_count};
use super::value::{duration, Dir, Point, Tod, Unit, Val};
use super::weekday::part_of_day;
use super::TimexKind;

pattern! {
    fn re_deictic() = apat(r"{B}(?:(?P<pre>early|late|earlier|later)\s+)?(?:(?P<dba>the\s+day\s+(?:before|after))\s+)?(?P<w>today|tomorrow|yesterday|tonight)(?:['’]s)?(?:\s+(?P<tod>morning|afternoon|evening|night){B})?{B}")
}

pattern! {
    fn re_unit() = apat(r"{B}(?:(?P<pre>early|late|earlier|later|mid|(?:the\s+)?(?:end|beginning|start|middle|rest|remainder|balance|first\s+half|second\s+half|latter\s+part|early\s+part|last\s+part)\s+of|sometime)[\s-]+)?(?P<det>this\s+past|this\s+coming|the\s+past|the\s+last|the\s+next|the\s+coming|the\s+current|the\s+previous|the\s+prior|the\s+following|the\s+same|the\s+present|the\s+preceding|the\s+ensuing|last|this|next|coming|past|current|previous|prior|following|that)\s+(?P<u>week|weekend|month|year|quarter|decade|century|fiscal\s+year|morning|afternoon|evening|night|day)(?:['’]s)?{B}")
}

pattern! {
    fn re_in_the() = apat(r"{B}(?:(?P<pre>early|late|earlier|later)\s+in|(?:the\s+)?(?:end|beginning|start|middle|rest|remainder|balance|first\s+half|second\s+half)\s+of)\s+the\s+(?P<u>week|month|year|decade|century)(?:['’]s)?{B}")
}

pattern! {
    fn re_end() = apat(r"{B}(?P<u>year|month)(?:-end|\s+end|['’]s\s+end){B}")
}

pattern! {
    fn re_shift() = apat(r"{B}(?:(?P<mod>about|some|nearly|almost|roughly|approximately|around|more\s+than|less\s+than|over|just|only|barely|at\s+least|well\s+over|exactly|precisely)\s+)?(?:(?P<n>{COUNT})[\s-]+|(?P<the>the)\s+)?(?P<u>{UNIT})(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|before|after|from\s+now|hence|previously|prior|back)(?:{B}|$)")
}

pattern! {
    fn re_the_year() = apat(r"{B}the\s+(?:(?P<adj>full|fiscal|calendar|entire|whole|latest\s+fiscal)\s+)?year{B}")
}

pattern! {
    fn re_since_then() = apat(r"{B}(?:since|until|till|by)\s+then{B}")
}

pattern! {
    /// "the eighth day of the strike", "his first day in office".
    fn re_ordinal_day() = apat(r"{B}(?:the\s+)?(?:{ORDW}|last|final|[0-9]{1,2}(?:st|nd|rd|th))\s+day{B}")
}

pattern! {
    /// "For the week, the index fell", "the week's most active session".
    fn re_the_week() = apat(r"{B}the\s+week(?:['’]s)?{B}")
}

pattern! {
    fn re_weekend() = apat(r"{B}the\s+weekend{B}")
}

fn unit_of(word: &str) -> Option<Unit> {
    let w = word.to_ascii_lowercase();
    let w = w.split_whitespace().last().unwrap_or("");
    match w {
        "weekend" => Some(Unit::Weekend),
        "year" => Some(Unit::Year),
        _ => Unit::from_code(lex().unit.get(w)?),
    }
}

fn push(ctx: &Ctx, out: &mut Vec<Cand>, span: crate::span::Span, val: Val, tod: Option<&'static str>, rule: &'static str) {
    // Title case inside a sentence is a name: ABC's "This Week", "VOA Today".
    let s = span.of(ctx.text);
    if s.split_whitespace().all(capitalized) && !sentence_initial(ctx.text, span.start) && !super::context::in_title_line(ctx.text, span.start) {
        let prev_cap = word_before(ctx.text, span.start).is_some_and(capitalized);
        let quoted = ctx.text[..span.start].ends_with(['"', '“']);
        if s.contains(' ') || prev_cap || quoted {
            return;
        }
    }
    let mut c = Cand::new(span, TimexKind::Date, val, rule);
    c.tod = tod.map(Tod::Part);
    c.tense = tense_near(ctx.text, span);
    c.prio = 2;
    out.push(c);
}

#[inline(never)]
pub(super) fn parse(ctx: &Ctx, out: &mut Vec<Cand>) {
    let text = ctx.text;
    ctx.each_at(re_deictic(), 4, cls::DEICTIC, cls::START, |mt| {
        let span = mt.whole();
        let w = mt.get("w").unwrap_or("").to_ascii_lowercase();
        let (mut n, mut tod) = match w.as_str() {
            "today" => (0, None),
            "tomorrow" => (1, None),
            "yesterday" => (-1, None),
            _ => (0, Some("NI")),
        };
        if let Some(d) = mt.get("dba") {
            n += if d.to_ascii_lowercase().ends_with("before") { -1 } else { 1 };
        }
        if let Some(t) = mt.get("tod") {
            tod = part_of_day(t);
        }
        push(ctx, out, span, Val::Rel(n, Unit::Day), tod, "relative_day");
    });
    ctx.each_at(re_unit(), 5, cls::UNIT | cls::TIME_WORD, cls::START, |mt| {
        let span = mt.whole();
        let det = mt.get("det").unwrap_or("").to_ascii_lowercase();
        let det = det.split_whitespace().collect::<Vec<_>>().join(" ");
        let u_word = mt.get("u").unwrap_or("").to_ascii_lowercase();
        let tod = part_of_day(&u_word);
        let unit = if tod.is_some() || u_word == "day" {
            Unit::Day
        } else if u_word.starts_with("fiscal") {
            Unit::Year
        } else {
            match unit_of(&u_word) {
                Some(u) => u,
                None => return,
            }
        };
        let has_pre = mt.get("pre").is_some();
        // "the past decade", "over the next decade": a stretch of time more than a date.
        if matches!(det.as_str(), "the past" | "the last" | "the next" | "the coming") && matches!(unit, Unit::Decade | Unit::Century) && !has_pre {
            let mut c = Cand::new(span, TimexKind::Duration, Val::Lit(duration(Some(PARTS), unit)), "relative_duration");
            c.prio = 2;
            out.push(c);
            return;
        }
        let val = match (det.as_str(), unit) {
            // Days only with words that point back at a mentioned day.
            ("the next" | "the following" | "the ensuing", Unit::Day) => Val::Ana(1, Unit::Day, false),
            ("the previous" | "the prior" | "the preceding", Unit::Day) => Val::Ana(-1, Unit::Day, false),
            ("the same" | "that", Unit::Day) => Val::Ana(0, Unit::Day, false),
            ("this", Unit::Day) if tod.is_some() => Val::Rel(0, Unit::Day),
            ("last" | "this past", Unit::Day) if tod.is_some() => Val::Rel(-1, Unit::Day),
            ("next" | "this coming" | "coming", Unit::Day) if tod.is_some() => Val::Rel(1, Unit::Day),
            (_, Unit::Day) => return,
            ("the next" | "the following" | "the ensuing", u) => Val::Ana(1, u, false),
            ("the previous" | "the prior" | "the preceding", u) => Val::Ana(-1, u, false),
            ("the same" | "that", u) => Val::Ana(0, u, false),
            ("last" | "this past" | "past" | "previous" | "prior" | "the past" | "the last", u) => Val::Rel(-1, u),
            ("this" | "current" | "the current" | "the present", u) => Val::Rel(0, u),
            ("next" | "coming" | "this coming" | "the coming" | "following", u) => Val::Rel(1, u),
            _ => return,
        };
        // "the last week of June" / "the past year's": fine; "the last quarter of 1990" is quarter 4.
        if det == "the last" && unit == Unit::Quarter {
            return;
        }
        push(ctx, out, span, val, tod, "relative");
    });
    ctx.each_at(re_in_the(), 6, cls::UNIT, cls::START, |mt| {
        let Some(unit) = mt.get("u").and_then(unit_of) else { return };
        push(ctx, out, mt.whole(), Val::Rel(0, unit), None, "relative");
    });
    ctx.each_at(re_end(), 0, cls::UNIT, cls::START, |mt| {
        let Some(unit) = mt.get("u").and_then(unit_of) else { return };
        let span = mt.whole();
        if unit == Unit::Year {
            // "by year-end" is Dec. 31 of this year; "since year-end" of the last one.
            let dir = if tense_near(text, span) == super::value::Tense::Past { Dir::Last } else { Dir::This };
            push(ctx, out, span, Val::NoYear(Point::Day(None, Some(12), Some(31)), dir), None, "relative_end");
        } else {
            push(ctx, out, span, Val::Rel(0, unit), None, "relative_end");
        }
    });
    // "for the year ended Sept. 30" (a year's stretch), "sales for the full year".
    ctx.each_at(re_the_year(), 3, cls::UNIT, cls::START, |mt| {
        let span = mt.whole();
        let prev = word_before(text, span.start).map(|w| w.to_ascii_lowercase());
        // "Person of the Year": a title.
        if !prev.as_deref().is_some_and(|p| matches!(p, "for" | "in" | "of" | "throughout" | "during" | "through" | "over")) || capitalized(&text[span.end - 4..span.end]) {
            return;
        }
        let next = word_after(text, span.end).map(|w| w.to_ascii_lowercase());
        if next.as_deref().is_some_and(|n| matches!(n, "ended" | "ending" | "ends" | "to"))
            || prev.as_deref().is_some_and(|p| matches!(p, "throughout" | "over"))
        {
            let mut c = Cand::new(span, TimexKind::Duration, Val::Lit("P1Y".into()), "the_year");
            c.prio = 1;
            out.push(c);
            return;
        }
        if next.as_deref().is_some_and(|n| matches!(n, "before" | "after" | "that" | "when" | "in" | "of" | "he" | "she" | "they" | "we" | "it")) {
            return;
        }
        let n = if mt.get("adj").is_some_and(|a| a.to_ascii_lowercase().starts_with("latest")) { -1 } else { 0 };
        push(ctx, out, span, Val::Rel(n, Unit::Year), None, "the_year");
    });
    // "Since then", "until then", "by then": the point the text last mentioned
    // (kept only when there is one).
    ctx.each_at(re_since_then(), 1, cls::DEICTIC, cls::START, |mt| {
        let mut c = Cand::new(mt.whole(), TimexKind::Date, Val::LastPoint, "since_then");
        c.prio = 1;
        out.push(c);
    });
    // "the second day of an offensive", "his first day in office": a day the
    // text counts from an event, resolved like "that day" (the last day named).
    ctx.each_at(re_ordinal_day(), 2, cls::UNIT, cls::START | cls::ORDINAL_WORD | cls::ORDINAL_NUMBER, |mt| {
        let span = mt.whole();
        if !matches!(word_after(text, span.end).map(|w| w.to_ascii_lowercase()).as_deref(), Some("of" | "in" | "at" | "on" | "since" | "back")) {
            return;
        }
        push(ctx, out, span, Val::Ana(0, Unit::Day, false), None, "ordinal_day");
    });
    // "the week" alone: the week of the day last named (else the reference's).
    // Not "the day of the week", not "a day the week before" (an interval).
    ctx.each_at(re_the_week(), 1, cls::UNIT, cls::START, |mt| {
        let span = mt.whole();
        let before = text[..span.start].trim_end().to_ascii_lowercase();
        if before.ends_with("day of") || before.ends_with("days of") || before.ends_with("time of") {
            return;
        }
        if word_after(text, span.end).is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "before" | "after" | "ending" | "ended" | "earlier" | "later" | "prior")) {
            return;
        }
        push(ctx, out, span, Val::Ana(0, Unit::Week, false), None, "the_week");
    });
    ctx.each_at(re_weekend(), 1, cls::UNIT, cls::START, |mt| {
        let span = mt.whole();
        // "the weekend of Nov. 16" is left to the date that follows.
        push(ctx, out, span, Val::NoYear(Point::Weekend(None, None), Dir::Auto), None, "weekend");
    });
    ctx.each_at(re_shift(), 6, cls::UNIT, cls::START | cls::NUMBER_WORD | cls::DIGITS, |mt| {
        let span = mt.whole();
        let Some(unit) = mt.get("u").and_then(unit_of) else { return };
        let u_word = mt.get("u").unwrap_or("");
        let dir = mt.get("dir").unwrap_or("").to_ascii_lowercase();
        let dir = dir.split_whitespace().collect::<Vec<_>>().join(" ");
        // "sales fell the year before.", "he arrived the day after,": one unit
        // from the last date. Before an event ("the day after his death") TimeML
        // marks "the day" and reads "after" as a signal.
        if mt.get("the").is_some() {
            let n = match dir.as_str() {
                "before" | "earlier" => -1,
                "after" | "later" => 1,
                _ => return,
            };
            if u_word.ends_with('s') || mt.get("mod").is_some() || !(Unit::Day..=Unit::Year).contains(&unit) {
                return;
            }
            let (mut span, mut n, mut keep) = (span, n, true);
            if !matches!(next_char(text, span.end), None | Some(',' | '.' | ';' | ')' | '\n' | '"' | '”')) {
                let prev = word_before(text, span.start).map(|w| w.to_ascii_lowercase());
                if !matches!(dir.as_str(), "before" | "after") || matches!(prev.as_deref(), Some("in" | "of" | "during" | "for")) {
                    return;
                }
                span.end = mt.span("u").map_or(span.end, |u| u.end);
                keep = false;
                // "Nov. 3, the day before police came": the date just named.
                if text[..span.start].trim_end().ends_with(',') {
                    n = 0;
                }
            }
            let mut c = Cand::new(span, TimexKind::Date, Val::Ana(n, unit, keep), "relative_shift");
            c.prio = 3;
            out.push(c);
            return;
        }
        // "two days before the vote": the duration, not a date.
        if matches!(dir.as_str(), "before" | "after" | "prior" | "back") {
            let next = next_char(text, span.end);
            if !matches!(next, None | Some(',' | '.' | ';' | ')' | '\n' | '"' | '”')) {
                return;
            }
        }
        // "two hours ago", "an hour later": the duration, TimeML has no date for them here.
        if unit < Unit::Day {
            return;
        }
        let count = match mt.get("n") {
            Some(n) => match parse_count(n) {
                Some(c) => c,
                None => return,
            },
            None => {
                // "years ago": plural units only.
                if !u_word.ends_with('s') {
                    return;
                }
                Count::Vague
            }
        };
        let back = matches!(dir.as_str(), "ago" | "earlier" | "before" | "previously" | "prior" | "back");
        let anaphoric = matches!(dir.as_str(), "earlier" | "later" | "before" | "after" | "prior");
        // "three days later", "a day earlier": TimeML marks the duration and
        // reads "later" as a signal; only years back ("a year earlier",
        // "two years before") name a date in news copy.
        if anaphoric && (!back || unit < Unit::Year) {
            return;
        }
        let val = match count {
            Count::Vague => {
                if dir == "ago" || dir == "back" {
                    Val::Lit("PAST_REF".into())
                } else if dir == "from now" || dir == "hence" {
                    Val::Lit("FUTURE_REF".into())
                } else {
                    return;
                }
            }
            Count::Exact(n) => {
                // Rounded to whole units; no shift beyond 100,000 units.
                let Some(n) = i64::try_from(n.saturating_add(PARTS / 2) / PARTS).ok().filter(|n| *n <= 100_000) else { return };
                let n = if back { -n } else { n };
                let (n, unit) = match unit {
                    Unit::Decade => (n * 10, Unit::Year),
                    Unit::Century => (n * 100, Unit::Year),
                    u => (n, u),
                };
                if anaphoric {
                    if n == -1 && unit == Unit::Year {
                        Val::YearAgo { quarter: false, anaphoric: true }
                    } else {
                        Val::Ana(n, unit, true)
                    }
                } else if n == -1 && unit == Unit::Year {
                    Val::YearAgo { quarter: false, anaphoric: false }
                } else {
                    Val::Rel(n, unit)
                }
            }
        };
        let mut c = Cand::new(span, TimexKind::Date, val, "relative_shift");
        c.prio = 3;
        c.tense = tense_near(text, span);
        out.push(c);
    });
}

#[cfg(test)]
mod tests {
    use super::super::tests::{check, check_none};

    #[test]
    fn relative_forms() {
        check(&[
            ("It rained yesterday.", "yesterday", "2019-11-17"),
            ("The talks ended today.", "today", "2019-11-18"),
            ("They meet tomorrow morning.", "tomorrow morning", "2019-11-19TMO"),
            ("A blast late last night.", "late last night", "2019-11-17TNI"),
            ("Sales rose last week.", "last week", "2019-W46"),
            ("Sales rose this year.", "this year", "2019"),
            ("They expect a deal early next year.", "early next year", "2020"),
            ("He said earlier this month that", "earlier this month", "2019-11"),
            ("The plant opened two weeks ago.", "two weeks ago", "2019-W45"),
            ("He left five years ago.", "five years ago", "2014"),
            ("It closed three days ago.", "three days ago", "2019-11-15"),
            ("On Nov. 15 a deal came. The next day, talks", "The next day", "2019-11-16"),
            ("On Nov. 15 a deal came. He left the same day.", "the same day", "2019-11-15"),
            ("It opened in 2002. Two years earlier, it", "Two years earlier", "2000"),
            ("It opened in 2002. A year later, it", "A year", "P1Y"),
            ("Sales were $9 million in 2002, up from $7 million the year before.", "the year before", "2001"),
            ("He was seen on Nov. 3 and left the day after.", "the day after", "2019-11-04"),
            ("On Nov. 3 a man was shot. Police came the day after the shooting.", "the day", "2019-11-04"),
            ("He was last seen Nov. 3, the day before police came.", "the day", "2019-11-03"),
            ("They met on Nov. 10, and the week before the vote they met again.", "the week", "2019-W44"),
            ("by the end of the year", "the end of the year", "2019"),
            ("to close the deal by year-end", "year-end", "2019-12-31"),
            ("The index has fallen since year-end.", "year-end", "2018-12-31"),
            ("They spent the weekend there.", "the weekend", "2019-W46-WE"),
            ("The firm was founded years ago.", "years ago", "PAST_REF"),
            ("That year, the", "That year", "2019"),
            ("It was signed in 2002. Since then, it has", "Since then", "2002"),
            ("Today is the eighth day of the strike.", "the eighth day", "2019-11-18"),
            ("The index fell 2% on Friday. For the week, it dropped 3.8%.", "the week", "2019-W46"),
            ("It was the week's most active session.", "the week's", "2019-W47"),
            ("On Nov. 15, the second day of the offensive, troops", "the second day", "2019-11-15"),
            ("He vowed to act on his first day in office.", "first day", "2019-11-18"),
            ("Friday was the last day of trading.", "the last day", "2019-11-15"),
            ("Prices rose over the past decade.", "the past decade", "P10Y"),
            ("Demand will double over the next decade.", "the next decade", "P10Y"),
            ("in the coming decade", "the coming decade", "P10Y"),
            ("by the end of the decade", "the end of the decade", "201"),
            ("The rights end on Nov. 30. Until then, the stock stays convertible.", "Until then", "2019-11-30"),
            ("The plant reopens in March 2021. By then, prices will rise.", "By then", "2021-03"),
        ]);
    }

    #[test]
    fn relative_negatives() {
        check_none(&["a second time", "Until then, nobody knew.", "By then it was over.",
            "the first day care center", "a second day trip", "on the 2nd day",
            "any day of the week", "named Person of the Year"]);
    }
}
