//! Named holidays: "Christmas", "Thanksgiving Day", "New Year's Eve",
//! "Memorial Day", "Easter Sunday", "Election Day", "last Christmas",
//! "Christmas 2019". Names and rules are data (`data/holidays.txt`).

use super::context::{pattern, tense_near, word_after, Cand, Ctx};
use super::lexicon::{alternation, cls, lex};
use super::value::{Dir, Val};
use super::TimexKind;

pattern! {
    fn re() = {
        // Case-sensitive: holidays are capitalised, "christmas tree" in lower case is rare.
        // ASCII white space (`(?-u:\s)`): no Unicode class tables are compiled in.
        let names = alternation(lex().holidays.iter().map(|(n, _)| *n)).replace("\\ ", r"(?-u:\s)+");
        let b = super::lexicon::B;
        let s = r"(?-u:\s)";
        format!(r"^{b}(?:(?P<mod>last|this|next|this{s}+past|this{s}+coming){s}+)?(?P<name>{names}){b}(?:,?{s}+(?P<y>[12][0-9]{{3}}){b})?")
    }
}

#[inline(never)]
pub(super) fn parse(ctx: &Ctx, out: &mut Vec<Cand>) {
    let text = ctx.text;
    ctx.each_at_cased(re(), 2, cls::HOLIDAY, cls::START | cls::HOLIDAY, |mt| {
        let span = mt.whole();
        let Some(name) = mt.get("name") else { return };
        let norm = name.split_whitespace().collect::<Vec<_>>().join(" ");
        let Some(&(_, rule)) = lex().holidays.iter().find(|(n, _)| *n == norm) else { return };
        let name_end = mt.span("name").map_or(span.end, |s| s.end);
        // "Easter Island", "Christmas Island", "Easter Rising", "the Good Friday Agreement".
        if word_after(text, name_end).is_some_and(|w| matches!(w, "Island" | "Islands" | "Rising" | "Offensive" | "Carol" | "Carols" | "Agreement" | "Accord" | "Accords")) {
            return;
        }
        let year = mt.get("y").and_then(|y| y.parse::<i32>().ok());
        let dir = match mt.get("mod") {
            Some("last") | Some("this past") => Dir::Last,
            Some("next") | Some("this coming") => Dir::Next,
            Some("this") => Dir::This,
            _ => Dir::Auto,
        };
        let mut c = Cand::new(span, TimexKind::Date, Val::Holiday(rule, year, dir), "holiday");
        c.tense = tense_near(text, span);
        c.prio = 2;
        out.push(c);
    });
}

#[cfg(test)]
mod tests {
    use super::super::tests::{check, check_none};

    #[test]
    fn holidays() {
        check(&[
            ("They met on Christmas Day 2018.", "Christmas Day 2018", "2018-12-25"),
            ("before Thanksgiving Day, sales will rise", "Thanksgiving Day", "2019-11-28"),
            ("They shopped last Christmas.", "last Christmas", "2018-12-25"),
            ("after Memorial Day 2019", "Memorial Day 2019", "2019-05-27"),
            ("before Easter 2020", "Easter 2020", "2020-04-12"),
            ("He takes office on Inauguration Day.", "Inauguration Day", "2020-01-20"),
        ]);
    }

    #[test]
    fn holiday_negatives() {
        check_none(&["Easter Island statues", "christmas", "under the Good Friday Agreement"]);
    }
}
