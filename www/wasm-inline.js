// The wasm module as base64, or null. Null here: the served page fetches
// pkg/article_annotator_bg.wasm. scripts/bundle.mjs replaces this module with
// the real bytes in the self-contained builds (dist/).
export const WASM_BASE64 = null;
