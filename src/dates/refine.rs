//! Refiners, run after all parsers: join a time with the date next to it,
//! drop overlapping candidates (the longer wins), then resolve every value
//! in text order against the reference date and the dates already seen
//! (for "the same day", "a year earlier", a clock time without a date).

use super::context::{tense_near, Cand, Ctx};
use super::lexicon::lex;
use super::value::{holiday_date, relative, unknown, Dir, Point, Tense, Unit, Val};
use super::{CalendarDate, Timex, TimexKind};
use crate::span::Span;
use std::collections::BTreeMap;
use crate::hash::HashMap;

pub(super) fn run(ctx: &Ctx, reference: Option<CalendarDate>, mut cands: Vec<Cand>) -> Vec<Timex> {
    cands.retain(|c| !c.span.is_empty() && c.span.end <= ctx.text.len());
    merge_times(ctx.text, &mut cands);
    let kept = remove_overlaps(cands);
    resolve(reference, kept)
}

/// Positions reachable from `pos` over spaces (at most one line break) and
/// optionally one of `words` ("," "on" "of") with spaces after it.
fn hops(text: &str, pos: usize, words: &[&str]) -> Vec<usize> {
    let skip = |mut p: usize| -> usize {
        let b = text.as_bytes();
        let mut newlines = 0;
        while p < b.len() && matches!(b[p], b' ' | b'\t' | b'\n') {
            if b[p] == b'\n' {
                newlines += 1;
                if newlines > 1 {
                    break;
                }
            }
            p += 1;
        }
        p
    };
    let take = |p: usize, w: &str| -> Option<usize> {
        let rest = &text[p..];
        if rest.len() >= w.len() && rest.is_char_boundary(w.len()) && rest[..w.len()].eq_ignore_ascii_case(w) {
            let after = p + w.len();
            let word_like = w.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ');
            if word_like && !text[after..].starts_with([' ', '\n', '\t']) {
                return None;
            }
            return Some(skip(after));
        }
        None
    };
    let mut p1 = skip(pos);
    let mut out = vec![p1];
    // "2 p.m. local time on Friday": the clock's zone words first.
    if !words.is_empty() {
        if let Some(p) = take(p1, "local time") {
            p1 = p;
            out.push(p1);
        }
    }
    for w in words {
        if let Some(p) = take(p1, w) {
            out.push(p);
        }
    }
    out
}

/// Positions reachable backwards from `pos` over spaces and optionally a comma.
fn hops_back(text: &str, pos: usize) -> Vec<usize> {
    let t = text[..pos].trim_end_matches([' ', '\t']);
    let mut out = vec![t.len()];
    if let Some(s) = t.strip_suffix(',') {
        out.push(s.trim_end_matches([' ', '\t']).len());
    }
    out
}

