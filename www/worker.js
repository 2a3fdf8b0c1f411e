// Article Annotator — the worker: annotates off the page's main thread.
// Messages in: {type:'init', module} (a compiled WebAssembly.Module), then
// {type:'annotate', id, text, options}; out: {type:'ready', version},
// {type:'result', id, json} or {type:'error', id, kind, message}. After a
// crash the page terminates this worker and starts another.

import { LocalAnnotator } from './engine.js';

let annotator = null;
let dieNext = false; // test hook: the next annotate kills this worker

self.addEventListener('message', (event) => {
  const m = event.data || {};
  if (m.type === 'init') {
    try {
      annotator = new LocalAnnotator(m.module);
      self.postMessage({ type: 'ready', version: annotator.version() });
    } catch (e) {
      self.postMessage({ type: 'failed', message: `${e?.name || 'Error'}: ${e?.message || e}` });
    }
  } else if (m.type === 'annotate') {
    if (dieNext) {
      // As a crash of the worker itself: no answer, an error event in the page.
      setTimeout(() => { throw new Error('the worker crashed (injected by a test)'); });
      return;
    }
    try {
      self.postMessage({ type: 'result', id: m.id, json: annotator.annotateJson(m.text, m.options) });
    } catch (e) {
      self.postMessage({ type: 'error', id: m.id, kind: e.kind || 'crash', message: e.message || String(e) });
    }
  } else if (m.type === 'fault') {
    if (m.kind === 'worker-death') dieNext = true;
    else annotator?.injectFault(m.kind);
  }
});
