//! What a parser found, before and after resolution, and how it is written
//! as a TIMEX3 value.
//!
//! Parsers keep apart what the text gave from what must be inferred (like
//! chrono-node's known / implied fields): "Nov. 17" is a [`Val::NoYear`] day
//! whose year the refiner picks, "Friday" a [`Val::Weekday`], "the same day"
//! a [`Val::Ana`] that points back at the last date the text mentioned.

use super::calendar::{days_in_month, CalendarDate};
use super::lexicon::PARTS;

/// A calendar unit, for shifts, granularity and durations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Half,
    Season,
    Year,
    Decade,
    Century,
}

impl Unit {
    /// From a code of `data/units.txt`.
    pub fn from_code(code: &str) -> Option<Unit> {
        Some(match code {
            "S" => Unit::Second,
            "MIN" => Unit::Minute,
            "H" => Unit::Hour,
            "D" => Unit::Day,
            "W" | "FN" => Unit::Week,
            "M" => Unit::Month,
            "Q" => Unit::Quarter,
            "Y" => Unit::Year,
            "DE" => Unit::Decade,
            "CE" | "ML" => Unit::Century,
            _ => return None,
        })
    }
}

/// A time of day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tod {
    /// Hours 0..=24 and minutes, with the zone's UTC offset when the text gave one.
    Clock { h: u8, m: u8, zone: Option<&'static str> },
    /// MO, AF, EV, NI, DT (morning, afternoon, evening, night, daytime).
    Part(&'static str),
}

impl Tod {
    pub fn render(self) -> String {
        match self {
            Tod::Clock { h, m, zone } => format!("T{h:02}:{m:02}{}", zone.unwrap_or("")),
            Tod::Part(p) => format!("T{p}"),
        }
    }
}

/// A calendar point at some granularity; `None` fields print as X.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Point {
    Day(Option<i32>, Option<u8>, Option<u8>),
    Month(Option<i32>, Option<u8>),
    Year(Option<i32>),
    /// The first three digits of the years: 199 for the 1990s.
    Decade(i32),
    /// The first two digits: 19 for the 20th century.
    Century(i32),
    Week(Option<i32>, Option<u8>),
    Weekend(Option<i32>, Option<u8>),
    Quarter(Option<i32>, Option<u8>),
    Half(Option<i32>, u8),
    /// 0 spring, 1 summer, 2 fall, 3 winter.
    Season(Option<i32>, u8),
    /// A weekday of an unknown week: XXXX-WXX-5 (ISO weekday 1..=7).
    WeekdayOnly(u8),
}

const SEASONS: [&str; 4] = ["SP", "SU", "FA", "WI"];

fn y4(y: Option<i32>) -> String {
    match y {
        Some(y) if (0..=9999).contains(&y) => format!("{y:04}"),
        _ => "XXXX".to_string(),
    }
}

fn n2(n: Option<u8>) -> String {
    match n {
        Some(n) => format!("{n:02}"),
        None => "XX".to_string(),
    }
}

impl Point {
    pub fn day(d: CalendarDate) -> Point {
        Point::Day(Some(d.year), Some(d.month), Some(d.day))
    }

    pub fn render(self) -> String {
        match self {
            Point::Day(y, m, d) => format!("{}-{}-{}", y4(y), n2(m), n2(d)),
            Point::Month(y, m) => format!("{}-{}", y4(y), n2(m)),
            Point::Year(y) => y4(y),
            Point::Decade(d) => format!("{d:03}"),
            Point::Century(c) => format!("{c:02}"),
            Point::Week(y, w) => format!("{}-W{}", y4(y), n2(w)),
            Point::Weekend(y, w) => format!("{}-W{}-WE", y4(y), n2(w)),
            Point::Quarter(y, q) => match q {
                Some(q) => format!("{}-Q{q}", y4(y)),
                None => format!("{}-QX", y4(y)),
            },
            Point::Half(y, h) => format!("{}-H{h}", y4(y)),
            Point::Season(y, s) => format!("{}-{}", y4(y), SEASONS[(s as usize) % 4]),
            Point::WeekdayOnly(wd) => format!("XXXX-WXX-{wd}"),
        }
    }

    /// The fully known day, if this is one.
    pub fn as_date(self) -> Option<CalendarDate> {
        match self {
            Point::Day(Some(y), Some(m), Some(d)) => CalendarDate::new(y, m, d),
            _ => None,
        }
    }

