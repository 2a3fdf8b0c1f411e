//! Clock times and parts of the day: "4:30 p.m.", "10 a.m. EST", "16:30
//! KST", "0800 hours", "noon", "midnight", "mid-afternoon", "the morning",
//! "four o'clock", "4 in the morning", "overnight".
//!
//! A time alone is dated by `refine`: joined to a date right after it
//! ("midnight on Nov. 23", "10 p.m. Wednesday"), else put on the last day
//! the text mentioned, else on the reference date.

use super::context::{pattern, M, next_char, prev_char, word_before, Cand, Ctx};
use super::iso::zone_offset;
use super::lexicon::{apat, cls, lex};
use super::value::{Tod, Val};
use super::TimexKind;
use crate::span::Span;

pattern! {
    fn re_ampm() = apat(r"{B}(?:(?P<mod>about|around|approximately|roughly|shortly\s+before|shortly\s+after|just\s+before|just\s+after)\s+)?(?P<h>[0-9]{1,2})(?:[:.](?P<m>[0-5][0-9]))?\s*(?P<ap>a\.\s?m\.|p\.\s?m\.|a\.m{B}|p\.m{B}|am{B}|pm{B})(?:\s*\(?(?P<z>{ZONE})\)?{B})?")
}

pattern! {
    fn re_24h() = apat(r"{B}(?P<h>[01]?[0-9]|2[0-4]):(?P<m>[0-5][0-9])(?::[0-5][0-9])?{B}(?:\s*(?P<z>{ZONE}){B}|\s*(?P<hrs>h|hrs|hours){B})?")
}

pattern! {
    fn re_military() = apat(r"{B}(?P<hm>[0-2][0-9][0-5][0-9])\s*(?:(?P<hrs>hours|hrs|h)|(?P<z>{ZONE})){B}")
}

pattern! {
    fn re_words() = apat(r"{B}(?:(?P<the>the)\s+)?(?:(?P<mod>early|late|mid)(?:\s+|\s*-\s*))?(?P<w>noon|midnight|midday|morning|afternoon|evening|night|overnight)(?:\s+hours)?{B}")
}

pattern! {
    fn re_oclock() = apat(r"{B}(?P<h>[0-9]{1,2}|{NUMW})(?:[:.](?P<mm>[0-5][0-9]))?(?:\s+o['’]\s?clock|\s+in\s+the\s+(?P<p>morning|afternoon|evening)|\s+at\s+(?P<n>night))(?:\s+in\s+the\s+(?P<p2>morning|afternoon|evening)|\s+at\s+(?P<n2>night))?{B}")
}

fn clock(text: &str, span: Span, h: u32, m: u32, z: Option<&str>) -> Option<Cand> {
    if h > 24 || m > 59 || (h == 24 && m > 0) {
        return None;
    }
    let mut c = Cand::new(span, TimexKind::Time, Val::TimeOnly, "time");
    c.tod = Some(Tod::Clock { h: h as u8, m: m as u8, zone: zone_offset(z) });
    c.prio = 2;
    let _ = text;
    Some(c)
}

/// The span without an unknown zone-like word at its end.
fn trim_zone(text: &str, mt: &M, span: Span) -> Span {
    match (mt.get("z"), mt.span("z")) {
        (Some(z), Some(zs)) if zone_offset(Some(z)).is_none() => Span::new(span.start, text[..zs.start].trim_end().len()),
        _ => span,
    }
}

const CLOCK_WORDS: &[&str] = &[
    "at", "by", "around", "about", "until", "till", "from", "before", "after", "since", "approximately", "shortly",
    "to", "and", "between", "circa", "nearly", "past",
];

