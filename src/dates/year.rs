//! Years, decades and centuries: "1992", "fiscal 1989", "mid-1996", "the
//! first half of 1990", "the 1990s", "the early '80s", "the nineties", "the
//! 20th century", "nineteen ninety-seven", "the year two thousand".
//!
//! A four-digit number is often not a year: "1,000 flights", "F-35", "Route
//! 2002", "1500 troops", "$2019", "0800 hours". The checks here look at the
//! characters and words around it.

use super::context::{pattern, capitalized, next_char, prev_char, word_after, word_before, Cand, Ctx};
use super::lexicon::{apat, cls, lex, whole_number_words};
use super::value::{Point, Val};
use super::TimexKind;
use crate::span::Span;

pattern! {
    fn re_year() = apat(r"{B}(?:(?P<the>the)\s+)?(?:(?P<mod>early|late|mid|the\s+(?:end|beginning|start|middle|rest|remainder)\s+of|(?:the\s+)?(?P<half>first|second|last|latter)\s+half\s+of|(?:the\s+)?fiscal(?:\s+year)?|FY|(?:the\s+)?calendar(?:\s+year)?|the\s+year|pre|post)(?:\s+|\s*-\s*))?(?P<y>[12][0-9]{3})(?P<s>s|['’]s)?{B}")
}

pattern! {
    fn re_fiscal_short() = apat(r"{B}fy\s?-?(?P<cc>19|20)?(?P<yy>[0-9]{2}){B}")
}

pattern! {
    fn re_short_decade() = apat(r"(?:(?:{B}the\s+)?(?:{B}(?P<mod>early|late|mid)[\s-]+)?['’‘])?(?P<yy>[0-9]0)s{B}")
}

pattern! {
    fn re_word_decade() = apat(r"{B}the\s+(?:(?P<mod>early|late|mid)[\s-]+)?(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties){B}")
}

pattern! {
    fn re_century() = apat(r"{B}(?:the\s+)?(?:(?P<mod>early|late|mid)[\s-]+)?(?:(?P<c>[0-9]{1,2})(?:st|nd|rd|th)|(?P<cw>{ORDW}|twenty-first|twenty\s+first))[\s-]+century{B}")
}

pattern! {
    fn re_year_words() = apat(r"{B}(?:(?P<the>the\s+year)\s+)?(?P<yw>(?:nineteen|eighteen)[\s-]+(?:hundred(?:\s+and)?[\s-]+)?(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|oh[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|two\s+thousand(?:(?:\s+and)?[\s-]+(?:{NUMW}))?(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?){B}")
}

/// Words right before a number that make it a year ("in 1492").
const YEAR_WORDS: &[&str] = &[
    "in", "since", "by", "until", "till", "from", "before", "after", "during", "year", "circa", "c", "early",
    "late", "mid",
];

/// Is the four-digit number at `span` a year? `y` is its value.
pub(crate) fn year_context_ok(text: &str, span: Span, y: i32, has_modifier: bool) -> bool {
    if !(1000..=2099).contains(&y) {
        return false;
    }
    let prev = word_before(text, span.start).map(|w| w.to_ascii_lowercase());
    if y < 1900 && !has_modifier && !prev.as_deref().is_some_and(|w| YEAR_WORDS.contains(&w)) {
        return false;
    }
    // Characters glued to the number.
    match prev_char(text, span.start) {
        Some(c) if c.is_ascii_digit() || matches!(c, '$' | '€' | '£' | '¥' | '#' | '/' | '.' | '+' | ':' | '@' | '=' | '&' | '_') => return false,
        Some(',') if text[..span.start - 1].ends_with(|c: char| c.is_ascii_digit()) => return false,
        Some('-') if !has_modifier => {
            // "2019-2020" is a range of years; "F-2019" or "COVID-2019" is a name.
            let before = &text[..span.start - 1];
            let ok = before.len() >= 4
                && before.is_char_boundary(before.len() - 4)
                && before[before.len() - 4..].bytes().all(|b| b.is_ascii_digit());
            if !ok {
                return false;
            }
        }
        _ => {}
    }
    let rest = &text[span.end..];
    let mut it = rest.chars();
    match (it.next(), it.next()) {
        (Some('%'), _) => return false,
        (Some(c), _) if c.is_ascii_digit() => return false,
        (Some(',' | '.' | ':' | '/'), Some(d)) if d.is_ascii_digit() => return false,
        (Some('-' | '–'), Some(d)) if d.is_ascii_digit() => {
            // A range "1990-91" / "2019-2020": the second part must follow the first.
            let digits: String = rest.chars().skip(1).take_while(|c| c.is_ascii_digit()).collect();
            let ok = match digits.len() {
                2 => digits.parse::<i32>().is_ok_and(|n| n == (y + 1) % 100 || n > y % 100),
                4 => digits.parse::<i32>().is_ok_and(|n| n > y && n - y < 100),
                _ => false,
            };
            if !ok {
                return false;
            }
        }
        _ => {}
    }
    // "No. 1999", "H.R. 1960": the word before may end in a full stop.
    let prev_dot = word_before(text, text[..span.start].trim_end().trim_end_matches('.').len());
    if prev_dot.is_some_and(|p| lex().not_year_before.contains(p.to_ascii_lowercase().as_str())) {
        return false;
    }
    // A name with a number: "Orion 1980", "Boeing 2707" (but "Fiscal 1990",
    // "In 1990" open sentences, and "June 1990" is a month).
    if !has_modifier {
        if let Some(w) = word_before(text, span.start) {
            let lw = w.to_ascii_lowercase();
            let start_of_w = text[..span.start].trim_end().len().saturating_sub(w.len());
            if capitalized(w)
                && !super::context::sentence_initial(text, start_of_w)
                && !lex().month.contains_key(lw.trim_end_matches('.'))
                && !lex().weekday.contains_key(lw.as_str())
                && !YEAR_WORDS.contains(&lw.as_str())
                && !matches!(lw.as_str(), "fiscal" | "spring" | "summer" | "fall" | "autumn" | "winter" | "christmas" | "easter" | "class" | "season")
            {
                return false;
            }
        }
    }
    if let Some(next) = word_after(text, span.end) {
        let n = next.to_ascii_lowercase();
        if lex().quantity_nouns.contains(n.as_str())
            || matches!(n.as_str(), "a.m" | "p.m" | "am" | "pm" | "gmt" | "utc" | "zulu" | "local")
        {
            return false;
        }
        // "2000 more", "2019 of the" are counts.
        if matches!(n.as_str(), "more" | "other" | "additional" | "fewer" | "less" | "times" | "percent" | "per") {
            return false;
        }
    }
    true
}

