//! The WebAssembly API (`src/wasm.rs`) in a real browser:
//!
//! ```text
//! wasm-pack test --headless --chrome -- --test wasm     (scripts/test.sh runs it)
//! ```
//!
//! Native `cargo test` compiles this file to nothing.
#![cfg(target_arch = "wasm32")]

use article_annotator::wasm::{annotate, annotate_json, version};
use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Our own test article: “curly quotes”, € and an emoji before the spans.
const ARTICLE: &str = include_str!("fixtures/harbour-accord.txt");

#[wasm_bindgen(inline_js = r#"
export function js_slice(s, start, end) { return s.slice(start, end); }
export function js_length(s) { return s.length; }
export function js_index_of(s, needle) { return s.indexOf(needle); }
export function js_parse(s) { return JSON.parse(s); }
export function js_stringify(v) { return JSON.stringify(v); }
export function js_is_error(v) { return v instanceof Error; }
export function js_message(v) { return v instanceof Error ? v.message : String(v); }
export function js_is_plain_object(v) {
  return v !== null && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype;
}
"#)]
extern "C" {
    fn js_slice(s: &str, start: u32, end: u32) -> String;
    fn js_length(s: &str) -> u32;
    fn js_index_of(s: &str, needle: &str) -> i32;
    fn js_parse(s: &str) -> JsValue;
    fn js_stringify(v: &JsValue) -> String;
    fn js_is_error(v: &JsValue) -> bool;
    fn js_message(v: &JsValue) -> String;
    fn js_is_plain_object(v: &JsValue) -> bool;
}

fn options(json: &str) -> JsValue {
    js_parse(json)
}

fn to_value(v: &JsValue) -> Value {
    serde_json::from_str(&js_stringify(v)).expect("annotate returns JSON-compatible data")
}

fn doc_of(text: &str, opts: &str) -> Value {
    let v = annotate(text, options(opts))
        .map_err(JsValue::from)
        .map_err(|e| js_message(&e))
        .expect("annotate");
    to_value(&v)
}

fn n(v: &Value) -> u32 {
    v.as_u64().expect("an offset") as u32
}

/// Every `{start, end, text}` in the document.
fn text_ranges(doc: &Value) -> Vec<&Value> {
    let mut out = Vec::new();
    for e in doc["entities"].as_array().unwrap() {
        out.extend(e["mentions"].as_array().unwrap());
    }
    out.extend(doc["dates"].as_array().unwrap());
    for q in doc["quotes"].as_array().unwrap() {
        out.push(q);
        for k in ["speaker_mention", "cue"] {
            if q[k].is_object() {
                out.push(&q[k]);
            }
        }
    }
    out.extend(doc["document"]["bylines"].as_array().unwrap());
    out
}

#[wasm_bindgen_test]
fn returns_a_plain_object_with_the_schema() {
    let v = annotate(ARTICLE, JsValue::UNDEFINED)
        .map_err(JsValue::from)
        .expect("annotate");
    assert!(
        js_is_plain_object(&v),
        "annotate should return a plain object, not a Map"
    );
    let doc = to_value(&v);
    assert_eq!(doc["schema"], "article-annotator/1");
    assert_eq!(n(&doc["text_length"]), js_length(ARTICLE));
    // The "Posted on" line gives the reference date.
    assert_eq!(doc["reference_date"], "2021-03-04");
    for key in ["entities", "dates", "quotes"] {
        assert!(doc[key].is_array(), "{key} should be an array");
    }
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn offsets_are_utf16_code_units() {
    let doc = doc_of(ARTICLE, "{}");
    let emoji = js_index_of(ARTICLE, "🌊");
    assert!(
        emoji > 0,
        "the fixture has an emoji (two UTF-16 units) in its headline"
    );
    let ranges = text_ranges(&doc);
    assert!(
        ranges.len() > 10,
        "expected a well-annotated fixture, got {} ranges",
        ranges.len()
    );
    for r in &ranges {
        let (start, end) = (n(&r["start"]), n(&r["end"]));
        assert!(start < end && end <= js_length(ARTICLE), "bad range {r}");
        assert_eq!(
            js_slice(ARTICLE, start, end),
            r["text"].as_str().unwrap(),
            "range {r}"
        );
    }
    // A quotation after the emoji and the € signs, sliced as a JS string.
    let quote = doc["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| {
            q["text"]
                .as_str()
                .unwrap()
                .starts_with("The numbers are modest")
        })
        .expect("the institute researcher's quotation is found");
    assert!(n(&quote["start"]) as i32 > emoji);
    assert_eq!(
        js_slice(ARTICLE, n(&quote["start"]), n(&quote["end"])),
        "The numbers are modest, but the signal matters,"
    );
    // And the headline range ends after the emoji, counted in UTF-16 units.
    let headline = &doc["document"]["headline"];
    if headline.is_object() {
        assert_eq!(
            js_slice(ARTICLE, n(&headline["start"]), n(&headline["end"])),
            ARTICLE.lines().next().unwrap()
        );
    }
}

