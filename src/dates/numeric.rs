//! All-digit dates with slashes, dashes or dots: "11/18/2019", "11/18/19",
//! "18.11.2019", "11-18-2019". Slashes and dashes read month first (US news)
//! unless the first number cannot be a month; dots read day first.

use super::context::{pattern, next_char, prev_char, Cand, Ctx};
use super::lexicon::{apat, cls};
use super::value::{Point, Val};
use super::{CalendarDate, TimexKind};

pattern! {
    fn re() = apat(r"{B}(?P<a>[0-9]{1,2})(?P<s1>[/.-])(?P<b>[0-9]{1,2})(?P<s2>[/.-])(?P<y>[0-9]{4}|[0-9]{2}){B}")
}

#[inline(never)]
pub(super) fn parse(ctx: &Ctx, out: &mut Vec<Cand>) {
    let text = ctx.text;
    ctx.each_at(re(), 0, cls::SHORT_DIGITS, cls::ANY, |mt| {
        let span = mt.whole();
        let (Some(s1), Some(s2)) = (mt.get("s1"), mt.get("s2")) else { return };
        if s1 != s2 {
            return;
        }
        if prev_char(text, span.start).is_some_and(|c| c.is_ascii_digit() || matches!(c, '/' | '.' | '-' | ':' | '$'))
            || next_char(text, span.end).is_some_and(|c| c.is_ascii_digit() || c == '/')
            || (matches!(next_char(text, span.end), Some('.' | '-' | ':'))
                && text[span.end..].chars().nth(1).is_some_and(|c| c.is_ascii_digit()))
        {
            return;
        }
        let num = |n: &str| mt.get(n).and_then(|s| s.parse::<u32>().ok());
        let (Some(a), Some(b), Some(y)) = (num("a"), num("b"), num("y")) else { return };
        let ylen = mt.get("y").map_or(0, str::len);
        if ylen == 2 && s1 != "/" {
            return; // "3-2-19" is a score or a code far more often than a date
        }
        let y = if ylen == 2 { if y >= 50 { 1900 + y } else { 2000 + y } } else { y };
        // Dots read day first ("18.11.2019") unless that cannot be a date ("11.18.2019").
        let (m, d) = if (s1 == "." && b <= 12) || a > 12 { (b, a) } else { (a, b) };
        if m > 12 || CalendarDate::new(y as i32, m as u8, d as u8).is_none() {
            return;
        }
        let mut c = Cand::new(span, TimexKind::Date, Val::Pt(Point::Day(Some(y as i32), Some(m as u8), Some(d as u8))), "numeric");
        c.prio = 3;
        out.push(c);
    });
}

#[cfg(test)]
mod tests {
    use super::super::tests::{check, check_none};

    #[test]
    fn numeric_dates() {
        check(&[
            ("filed on 11/18/2019 in", "11/18/2019", "2019-11-18"),
            ("dated 18/11/2019.", "18/11/2019", "2019-11-18"),
            ("on 3/5/98 the", "3/5/98", "1998-03-05"),
            ("signed 18.11.2019 in Seoul", "18.11.2019", "2019-11-18"),
            ("signed 11.18.2019 in Seoul", "11.18.2019", "2019-11-18"),
        ]);
    }

    #[test]
    fn numeric_negatives() {
        check_none(&["a 3-2-1 vote", "ratio 1/2/3", "scored 13/14/2019x", "on 2/30/2019", "won 6-4-19"]);
    }
}
