//! Durations: "five months", "40 minutes", "the past 11 years", "the last
//! twenty four hours", "three to four years", "2 1/2 years", "a minute and a
//! half", "two-year", "30-day", "nearly two decades", "a few days", and bare
//! plurals after a word that makes them a stretch of time ("for years", "in
//! recent months", "the coming weeks").

use super::context::{pattern, capitalized, prev_char, word_after, word_before, Cand, Ctx};
use super::lexicon::{Count, PARTS, apat, cls, lex, parse_count};
use super::value::{duration, Unit, Val};
use super::TimexKind;
use crate::span::Span;

pattern! {
    fn re_count() = apat(r"{B}(?:(?P<mod>about|around|roughly|approximately|nearly|almost|over|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|no\s+more\s+than|no\s+less\s+than|up\s+to|some|only|just|barely|under|upwards\s+of|close\s+to|well\s+over|in\s+excess\s+of|the\s+better\s+part\s+of)\s+)?(?:(?P<det>the|each\s+of\s+the|all|another)\s+)?(?:(?P<rel>past|last|next|first|coming|previous|final|following|remaining|ensuing|initial|latest|preceding|subsequent|entire|full|whole|other|additional|past\s+few|last\s+few|next\s+few|first\s+few)\s+)?(?P<n>{COUNT})(?:\s*(?:to|or|-|–)\s*(?P<n2>{COUNT}))?(?:[ -]?(?:odd|plus|some){B}|\+)?(?P<sep>\s+|\s*-\s*)(?:(?P<adj>more|additional|full|straight|consecutive|long|trading|business|working|calendar|extra|further|solid|whole|short)\s+)?(?P<u>{UNIT})(?P<half>\s+and\s+a\s+half)?(?P<suf>-long|-old|\s+or\s+so)?{B}")
}

pattern! {
    fn re_title_later() = apat(r"{B}(?P<u>year|month|week|day|decade)\s+(?:later|on|after|earlier){B}")
}

pattern! {
    fn re_bare() = apat(r"{B}(?P<m>(?:the\s+)?(?:recent|coming|past|next|last|previous|ensuing|following|intervening|early|final|first|opening|closing|waning|dying|last\s+few|past\s+few|next\s+few|coming\s+few)\s+)?(?P<the>the\s+)?(?P<u>seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries|(?P<one>hour|day|week|month|year|decade)-?long){B}(?P<ahead>\s+ahead|\s+to\s+come|-long)?{B}")
}

/// Words before a bare plural unit that make it a duration ("for years").
const BARE_WORDS: &[&str] = &[
    "for", "in", "over", "within", "after", "take", "takes", "took", "taken", "taking", "lasted", "lasts", "spent",
    "spend", "spends", "spending", "wait", "waited", "nearly", "almost",
];

pub(crate) fn unit_of(word: &str) -> Option<Unit> {
    Unit::from_code(lex().unit.get(word.to_ascii_lowercase().as_str())?)
}

/// Right after an amount: "5%", "$1.76", "700 seats", "$2 million".
fn after_amount(text: &str, start: usize) -> bool {
    let count = |w: &str| {
        w.bytes().last().is_some_and(|b| b.is_ascii_digit())
            || lex().number.contains_key(w.to_ascii_lowercase().as_str())
            || matches!(w.to_ascii_lowercase().as_str(), "million" | "billion" | "trillion" | "thousand" | "hundred" | "dozen" | "percent")
    };
    let before = text[..start].trim_end();
    match word_before(text, start) {
        None => before.ends_with(['%', '$']),
        Some(w) => count(w) || (w.len() > 3 && w.ends_with('s') && word_before(text, before.len() - w.len()).is_some_and(count)),
    }
}