#[wasm_bindgen_test]
fn a_bad_reference_date_is_an_error_with_its_message() {
    let err = annotate(ARTICLE, options(r#"{"reference_date": "2019-02-30"}"#))
        .map(|_| ())
        .map_err(JsValue::from)
        .unwrap_err();
    assert!(
        js_is_error(&err),
        "the error reaches JavaScript as an Error"
    );
    let msg = js_message(&err);
    assert!(
        msg.contains("2019-02-30") && msg.contains("bad date"),
        "message: {msg}"
    );

    let err = annotate_json(ARTICLE, options(r#"{"reference_date": "tomorrow"}"#))
        .map(|_| ())
        .map_err(JsValue::from)
        .unwrap_err();
    assert!(js_message(&err).contains("tomorrow"));

    // A wrongly typed option is refused too, and so is an unknown one.
    let err = annotate(ARTICLE, options(r#"{"explain": "yes"}"#))
        .map(|_| ())
        .map_err(JsValue::from)
        .unwrap_err();
    assert!(
        js_message(&err).contains("bad options"),
        "message: {}",
        js_message(&err)
    );
    let err = annotate(ARTICLE, options(r#"{"refdate": "2020-01-01"}"#))
        .map(|_| ())
        .map_err(JsValue::from)
        .unwrap_err();
    assert!(
        js_message(&err).contains("unknown option \"refdate\""),
        "message: {}",
        js_message(&err)
    );
}

#[wasm_bindgen_test]
fn options_must_be_an_object_of_known_keys_and_types() {
    for (opts, want) in [
        (r#""2020-01-01""#, "bad options: expected an object, not a string"),
        (r#"{"explain": 1}"#, "explain must be true or false, not a number"),
        (r#"{"reference_date": 20200101}"#, "reference_date must be a YYYY-MM-DD string, not a number"),
        (r#"{"referenceDate": ["2020-01-01"]}"#, "referenceDate must be a YYYY-MM-DD string, not an array"),
    ] {
        let err = annotate_json(ARTICLE, options(opts)).map(|_| ()).map_err(JsValue::from).unwrap_err();
        assert!(js_message(&err).contains(want), "{opts}: {}", js_message(&err));
    }
    // referenceDate (JavaScript's spelling) is the same option as reference_date.
    assert_eq!(doc_of(ARTICLE, r#"{"referenceDate": "2020-07-01"}"#)["reference_date"], "2020-07-01");
}

#[wasm_bindgen_test]
fn options_are_applied() {
    // An explicit reference date wins over the "Posted on" line.
    let doc = doc_of(ARTICLE, r#"{"reference_date": "2020-07-01"}"#);
    assert_eq!(doc["reference_date"], "2020-07-01");
    // An empty or null reference date is no reference date.
    assert_eq!(
        doc_of(ARTICLE, r#"{"reference_date": ""}"#)["reference_date"],
        "2021-03-04"
    );
    assert_eq!(
        doc_of(ARTICLE, r#"{"reference_date": null}"#)["reference_date"],
        "2021-03-04"
    );
    // explain adds the rules; without it there are none.
    let plain = annotate_json(ARTICLE, JsValue::UNDEFINED)
        .map_err(JsValue::from)
        .unwrap();
    let explained = annotate_json(ARTICLE, options(r#"{"explain": true}"#))
        .map_err(JsValue::from)
        .unwrap();
    assert!(!plain.contains("\"rule\""));
    assert!(explained.contains("\"rule\""));
}

#[wasm_bindgen_test]
fn annotate_json_is_the_same_document() {
    for opts in [
        "{}",
        r#"{"explain": true}"#,
        r#"{"reference_date": "2021-12-31"}"#,
    ] {
        let object = annotate(ARTICLE, options(opts))
            .map_err(JsValue::from)
            .unwrap();
        let json = annotate_json(ARTICLE, options(opts))
            .map_err(JsValue::from)
            .unwrap();
        assert!(
            json.starts_with("{\n  \"schema\""),
            "pretty JSON, as the CLI prints it"
        );
        assert!(
            !json.ends_with('\n'),
            "no trailing newline (the CLI adds one)"
        );
        let parsed: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(parsed, to_value(&object), "options {opts}");
        // Same key order too: JSON.stringify of both agree.
        assert_eq!(js_stringify(&js_parse(&json)), js_stringify(&object));
    }
}

#[wasm_bindgen_test]
fn dates_names_and_quotes_work_in_wasm() {
    // Every regex-driven stage runs in the browser build.
    let doc = doc_of(ARTICLE, "{}");
    let dates = doc["dates"].as_array().unwrap();
    assert!(
        dates
            .iter()
            .any(|d| d["text"] == "Jan. 1, 2022" && d["value"] == "2022-01-01"),
        "absolute date: {dates:?}"
    );
    assert!(
        dates.iter().any(|d| d["value"] == "2019-03"),
        "month and year: {dates:?}"
    );

    let entities = doc["entities"].as_array().unwrap();
    assert!(
        entities.iter().any(|e| e["kind"] == "agreement"
            && e["mentions"]
                .as_array()
                .unwrap()
                .iter()
                .any(|m| m["text"] == "NHCA")),
        "the treaty's acronym is a mention of it"
    );

    let quotes = doc["quotes"].as_array().unwrap();
    assert!(quotes.len() >= 3, "quotes: {quotes:?}");
    let attributed = quotes
        .iter()
        .filter_map(|q| q["speaker"].as_str())
        .filter_map(|id| entities.iter().find(|e| e["id"] == id))
        .filter(|e| ARTICLE.contains(e["name"].as_str().unwrap()))
        .count();
    assert!(
        attributed >= 1,
        "at least one quote has a named speaker: {quotes:?}"
    );
}

#[wasm_bindgen_test]
fn odd_input_never_panics() {
    for text in [
        "",
        " ",
        "“",
        "”unbalanced“ quotes",
        "🌊🌊🌊",
        "€",
        "\u{FEFF}",
        "a\r\nb\r\n\r\nc",
        "2019-02-30",
        "“”",
    ] {
        let doc = doc_of(text, "{}");
        assert_eq!(n(&doc["text_length"]), js_length(text), "text {text:?}");
    }
    let long = ARTICLE.repeat(20);
    let doc = doc_of(&long, "{}");
    assert_eq!(n(&doc["text_length"]), js_length(&long));
}