#[inline(never)]
pub(super) fn parse(ctx: &Ctx, out: &mut Vec<Cand>) {
    let text = ctx.text;
    ctx.each_at(re_year(), 5, cls::YEAR_DIGITS, cls::START, |mt| {
        let Some(ysp) = mt.span("y") else { return };
        let Ok(y) = mt.get("y").unwrap_or("").parse::<i32>() else { return };
        let md = mt.get("mod").map(|s| s.to_ascii_lowercase());
        let decade = mt.get("s").is_some();
        let mut span = mt.whole();
        // "the" belongs to decades ("the 1990s") and to modified years ("the end of 1990").
        if mt.get("the").is_some() && !decade && md.is_none() {
            let inner = &text[span.start + 3..span.end];
            span.start = span.end - inner.trim_start().len();
        }
        if !year_context_ok(text, Span::new(ysp.start, ysp.end + mt.get("s").map_or(0, str::len)), y, md.is_some() || decade) {
            return;
        }
        if decade && y % 10 != 0 {
            return;
        }
        let point = if decade {
            Point::Decade(y / 10)
        } else if let Some(h) = mt.get("half") {
            let h = if h.eq_ignore_ascii_case("first") { 1 } else { 2 };
            Point::Half(Some(y), h)
        } else {
            Point::Year(Some(y))
        };
        let mut c = Cand::new(span, TimexKind::Date, Val::Pt(point), if decade { "decade" } else { "year" });
        c.prio = 1;
        out.push(c);
    });
    // "FY24", "FY 2024" (the long form is in the year pattern): upper case only.
    ctx.each_at(re_fiscal_short(), 0, cls::FISCAL, cls::START, |mt| {
        let span = mt.whole();
        if !span.of(text).starts_with("FY") {
            return;
        }
        let Ok(yy) = mt.get("yy").unwrap_or("").parse::<i32>() else { return };
        let cc = if mt.get("cc") == Some("19") { 1900 } else { 2000 };
        out.push(Cand::new(span, TimexKind::Date, Val::Pt(Point::Year(Some(cc + yy))), "year"));
    });
    ctx.each_at(re_short_decade(), 2, cls::SHORT_DECADE, cls::START, |mt| {
        let Ok(yy) = mt.get("yy").unwrap_or("").parse::<i32>() else { return };
        let mut span = mt.whole();
        // The apostrophe is required: "the 80s" may be temperatures.
        let Some(yys) = mt.span("yy") else { return };
        match prev_char(text, yys.start) {
            Some(q @ ('\'' | '’' | '‘')) => {
                if span.start == yys.start {
                    span.start -= q.len_utf8();
                }
            }
            _ => return,
        }
        if prev_char(text, span.start).is_some_and(|c| c.is_alphanumeric()) {
            return;
        }
        let d = if yy <= 10 { 200 + yy / 10 } else { 190 + yy / 10 };
        out.push(Cand::new(span, TimexKind::Date, Val::Pt(Point::Decade(d)), "decade"));
    });
    ctx.each_at(re_word_decade(), 2, cls::DECADE_WORD, cls::START, |mt| {
        let d = match mt.get("dw").unwrap_or("").to_ascii_lowercase().as_str() {
            "twenties" => 192,
            "thirties" => 193,
            "forties" => 194,
            "fifties" => 195,
            "sixties" => 196,
            "seventies" => 197,
            "eighties" => 198,
            "nineties" => 199,
            _ => return,
        };
        out.push(Cand::new(mt.whole(), TimexKind::Date, Val::Pt(Point::Decade(d)), "decade"));
    });
    ctx.each_at(re_century(), 3, cls::CENTURY, cls::START | cls::DIGITS | cls::ORDINAL_NUMBER | cls::ORDINAL_WORD | cls::NUMBER_WORD, |mt| {
        let n = if let Some(c) = mt.get("c") {
            c.parse::<i32>().ok()
        } else {
            let w = mt.get("cw").unwrap_or("").to_ascii_lowercase().replace(' ', "-");
            lex().ordinal.get(w.as_str()).map(|v| *v as i32)
        };
        let Some(n) = n.filter(|n| (1..=30).contains(n)) else { return };
        out.push(Cand::new(mt.whole(), TimexKind::Date, Val::Pt(Point::Century(n - 1)), "century"));
    });
    ctx.each_at(re_year_words(), 3, cls::YEAR_WORD, cls::START | cls::NUMBER_WORD | cls::YEAR_WORD, |mt| {
        let span = mt.whole();
        let Some(yw) = mt.get("yw") else { return };
        let lower = yw.to_ascii_lowercase();
        let words: Vec<&str> = lower.split(|c: char| c.is_whitespace() || c == '-').filter(|w| !w.is_empty() && *w != "and").collect();
        let y = if words.first() == Some(&"two") {
            // "two thousand (and) one": only after "the year" or a word of time.
            let prev = word_before(text, span.start).map(|w| w.to_ascii_lowercase());
            if mt.get("the").is_none() && !prev.as_deref().is_some_and(|w| YEAR_WORDS.contains(&w)) {
                return;
            }
            whole_number_words(&words)
        } else {
            let hundreds = whole_number_words(&words[..1]);
            let rest: Vec<&str> = words[1..].iter().copied().filter(|w| *w != "oh" && *w != "hundred").collect();
            let tail = if rest.is_empty() { Some(0) } else { whole_number_words(&rest) };
            match (hundreds, tail) {
                (Some(h), Some(t)) if t < 100 && h < 100 => Some(h * 100 + t),
                _ => None,
            }
        };
        let Some(y) = y.and_then(|y| i32::try_from(y).ok()) else { return };
        if word_after(text, span.end).is_some_and(|w| lex().quantity_nouns.contains(w.to_ascii_lowercase().as_str())) {
            return;
        }
        if next_char(text, span.end).is_some_and(|c| c == '-') {
            return;
        }
        out.push(Cand::new(span, TimexKind::Date, Val::Pt(Point::Year(Some(y))), "year_words"));
    });
}

