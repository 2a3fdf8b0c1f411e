//! The pipeline: every stage, in order, written once.

use crate::document::Document;
use crate::segment::Doc;
use crate::{dates, document, link, names, quotes, structure, Options};

/// Runs every stage over `text`.
pub fn run(text: &str, options: &Options) -> Document {
    // 1. Paragraphs, tokens, quotation marks, sentences: everything after reads these.
    let doc = Doc::new(text);
    // 2. Headline, publication line, bylines, captions, boilerplate: the publication
    //    date sets the reference date, and boilerplate is skipped from here on.
    let parts = structure::find(&doc);
    let reference = options.reference_date.or(parts.published_date);
    // 3. Names of people, organizations, places and agreements.
    let mentions = names::find(&doc, &parts);
    // 4. Dates, resolved against the reference date.
    let timexes: Vec<dates::Timex> = dates::extract(text, reference)
        .into_iter()
        .filter(|t| !parts.is_boilerplate(t.span))
        .collect();
    // 5. Quotations and who said them; speakers point at mentions (names,
    //    pronouns resolved to the name they stand for, descriptions). Dates are
    //    passed in: "McConnell, who in 2010 said" has a date between subject and verb.
    let time_spans: Vec<crate::span::Span> = timexes.iter().map(|t| t.span).collect();
    let found = quotes::find(&doc, &parts, &mentions, &time_spans);
    // 6. One entity per referent: surnames, acronyms, aliases and misspellings
    //    joined to the fullest name; speakers mapped to entities.
    let linked = link::link(&doc, &mentions, &found);
    // 7. The document, offsets in UTF-16.
    document::build(&doc, &parts, reference, &linked, &timexes, &found, options.explain)
}