/// "midnight on Nov. 23", "10 p.m. Wednesday", "5 p.m. EST, Nov. 6",
/// "Friday, 10 a.m.": one expression with the date's value and the time.
fn merge_times(text: &str, cands: &mut Vec<Cand>) {
    let mut by_start: HashMap<usize, Vec<usize>> = HashMap::default();
    let mut by_end: HashMap<usize, Vec<usize>> = HashMap::default();
    for (i, c) in cands.iter().enumerate() {
        if c.val.is_day_like() && c.tod.is_none() {
            by_start.entry(c.span.start).or_default().push(i);
            by_end.entry(c.span.end).or_default().push(i);
        }
    }
    let mut merged = Vec::new();
    for a in cands.iter().filter(|c| c.val == Val::TimeOnly) {
        // The date candidate `b`, widened to take in the time `a`.
        let joined = |b: &Cand, span: Span, rule: &'static str| {
            let mut m = b.clone();
            m.span = span;
            m.tod = a.tod;
            m.kind = TimexKind::Time;
            m.rule = rule;
            m.prio = 5;
            // "until 9 a.m. Tuesday": the words before the time set the tense.
            m.tense = tense_near(text, m.span);
            m
        };
        // "at 10 a.m. The next day, ...": a full stop and a capital that is no
        // month or weekday name ("10 a.m. Monday") start the next sentence.
        let new_sentence = |b: &Cand| {
            let first = super::context::word_after(text, b.span.start).unwrap_or("").to_ascii_lowercase();
            a.span.of(text).ends_with('.') && super::context::capitalized(b.span.of(text)) && !lex().month.contains_key(first.as_str()) && !lex().weekday.contains_key(first.as_str())
        };
        for p in hops(text, a.span.end, &[",", "on", "of"]) {
            for &j in by_start.get(&p).into_iter().flatten().filter(|&&j| !new_sentence(&cands[j])) {
                merged.push(joined(&cands[j], Span::new(a.span.start, cands[j].span.end), "time_date"));
            }
        }
        for p in hops_back(text, a.span.start) {
            for &j in by_end.get(&p).into_iter().flatten() {
                merged.push(joined(&cands[j], Span::new(cands[j].span.start, a.span.end), "date_time"));
            }
        }
    }
    // "January nineteen ninety-seven", "the winter of nineteen ninety-four":
    // a month or season and a year the month parser could not see.
    let mut years: HashMap<usize, i32> = HashMap::default();
    for c in cands.iter() {
        // The year itself, not "late 2012" ("each summer, late 2012" is a list).
        let bare = c.rule == "year_words" || text[c.span.start..].starts_with(|ch: char| ch.is_ascii_digit());
        if let (Val::Pt(Point::Year(Some(y))), true) = (&c.val, bare) {
            years.insert(c.span.start, *y);
        }
    }
    for a in cands.iter() {
        let Val::NoYear(p @ (Point::Month(..) | Point::Season(..)), Dir::Auto) = a.val else { continue };
        for pos in hops(text, a.span.end, &["of", ","]) {
            if let Some(&y) = years.get(&pos) {
                if let Some(b) = cands.iter().find(|b| b.span.start == pos && matches!(b.val, Val::Pt(Point::Year(_)))) {
                    let mut m = a.clone();
                    m.span = Span::new(a.span.start, b.span.end);
                    m.val = Val::Pt(p.with_year(y));
                    m.prio = 5;
                    merged.push(m);
                }
            }
        }
    }
    cands.extend(merged);
}

/// Keeps non-overlapping candidates, longer first, then by priority, then earlier.
fn remove_overlaps(mut cands: Vec<Cand>) -> Vec<Cand> {
    // One u64 key: length (descending, 16 bits: a date is never 64 KB long),
    // priority (descending), start (40 bits); the shared sort of `order`.
    crate::order::sort_by_key(&mut cands, |c| {
        let len = c.span.len().min(0xFFFF) as u64;
        let start = (c.span.start as u64).min((1 << 40) - 1);
        (0xFFFF - len) << 48 | (0xFF - c.prio as u64) << 40 | start
    });
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let mut kept = Vec::new();
    for c in cands {
        if let Some((_, &end)) = taken.range(..c.span.end).next_back() {
            if end > c.span.start {
                continue;
            }
        }
        taken.insert(c.span.start, c.span.end);
        kept.push(c);
    }
    // Starts are distinct now: the cheaper unstable sort gives the same order.
    crate::order::sort_by_key(&mut kept, |c| c.span.start as u64);
    kept
}

/// What the text has mentioned so far.
#[derive(Default)]
struct Seen {
    last: Option<Point>,
    last_day: Option<CalendarDate>,
    last_quarter: Option<(Point, usize)>,
    /// The last quarter was named in a past-tense sentence ("fiscal fourth quarter ended").
    last_quarter_reported: bool,
}

/// Picks the year of a partly given point: `bounds(y)` is its first and last day in year `y`.
fn pick_year(bounds: impl Fn(i32) -> Option<(i64, i64)>, dir: Dir, tense: Tense, r: CalendarDate) -> Option<i32> {
    if dir == Dir::This {
        return Some(r.year);
    }
    let ro = r.ordinal();
    let cands: Vec<(i32, i64, i64)> = (r.year - 1..=r.year + 1).filter_map(|y| bounds(y).map(|(s, e)| (y, s, e))).collect();
    let dist = |&(_, s, e): &(i32, i64, i64)| if ro < s { s - ro } else if ro > e { ro - e } else { 0 };
    let latest_past = |strict: bool| cands.iter().filter(|c| if strict { c.2 < ro } else { c.1 <= ro }).map(|c| c.0).max();
    let earliest_future = |strict: bool| cands.iter().filter(|c| if strict { c.1 > ro } else { c.2 >= ro }).map(|c| c.0).min();
    match dir {
        Dir::Last => latest_past(true),
        Dir::Next => earliest_future(true),
        _ => {
            // The instance closest to the reference, unless the tense points the
            // other way and the instance on that side is still within ~10 months.
            let closest = cands.iter().min_by_key(|c| (dist(c), c.0))?;
            let within = |y: Option<i32>| y.and_then(|y| cands.iter().find(|c| c.0 == y)).filter(|c| dist(c) <= TENSE_REACH).map(|c| c.0);
            match tense {
                Tense::Past if closest.1 > ro => within(latest_past(false)).or(Some(closest.0)),
                Tense::Future if closest.2 < ro => within(earliest_future(false)).or(Some(closest.0)),
                _ => Some(closest.0),
            }
        }
    }
}

