//! The WebAssembly surface: options in, the document out, errors as
//! JavaScript exceptions. No logic lives here.

use crate::{annotate as annotate_native, Options};
use serde::Deserialize;
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

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct JsOptions {
    #[serde(default)]
    reference_date: Option<String>,
    #[serde(default)]
    explain: bool,
}

fn options(value: JsValue) -> Result<Options, JsError> {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    let js: JsOptions = if value.is_undefined() || value.is_null() {
        JsOptions::default()
    } else {
        serde_wasm_bindgen::from_value(value).map_err(|e| JsError::new(&format!("bad options: {e}")))?
    };
    let mut opts = Options::default();
    if let Some(d) = js.reference_date.as_deref().filter(|d| !d.is_empty()) {
        opts = opts.reference_date(d).map_err(|e| JsError::new(e.message()))?;
    }
    opts.explain = js.explain;
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
