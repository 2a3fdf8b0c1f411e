// Native ≡ wasm on generated texts (issue #8):
//   cargo test --test properties     (writes target/tmp/wasm-parity-cases.jsonl)
//   scripts/build.sh                 (the wasm package in www/pkg)
//   node --test tests/parity/
//
// tests/properties.rs draws texts from the property tests' generator with a
// fixed seed (astral characters, CRLF, NUL, combining marks, right-to-left
// text, every quotation mark) and stores each with its options and the native
// build's JSON. Here the shipped wasm module (wasm-opt'd, as the page loads
// it) annotates the same texts in Node, and every JSON must be byte-identical.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CASES = process.env.PARITY_CASES || path.join(ROOT, 'target', 'tmp', 'wasm-parity-cases.jsonl');
const PKG = path.join(ROOT, 'www', 'pkg');

test('the wasm build prints the native JSON for every generated text', async () => {
  assert.ok(fs.existsSync(CASES), `${CASES} is missing: run cargo test --test properties first`);
  const glue = path.join(PKG, 'article_annotator.js');
  assert.ok(fs.existsSync(glue), `${glue} is missing: run scripts/build.sh first`);
  const wasm = await import(glue);
  wasm.initSync({ module: fs.readFileSync(path.join(PKG, 'article_annotator_bg.wasm')) });

  const lines = fs.readFileSync(CASES, 'utf8').split('\n').filter((l) => l.length > 0);
  assert.ok(lines.length >= 100, `only ${lines.length} cases`);
  let astral = 0;
  for (const line of lines) {
    const { case: n, text, options, json } = JSON.parse(line);
    const got = wasm.annotate_json(text, options);
    if (got !== json) {
      let at = 0;
      while (at < got.length && got[at] === json[at]) at += 1;
      assert.fail(`case ${n} (${JSON.stringify(text).slice(0, 120)}…): wasm and native JSON differ at ` +
        `character ${at}:\n  wasm:   ${JSON.stringify(got.slice(Math.max(0, at - 60), at + 60))}\n` +
        `  native: ${JSON.stringify(json.slice(Math.max(0, at - 60), at + 60))}`);
    }
    // The object API says the same as the JSON.
    assert.deepEqual(wasm.annotate(text, options), JSON.parse(json), `case ${n}: annotate ≠ annotate_json`);
    if ([...text].some((c) => c.codePointAt(0) > 0xffff)) astral += 1;
  }
  // The generator did its job: the cases hold astral characters.
  assert.ok(astral > lines.length / 4, `only ${astral} of ${lines.length} cases hold astral characters`);
});
