//! ISO 8601 dates, optionally with a clock time and zone:
//! "2019-11-18", "2019-11-18 16:30 KST", "2019-11-18T16:30:00Z", "2019.11.18".

use super::context::{pattern, next_char, prev_char, Cand, Ctx};
use super::lexicon::{apat, cls, lex};
use super::value::{Point, Tod, Val};
use super::TimexKind;
use std::sync::OnceLock;

pattern! {
    fn re() = apat(r"{B}(?P<y>[12][0-9]{3})(?P<s1>[-/.])(?P<m>[0-9]{1,2})(?P<s2>[-/.])(?P<d>[0-9]{1,2})(?:(?:T|{B}\s+|{B},\s*)(?P<h>[01]?[0-9]|2[0-4]):(?P<mi>[0-5][0-9])(?::[0-5][0-9](?:\.[0-9]+)?)?(?:\s*(?P<off>[+-][0-9]{2}:?[0-9]{2})|\s*(?P<z>{ZONE}){B})?)?")
}

/// The UTC offset of a zone written after a time, if known (upper case only).
pub(crate) fn zone_offset(z: Option<&str>) -> Option<&'static str> {
    let z = z?;
    if !z.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    lex().zone.get(z).copied()
}

/// A numeric offset ("+0900", "-05:00") in the form values use ("+09:00"):
/// one of the quarter-hour offsets between -12:00 and +14:00.
fn offset(raw: &str) -> Option<&'static str> {
    static OFFSETS: OnceLock<Vec<&'static str>> = OnceLock::new();
    let all = OFFSETS.get_or_init(|| {
        (-48..=56)
            .map(|q: i32| {
                let sign = if q < 0 { '-' } else { '+' };
                let m = q.abs() * 15;
                &*Box::leak(format!("{sign}{:02}:{:02}", m / 60, m % 60).into_boxed_str())
            })
            .collect()
    });
    let digits: String = raw.chars().filter(|c| c.is_ascii_digit()).collect();
    let norm = format!("{}{}:{}", raw.get(..1)?, digits.get(0..2)?, digits.get(2..4)?);
    all.iter().copied().find(|v| *v == norm)
}

#[inline(never)]
pub(super) fn parse(ctx: &Ctx, out: &mut Vec<Cand>) {
    let text = ctx.text;
    ctx.each_at(re(), 0, cls::YEAR_DIGITS, cls::ANY, |mt| {
        let span = mt.whole();
        if mt.get("s1") != mt.get("s2") {
            return;
        }
        // Not part of a longer number run ("2019-11-18-2", "1.2019.11.18").
        if prev_char(text, span.start).is_some_and(|c| c.is_ascii_digit() || c == '.' || c == '-' || c == '/') {
            return;
        }
        if next_char(text, span.end).is_some_and(|c| c.is_ascii_digit())
            || (mt.get("h").is_none()
                && matches!(next_char(text, span.end), Some('-' | '/' | '.'))
                && text[span.end..].chars().nth(1).is_some_and(|c| c.is_ascii_digit()))
        {
            return;
        }
        if mt.get("h").is_none() && next_char(text, span.end).is_some_and(|c| c.is_alphanumeric()) {
            return;
        }
        let num = |n: &str| mt.get(n).and_then(|s| s.parse::<u32>().ok());
        let (Some(y), Some(m), Some(d)) = (num("y"), num("m"), num("d")) else { return };
        if super::CalendarDate::new(y as i32, m as u8, d as u8).is_none() {
            return;
        }
        let mut c = Cand::new(span, TimexKind::Date, Val::Pt(Point::Day(Some(y as i32), Some(m as u8), Some(d as u8))), "iso");
        c.prio = 3;
        if let (Some(h), Some(mi)) = (num("h"), num("mi")) {
            if h > 24 || (h == 24 && mi > 0) {
                return;
            }
            let zone = zone_offset(mt.get("z")).or_else(|| mt.get("off").and_then(offset));
            // An unknown zone word stays outside the span.
            let mut end = span.end;
            if mt.get("z").is_some() && zone.is_none() {
                if let Some(zs) = mt.span("z") {
                    end = text[..zs.start].trim_end().len();
                }
            }
            c.span.end = end;
            c.tod = Some(Tod::Clock { h: h as u8, m: mi as u8, zone });
            c.kind = TimexKind::Time;
        }
        out.push(c);
    });
}

#[cfg(test)]
mod tests {
    use super::super::tests::{check, check_none};

    #[test]
    fn iso_dates_and_times() {
        check(&[
            ("Posted on : 2019-11-18 16:30 KST Modified", "2019-11-18 16:30 KST", "2019-11-18T16:30+09:00"),
            ("at 2019-11-18T16:30:00Z.", "2019-11-18T16:30:00Z", "2019-11-18T16:30+00:00"),
            ("Updated 2019.11.18 by", "2019.11.18", "2019-11-18"),
            ("on 2019-11-18, the", "2019-11-18", "2019-11-18"),
            ("at 2019-11-18 09:05 local time", "2019-11-18 09:05", "2019-11-18T09:05"),
            ("stamp 2019-11-18T09:05+0545 here", "2019-11-18T09:05+0545", "2019-11-18T09:05+05:45"),
        ]);
    }

    #[test]
    fn iso_negatives() {
        check_none(&["version 2019-13-45", "2019-02-30 was no date", "code 12019-11-18-7", "2019-11/18"]);
    }
}
