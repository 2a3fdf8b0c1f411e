//! Article Annotator (being built).
pub mod dates;
pub mod error;
pub mod span;

pub use dates::CalendarDate;
pub use error::Error;
pub use span::Span;
