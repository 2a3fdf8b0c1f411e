//! Golden tests: whole articles in, the facts a reader relies on out.
//!
//! `tests/golden/fisheries-talks.txt` is an article written for this test with
//! the phenomena of a real wire story: a "Posted on" line that sets the
//! reference date, titled speakers later named by surname or "she"/"he", an
//! agreement defined with its acronym in brackets and later misspelt, partial
//! quotations, a nested ‘single-quoted’ quotation, a photo caption printed
//! twice, and site boilerplate. Its full output is kept next to it
//! (`fisheries-talks.json`); run with `UPDATE_GOLDEN=1` to rewrite it after a
//! deliberate change, and review the diff.
//!
//! The seed article of the shared evaluation set is checked too when
//! `../shared` is present (it is never copied into the project).

use article_annotator::{annotate, Document, Options};
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn entity<'d>(doc: &'d Document, name: &str) -> &'d article_annotator::document::Entity {
    doc.entities.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("no entity {name:?}"))
}

fn speaker_of<'d>(doc: &'d Document, quote_start: &str) -> Option<&'d str> {
    let q = doc.quotes.iter().find(|q| q.text.starts_with(quote_start)).unwrap_or_else(|| panic!("no quote {quote_start:?}"));
    let id = q.speaker.as_ref()?;
    doc.entities.iter().find(|e| &e.id == id).map(|e| e.name.as_str())
}

#[test]
fn fisheries_talks_facts() {
    let text = std::fs::read_to_string(root().join("tests/golden/fisheries-talks.txt")).unwrap();
    let doc = annotate(&text, &Options::default());

    // The reference date comes from the "Posted on" line.
    assert_eq!(doc.reference_date.as_deref(), Some("2021-03-05"));
    let published = doc.document.published.as_ref().expect("publication line");
    assert_eq!(published.value, "2021-03-05T09:40+01:00");
    assert!(doc.document.headline.is_some());
    assert_eq!(doc.document.captions.len(), 2, "the caption printed twice");
    assert_eq!(doc.document.boilerplate.len(), 3);
    assert_eq!(doc.document.bylines.iter().map(|b| b.text.as_str()).collect::<Vec<_>>(), ["Maria Lindqvist"]);

    // Titled speakers, later named by surname.
    let ortiz = entity(&doc, "Valentina Ortiz");
    assert_eq!(ortiz.kind, "person");
    assert_eq!(ortiz.aliases, ["Ortiz"]);
    assert_eq!(ortiz.role.as_deref(), Some("Fisheries Minister"));
    let solberg = entity(&doc, "Henrik Solberg");
    assert_eq!(solberg.aliases, ["Solberg"]);

    // The agreement, its acronym and the misspelling are one entity.
    let sofca = entity(&doc, "Southern Ocean Fisheries Cooperation Agreement");
    assert_eq!(sofca.kind, "agreement");
    assert_eq!(sofca.aliases, ["SOFCA", "SOFAC"]);

    // Speakers, through names, pronouns and a second quotation.
    assert_eq!(speaker_of(&doc, "frank but useful"), Some("Valentina Ortiz"));
    assert_eq!(speaker_of(&doc, "We came here to listen"), Some("Valentina Ortiz"));
    assert_eq!(speaker_of(&doc, "Now it is up to Oslo"), Some("Valentina Ortiz"));
    assert_eq!(speaker_of(&doc, "Nobody here wants"), Some("Henrik Solberg"));
    assert_eq!(speaker_of(&doc, "an attempt to rewrite"), Some("Norwegian government"));
    let we_came = doc.quotes.iter().find(|q| q.text.starts_with("We came")).unwrap();
    assert_eq!(we_came.speaker_mention.as_ref().map(|m| m.text.as_str()), Some("she"));
    assert_eq!(we_came.cue.as_ref().map(|m| m.text.as_str()), Some("said"));

    // The nested quotation does not cut the outer one.
    assert!(doc.quotes.iter().any(|q| q.text == "But we cannot sign something that our own inspectors call ‘unworkable’ on the water."));
    let partial = doc.quotes.iter().find(|q| q.text == "frank but useful.").unwrap();
    assert_eq!(partial.kind, "partial");

    // Dates resolved against the publication date.
    let date = |t: &str| doc.dates.iter().find(|d| d.text == t).map(|d| d.value.as_str());
    assert_eq!(date("March 4"), Some("2021-03-04"));
    assert_eq!(date("midnight on March 31"), Some("2021-03-31T24:00"));
    assert_eq!(date("November"), Some("2020-11"));
    assert_eq!(date("two hours"), Some("PT2H"));

    // Nothing is annotated inside boilerplate.
    let boiler = doc.text_length - 60;
    assert!(doc.entities.iter().flat_map(|e| &e.mentions).all(|m| m.start < boiler));
}

#[test]
fn fisheries_talks_snapshot() {
    let dir = root().join("tests/golden");
    let text = std::fs::read_to_string(dir.join("fisheries-talks.txt")).unwrap();
    let json = annotate(&text, &Options { explain: true, ..Options::default() }).to_json() + "\n";
    let path = dir.join("fisheries-talks.json");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &json).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).expect("run once with UPDATE_GOLDEN=1");
    assert!(json == expected, "output differs from {}: rerun with UPDATE_GOLDEN=1 and review the diff", path.display());
}

/// The seed article of `../shared/data/dev` (read in place, never copied).
#[test]
fn seed_article_facts() {
    let path = root().join("../shared/data/dev/hankyoreh-gsomia-2019.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} is absent", path.display());
        return;
    };
    // No reference date given: it must come from the "Posted on" line.
    let doc = annotate(&text, &Options::default());
    assert_eq!(doc.reference_date.as_deref(), Some("2019-11-18"));
    for (name, alias) in [("Jeong Kyeong-doo", Some("Jeong")), ("Taro Kono", Some("Kono")), ("Mark Esper", Some("Esper")), ("Moon Jae-in", None)] {
        let e = entity(&doc, name);
        assert_eq!(e.kind, "person", "{name}");
        if let Some(a) = alias {
            assert!(e.aliases.iter().any(|x| x == a), "{name} lacks alias {a}");
        }
    }
    assert_eq!(speaker_of(&doc, "There isn’t anything I can say at the moment,"), Some("Jeong Kyeong-doo"));
    let q = doc.quotes.iter().find(|q| q.text.starts_with("There isn’t anything")).unwrap();
    assert_eq!(q.speaker_mention.as_ref().unwrap().text, "he");
    assert_eq!(q.cue.as_ref().unwrap().text, "said");
    let gsomia = entity(&doc, "General Security of Military Information Agreement");
    assert_eq!(gsomia.kind, "agreement");
    assert!(gsomia.aliases.iter().any(|a| a == "GSOMIA") && gsomia.aliases.iter().any(|a| a == "GOSMIA"));
    assert!(doc.dates.iter().any(|d| d.text == "Nov. 17" && d.value == "2019-11-17"));
}