#[inline(never)]
pub(super) fn parse(ctx: &Ctx, out: &mut Vec<Cand>) {
    let text = ctx.text;
    ctx.each_at(re_count(), 8, cls::UNIT, cls::START | cls::NUMBER_WORD | cls::DIGITS | cls::ORDINAL_WORD, |mt| {
        let mut span = mt.whole();
        // "over the past 11 years": "over" is a preposition there.
        if mt.get("det").is_some() && mt.get("mod").is_some_and(|m| m.eq_ignore_ascii_case("over")) {
            if let Some(d) = mt.span("det") {
                span.start = d.start;
            }
        }
        let Some(u_word) = mt.get("u") else { return };
        let Some(unit) = unit_of(u_word) else { return };
        // "the strike will last one day": "last" is the verb there.
        if let (None, Some(rel), Some(n)) = (mt.get("det"), mt.span("rel"), mt.span("n")) {
            let verb_before = word_before(text, rel.start).is_some_and(|p| {
                matches!(p.to_ascii_lowercase().as_str(), "will" | "would" | "could" | "can" | "may" | "might" | "should" | "must" | "to" | "did" | "does" | "do")
            });
            if verb_before && rel.of(text).eq_ignore_ascii_case("last") && mt.get("mod").is_none() {
                span.start = n.start;
            }
        }
        // A title: CBS's "60 Minutes".
        if capitalized(u_word) && !super::context::sentence_initial(text, span.start) && !super::context::in_title_line(text, span.start) {
            return;
        }
        let n_str = mt.get("n").unwrap_or("");
        let n_lower = n_str.to_ascii_lowercase();
        let is_article = n_lower == "a" || n_lower == "an";
        // "a second time", "a quarter of", "one second-hand": not durations.
        if is_article && unit == Unit::Second {
            return;
        }
        if unit == Unit::Quarter && (is_article || word_after(text, span.end).is_some_and(|w| w.eq_ignore_ascii_case("of"))) {
            return;
        }
        // "$5 million a year", "1,000 flights a day": the rate of an amount (set.rs).
        if is_article && mt.span("n").is_some_and(|n| n.start == span.start) && after_amount(text, span.start) {
            return;
        }
        // Abbreviated units only after digits ("15 min", not "a min").
        let lu = u_word.to_ascii_lowercase();
        if matches!(lu.as_str(), "min" | "mins" | "sec" | "secs" | "hr" | "hrs" | "yr" | "yrs")
            && !n_str.bytes().next().is_some_and(|b| b.is_ascii_digit())
        {
            return;
        }
        // Digits glued to something before: "1.5" parts, "$5", "No. 3 days".
        if n_str.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
            let n_start = mt.span("n").map_or(span.start, |s| s.start);
            if prev_char(text, n_start).is_some_and(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '$' | '€' | '£' | '/' | ':')) {
                return;
            }
        }
        // "0800 hours" is a clock time.
        if n_str.len() > 1 && n_str.starts_with('0') {
            return;
        }
        let Some(count) = parse_count(n_str) else { return };
        // Ages ("52 years old", "a 45-year-old man") are not annotated.
        if mt.get("suf").is_some_and(|s| s.trim_start_matches('-').trim().eq_ignore_ascii_case("old"))
            || word_after(text, span.end).is_some_and(|w| w.eq_ignore_ascii_case("old"))
            || text[span.end..].trim_start().get(..6).is_some_and(|w| w.eq_ignore_ascii_case("of age"))
        {
            return;
        }
        // "the 1988 quarter": a year before a singular unit, not a count.
        if n_str.len() == 4 && n_str.bytes().all(|b| b.is_ascii_digit()) && !u_word.to_ascii_lowercase().ends_with('s') {
            return;
        }
        // "Islam will one day be ...", "hopes to one day fly": some future day.
        if n_lower == "one" && lu == "day" && span.of(text).len() == 7 {
            let prev = word_before(text, span.start).map(|w| w.to_ascii_lowercase());
            if prev.as_deref().is_some_and(|p| matches!(p, "will" | "would" | "could" | "can" | "may" | "might" | "should" | "must" | "to")) {
                let mut c = Cand::new(span, TimexKind::Date, Val::Lit("FUTURE_REF".into()), "vague_ref");
                c.prio = 2;
                out.push(c);
                return;
            }
        }
        let half = mt.get("half").is_some();
        let value = match count {
            Count::Exact(n) => {
                let n = if half { n.saturating_add(PARTS / 2) } else { n };
                if n > 100_000 * PARTS {
                    return;
                }
                duration(Some(n), unit)
            }
            Count::Vague => match unit {
                Unit::Decade => "PXY".to_string(),
                Unit::Century => "PXC".to_string(),
                u => duration(None, u),
            },
        };
        // A range ("three to four years", "the next 12 to 18 months") takes its first number.
        let mut c = Cand::new(span, TimexKind::Duration, Val::Lit(value), "duration");
        c.prio = if is_article { 1 } else { 2 };
        out.push(c);
    });
    // Headlines drop the article: "Airmen Reunite Year Later".
    ctx.each_at(re_title_later(), 0, cls::UNIT, cls::START, |mt| {
        let span = mt.whole();
        let Some(u_word) = mt.get("u") else { return };
        if !capitalized(u_word) || !super::context::in_title_line(text, span.start) {
            return;
        }
        if word_before(text, span.start).is_some_and(|w| parse_count(w).is_some() || w.eq_ignore_ascii_case("the")) {
            return;
        }
        let Some(unit) = unit_of(u_word) else { return };
        let mut c = Cand::new(mt.span("u").unwrap_or(span), TimexKind::Duration, Val::Lit(duration(Some(PARTS), unit)), "duration");
        c.prio = 1;
        out.push(c);
    });
    ctx.each_at(re_bare(), 3, cls::UNIT, cls::START, |mt| {
        let span = mt.whole();
        let m = mt.get("m").map(|m| m.to_ascii_lowercase().split_whitespace().collect::<Vec<_>>().join(" "));
        let ahead = mt.get("ahead").is_some();
        let the = mt.get("the").is_some();
        let one = mt.get("one");
        let Some(unit) = unit_of(one.or(mt.get("u")).unwrap_or("")) else { return };
        let u_start = mt.span("u").map_or(span.start, |s| s.start);
        // "a month-long strike", "day-long talks": a stretch of one unit.
        if one.is_some() && m.is_none() {
            out.push(Cand::new(Span::new(u_start, span.end), TimexKind::Duration, Val::Lit(duration(Some(PARTS), unit)), "duration"));
            return;
        }
        if m.is_none() && !ahead {
            // Needs a word that makes it a stretch of time.
            let prev = word_before(text, u_start).map(|w| w.to_ascii_lowercase());
            if the {
                // "over the years"; "in the weeks before the shooting", "in the
                // years that followed": a stretch set by the event after it.
                let before = word_before(text, span.start).map(|w| w.to_ascii_lowercase());
                let next = word_after(text, span.end).map(|w| w.to_ascii_lowercase());
                let over = before.as_deref() == Some("over");
                let framed = matches!(before.as_deref(), Some("in" | "during" | "for" | "throughout"))
                    && matches!(next.as_deref(), Some("before" | "after" | "following" | "since" | "that" | "leading" | "preceding" | "prior"));
                if !over && !framed {
                    return;
                }
            } else if !prev.as_deref().is_some_and(|p| BARE_WORDS.contains(&p))
                // "days later", "hours after the blast": TimeML marks the stretch, "later" is its signal.
                && !word_after(text, span.end).is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "later" | "earlier" | "after" | "before"))
            {
                return;
            }
            // "in days of old", "for years to come" fine; "in years past" fine.
        }
        if the && m.is_some() {
            return; // "the recent the years": malformed
        }
        let m = m.unwrap_or_default();
        let value = if m.ends_with("recent") && unit == Unit::Year {
            "PAST_REF".to_string()
        } else {
            match unit {
                Unit::Decade => "PXY".to_string(),
                Unit::Century => "PXC".to_string(),
                u => duration(None, u),
            }
        };
        let kind = if value.ends_with("_REF") { TimexKind::Date } else { TimexKind::Duration };
        out.push(Cand::new(span, kind, Val::Lit(value), "duration_vague"));
    });
}

