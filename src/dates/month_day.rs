//! Dates written with a month name: "Nov. 17", "November 17, 2019",
//! "MARCH 27, 2018", "Friday, Oct. 23", "17 November 2019", "the 17th of
//! November", "March 2015", and a month alone ("in June", "early December",
//! "last May", "July last year", "each July").
//!
//! "May" and "March" alone are also a verb, a modal and names, so alone they
//! count only after a word that introduces a time ("in May", "since March").

use super::context::{pattern, M, capitalized, sentence_initial, tense_near, word_after, word_before, Cand, Ctx};
use super::lexicon::{apat, cls, lex};
use super::value::{Dir, Point, Val};
use super::{calendar::days_in_month, TimexKind};
use crate::span::Span;

pattern! {
    /// Month then day: "Nov. 17", "Friday, Oct. 23, 1998".
    fn re_month_day() = apat(r"{B}(?:(?P<rel>last|this|next|this\s+past|this\s+coming)\s+)?(?:(?P<wd>{WD}),?\s+)?(?P<mon>{MONTH})\s*(?P<day>[0-9]{1,2})(?:st|nd|rd|th)?{B}(?:,?\s*(?P<year>[12][0-9]{3}){B}|,?\s+(?P<ry>last|this|next)\s+year{B})?")
}

pattern! {
    /// Day then month: "17 November 2019", "the 17th of November".
    fn re_day_month() = apat(r"{B}(?:(?P<wd>{WD}),?\s+)?(?:(?P<the>the)\s+)?(?:(?P<day>[0-9]{1,2})(?P<suf>st|nd|rd|th)?|(?P<dayw>{ORDW})){B}\s+(?P<of>of\s+)?(?P<mon>{MONTH})(?:,?\s*(?P<year>[12][0-9]{3}){B})?")
}

pattern! {
    /// Month and year: "March 2015", "early June 1989", "March of 2015".
    fn re_month_year() = apat(r"{B}(?:(?P<mod>early|late|mid|the\s+(?:end|beginning|start|middle)\s+of)[\s-]*)?(?P<mon>{MONTH}),?\s+(?:of\s+)?(?P<year>[12][0-9]{3}){B}")
}

pattern! {
    /// A month alone, with its modifiers.
    fn re_month() = apat(r"{B}(?:(?P<mod>early|late|mid|the\s+(?:end|beginning|start|middle)\s+of|this\s+past|this\s+coming|last|this|next|coming|past|each|every)[\s-]+)?(?P<mon>{MONTH})(?:\s+(?P<rel>last|this|next)\s+year{B})?")
}

/// Words after which a bare month name is a month ("in May", "since March").
const TIME_WORDS: &[&str] = &[
    "in", "of", "since", "until", "till", "by", "from", "through", "thru", "to", "during", "before", "after",
    "between", "early", "late", "mid", "last", "next", "this", "each", "every", "around", "about", "for",
    "starting", "beginning", "ending", "throughout", "until", "since", "as", "on", "late-", "mid-", "early-",
    "that", "past", "coming",
];

fn month_of(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    lex().month.get(w.as_str()).copied()
}

/// A month name as written: capitalised, and an abbreviation without a full
/// stop only when it is not also a common word.
fn month_ok(word: &str) -> bool {
    capitalized(word)
}

fn day_ok(y: Option<i32>, m: u8, d: u32) -> bool {
    d >= 1 && d <= days_in_month(y.unwrap_or(2000), m) as u32
}

/// Checks what follows a day number: not a clock time, decimal, count or score.
fn after_day_ok(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    let mut it = rest.chars();
    match (it.next(), it.next()) {
        (Some(':' | '.' | ',' | '/' | '-'), Some(c)) if c.is_ascii_digit() => return false,
        (Some('%'), _) => return false,
        _ => {}
    }
    !word_after(text, end).is_some_and(|w| lex().quantity_nouns.contains(w.to_ascii_lowercase().as_str()))
}

fn year_of(mt: &M, text: &str) -> Option<(i32, Span)> {
    let ys = mt.span("year")?;
    let end = ys.end;
    // "Nov. 17, 1500 troops": the number counts troops.
    if word_after(text, end).is_some_and(|w| lex().quantity_nouns.contains(w.to_ascii_lowercase().as_str())) {
        return None;
    }
    if text[end..].starts_with([',', '.']) && text[end..].chars().nth(1).is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    Some((mt.get("year")?.parse().ok()?, ys))
}

