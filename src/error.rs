//! The crate's one error type.

use std::fmt;

/// Everything that can go wrong when annotating: an unreadable input or a bad
/// option. Annotation itself never fails on any text; only what surrounds it can.
///
/// The message is lowercase and fits on one line, so the CLI prints it as is
/// and the wasm build throws it as a JavaScript `Error`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    message: String,
}

impl Error {
    pub(crate) fn new(message: impl Into<String>) -> Error {
        Error { message: message.into() }
    }

    /// The one-line message.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
