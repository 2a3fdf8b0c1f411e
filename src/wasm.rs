//! The WebAssembly surface: options in, the document out, errors as
//! JavaScript exceptions. No logic lives here.

use crate::{annotate as annotate_native, Options};
use wasm_bindgen::prelude::*;
use web_sys::js_sys;

#[wasm_bindgen(typescript_custom_section)]
const TS_OPTIONS: &str = r#"
/** Options of `annotate` and `annotate_json`. */
export interface AnnotateOptions {
  /** `YYYY-MM-DD`: resolve relative dates against this day instead of the
   *  publication date found in the text. */
  reference_date?: string | null;
  /** The same as `reference_date`. */
  referenceDate?: string | null;
  /** Add the `rule` that produced each annotation. */
  explain?: boolean;
}
"#;

/// Reads the options object by hand (`Object.keys`, then each value's type):
/// a misspelt option ("refdate") or a value of the wrong type is an error,
/// not silently ignored. (Done without serde: a generic deserializer pulls
/// float parsing and formatting into the module for two fields.)
fn options(value: JsValue) -> Result<Options, JsError> {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    let mut opts = Options::default();
    if value.is_undefined() || value.is_null() {
        return Ok(opts);
    }
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return Err(JsError::new(&format!("bad options: expected an object, not {}", type_name(&value))));
    }
    let object = js_sys::Object::from(value);
    for key in js_sys::Object::keys(&object).iter() {
        let key = key.as_string().unwrap_or_default();
        let v = js_sys::Reflect::get(&object, &JsValue::from_str(&key)).unwrap_or(JsValue::UNDEFINED);
        match key.as_str() {
            "reference_date" | "referenceDate" if v.is_undefined() || v.is_null() => {}
            "reference_date" | "referenceDate" => match v.as_string() {
                Some(d) if d.is_empty() => {}
                Some(d) => opts = opts.reference_date(&d).map_err(|e| JsError::new(e.message()))?,
                None => return Err(JsError::new(&format!("bad options: {key} must be a YYYY-MM-DD string, not {}", type_name(&v)))),
            },
            "explain" if v.is_undefined() || v.is_null() => {}
            "explain" => match v.as_bool() {
                Some(b) => opts.explain = b,
                None => return Err(JsError::new(&format!("bad options: explain must be true or false, not {}", type_name(&v)))),
            },
            _ => return Err(JsError::new(&format!("bad options: unknown option \"{key}\" (known: reference_date, explain)"))),
        }
    }
    Ok(opts)
}

/// "a string", "a number", "an array" …, for error messages.
fn type_name(v: &JsValue) -> &'static str {
    if v.is_null() {
        "null"
    } else if js_sys::Array::is_array(v) {
        "an array"
    } else if v.is_string() {
        "a string"
    } else if v.as_f64().is_some() {
        "a number"
    } else if v.as_bool().is_some() {
        "a boolean"
    } else if v.is_function() {
        "a function"
    } else if v.is_object() {
        "an object"
    } else {
        "a value of another type"
    }
}

/// Annotates `text`; returns the annotations document as a plain object
/// (`JSON.parse` of [`annotate_json`]'s text: faster than building the object
/// field by field across the boundary, and the same document by construction).
#[wasm_bindgen(unchecked_return_type = "any")]
pub fn annotate(text: &str, #[wasm_bindgen(unchecked_param_type = "AnnotateOptions | undefined")] options_value: JsValue) -> Result<JsValue, JsError> {
    let json = annotate_json(text, options_value)?;
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("cannot build the result: JSON.parse failed"))
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