#[inline(never)]
pub(super) fn parse(ctx: &Ctx, out: &mut Vec<Cand>) {
    let text = ctx.text;
    // Month day [year].
    ctx.each_at(re_month_day(), 3, cls::MONTH, cls::START | cls::WEEKDAY, |mt| {
        let Some(mon_s) = mt.get("mon") else { return };
        let Some(m) = month_of(mon_s) else { return };
        if !month_ok(mon_s) || mt.get("wd").is_some_and(|w| !capitalized(w)) {
            return;
        }
        let Some(day_sp) = mt.span("day") else { return };
        let Ok(d) = mt.get("day").unwrap_or("").parse::<u32>() else { return };
        let mut span = mt.whole();
        let year = year_of(mt, text);
        let rel_year = mt.get("ry").map(|r| match r.to_ascii_lowercase().as_str() {
            "last" => -1,
            "next" => 1,
            _ => 0,
        });
        if year.is_none() && rel_year.is_none() {
            span.end = end_after_day(text, day_sp.end);
            // "July 12 - 14, 2023": both days, in the year written after the second.
            if let Some(RangeEnd { span: d2_span, day: d2, year: y2 }) = range_end(text, span.end, d) {
                let y = y2.map(|(y, _)| y);
                if mt.get("rel").is_some() || !day_ok(y, m, d) || !day_ok(y, m, d2) {
                    return;
                }
                let in_year = |day: u32| {
                    let p = Point::Day(y, Some(m), Some(day as u8));
                    if y.is_some() { Val::Pt(p) } else { Val::NoYear(p, Dir::Auto) }
                };
                push(text, out, span, in_year(d), "month_day", 3);
                let end = y2.map_or(d2_span.end, |(_, ys)| ys.end);
                push(text, out, Span::new(d2_span.start, end), in_year(d2), "month_day_range", 3);
                return;
            }
            if !after_day_ok(text, span.end) {
                return;
            }
        }
        let y = year.map(|(y, _)| y);
        if !day_ok(y, m, d) {
            return;
        }
        let point = Point::Day(y, Some(m), Some(d as u8));
        let dir = match mt.get("rel").map(|r| r.to_ascii_lowercase()).as_deref() {
            Some("last") | Some("this past") => Dir::Last,
            Some("next") | Some("this coming") => Dir::Next,
            Some(_) => Dir::This,
            None => Dir::Auto,
        };
        let wd = mt.get("wd").and_then(|w| lex().weekday.get(w.to_ascii_lowercase().as_str()).copied());
        let val = match (y, wd, rel_year) {
            (Some(_), _, _) => Val::Pt(point),
            (None, _, Some(n)) => Val::InYear(point, n),
            (None, Some(wd), None) if dir == Dir::Auto => Val::DayWithWeekday(point, wd),
            (None, _, None) => Val::NoYear(point, dir),
        };
        // "the week of March 6": that day's week.
        let before = text[..span.start].trim_end();
        let lower_before = before.get(before.len().saturating_sub(11)..).map(|s| s.to_ascii_lowercase());
        if mt.get("wd").is_none() && mt.get("rel").is_none() && lower_before.as_deref() == Some("the week of") {
            let start = before.len() - 11;
            if text[..start].is_empty() || !text[..start].ends_with(|c: char| c.is_ascii_alphanumeric()) {
                push(text, out, Span::new(start, span.end), Val::WeekOf(point), "week_of", 4);
                return;
            }
        }
        push(text, out, span, val, "month_day", 3);
    });
    // Day month [year].
    ctx.each_at(re_day_month(), 4, cls::MONTH, cls::START | cls::WEEKDAY | cls::DIGITS | cls::ORDINAL_NUMBER | cls::ORDINAL_WORD, |mt| {
        let Some(mon_s) = mt.get("mon") else { return };
        let Some(m) = month_of(mon_s) else { return };
        if !month_ok(mon_s) || mt.get("wd").is_some_and(|w| !capitalized(w)) {
            return;
        }
        let d = if let Some(ds) = mt.get("day") {
            // A bare number before a month needs a suffix, "of", or to start the phrase:
            // "17 November" yes, "about 20 March protesters" is rare enough.
            let Ok(d) = ds.parse::<u32>() else { return };
            d
        } else {
            // Ordinal words need "of": "the seventeenth of November".
            if mt.get("of").is_none() {
                return;
            }
            let Some(w) = mt.get("dayw") else { return };
            match lex().ordinal.get(w.to_ascii_lowercase().as_str()) {
                Some(d) => *d,
                None => return,
            }
        };
        let mut span = mt.whole();
        let year = year_of(mt, text);
        if year.is_none() {
            if let Some(ms) = mt.span("mon") {
                span.end = ms.end;
            }
        }
        // "5 March" after a number word is a count ("the 5 March protesters" aside).
        if word_before(text, span.start).is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit())) {
            return;
        }
        let y = year.map(|(y, _)| y);
        if !day_ok(y, m, d) {
            return;
        }
        let point = Point::Day(y, Some(m), Some(d as u8));
        let wd = mt.get("wd").and_then(|w| lex().weekday.get(w.to_ascii_lowercase().as_str()).copied());
        let val = match (y, wd) {
            (Some(_), _) => Val::Pt(point),
            (None, Some(wd)) => Val::DayWithWeekday(point, wd),
            (None, None) => Val::NoYear(point, Dir::Auto),
        };
        push(text, out, span, val, "day_month", 3);
    });
    // Month year.
    ctx.each_at(re_month_year(), 4, cls::MONTH, cls::START, |mt| {
        let Some(mon_s) = mt.get("mon") else { return };
        let Some(m) = month_of(mon_s) else { return };
        if !month_ok(mon_s) {
            return;
        }
        let Some((y, _)) = year_of(mt, text) else { return };
        let span = mt.whole();
        push(text, out, span, Val::Pt(Point::Month(Some(y), Some(m))), "month_year", 2);
    });
    // Month alone.
    ctx.each_at(re_month(), 4, cls::MONTH, cls::START, |mt| {
        let Some(mon_s) = mt.get("mon") else { return };
        let Some(m) = month_of(mon_s) else { return };
        if !month_ok(mon_s) {
            return;
        }
        let span = mt.whole();
        let mon_sp = mt.span("mon").unwrap_or(span);
        let md = mt.get("mod").map(|s| s.to_ascii_lowercase());
        let rel = mt.get("rel").map(|s| s.to_ascii_lowercase());
        let lower = mon_s.trim_end_matches('.').to_ascii_lowercase();
        let is_abbr = lower.len() <= 4 && lower != "may" && lower != "june" && lower != "july";
        if md.is_none() && rel.is_none() {
            let prev = word_before(text, mon_sp.start).map(|w| w.to_ascii_lowercase());
            let prev_is_time = prev.as_deref().is_some_and(|w| TIME_WORDS.contains(&w));
            let prev_pair = prev.as_deref().is_some_and(|w| matches!(w, "and" | "or" | "to" | "through"))
                && word_before(text, prev_start(text, mon_sp.start)).and_then(month_of).is_some();
            let next = word_after(text, mon_sp.end);
            let risky = matches!(lower.as_str(), "may" | "march") || is_abbr;
            // "the March accession", "the May elections": a month naming an event.
            let the_noun = prev.as_deref() == Some("the")
                && !is_abbr
                && next.is_some_and(|w| {
                    w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                        && !matches!(w, "on" | "of" | "to" | "for" | "through" | "in" | "from" | "into" | "across" | "against" | "toward" | "towards" | "by" | "at" | "and" | "or" | "was" | "is" | "will" | "had" | "has")
                });
            if risky && !(prev_is_time || prev_pair || the_noun) {
                return;
            }
            // "the March on Washington", "in May I" are not months either.
            if risky && prev.as_deref() == Some("the") && !the_noun {
                return;
            }
            if lower == "may" && next.is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "i" | "we" | "you" | "he" | "she" | "it" | "they" | "be" | "not" | "have")) {
                return;
            }
            // A capitalised word after a month name is usually a surname ("June Carter").
            if !prev_is_time && !prev_pair {
                if let Some(nw) = next {
                    if capitalized(nw) && month_of(nw).is_none() && !lex().weekday.contains_key(nw.to_ascii_lowercase().as_str()) {
                        return;
                    }
                }
                if sentence_initial(text, mon_sp.start) && next.is_some_and(capitalized) {
                    return;
                }
            }
            if mon_s.ends_with('.') && is_abbr && !prev_is_time {
                return;
            }
            // "February 30": a day that failed to make a date.
            if next.is_some_and(|w| w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit())) {
                return;
            }
        }
        let point = Point::Month(None, Some(m));
        let (val, kind, rule) = match (md.as_deref(), rel.as_deref()) {
            (Some("each" | "every"), _) => (Val::Lit(format!("XXXX-{m:02}")), TimexKind::Set, "month_set"),
            (_, Some(r)) => {
                let n = match r {
                    "last" => -1,
                    "next" => 1,
                    _ => 0,
                };
                (Val::InYear(point, n), TimexKind::Date, "month")
            }
            (Some(md), None) => {
                let dir = match md {
                    "last" | "this past" | "past" => Dir::Last,
                    "this" => Dir::This,
                    "next" | "coming" | "this coming" => Dir::Next,
                    _ => Dir::Auto,
                };
                (Val::NoYear(point, dir), TimexKind::Date, "month")
            }
            (None, None) => (Val::NoYear(point, Dir::Auto), TimexKind::Date, "month"),
        };
        let mut c = Cand::new(span, kind, val, rule);
        c.tense = tense_near(text, span);
        out.push(c);
    });
}

