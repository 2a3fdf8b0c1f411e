//! A proleptic Gregorian calendar date: the reference date and resolved values.

use crate::error::Error;
use std::fmt;

/// A day of the proleptic Gregorian calendar, years 1..=9999.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CalendarDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl CalendarDate {
    /// A checked date; `None` when the day does not exist (2019-02-29).
    pub fn new(year: i32, month: u8, day: u8) -> Option<CalendarDate> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) || day == 0 {
            return None;
        }
        if day > days_in_month(year, month) {
            return None;
        }
        Some(CalendarDate { year, month, day })
    }

    /// Parses exactly `YYYY-MM-DD`.
    ///
    /// ```
    /// use article_annotator::CalendarDate;
    /// assert_eq!(CalendarDate::parse_iso("2019-11-18").unwrap().to_string(), "2019-11-18");
    /// assert!(CalendarDate::parse_iso("2019-02-29").is_err());
    /// assert!(CalendarDate::parse_iso("18/11/2019").is_err());
    /// ```
    pub fn parse_iso(s: &str) -> Result<CalendarDate, Error> {
        let bad = || Error::new(format!("bad date {s:?}: expected YYYY-MM-DD, a real calendar day"));
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(bad());
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = &s[r];
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        let (y, m, d) = match (num(0..4), num(5..7), num(8..10)) {
            (Some(y), Some(m), Some(d)) => (y, m, d),
            _ => return Err(bad()),
        };
        CalendarDate::new(y as i32, m as u8, d as u8).ok_or_else(bad)
    }

    /// Days since 0001-01-01 (that day is 0).
    pub fn ordinal(self) -> i64 {
        let y = self.year as i64 - 1;
        let mut days = y * 365 + y / 4 - y / 100 + y / 400;
        for m in 1..self.month {
            days += days_in_month(self.year, m) as i64;
        }
        days + self.day as i64 - 1
    }

    /// The date `ordinal` days after 0001-01-01; `None` outside years 1..=9999.
    pub fn from_ordinal(ordinal: i64) -> Option<CalendarDate> {
        if ordinal < 0 {
            return None;
        }
        // 400 years are 146097 days.
        let mut n = ordinal;
        let mut year = 1 + 400 * (n / 146_097);
        n %= 146_097;
        loop {
            let len = if is_leap(year as i32) { 366 } else { 365 };
            if n < len {
                break;
            }
            n -= len;
            year += 1;
        }
        if year > 9999 {
            return None;
        }
        let year = year as i32;
        let mut month = 1u8;
        loop {
            let len = days_in_month(year, month) as i64;
            if n < len {
                break;
            }
            n -= len;
            month += 1;
        }
        CalendarDate::new(year, month, n as u8 + 1)
    }

    /// This date moved by `days` (negative goes back).
    pub fn add_days(self, days: i64) -> Option<CalendarDate> {
        CalendarDate::from_ordinal(self.ordinal() + days)
    }

    /// Day of the week, Monday = 0 … Sunday = 6.
    pub fn weekday(self) -> u8 {
        // 0001-01-01 was a Monday.
        (self.ordinal().rem_euclid(7)) as u8
    }
    /// ISO 8601 week: (week-numbering year, week 1..=53).
    ///
    /// ```
    /// use article_annotator::CalendarDate;
    /// assert_eq!(CalendarDate::new(2019, 11, 18).unwrap().iso_week(), (2019, 47));
    /// assert_eq!(CalendarDate::new(2021, 1, 1).unwrap().iso_week(), (2020, 53));
    /// ```
    pub fn iso_week(self) -> (i32, u8) {
        // The week's Thursday decides the year.
        let thursday = self.ordinal() - self.weekday() as i64 + 3;
        match CalendarDate::from_ordinal(thursday) {
            Some(t) => {
                let jan1 = CalendarDate { year: t.year, month: 1, day: 1 };
                (t.year, ((thursday - jan1.ordinal()) / 7 + 1) as u8)
            }
            None => (self.year, 1),
        }
    }

    /// The day of ISO week `week` of `year` with `weekday` (Monday = 0).
    pub fn from_iso_week(year: i32, week: u8, weekday: u8) -> Option<CalendarDate> {
        let jan4 = CalendarDate::new(year, 1, 4)?;
        let week1_monday = jan4.ordinal() - jan4.weekday() as i64;
        CalendarDate::from_ordinal(week1_monday + (week as i64 - 1) * 7 + weekday as i64)
    }

    /// This date moved by `months`, the day clamped to the target month's length.
    pub fn add_months(self, months: i64) -> Option<CalendarDate> {
        let index = self.year as i64 * 12 + (self.month as i64 - 1) + months;
        let year = index.div_euclid(12);
        let month = (index.rem_euclid(12) + 1) as u8;
        if !(1..=9999).contains(&year) {
            return None;
        }
        let year = year as i32;
        CalendarDate::new(year, month, self.day.min(days_in_month(year, month)))
    }

    /// Calendar quarter, 1..=4.
    pub fn quarter(self) -> u8 {
        (self.month - 1) / 3 + 1
    }
}

impl fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// True for Gregorian leap years.
pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in `month` (1-12) of `year`.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinal_round_trips_and_weekdays() {
        for s in ["0001-01-01", "1970-01-01", "2000-02-29", "2019-11-18", "9999-12-31"] {
            let d = CalendarDate::parse_iso(s).unwrap();
            assert_eq!(CalendarDate::from_ordinal(d.ordinal()), Some(d), "{s}");
        }
        // 2019-11-18 was a Monday, 2024-02-29 a Thursday.
        assert_eq!(CalendarDate::parse_iso("2019-11-18").unwrap().weekday(), 0);
        assert_eq!(CalendarDate::parse_iso("2024-02-29").unwrap().weekday(), 3);
        let d = CalendarDate::parse_iso("2019-12-31").unwrap();
        assert_eq!(d.add_days(1).unwrap().to_string(), "2020-01-01");
        assert_eq!(d.add_months(2).unwrap().to_string(), "2020-02-29");
        assert_eq!(d.add_months(-12).unwrap().to_string(), "2018-12-31");
        assert_eq!(d.iso_week(), (2020, 1));
        assert_eq!(CalendarDate::from_iso_week(2019, 47, 0).unwrap().to_string(), "2019-11-18");
        assert_eq!(CalendarDate::new(2019, 11, 18).unwrap().quarter(), 4);
    }

    #[test]
    fn rejects_bad_dates() {
        for s in ["", "2019-13-01", "2019-00-10", "2019-04-31", "2019-4-1", "２０１９-11-18", "2019-11-18x"] {
            assert!(CalendarDate::parse_iso(s).is_err(), "{s:?}");
        }
    }
}