    pub fn unit(self) -> Unit {
        match self {
            Point::Day(..) | Point::WeekdayOnly(_) => Unit::Day,
            Point::Month(..) => Unit::Month,
            Point::Year(_) => Unit::Year,
            Point::Decade(_) => Unit::Decade,
            Point::Century(_) => Unit::Century,
            Point::Week(..) => Unit::Week,
            Point::Weekend(..) => Unit::Weekend,
            Point::Quarter(..) => Unit::Quarter,
            Point::Half(..) => Unit::Half,
            Point::Season(..) => Unit::Season,
        }
    }

    pub fn year(self) -> Option<i32> {
        match self {
            Point::Day(y, ..)
            | Point::Month(y, _)
            | Point::Year(y)
            | Point::Week(y, _)
            | Point::Weekend(y, _)
            | Point::Quarter(y, _)
            | Point::Half(y, _)
            | Point::Season(y, _) => y,
            Point::Decade(_) | Point::Century(_) | Point::WeekdayOnly(_) => None,
        }
    }

    /// The same point in year `y` (day clamped: Feb. 29 of a common year is the 28th).
    pub fn with_year(self, y: i32) -> Point {
        match self {
            Point::Day(_, Some(m), Some(d)) => Point::Day(Some(y), Some(m), Some(d.min(days_in_month(y, m)))),
            Point::Day(_, m, d) => Point::Day(Some(y), m, d),
            Point::Month(_, m) => Point::Month(Some(y), m),
            Point::Year(_) => Point::Year(Some(y)),
            Point::Week(_, w) => Point::Week(Some(y), w),
            Point::Weekend(_, w) => Point::Weekend(Some(y), w),
            Point::Quarter(_, q) => Point::Quarter(Some(y), q),
            Point::Half(_, h) => Point::Half(Some(y), h),
            Point::Season(_, s) => Point::Season(Some(y), s),
            p => p,
        }
    }

    /// First and last day (ordinals) of the point in year `y`.
    pub fn bounds_in(self, y: i32) -> Option<(i64, i64)> {
        let d = |m: u8, d: u8| CalendarDate::new(y, m, d).map(|c| c.ordinal());
        let month_end = |m: u8| d(m, days_in_month(y, m));
        Some(match self {
            Point::Day(_, Some(m), Some(dd)) => {
                let o = d(m, dd.min(days_in_month(y, m)))?;
                (o, o)
            }
            Point::Month(_, Some(m)) => (d(m, 1)?, month_end(m)?),
            Point::Quarter(_, Some(q)) if (1..=4).contains(&q) => (d(q * 3 - 2, 1)?, month_end(q * 3)?),
            Point::Half(_, h) if (1..=2).contains(&h) => (d(h * 6 - 5, 1)?, month_end(h * 6)?),
            Point::Season(_, s) => match s {
                0 => (d(3, 20)?, d(6, 20)?),
                1 => (d(6, 21)?, d(9, 22)?),
                2 => (d(9, 23)?, d(12, 20)?),
                _ => (d(12, 21)?, CalendarDate::new(y + 1, 3, 19)?.ordinal()),
            },
            Point::Year(_) => (d(1, 1)?, d(12, 31)?),
            _ => return None,
        })
    }

    /// The point moved by `n` units, keeping its own granularity.
    pub fn shift(self, n: i64, unit: Unit) -> Option<Point> {
        let years = |k: i64| -> Option<i32> {
            let y = self.year()? as i64 + k;
            (1..=9999).contains(&y).then_some(y as i32)
        };
        match (self, unit) {
            (_, Unit::Year) => match self {
                Point::Decade(d) => Some(Point::Decade(d + (n / 10) as i32)),
                Point::Century(c) => Some(Point::Century(c + (n / 100) as i32)),
                p => Some(p.with_year(years(n)?)),
            },
            (_, Unit::Decade) => self.shift(n * 10, Unit::Year),
            (_, Unit::Century) => self.shift(n * 100, Unit::Year),
            (Point::Day(..), Unit::Day | Unit::Week | Unit::Weekend) => {
                let days = if unit == Unit::Day { n } else { 7 * n };
                Some(Point::day(self.as_date()?.add_days(days)?))
            }
            (Point::Day(..), Unit::Month | Unit::Quarter | Unit::Half) => {
                let months = n * months_in(unit);
                Some(Point::day(self.as_date()?.add_months(months)?))
            }
            (Point::Month(Some(y), Some(m)), Unit::Month | Unit::Quarter | Unit::Half) => {
                let c = CalendarDate::new(y, m, 1)?.add_months(n * months_in(unit))?;
                Some(Point::Month(Some(c.year), Some(c.month)))
            }
            (Point::Quarter(Some(y), Some(q)), Unit::Quarter | Unit::Half) => {
                let idx = y as i64 * 4 + (q as i64 - 1) + n * if unit == Unit::Half { 2 } else { 1 };
                Some(Point::Quarter(Some(idx.div_euclid(4) as i32), Some((idx.rem_euclid(4) + 1) as u8)))
            }
            (Point::Week(Some(y), Some(w)), Unit::Week) => {
                let c = CalendarDate::from_iso_week(y, w, 0)?.add_days(7 * n)?;
                let (wy, ww) = c.iso_week();
                Some(Point::Week(Some(wy), Some(ww)))
            }
            _ => None,
        }
    }