/// Start of the word right before `pos` (for looking two words back).
fn prev_start(text: &str, pos: usize) -> usize {
    match word_before(text, pos) {
        Some(w) => {
            let end = text[..pos].trim_end().len();
            end.saturating_sub(w.len())
        }
        None => pos,
    }
}

/// The end of "17" or "17th" starting from the end of the digits.
fn end_after_day(text: &str, digits_end: usize) -> usize {
    let rest = &text[digits_end..];
    for suf in ["st", "nd", "rd", "th", "ST", "ND", "RD", "TH"] {
        if rest.starts_with(suf) {
            return digits_end + 2;
        }
    }
    digits_end
}

/// The second day of a range: its span, its number, and the year after it.
struct RangeEnd {
    span: Span,
    day: u32,
    year: Option<(i32, Span)>,
}

/// The second day of a range that follows a month's day ending at `first_end`:
/// "July 12 - 14, 2023", "Nov. 3-5", "April 24 and 25", "May 1 to 3": its
/// span (digits and suffix), its number, and a year written right after it.
fn range_end(text: &str, first_end: usize, first_day: u32) -> Option<RangeEnd> {
    let skip_spaces = |p: usize| p + text[p..].len() - text[p..].trim_start_matches(' ').len();
    let p = skip_spaces(first_end);
    let rest = &text[p..];
    let link = ["-", "–", "—", "to ", "through ", "and ", "until "].into_iter().find(|l| rest.starts_with(l))?;
    let start = skip_spaces(p + link.len());
    let digits = text[start..].bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let day: u32 = text[start..start + digits].parse().ok()?;
    let end = end_after_day(text, start + digits);
    if day <= first_day || text[end..].starts_with(|c: char| c.is_ascii_alphanumeric()) || !after_day_ok(text, end) {
        return None;
    }
    // "May 1 to 3 p.m." ends in a clock time.
    if word_after(text, end).is_some_and(|w| {
        let w = w.to_ascii_lowercase();
        w.starts_with("a.m") || w.starts_with("p.m") || w == "am" || w == "pm" || w == "o'clock"
    }) {
        return None;
    }
    let after = &text[end..];
    let after_comma = after.strip_prefix(',').unwrap_or(after);
    let y_start = end + (after.len() - after_comma.len()) + (after_comma.len() - after_comma.trim_start_matches(' ').len());
    let y_digits = text[y_start..].bytes().take_while(u8::is_ascii_digit).count();
    let year = (y_digits == 4 && matches!(text.as_bytes()[y_start], b'1' | b'2'))
        .then(|| text[y_start..y_start + 4].parse::<i32>().ok().map(|y| (y, Span::new(y_start, y_start + 4))))
        .flatten()
        .filter(|_| !text[y_start + 4..].starts_with(|c: char| c.is_ascii_alphanumeric()));
    Some(RangeEnd { span: Span::new(start, end), day, year })
}

