//! Dates and times: TIMEX3 values resolved against the reference date.
//! (Being written: see the module plan in the crate docs.)

pub mod calendar;

pub use calendar::CalendarDate;