#[cfg(test)]
mod tests {
    use super::super::tests::{check, check_none};

    #[test]
    fn durations() {
        check(&[
            ("the feud lasted a quarter century", "a quarter century", "P25Y"),
            ("Islam will one day be the second largest religion", "one day", "FUTURE_REF"),
            ("She hopes to one day fly to Mars.", "one day", "FUTURE_REF"),
            ("The strike will last one day.", "one day", "P1D"),
            ("The talks could last two weeks.", "two weeks", "P2W"),
            ("in the last two weeks", "the last two weeks", "P2W"),
            ("after a quarter of a century in power", "a quarter of a century", "P25Y"),
            ("a quarter-century of rule", "a quarter-century", "P25Y"),
            ("after a half-century of rule", "a half-century", "P50Y"),
            ("for 20-odd years", "20-odd years", "P20Y"),
            ("with 30-plus years in office", "30-plus years", "P30Y"),
            ("for a half hour", "a half hour", "PT30M"),
            ("in the waning days of the session", "the waning days", "PXD"),
            ("for a quarter hour", "a quarter hour", "PT15M"),
            ("the first in five months following", "five months", "P5M"),
            ("talks lasted 40 minutes.", "40 minutes", "PT40M"),
            ("over the past 11 years the", "the past 11 years", "P11Y"),
            ("In the last twenty four hours, the", "the last twenty four hours", "PT24H"),
            ("would take three to four years to", "three to four years", "P3Y"),
            ("It took 2 1/2 years", "2 1/2 years", "P2Y6M"),
            ("for a minute and a half", "a minute and a half", "PT1M30S"),
            ("a two-year deal", "two-year", "P2Y"),
            ("a 30-day notice", "30-day", "P30D"),
            ("for nearly two decades", "nearly two decades", "P20Y"),
            ("for a few days", "a few days", "PXD"),
            ("for years", "years", "PXY"),
            ("Police saw his car in the weeks before the shooting.", "the weeks", "PXW"),
            ("In the years that followed, the town grew.", "the years", "PXY"),
            ("Prices have risen over the years.", "the years", "PXY"),
            ("in the decades after the war", "the decades", "PXY"),
            ("in recent months", "recent months", "PXM"),
            ("in the coming weeks", "the coming weeks", "PXW"),
            ("flew for 30 hours straight", "30 hours", "PT30H"),
            ("after twenty six years", "twenty six years", "P26Y"),
            ("in the next 14 months", "the next 14 months", "P14M"),
            ("an hour later", "an hour", "PT1H"),
            ("after 15 min", "15 min", "PT15M"),
            ("in recent quarters", "recent quarters", "PXQ"),
            ("Airmen Reunite Five Months Later\n\nText", "Five Months", "P5M"),
            ("Three days later, the", "Three days", "P3D"),
            ("Misawa Airmen Reunite Year Later\n\nBy", "Year", "P1Y"),
            ("for 3.5 years", "3.5 years", "P3Y6M"),
            ("after a month-long strike", "a month-long", "P1M"),
            ("after their third week-long round", "week-long", "P1W"),
            ("the day-long talks ended", "day-long", "P1D"),
            ("the weeklong festival ended", "weeklong", "P1W"),
            ("a yearlong inquiry", "yearlong", "P1Y"),
            ("Days later, police found the car.", "Days", "PXD"),
            ("he was freed hours after the raid", "hours", "PTXH"),
            ("in the first hours of the war", "the first hours", "PTXH"),
            ("prices will rise in the years to come", "the years to come", "PXY"),
        ]);
    }

    #[test]
    fn duration_negatives() {
        check_none(&["for a second time", "a quarter of the vote", "profit fell in a quarter", "he paid a quarter", "the 45th Wing", "the first day", "Kim, 52 years old, said", "a 45-year-old man", "he told CBS's \"60 Minutes\" program", "in the days of old", "the years were good",
            "It costs $5 million a year.", "1,000 flights a day", "growth of 5% a year", "up from four flights a week"]);
        super::super::tests::check_not("Sales for the years 2010 and 2011 rose.", "the years");
    }
}
