//! Sets (repeated times): "daily", "annually", "semi-annual", "every week",
//! "each year", "every two years", "every other week", "twice a year",
//! "three times a week". Not the rate of an amount ("$5 million a year",
//! "1,000 flights a day", "8% per annum", "15 million instructions per
//! second"): a measure, like a speed, which TimeML does not tag.

use super::context::{pattern, capitalized, sentence_initial, Cand, Ctx};
use super::duration::unit_of;
use super::lexicon::{Count, PARTS, alternation, apat, cls, lex, parse_count};
use super::value::{duration, Unit, Val};
use super::TimexKind;

pattern! {
    fn re_words() = {
        let words = alternation(lex().sets.iter().map(|(p, _)| *p));
        apat(&format!(r"{{B}}(?:{words}){{B}}"))
    }
}

pattern! {
    fn re_every() = apat(r"{B}(?:every|each)\s+(?:(?P<other>other)\s+)?(?:(?P<n>{COUNT})\s+)?(?P<u>{UNIT}|weekend|morning|afternoon|evening|night){B}")
}

pattern! {
    fn re_times() = apat(r"{B}(?P<f>once|twice|thrice|(?:{COUNT})\s+times)\s+(?:a|an|per|each|every)\s+(?P<u>second|minute|hour|day|night|week|month|quarter|year|decade){B}")
}

fn one(unit: Unit) -> String {
    duration(Some(PARTS), unit)
}

fn unit_or_special(w: &str) -> Option<Unit> {
    match w.to_ascii_lowercase().as_str() {
        "night" => Some(Unit::Day),
        "weekend" => Some(Unit::Weekend),
        other => unit_of(other),
    }
}

#[inline(never)]
pub(super) fn parse(ctx: &Ctx, out: &mut Vec<Cand>) {
    let text = ctx.text;
    ctx.each_at(re_words(), 0, cls::SET, cls::START, |mt| {
        let span = mt.whole();
        let word = span.of(text);
        // "the JoongAng Daily", "Annual Report" titles: a capital inside a sentence.
        if capitalized(word) && !sentence_initial(text, span.start) {
            return;
        }
        let lower = word.to_ascii_lowercase();
        // "its quarterly dividend": a property of a report, not a repeated time.
        if lower == "quarterly" && super::context::word_after(text, span.end).is_some_and(|w| w.bytes().all(|b| b.is_ascii_lowercase())) {
            return;
        }
        let Some((_, v)) = lex().sets.iter().find(|(p, _)| *p == lower) else { return };
        let mut c = Cand::new(span, TimexKind::Set, Val::Lit((*v).to_string()), "set");
        c.prio = 2;
        out.push(c);
    });
    ctx.each_at(re_every(), 0, cls::FREQUENCY, cls::START, |mt| {
        let span = mt.whole();
        let u_word = mt.get("u").unwrap_or("").to_ascii_lowercase();
        if let Some(part) = super::weekday::part_of_day(&u_word) {
            // "every morning": each day's morning.
            if mt.get("n").is_none() && mt.get("other").is_none() {
                let mut c = Cand::new(span, TimexKind::Set, Val::Lit(format!("XXXX-XX-XXT{part}")), "set_every");
                c.prio = 3;
                out.push(c);
            }
            return;
        }
        let Some(unit) = mt.get("u").and_then(unit_or_special) else { return };
        let mut n = match mt.get("n").map(parse_count) {
            None => PARTS,
            Some(Some(Count::Exact(n))) => n,
            Some(_) => return,
        };
        if mt.get("other").is_some() {
            n = n.saturating_mul(2);
        }
        let value = if unit == Unit::Weekend { "XXXX-WXX-WE".to_string() } else { duration(Some(n), unit) };
        let mut c = Cand::new(span, TimexKind::Set, Val::Lit(value), "set_every");
        c.prio = 3;
        out.push(c);
    });
    ctx.each_at(re_times(), 4, cls::FREQUENCY, cls::START | cls::NUMBER_WORD | cls::DIGITS, |mt| {
        let Some(unit) = mt.get("u").and_then(unit_or_special) else { return };
        let mut c = Cand::new(mt.whole(), TimexKind::Set, Val::Lit(one(unit)), "set_frequency");
        c.prio = 3;
        out.push(c);
    });
}

#[cfg(test)]
mod tests {
    use super::super::tests::{check, check_none};

    #[test]
    fn sets() {
        check(&[
            ("held annually in", "annually", "P1Y"),
            ("a monthly meeting", "monthly", "P1M"),
            ("a semi-annual review", "semi-annual", "P6M"),
            ("They meet every week.", "every week", "P1W"),
            ("It is held every two years.", "every two years", "P2Y"),
            ("every other week", "every other week", "P2W"),
            ("twice a year", "twice a year", "P1Y"),
            ("They meet three times a week.", "three times a week", "P1W"),
            ("each year", "each year", "P1Y"),
            ("they brief each morning", "each morning", "XXXX-XX-XXTMO"),
            ("dividends paid quarterly", "quarterly", "P3M"),
        ]);
    }

    #[test]
    fn set_negatives() {
        check_none(&["the Korea JoongAng Daily reported", "the Daily Mail said", "an annual report", "paid 8% per annum", "15 million instructions per second"]);
    }
}