/// How far (days) the tense may push a month or day away from its closest instance.
const TENSE_REACH: i64 = 270;

/// How far back (bytes) a quarter makes "a year ago" mean that quarter a year before.
const YEAR_AGO_REACH: usize = 400;

fn infer(p: Point, dir: Dir, tense: Tense, r: CalendarDate) -> Point {
    if let Point::Weekend(..) = p {
        let wd = r.weekday() as i64;
        let this_sat = r.add_days(5 - wd);
        let sat = match (dir, tense) {
            (Dir::This, _) => this_sat,
            (Dir::Next, _) | (Dir::Auto, Tense::Future) => {
                if wd >= 5 {
                    r.add_days(5 - wd + 7)
                } else {
                    this_sat
                }
            }
            _ => {
                if wd >= 5 {
                    this_sat
                } else {
                    r.add_days(-(wd + 2))
                }
            }
        };
        return match sat {
            Some(s) => {
                let (y, w) = s.iso_week();
                Point::Weekend(Some(y), Some(w))
            }
            None => p,
        };
    }
    // Quarters are reported after they end: "third-quarter results" in
    // October are this year's whatever the tense.
    let tense = if matches!(p, Point::Quarter(..)) && tense == Tense::Future { Tense::Unknown } else { tense };
    match pick_year(|y| p.bounds_in(y), dir, tense, r) {
        Some(y) => p.with_year(y),
        None => p,
    }
}

fn weekday_near(r: CalendarDate, wd: u8, dir: Dir, tense: Tense) -> Option<CalendarDate> {
    let cur = r.weekday() as i64;
    let wd = wd as i64;
    let back = (cur - wd).rem_euclid(7);
    let fwd = (wd - cur).rem_euclid(7);
    let days = match dir {
        Dir::Last => -(if back == 0 { 7 } else { back }),
        Dir::Next => {
            if fwd == 0 {
                7
            } else {
                fwd
            }
        }
        Dir::This => wd - cur,
        Dir::Auto => match tense {
            Tense::Future => fwd,
            _ => -back,
        },
    };
    r.add_days(days)
}

fn ana(n: i64, u: Unit, keep: bool, seen: &Seen, r: Option<CalendarDate>) -> Option<Point> {
    let anchor = match u {
        Unit::Day | Unit::Week | Unit::Weekend => seen.last_day.or(r).map(Point::day)?,
        Unit::Quarter => seen.last_quarter.map(|(q, _)| q).or(seen.last).or_else(|| r.map(Point::day))?,
        _ => seen.last.or_else(|| r.map(Point::day))?,
    };
    if keep && anchor.unit() <= u {
        anchor.shift(n, u)
    } else {
        anchor.coarsen(u)?.shift(n, u)
    }
}