fn push(text: &str, out: &mut Vec<Cand>, span: Span, val: Val, rule: &'static str, prio: u8) {
    let mut c = Cand::new(span, TimexKind::Date, val, rule);
    c.tense = tense_near(text, span);
    c.prio = prio;
    out.push(c);
}

#[cfg(test)]
mod tests {
    use super::super::tests::{check, check_none, check_not};

    #[test]
    fn month_day_forms() {
        check(&[
            ("held talks in Bangkok on Nov. 17. The", "Nov. 17", "2019-11-17"),
            ("Published July 30, 2010", "July 30, 2010", "2010-07-30"),
            ("Mar 29, 2016 Washington", "Mar 29, 2016", "2016-03-29"),
            ("TOKYO, MARCH 27, 2018 --", "MARCH 27, 2018", "2018-03-27"),
            ("ended on Sept. 30 this", "Sept. 30", "2019-09-30"),
            ("the vote on Friday, Oct. 23, 1998, was", "Friday, Oct. 23, 1998", "1998-10-23"),
            ("signed on 17 November 2019 in", "17 November 2019", "2019-11-17"),
            ("on the 3rd of December the", "the 3rd of December", "2019-12-03"),
            ("Nov 15 was a Friday", "Nov 15", "2019-11-15"),
            ("by Nov. 17th the", "Nov. 17th", "2019-11-17"),
            ("ended in March 2015 and", "March 2015", "2015-03"),
            ("a meeting in June in Singapore", "June", "2019-06"),
            ("since last May the", "last May", "2019-05"),
            ("The March accession made them members.", "March", "2019-03"),
            ("The party lost the May elections.", "May", "2019-05"),
            ("in early December the", "early December", "2019-12"),
            ("in mid-November", "mid-November", "2019-11"),
            ("held each July in", "each July", "XXXX-07"),
            ("in July last year", "July last year", "2018-07"),
            ("He was shot last Oct. 23 at home", "last Oct. 23", "2019-10-23"),
            ("It expired on Nov. 22 last year.", "Nov. 22 last year", "2018-11-22"),
            ("in an editorial on Saturday, April 25, the", "Saturday, April 25", "2020-04-25"),
            ("said on Wednesday, April 25, the", "Wednesday, April 25", "2018-04-25"),
            ("the end of October", "the end of October", "2019-10"),
            ("On April 8 — the plant was", "April 8", "2019-04-08"),
            ("A hearing will be held the week of March 6.", "the week of March 6", "2020-W10"),
            ("They met the week of March 4 in Paris.", "the week of March 4", "2019-W10"),
            ("The trial begins the week of Nov. 25.", "the week of Nov. 25", "2019-W48"),
            ("during the week of Jan. 7, 2019", "the week of Jan. 7, 2019", "2019-W02"),
        ]);
    }