#[cfg(test)]
mod tests {
    use super::super::tests::{check, check_none};

    #[test]
    fn years() {
        check(&[
            ("signed in 1992 and", "1992", "1992"),
            ("In 2002, the", "2002", "2002"),
            ("results for fiscal 1989 were", "fiscal 1989", "1989"),
            ("until mid-1996 the", "mid-1996", "1996"),
            ("in the first half of 1990 sales", "the first half of 1990", "1990-H1"),
            ("in the 1990s", "the 1990s", "199"),
            ("in the early '80s", "the early '80s", "198"),
            ("since the nineties", "the nineties", "199"),
            ("in the 20th century", "the 20th century", "19"),
            ("in nineteen ninety-seven", "nineteen ninety-seven", "1997"),
            ("by the year two thousand", "the year two thousand", "2000"),
            ("the 1990-91 season", "1990", "1990"),
            ("the end of 1990", "the end of 1990", "1990"),
            ("the FY24 budget", "FY24", "2024"),
            ("sales in FY2013 fell", "FY2013", "2013"),
            ("in FY 2024 funds", "FY 2024", "2024"),
            ("founded in 1492 by", "1492", "1492"),
        ]);
    }

    #[test]
    fn year_negatives() {
        check_none(&[
            "He wore No. 1999 on his jersey.",
            "The House passed H.R. 1960 easily.",
            "1,000 flights",
            "2,500 people",
            "the F-35 jets",
            "on Route 2002 north",
            "1500 troops arrived",
            "It costs $2019.",
            "150 missions flown",
            "2019.5 units",
            "room 1999 is",
            "2000 more soldiers",
            "nineteen people",
            "score of 1234",
            "a joint venture called Orion 1980, making",
            "12345",
        ]);
    }
}