#[inline(never)]
pub(super) fn parse(ctx: &Ctx, out: &mut Vec<Cand>) {
    let text = ctx.text;
    ctx.each_at(re_ampm(), 2, cls::SHORT_DIGITS, cls::START, |mt| {
        let span = mt.whole();
        let (Some(h), m) = (mt.get("h").and_then(|h| h.parse::<u32>().ok()), mt.get("m").map_or(Some(0), |m| m.parse::<u32>().ok())) else { return };
        let Some(m) = m else { return };
        if !(1..=12).contains(&h) {
            return;
        }
        if prev_char(text, span.start).is_some_and(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '$' | ':')) {
            return;
        }
        let pm = mt.get("ap").is_some_and(|a| a.to_ascii_lowercase().starts_with('p'));
        let h = match (pm, h) {
            (true, 12) => 12,
            (true, h) => h + 12,
            (false, 12) => 0,
            (false, h) => h,
        };
        // Keep the lower-case "am" only right after digits with a space ("5 am"), not "I am".
        let span = trim_zone(text, mt, span);
        if let Some(c) = clock(text, span, h, m, mt.get("z")) {
            out.push(c);
        }
    });
    ctx.each_at(re_24h(), 0, cls::SHORT_DIGITS, cls::START, |mt| {
        let span = mt.whole();
        let (Some(h), Some(m)) = (mt.get("h").and_then(|h| h.parse::<u32>().ok()), mt.get("m").and_then(|m| m.parse::<u32>().ok())) else { return };
        if prev_char(text, span.start).is_some_and(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ':' | '/' | '-'))
            || next_char(text, span.end).is_some_and(|c| c.is_ascii_digit() || c == ':')
        {
            return;
        }
        let zone_ok = mt.get("z").is_some_and(|z| zone_offset(Some(z)).is_some());
        let hours = mt.get("hrs").is_some();
        let prev_ok = word_before(text, span.start).is_some_and(|w| CLOCK_WORDS.contains(&w.to_ascii_lowercase().as_str()));
        if !(zone_ok || hours || prev_ok) {
            return;
        }
        let span = trim_zone(text, mt, span);
        if let Some(c) = clock(text, span, h, m, mt.get("z")) {
            out.push(c);
        }
    });
    ctx.each_at(re_military(), 0, cls::DIGITS, cls::START, |mt| {
        let span = mt.whole();
        let Some(hm) = mt.get("hm") else { return };
        if mt.get("z").is_some_and(|z| zone_offset(Some(z)).is_none()) {
            return;
        }
        let (Ok(h), Ok(m)) = (hm[..2].parse::<u32>(), hm[2..].parse::<u32>()) else { return };
        if let Some(mut c) = clock(text, span, h, m, mt.get("z")) {
            c.prio = 3;
            out.push(c);
        }
    });
    ctx.each_at(re_words(), 3, cls::TIME_WORD, cls::START, |mt| {
        let span = mt.whole();
        let w = mt.get("w").unwrap_or("").to_ascii_lowercase();
        let the = mt.get("the").is_some();
        let md = mt.get("mod").is_some();
        let tod = match w.as_str() {
            "noon" | "midday" => Tod::Clock { h: 12, m: 0, zone: None },
            "midnight" => Tod::Clock { h: 24, m: 0, zone: None },
            "overnight" => Tod::Part("NI"),
            "morning" => Tod::Part("MO"),
            "afternoon" => Tod::Part("AF"),
            "evening" => Tod::Part("EV"),
            _ => Tod::Part("NI"),
        };
        // "High Noon", "high noon": an idiom or a title.
        if word_before(text, span.start).is_some_and(|p| p.eq_ignore_ascii_case("high")) {
            return;
        }
        let plain = matches!(w.as_str(), "morning" | "afternoon" | "evening" | "night");
        if plain && !the && !md {
            return; // "good morning", "night shift"
        }
        if w == "night" && !md {
            // "the night of the vote" is a time; "the night" alone often is not a date.
            if !matches!(word_before(text, span.start).map(|p| p.to_ascii_lowercase()).as_deref(), Some("during" | "in" | "overnight" | "all" | "through")) {
                return;
            }
        }
        let mut c = Cand::new(span, TimexKind::Time, Val::TimeOnly, "time_word");
        c.tod = Some(tod);
        c.prio = 1;
        out.push(c);
    });
    ctx.each_at(re_oclock(), 4, cls::TIME_WORD, cls::DIGITS | cls::NUMBER_WORD, |mt| {
        let span = mt.whole();
        let Some(hs) = mt.get("h") else { return };
        let h = match hs.parse::<u32>() {
            Ok(h) => h,
            Err(_) => match lex().number.get(hs.to_ascii_lowercase().as_str()) {
                Some(h) => *h,
                None => return,
            },
        };
        if !(1..=12).contains(&h) {
            return;
        }
        let part = mt.get("p").or(mt.get("p2")).map(|p| p.to_ascii_lowercase());
        let night = mt.get("n").is_some() || mt.get("n2").is_some();
        let h = match part.as_deref() {
            Some("afternoon" | "evening") if h < 12 => h + 12,
            _ if night && (6..12).contains(&h) => h + 12,
            Some("morning") if h == 12 => 0,
            _ => h,
        };
        let m = mt.get("mm").and_then(|m| m.parse::<u32>().ok()).unwrap_or(0);
        if let Some(c) = clock(text, span, h, m, None) {
            out.push(c);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::super::tests::{check, check_none};

    #[test]
    fn times() {
        check(&[
            ("The blast came at 10:35 a.m. near", "10:35 a.m.", "2019-11-18T10:35"),
            ("at 5 p.m. EST the", "5 p.m. EST", "2019-11-18T17:00-05:00"),
            ("at 16:30 KST", "16:30 KST", "2019-11-18T16:30+09:00"),
            ("starts at 0800 hours", "0800 hours", "2019-11-18T08:00"),
            ("until noon", "noon", "2019-11-18T12:00"),
            ("around midnight", "midnight", "2019-11-18T24:00"),
            ("in the mid-afternoon", "the mid-afternoon", "2019-11-18TAF"),
            ("at four o'clock", "four o'clock", "2019-11-18T04:00"),
            ("at 4 in the morning", "4 in the morning", "2019-11-18T04:00"),
            ("at 2:30 in the afternoon", "2:30 in the afternoon", "2019-11-18T14:30"),
            ("The vote closes at 3pm.", "3pm", "2019-11-18T15:00"),
            ("from 11am GMT", "11am GMT", "2019-11-18T11:00+00:00"),
            ("woke at 6 am sharp", "6 am", "2019-11-18T06:00"),
            ("at midnight on Nov. 23, reports", "midnight on Nov. 23", "2019-11-23T24:00"),
            ("at 10 p.m. Wednesday", "10 p.m. Wednesday", "2019-11-13T22:00"),
            ("Polls closed at 8 p.m. The next day, results came.", "8 p.m.", "2019-11-18T20:00"),
            ("Polls closed at 8 p.m. The next day, results came.", "The next day", "2019-11-19"),
            ("at 2 p.m. local time on Friday, Nov. 22, the", "2 p.m. local time on Friday, Nov. 22", "2019-11-22T14:00"),
        ]);
    }

    #[test]
    fn time_negatives() {
        check_none(&["I am here", "good morning", "a 3:45 ratio", "won 21:14 in", "the night shift"]);
    }
}