    /// The coarser point containing this one at `unit` granularity.
    pub fn coarsen(self, unit: Unit) -> Option<Point> {
        let y = self.year();
        Some(match unit {
            Unit::Year => Point::Year(Some(y?)),
            Unit::Month => match self {
                Point::Day(y, m, _) | Point::Month(y, m) => Point::Month(y, m),
                _ => return None,
            },
            Unit::Quarter => match self {
                Point::Day(y, Some(m), _) | Point::Month(y, Some(m)) => Point::Quarter(y, Some((m - 1) / 3 + 1)),
                Point::Quarter(..) => self,
                _ => return None,
            },
            Unit::Week => Point::week_of(self.as_date()?),
            Unit::Day => match self {
                Point::Day(..) => self,
                _ => return None,
            },
            Unit::Decade => Point::Decade(y? / 10),
            Unit::Century => Point::Century(y? / 100),
            _ => return None,
        })
    }

    pub fn week_of(d: CalendarDate) -> Point {
        let (y, w) = d.iso_week();
        Point::Week(Some(y), Some(w))
    }
}

fn months_in(unit: Unit) -> i64 {
    match unit {
        Unit::Quarter => 3,
        Unit::Half => 6,
        _ => 1,
    }
}

/// The reference date moved by `n` units and written at that unit's granularity
/// ("yesterday" = -1 Day, "last week" = -1 Week, "two years ago" = -2 Year).
pub(crate) fn relative(reference: CalendarDate, n: i64, unit: Unit) -> Option<Point> {
    let r = reference;
    Some(match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => {
            let days = if unit == Unit::Day { n } else { 0 };
            Point::day(r.add_days(days)?)
        }
        Unit::Week => Point::week_of(r.add_days(7 * n)?),
        Unit::Weekend => {
            let (y, w) = r.add_days(7 * n)?.iso_week();
            Point::Weekend(Some(y), Some(w))
        }
        Unit::Month => {
            let c = r.add_months(n)?;
            Point::Month(Some(c.year), Some(c.month))
        }
        Unit::Quarter => Point::Quarter(Some(r.year), Some(r.quarter())).shift(n, Unit::Quarter)?,
        Unit::Half => {
            let idx = r.year as i64 * 2 + if r.month > 6 { 1 } else { 0 } + n;
            Point::Half(Some(idx.div_euclid(2) as i32), (idx.rem_euclid(2) + 1) as u8)
        }
        Unit::Season => Point::Year(Some(r.year)),
        Unit::Year => {
            let y = r.year as i64 + n;
            if !(1..=9999).contains(&y) {
                return None;
            }
            Point::Year(Some(y as i32))
        }
        Unit::Decade => Point::Decade(r.year / 10 + n as i32),
        Unit::Century => Point::Century(r.year / 100 + n as i32),
    })
}

/// The unresolved point at a unit's granularity, for text without a reference date.
pub(crate) fn unknown(unit: Unit) -> Point {
    match unit {
        Unit::Week => Point::Week(None, None),
        Unit::Weekend => Point::Weekend(None, None),
        Unit::Month => Point::Month(None, None),
        Unit::Quarter => Point::Quarter(None, None),
        Unit::Year | Unit::Decade | Unit::Century | Unit::Half | Unit::Season => Point::Year(None),
        _ => Point::Day(None, None, None),
    }
}

/// Which instance of a partly given point is meant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Dir {
    /// By tense, else the one closest to the reference.
    Auto,
    /// "last May": the latest one that ended before the reference.
    Last,
    /// "this May": the one in the reference's year.
    This,
    /// "next May": the first one that starts after the reference.
    Next,
}

/// The tense around an expression, a hint for [`Dir::Auto`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Future,
    Unknown,
}