fn resolve(reference: Option<CalendarDate>, cands: Vec<Cand>) -> Vec<Timex> {
    let r = reference;
    let mut seen = Seen::default();
    let mut out = Vec::with_capacity(cands.len());
    for c in cands {
        let point: Option<Point> = match &c.val {
            Val::Lit(_) => None,
            Val::Pt(p) => Some(*p),
            Val::NoYear(p, dir) => Some(r.map_or(*p, |r| infer(*p, *dir, c.tense, r))),
            Val::WeekOf(p) => {
                let day = if p.year().is_some() { Some(*p) } else { r.map(|r| infer(*p, Dir::Auto, c.tense, r)) };
                Some(day.and_then(Point::as_date).map_or(Point::Week(None, None), Point::week_of))
            }
            Val::InYear(p, n) => Some(r.and_then(|r| i32::try_from(r.year as i64 + n).ok()).map_or(*p, |y| p.with_year(y))),
            Val::YearBefore(p) => Some(r.and_then(|r| infer(*p, Dir::Auto, c.tense, r).shift(-1, Unit::Year)).unwrap_or(*p)),
            Val::Rel(n, u) => Some(r.and_then(|r| relative(r, *n, *u)).unwrap_or_else(|| unknown(*u))),
            Val::Weekday(wd, dir) => Some(
                r.and_then(|r| weekday_near(r, *wd, *dir, c.tense)).map_or(Point::WeekdayOnly(wd + 1), Point::day),
            ),
            Val::WeekdayAna(wd, dir) => Some(
                seen.last_day
                    .or(r)
                    .and_then(|a| weekday_near(a, *wd, *dir, Tense::Unknown))
                    .map_or(Point::WeekdayOnly(wd + 1), Point::day),
            ),
            Val::Ana(n, u, keep) => Some(ana(*n, *u, *keep, &seen, r).unwrap_or_else(|| unknown(*u))),
            Val::YearAgo { quarter, anaphoric } => {
                let recent_q = seen.last_quarter.filter(|(_, end)| *quarter || c.span.start.saturating_sub(*end) < YEAR_AGO_REACH);
                let anchor_year = if *anaphoric { seen.last.and_then(Point::year).or(r.map(|r| r.year)) } else { r.map(|r| r.year) };
                Some(match (recent_q, r) {
                    (Some((q, _)), _) => q.shift(-1, Unit::Year).unwrap_or(q),
                    (None, Some(r)) if *quarter => {
                        relative(r, -1, Unit::Quarter).and_then(|q| q.shift(-1, Unit::Year)).unwrap_or(Point::Quarter(None, None))
                    }
                    _ => match anchor_year {
                        Some(y) if *quarter => Point::Quarter(Some(y - 1), None),
                        Some(y) => Point::Year(Some(y - 1)),
                        None => unknown(if *quarter { Unit::Quarter } else { Unit::Year }),
                    },
                })
            }
            Val::DayWithWeekday(p, wd) => Some(match r {
                Some(r) => {
                    let fits: Vec<i32> = (r.year - 1..=r.year + 1)
                        .filter(|y| p.with_year(*y).as_date().is_some_and(|d| d.weekday() == *wd))
                        .collect();
                    match fits.as_slice() {
                        [y] => p.with_year(*y),
                        _ => infer(*p, Dir::Auto, c.tense, r),
                    }
                }
                None => *p,
            }),
            Val::LastQuarter { completed } => {
                let previous = r.and_then(|r| relative(r, -1, Unit::Quarter));
                // "the latest quarter" has been reported: not the "fourth-quarter
                // charge" expected in October.
                let ahead = |q: &Point| match (*q, previous) {
                    (Point::Quarter(Some(y), Some(n)), Some(Point::Quarter(Some(py), Some(pn)))) => (y, n) > (py, pn),
                    _ => false,
                };
                Some(match (seen.last_quarter, previous) {
                    (Some((q, end)), _) if c.span.start.saturating_sub(end) < 600 && !(*completed && ahead(&q) && !seen.last_quarter_reported) => q,
                    (_, Some(p)) => p,
                    (_, None) => Point::Quarter(None, None),
                })
            }
            Val::QuarterOfYear(y) => Some(
                seen.last_quarter
                    .filter(|(_, end)| c.span.start.saturating_sub(*end) < 600)
                    .map(|(q, _)| q)
                    .or_else(|| r.and_then(|r| relative(r, -1, Unit::Quarter)))
                    .map_or(Point::Quarter(Some(*y), None), |q| q.with_year(*y)),
            ),
            Val::Holiday(rule, year, dir) => {
                let date = match (year, r) {
                    (Some(y), _) => holiday_date(*rule, *y),
                    (None, Some(r)) => pick_year(|y| holiday_date(*rule, y).map(|d| (d.ordinal(), d.ordinal())), *dir, c.tense, r)
                        .and_then(|y| holiday_date(*rule, y)),
                    (None, None) => None,
                };
                Some(date.map_or(Point::Day(None, None, None), Point::day))
            }
            Val::TimeOnly => Some(seen.last_day.or(r).map_or(Point::Day(None, None, None), Point::day)),
            Val::LastPoint => match seen.last {
                Some(p) => Some(p),
                None => continue,
            },
        };
        let (value, kind) = match (&c.val, point) {
            (Val::Lit(s), _) => (s.clone(), c.kind),
            (_, Some(p)) => {
                let mut v = p.render();
                let mut kind = if c.kind == TimexKind::Time { TimexKind::Date } else { c.kind };
                if let (Some(t), Point::Day(..) | Point::WeekdayOnly(_)) = (c.tod, p) {
                    v.push_str(&t.render());
                    kind = TimexKind::Time;
                }
                (v, kind)
            }
            (_, None) => continue,
        };
        // Anaphoric and comparative values do not become the new anchor: a
        // chain of "a year earlier" must not drift back year after year.
        let anchors = !matches!(c.val, Val::TimeOnly | Val::LastPoint | Val::YearAgo { .. } | Val::YearBefore(_) | Val::QuarterOfYear(_) | Val::Ana(_, _, true));
        if let Some(p) = point {
            if anchors && !value.contains('X') {
                seen.last = Some(p);
                if let Some(d) = p.as_date() {
                    seen.last_day = Some(d);
                }
                if let Point::Quarter(Some(_), Some(_)) = p {
                    seen.last_quarter = Some((p, c.span.end));
                    seen.last_quarter_reported = c.tense == Tense::Past;
                }
            }
        }
        out.push(Timex { span: c.span, kind, value, rule: c.rule });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> CalendarDate {
        CalendarDate::parse_iso(s).unwrap()
    }

    #[test]
    fn year_picking() {
        let r = d("2019-11-18");
        let nov17 = Point::Day(None, Some(11), Some(17));
        assert_eq!(infer(nov17, Dir::Auto, Tense::Unknown, r).render(), "2019-11-17");
        let mar5 = Point::Day(None, Some(3), Some(5));
        assert_eq!(infer(mar5, Dir::Auto, Tense::Unknown, r).render(), "2020-03-05");
        assert_eq!(infer(mar5, Dir::Auto, Tense::Past, r).render(), "2019-03-05");
        // A past instance more than ten months back loses to the near future one.
        let jan5 = Point::Day(None, Some(1), Some(5));
        assert_eq!(infer(jan5, Dir::Auto, Tense::Past, r).render(), "2020-01-05");
        let may = Point::Month(None, Some(5));
        assert_eq!(infer(may, Dir::Last, Tense::Unknown, r).render(), "2019-05");
        assert_eq!(infer(may, Dir::Next, Tense::Unknown, r).render(), "2020-05");
        let nov = Point::Month(None, Some(11));
        assert_eq!(infer(nov, Dir::Last, Tense::Unknown, r).render(), "2018-11");
    }

    #[test]
    fn weekdays() {
        let r = d("2019-11-18"); // Monday
        assert_eq!(weekday_near(r, 4, Dir::Auto, Tense::Past).unwrap().to_string(), "2019-11-15");
        assert_eq!(weekday_near(r, 4, Dir::Auto, Tense::Future).unwrap().to_string(), "2019-11-22");
        assert_eq!(weekday_near(r, 0, Dir::Auto, Tense::Unknown).unwrap().to_string(), "2019-11-18");
        assert_eq!(weekday_near(r, 0, Dir::Last, Tense::Unknown).unwrap().to_string(), "2019-11-11");
        assert_eq!(weekday_near(r, 0, Dir::Next, Tense::Unknown).unwrap().to_string(), "2019-11-25");
        assert_eq!(weekday_near(r, 2, Dir::This, Tense::Unknown).unwrap().to_string(), "2019-11-20");
    }

    #[test]
    fn overlaps_keep_longer() {
        let mk = |a: usize, b: usize, prio: u8| {
            let mut c = Cand::new(Span::new(a, b), TimexKind::Date, Val::Lit("X".into()), "t");
            c.prio = prio;
            c
        };
        let kept = remove_overlaps(vec![mk(0, 4, 1), mk(2, 10, 1), mk(10, 12, 1), mk(10, 12, 3), mk(12, 13, 0)]);
        let spans: Vec<(usize, usize, u8)> = kept.iter().map(|c| (c.span.start, c.span.end, c.prio)).collect();
        assert_eq!(spans, vec![(2, 10, 1), (10, 12, 3), (12, 13, 0)]);
    }
}