    #[test]
    fn day_ranges_share_the_month_and_year() {
        // [input, expression, value]: both days, the year written after the second.
        check(&[
            ("The festival runs July 12 - 14, 2023.", "July 12", "2023-07-12"),
            ("The festival runs July 12 - 14, 2023.", "14, 2023", "2023-07-14"),
            ("The fair ran July 12-14, 2015, in Ohio.", "July 12", "2015-07-12"),
            ("The fair ran July 12-14, 2015, in Ohio.", "14, 2015", "2015-07-14"),
            ("Talks were held Nov. 3–5 in Seoul.", "Nov. 3", "2019-11-03"),
            ("Talks were held Nov. 3–5 in Seoul.", "5", "2019-11-05"),
            ("the summit on April 24 and 25 drew", "25", "2020-04-25"),
            ("They met from Oct. 1 to 3 in Busan.", "3", "2019-10-03"),
        ]);
        // Not a second day: a share, a clock time, a smaller number, an impossible day.
        check_not("The vote on Nov. 3 and 25 percent of voters", "25");
        check_not("Polls open Nov. 3 to 8 p.m.", "8");
        check_not("They met Nov. 14-12.", "12");
        check_not("They met Feb. 27-31.", "Feb. 27");
    }

    #[test]
    fn month_negatives() {
        check_none(&[
            "May I ask a question?",
            "Theresa May said the talks failed.",
            "They will march on the capital.",
            "Troops march through town.",
            "June Carter sang.",
            "the March on Washington drew crowds",
            "the March for Our Lives drew crowds",
            "you may leave",
            "Nov. 31 never comes",
            "February 30 never comes",
            "They may 5 times",
            "The Jan meeting",
        ]);
        check_not("It happened on March 5:30 p.m.", "March 5");
    }
}