/// A parser's reading of an expression.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Val {
    /// A final value: durations, sets, PRESENT_REF ...
    Lit(String),
    /// A point whose year the text gave.
    Pt(Point),
    /// A point without a year: the year is inferred from the reference date.
    NoYear(Point, Dir),
    /// A point in the reference's year moved by n years ("July last year").
    InYear(Point, i64),
    /// A point in the year before the (inferred) year of the point ("the year-earlier third quarter").
    YearBefore(Point),
    /// The reference date moved by n units, at the unit's granularity.
    Rel(i64, Unit),
    /// A weekday (Monday = 0) near the reference date.
    Weekday(u8, Dir),
    /// A weekday near the last mentioned day ("the following Monday").
    WeekdayAna(u8, Dir),
    /// The last mentioned point moved by n units; `true` keeps the finer
    /// granularity of that point ("a year earlier" after "the third quarter").
    Ana(i64, Unit, bool),
    /// "a year ago", "year-earlier", "a year earlier": a year before the
    /// reference (or, when `anaphoric`, before the last date mentioned), or
    /// the quarter a year before the quarter just mentioned; `quarter` when
    /// the phrase itself names a quarter ("the year-ago quarter").
    YearAgo { quarter: bool, anaphoric: bool },
    /// A day without a year but with its weekday ("Saturday, April 25"):
    /// the year near the reference whose day falls on that weekday.
    DayWithWeekday(Point, u8),
    /// "the quarter", "the latest quarter": the quarter last mentioned, else
    /// the one before the reference's; `completed` ("latest", "most recent")
    /// passes over a mentioned quarter that has not ended yet.
    LastQuarter { completed: bool },
    /// "the week of March 6": the ISO week of the day (its year inferred when not given).
    WeekOf(Point),
    /// "the 1988 quarter": the quarter last mentioned (else the one before
    /// the reference's), moved into the given year.
    QuarterOfYear(i32),
    /// A holiday, with the year when the text gave one.
    Holiday(super::lexicon::HolidayRule, Option<i32>, Dir),
    /// Only a time of day: the date comes from the context.
    TimeOnly,
    /// "since then": the last point the text mentioned, as it was written.
    LastPoint,
}

impl Val {
    /// True when the value denotes a single day (so a time of day can attach).
    pub fn is_day_like(&self) -> bool {
        match self {
            Val::Pt(p) | Val::NoYear(p, _) | Val::InYear(p, _) | Val::DayWithWeekday(p, _) => matches!(p, Point::Day(..)),
            Val::Rel(_, u) | Val::Ana(_, u, _) => *u == Unit::Day,
            Val::Weekday(..) | Val::WeekdayAna(..) | Val::Holiday(..) => true,
            _ => false,
        }
    }
}

/// Western (Gregorian) Easter Sunday (Anonymous Gregorian algorithm).
pub(crate) fn easter(year: i32) -> Option<CalendarDate> {
    let y = year;
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    CalendarDate::new(y, month as u8, day as u8)
}

/// The date of a holiday in a year.
pub(crate) fn holiday_date(rule: super::lexicon::HolidayRule, year: i32) -> Option<CalendarDate> {
    use super::lexicon::HolidayRule as H;
    match rule {
        H::Fixed(m, d) => CalendarDate::new(year, m, d),
        H::Easter(off) => easter(year)?.add_days(off as i64),
        H::Nth(n, wd, m) => nth_weekday(year, m, wd, n),
        H::Election => nth_weekday(year, 11, 0, 1)?.add_days(1),
    }
}

fn nth_weekday(year: i32, month: u8, wd: u8, n: i8) -> Option<CalendarDate> {
    if n > 0 {
        let first = CalendarDate::new(year, month, 1)?;
        let delta = (wd as i64 - first.weekday() as i64).rem_euclid(7);
        first.add_days(delta + 7 * (n as i64 - 1))
    } else {
        let last = CalendarDate::new(year, month, days_in_month(year, month))?;
        let delta = (last.weekday() as i64 - wd as i64).rem_euclid(7);
        last.add_days(-delta)
    }
}

