//! # Article Annotator
//!
//! Reads a news article and marks up **who is quoted saying what**, the
//! **people, organizations and places** it names, its **dates** (resolved
//! against the article's own publication date) and the **agreements and
//! treaties** it mentions. The same code runs natively (the
//! `article-annotator` command) and in the browser (WebAssembly); both give
//! byte-identical JSON.
//!
//! ```
//! use article_annotator::{annotate, Options};
//!
//! let text = "Seoul, Japan differ on pact\n\n\
//!     Posted on : 2019-11-18 16:30 KST\n\n\
//!     Defense Minister Jeong Kyeong-doo met Taro Kono in Bangkok on Nov. 17.\n\n\
//!     “There is nothing I can say at the moment,” Jeong said.";
//! let doc = annotate(text, &Options::default());
//!
//! // The reference date comes from the "Posted on" line.
//! assert_eq!(doc.reference_date.as_deref(), Some("2019-11-18"));
//! assert!(doc.dates.iter().any(|d| d.text == "Nov. 17" && d.value == "2019-11-17"));
//!
//! // The quotation is attributed to the minister, named in full.
//! let quote = &doc.quotes[0];
//! let speaker = doc.entities.iter().find(|e| Some(&e.id) == quote.speaker.as_ref()).unwrap();
//! assert_eq!(speaker.name, "Jeong Kyeong-doo");
//! assert_eq!(speaker.aliases, vec!["Jeong"]);
//! ```
//!
//! Offsets in the document are UTF-16 code units (JavaScript string indices),
//! half-open; inside the crate every stage works on byte [`Span`]s.
//!
//! ## The pipeline
//!
//! [`pipeline::run`] holds the stage order: [`segment`] (paragraphs, tokens,
//! quotation marks, sentences) → [`structure`] (headline, publication line,
//! bylines, captions, boilerplate) → [`names`] → [`dates`] → [`quotes`] →
//! [`link`] → [`document`]. Every annotation records the rule that made it;
//! [`Options::explain`] writes it into the document.
//!
//! ## Errors
//!
//! Annotation never fails: every text gives a document. Only options can be
//! wrong (a reference date that is not a real `YYYY-MM-DD` day):
//!
//! ```
//! use article_annotator::Options;
//! let err = Options::default().reference_date("2019-02-30").unwrap_err();
//! assert_eq!(err.to_string(), "bad date \"2019-02-30\": expected YYYY-MM-DD, a real calendar day");
//! ```

pub mod case;
pub mod hash;
pub mod dates;
pub mod document;
pub mod error;
pub(crate) mod lexicon;
pub mod link;
pub mod model;
pub mod names;
pub mod order;
pub mod pipeline;
pub mod quotes;
pub mod segment;
pub mod span;
pub mod structure;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use dates::CalendarDate;
pub use document::Document;
pub use error::Error;
pub use span::Span;

/// What the caller may set.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Resolve relative dates against this day. When `None`, the publication
    /// date found in the text is used; when there is none either, relative
    /// dates keep unresolved values such as `XXXX-11-17`.
    pub reference_date: Option<CalendarDate>,
    /// Write into the document the rule that produced each annotation.
    pub explain: bool,
}

impl Options {
    /// Sets the reference date from `YYYY-MM-DD`.
    pub fn reference_date(mut self, date: &str) -> Result<Options, Error> {
        self.reference_date = Some(CalendarDate::parse_iso(date)?);
        Ok(self)
    }
}

/// Annotates `text`. Never fails and never panics, whatever the text.
pub fn annotate(text: &str, options: &Options) -> Document {
    pipeline::run(text, options)
}
