//! Vague references to the present, past and future: "now", "currently",
//! "at the moment", "these days" (PRESENT_REF), "recently", "in the past",
//! "lately" (PAST_REF), "soon", "in the future", "anytime soon" (FUTURE_REF).
//! The phrases are data (`data/vague.txt`).

use super::context::{pattern, tense_near, capitalized, sentence_initial, word_after, word_before, Cand, Ctx};
use super::lexicon::{alternation, apat, cls, lex};
use super::value::{Tense, Val};
use super::TimexKind;

pattern! {
    fn re() = {
        let words = alternation(lex().vague.iter().map(|(p, _)| *p));
        let words = words.replace("\\ ", r"\s+").replace(' ', r"\s+");
        apat(&format!(r"{{B}}(?:{words}){{B}}"))
    }
}

#[inline(never)]
pub(super) fn parse(ctx: &Ctx, out: &mut Vec<Cand>) {
    let text = ctx.text;
    ctx.each_at(re(), 3, cls::VAGUE, cls::START, |mt| {
        let span = mt.whole();
        let phrase = span.of(text);
        let lower = phrase.to_ascii_lowercase().split_whitespace().collect::<Vec<_>>().join(" ");
        let Some(&(_, value)) = lex().vague.iter().find(|(p, _)| *p == lower) else { return };
        // Names and titles: "Current Affairs", "Future Forces".
        if capitalized(phrase) && !sentence_initial(text, span.start) && phrase.len() > 3 {
            return;
        }
        let next_raw = word_after(text, span.end);
        let next = next_raw.map(|w| w.to_ascii_lowercase());
        let prev = word_before(text, span.start).map(|w| w.to_ascii_lowercase());
        match lower.as_str() {
            // "as soon as he arrives" is a conjunction.
            "soon" if prev.as_deref() == Some("as") && next.as_deref() == Some("as") => return,
            // "soon after the vote": a relation between events, not a time.
            "soon" if matches!(next.as_deref(), Some("after" | "afterwards" | "afterward" | "thereafter" | "before")) => return,
            // "He was soon released": narrative past, no reference to the future.
            "soon" if tense_near(text, span) == Tense::Past => return,
            // "current" only as an adjective of time, not "electric current" or "the current account".
            "current" => {
                let Some(n) = next_raw else { return };
                if !n.bytes().all(|b| b.is_ascii_lowercase()) || matches!(n, "account" | "accounts" | "affairs" | "events" | "of" | "and" | "flows" | "flow" | "density" | "source" | "sources") {
                    return;
                }
            }
            "future" => {
                // "future quarters", not "a future Prime Minister" (still future), not "Future" names.
                let Some(n) = next_raw else { return };
                if !n.bytes().all(|b| b.is_ascii_lowercase()) {
                    return;
                }
            }
            // "the past" as a time only in "in the past", "from the past", "of the past".
            "the past" if !matches!(prev.as_deref(), Some("in" | "from" | "of" | "to" | "than" | "for")) => return,
            "the present" if !matches!(prev.as_deref(), Some("at" | "until" | "till" | "to" | "from")) => return,
            "some time" | "a while" if !matches!(prev.as_deref(), Some("for" | "after")) => return,
            _ => {}
        }
        let kind = if value.ends_with("_REF") { TimexKind::Date } else { TimexKind::Duration };
        let mut c = Cand::new(span, kind, Val::Lit(value.to_string()), "vague_ref");
        c.prio = 0;
        out.push(c);
    });
}

#[cfg(test)]
mod tests {
    use super::super::tests::{check, check_none};

    #[test]
    fn vague() {
        check(&[
            ("There isn’t anything I can say at the moment,", "at the moment", "PRESENT_REF"),
            ("no breakthrough expected anytime soon", "anytime soon", "FUTURE_REF"),
            ("The unit recently returned.", "recently", "PAST_REF"),
            ("He is currently in Seoul.", "currently", "PRESENT_REF"),
            ("Now the talks resume.", "Now", "PRESENT_REF"),
            ("as it did in the past, the", "the past", "PAST_REF"),
            ("The plant will reopen soon.", "soon", "FUTURE_REF"),
            ("in the near future", "the near future", "FUTURE_REF"),
            ("Troops will stay in the gulf for some time.", "some time", "PXX"),
            ("They will have to live without it for a while.", "a while", "PXX"),
            ("After a while, the crowd left.", "a while", "PXX"),
        ]);
    }

    #[test]
    fn vague_negatives() {
        check_none(&["as soon as he arrives", "soon after the vote", "He was soon released.", "the current account deficit", "an electric current", "Future Forces Command",
            "We meet once in a while.", "It took some time to", "a while ago, he",
            "after the recent sale", "formerly its treasurer", "In the long run, prices rise."]);
    }
}
