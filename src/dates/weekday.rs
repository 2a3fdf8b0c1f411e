//! Weekdays: "Friday", "last Friday", "this coming Sunday", "early Tuesday",
//! "Wednesday night", and the sets "Mondays", "every Thursday", "Tuesday nights".
//!
//! A bare weekday is resolved in `refine` by the tense around it: news
//! reports mostly look back ("said Friday"), so the past is the default.

use super::context::{pattern, capitalized, tense_near, word_after, word_before, Cand, Ctx};
use super::lexicon::{apat, cls, lex};
use super::value::{Dir, Tense, Tod, Val};
use super::TimexKind;

pattern! {
    fn re() = apat(r"{B}(?:(?P<mod>last|next|this\s+past|this\s+coming|this|coming|past|the\s+previous|the\s+following|the\s+next|the\s+same|early|late|earlier|later|every|each)\s+)?(?P<wd>{WD})(?P<pl>s)?{B}(?:(?:['’]s)?\s+(?P<tod>mornings?|afternoons?|evenings?|nights?|overnight){B})?")
}

/// TimeML's part of day for a word.
pub(crate) fn part_of_day(w: &str) -> Option<&'static str> {
    let w = w.to_ascii_lowercase();
    Some(match w.trim_end_matches('s') {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        "night" | "overnight" | "tonight" => "NI",
        _ => return None,
    })
}

#[inline(never)]
pub(super) fn parse(ctx: &Ctx, out: &mut Vec<Cand>) {
    let text = ctx.text;
    ctx.each_at(re(), 2, cls::WEEKDAY, cls::START, |mt| {
        let Some(wd_s) = mt.get("wd") else { return };
        if !capitalized(wd_s) {
            return;
        }
        let Some(&wd) = lex().weekday.get(wd_s.to_ascii_lowercase().as_str()) else { return };
        let span = mt.whole();
        let wd_span = mt.span("wd").unwrap_or(span);
        let md = mt.get("mod").map(|s| s.to_ascii_lowercase().split_whitespace().collect::<Vec<_>>().join(" "));
        // "the Sunday Times", "Black Friday sales" are names more than dates.
        if md.is_none() {
            if let Some(next) = word_after(text, wd_span.end) {
                if matches!(next, "Times" | "Telegraph" | "Express" | "Mirror" | "Herald" | "Post" | "Mail" | "Independent" | "School" | "Service" | "Club") {
                    return;
                }
            }
            if word_before(text, wd_span.start).is_some_and(|w| matches!(w, "Girl" | "Man" | "Black" | "Cyber" | "Super" | "Ash" | "Palm" | "Bloody" | "Good")) {
                // "Black Friday", "Super Tuesday", "Good Friday": holidays and names.
                return;
            }
        }
        // "Monday Night Football", "Tuesday Morning Corp.": names (headlines aside).
        if mt.get("tod").is_some_and(capitalized) && !super::context::in_title_line(text, span.start) {
            return;
        }
        let tod = mt.get("tod").and_then(part_of_day);
        let plural_tod = mt.get("tod").is_some_and(|t| t.ends_with('s'));
        let set = mt.get("pl").is_some() || matches!(md.as_deref(), Some("every" | "each")) || plural_tod;
        if set {
            let iso = wd + 1;
            let value = match tod {
                Some(p) => format!("XXXX-WXX-{iso}T{p}"),
                None => format!("XXXX-WXX-{iso}"),
            };
            out.push(Cand::new(span, TimexKind::Set, Val::Lit(value), "weekday_set"));
            return;
        }
        let val = match md.as_deref() {
            Some("last" | "this past" | "past") => Val::Weekday(wd, Dir::Last),
            Some("next" | "this coming" | "coming") => Val::Weekday(wd, Dir::Next),
            Some("this") => Val::Weekday(wd, Dir::This),
            Some("the previous") => Val::WeekdayAna(wd, Dir::Last),
            Some("the following" | "the next") => Val::WeekdayAna(wd, Dir::Next),
            _ => Val::Weekday(wd, Dir::Auto),
        };
        let mut c = Cand::new(span, TimexKind::Date, val, "weekday");
        // "earlier Monday" has passed, "later Monday" is still ahead (either may be today).
        c.tense = match md.as_deref() {
            Some("earlier") => Tense::Past,
            Some("later") => Tense::Future,
            _ => tense_near(text, span),
        };
        c.tod = tod.map(Tod::Part);
        c.prio = 2;
        out.push(c);
    });
}

#[cfg(test)]
mod tests {
    use super::super::tests::{check, check_none};

    #[test]
    fn weekdays() {
        // The reference, 2019-11-18, is a Monday.
        check(&[
            ("The ministers met Friday in Seoul.", "Friday", "2019-11-15"),
            ("The ministers will meet Friday in Seoul.", "Friday", "2019-11-22"),
            ("He spoke last Tuesday.", "last Tuesday", "2019-11-12"),
            ("They will vote next Monday.", "next Monday", "2019-11-25"),
            ("It happened Wednesday night.", "Wednesday night", "2019-11-13TNI"),
            ("The office is closed on Mondays.", "Mondays", "XXXX-WXX-1"),
            ("They meet every Thursday.", "every Thursday", "XXXX-WXX-4"),
            ("He flew in early Sunday.", "early Sunday", "2019-11-17"),
            ("The talks resume Monday.", "Monday", "2019-11-18"),
            // "earlier" / "later" set the direction whatever the verbs say; either may be today.
            ("Police, who arrested him earlier Friday, will say", "earlier Friday", "2019-11-15"),
            ("The committee said it votes later Monday.", "later Monday", "2019-11-18"),
            ("Officials said the vote comes later Wednesday.", "later Wednesday", "2019-11-20"),
            ("He resigned earlier Monday.", "earlier Monday", "2019-11-18"),
            // A bare weekday in a past-tense sentence is the most recent one.
            ("The vote was held Sunday.", "Sunday", "2019-11-17"),
            ("Crowds gathered Wednesday (Nov. 13) in Seoul.", "Wednesday", "2019-11-13"),
        ]);
    }

    #[test]
    fn weekday_negatives() {
        check_none(&["the Sunday Times reported", "my friday plans", "Black Friday sales", "Super Tuesday primaries", "He watched Monday Night Football."]);
    }
}
