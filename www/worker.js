// Article Annotator — the worker: annotates off the page's main thread.
// Messages in: {type:'init', module} (a compiled WebAssembly.Module), then
// {type:'annotate', id, text, options}; out: {type:'ready', version},
// {type:'result', id, json} or {type:'error', id, kind, message}. After a
// crash the page terminates this worker and starts another.

import { LocalAnnotator } from './engine.js';

let annotator = null;

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
    try {
      self.postMessage({ type: 'result', id: m.id, json: annotator.annotateJson(m.text, m.options) });
    } catch (e) {
      self.postMessage({ type: 'error', id: m.id, kind: e.kind || 'crash', message: e.message || String(e) });
    }
  } else if (m.type === 'fault') {
    annotator?.injectFault(1);
  }
});
