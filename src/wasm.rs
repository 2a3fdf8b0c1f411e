//! The WebAssembly surface: options in, the document out, errors as
//! JavaScript exceptions. No logic lives here.

use crate::{annotate as annotate_native, Options};
use std::collections::BTreeMap;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_OPTIONS: &str = r#"
/** Options of `annotate` and `annotate_json`. */
export interface AnnotateOptions {
  /** `YYYY-MM-DD`: resolve relative dates against this day instead of the
   *  publication date found in the text. */
  reference_date?: string | null;
  /** Add the `rule` that produced each annotation. */
  explain?: boolean;
}
"#;

/// Reads the options object. serde-wasm-bindgen only looks up the fields a
/// struct names, so unknown keys are checked by hand: a misspelt option
/// ("refdate") is an error, not silently ignored.
fn options(value: JsValue) -> Result<Options, JsError> {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    let mut opts = Options::default();
    if value.is_undefined() || value.is_null() {
        return Ok(opts);
    }
    let fields: BTreeMap<String, serde_json::Value> =
        serde_wasm_bindgen::from_value(value).map_err(|e| JsError::new(&format!("bad options: {e}")))?;
    for (key, v) in fields {
        match (key.as_str(), v) {
            ("reference_date", serde_json::Value::Null) => {}
            ("reference_date", serde_json::Value::String(d)) if d.is_empty() => {}
            ("reference_date", serde_json::Value::String(d)) => {
                opts = opts.reference_date(&d).map_err(|e| JsError::new(e.message()))?;
            }
            ("explain", serde_json::Value::Bool(b)) => opts.explain = b,
            ("explain", serde_json::Value::Null) => {}
            ("reference_date" | "explain", other) => {
                return Err(JsError::new(&format!("bad options: {key} cannot be {other}")));
            }
            _ => return Err(JsError::new(&format!("bad options: unknown option {key:?} (known: reference_date, explain)"))),
        }
    }
    Ok(opts)
}

/// Annotates `text`; returns the annotations document as a plain object.
#[wasm_bindgen(unchecked_return_type = "any")]
pub fn annotate(text: &str, #[wasm_bindgen(unchecked_param_type = "AnnotateOptions | undefined")] options_value: JsValue) -> Result<JsValue, JsError> {
    let opts = options(options_value)?;
    let doc = annotate_native(text, &opts);
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&doc, &serializer).map_err(|e| JsError::new(&format!("cannot build the result: {e}")))
}

/// Annotates `text`; returns the document as JSON text, byte for byte what the
/// command-line program prints for the same text and options.
#[wasm_bindgen]
pub fn annotate_json(text: &str, #[wasm_bindgen(unchecked_param_type = "AnnotateOptions | undefined")] options_value: JsValue) -> Result<String, JsError> {
    let opts = options(options_value)?;
    Ok(annotate_native(text, &opts).to_json())
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