/// A duration value: `n` units in [`PARTS`]ths, `None` for a vague count ("several years" -> PXY).
pub(crate) fn duration(n: Option<u64>, unit: Unit) -> String {
    let (letter, time, scale) = match unit {
        Unit::Second => ("S", true, 1),
        Unit::Minute => ("M", true, 1),
        Unit::Hour => ("H", true, 1),
        Unit::Day => ("D", false, 1),
        Unit::Week | Unit::Weekend => ("W", false, 1),
        Unit::Month => ("M", false, 1),
        Unit::Quarter => ("Q", false, 1),
        Unit::Half => ("M", false, 6),
        Unit::Season => ("M", false, 3),
        Unit::Year => ("Y", false, 1),
        Unit::Decade => ("Y", false, 10),
        Unit::Century => ("Y", false, 100),
    };
    let t = if time { "T" } else { "" };
    let Some(n) = n else {
        let vague = match unit {
            Unit::Decade => "DE",
            Unit::Century => "CE",
            _ => letter,
        };
        return format!("P{t}X{vague}");
    };
    let Some(n) = n.checked_mul(scale).filter(|n| *n <= 1_000_000_000 * PARTS) else {
        return format!("P{t}X{letter}");
    };
    let (whole, frac) = (n / PARTS, n % PARTS);
    if frac == 0 {
        return format!("P{t}{whole}{letter}");
    }
    // A fraction goes to the next smaller unit: 2 1/2 years = P2Y6M.
    let (sub, sub_letter, sub_time) = match unit {
        Unit::Year | Unit::Decade | Unit::Century => (12, "M", false),
        Unit::Month | Unit::Half | Unit::Season => (30, "D", false),
        Unit::Week | Unit::Weekend => (7, "D", false),
        Unit::Day => (24, "H", true),
        Unit::Hour => (60, "M", true),
        Unit::Minute => (60, "S", true),
        // 1 1/2 quarters = P4M15D.
        Unit::Quarter => return duration(Some(n * 3), Unit::Month),
        // 1.5 seconds = PT1.5S (tenths).
        Unit::Second => return format!("PT{whole}.{}S", frac * 10 / PARTS),
    };
    let rest = (frac * sub + PARTS / 2) / PARTS;
    let head = if whole > 0 { format!("{whole}{letter}") } else { String::new() };
    if sub_time && !time {
        format!("P{head}T{rest}{sub_letter}")
    } else {
        format!("P{t}{head}{rest}{sub_letter}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> CalendarDate {
        CalendarDate::parse_iso(s).unwrap()
    }

    #[test]
    fn durations() {
        // [count as numerator / denominator, unit, value]
        let table = [
            (5, 1, Unit::Month, "P5M"),
            (40, 1, Unit::Minute, "PT40M"),
            (5, 2, Unit::Year, "P2Y6M"),
            (11, 2, Unit::Hour, "PT5H30M"),
            (3, 2, Unit::Minute, "PT1M30S"),
            (1, 2, Unit::Hour, "PT30M"),
            (3, 2, Unit::Day, "P1DT12H"),
            (2, 1, Unit::Decade, "P20Y"),
            (3, 2, Unit::Week, "P1W4D"),
            (3, 2, Unit::Quarter, "P4M15D"),
            (3, 2, Unit::Second, "PT1.5S"),
            (1, 2, Unit::Decade, "P5Y"),
            (2_000_000_000, 1, Unit::Year, "PXY"),
        ];
        for (num, den, unit, want) in table {
            assert_eq!(duration(Some(num * PARTS / den), unit), want, "{num}/{den} {unit:?}");
        }
        assert_eq!(duration(None, Unit::Year), "PXY");
        assert_eq!(duration(None, Unit::Hour), "PTXH");
    }

    #[test]
    fn relative_points() {
        let r = d("2019-11-18");
        assert_eq!(relative(r, -1, Unit::Day).unwrap().render(), "2019-11-17");
        assert_eq!(relative(r, -1, Unit::Week).unwrap().render(), "2019-W46");
        assert_eq!(relative(r, 1, Unit::Month).unwrap().render(), "2019-12");
        assert_eq!(relative(r, 1, Unit::Quarter).unwrap().render(), "2020-Q1");
        assert_eq!(relative(r, -2, Unit::Year).unwrap().render(), "2017");
        assert_eq!(relative(r, 0, Unit::Decade).unwrap().render(), "201");
        assert_eq!(relative(r, -1, Unit::Weekend).unwrap().render(), "2019-W46-WE");
    }

    #[test]
    fn holidays_and_shifts() {
        use super::super::lexicon::HolidayRule as H;
        assert_eq!(easter(2019).unwrap().to_string(), "2019-04-21");
        assert_eq!(holiday_date(H::Nth(4, 3, 11), 2019).unwrap().to_string(), "2019-11-28");
        assert_eq!(holiday_date(H::Nth(-1, 0, 5), 2019).unwrap().to_string(), "2019-05-27");
        assert_eq!(holiday_date(H::Election, 2020).unwrap().to_string(), "2020-11-03");
        let q = Point::Quarter(Some(1989), Some(3));
        assert_eq!(q.shift(-1, Unit::Year).unwrap().render(), "1988-Q3");
        assert_eq!(Point::Day(Some(2020), Some(2), Some(29)).shift(-1, Unit::Year).unwrap().render(), "2019-02-28");
        assert_eq!(Point::Season(Some(1994), 3).render(), "1994-WI");
    }
}
