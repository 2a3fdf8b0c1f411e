// Article Annotator — the engine: runs the WebAssembly annotator in a worker
// (so a multi-megabyte article never freezes the page) or, where no worker
// can start (a strict Content-Security-Policy, an old browser), on the main
// thread. Either way a failure inside wasm (a trap, a panic, running out of
// memory, a worker that dies) becomes an AnnotatorError of kind "crash" and
// the module is instantiated afresh for the next call; a bad option (a
// malformed reference date) is kind "input" and changes nothing.

import { createGlue } from './pkg/article_annotator_factory.js';

export class AnnotatorError extends Error {
  constructor(message, kind, cause) {
    super(message);
    this.name = 'AnnotatorError';
    /** "input": the caller's options; "crash": the annotator itself failed;
     *  "cancelled": a newer request replaced this one (Annotator.cancel). */
    this.kind = kind;
    if (cause !== undefined) this.cause = cause;
  }
}

/** Is `e` (or its name, from a worker) a failure of the module rather than of the input? */
export function isCrash(e) {
  const name = typeof e === 'string' ? e : e?.name;
  return name === 'RuntimeError' || name === 'RangeError' || name === 'InternalError' || name === 'CompileError' || name === 'LinkError';
}

/** base64 → bytes (the inlined builds carry the wasm as base64). */
export function decodeBase64(b64) {
  const bin = atob(b64.replace(/\s+/g, ''));
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/** Compiles the module from inlined base64 or from a URL of the .wasm file. */
export async function compileModule({ base64, url }) {
  if (base64) return WebAssembly.compile(decodeBase64(base64));
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot load ${url}: HTTP ${response.status}`);
  if (WebAssembly.compileStreaming && (response.headers.get('content-type') || '').startsWith('application/wasm')) {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

/** Test hooks (injectFault): what the module's export throws when it traps
 *  (a panic is a trap too: the crate is built with panic=abort) and when its
 *  memory cannot grow. */
const FAULTS = {
  trap: () => new WebAssembly.RuntimeError('unreachable executed (injected by a test)'),
  oom: () => new RangeError('WebAssembly.Memory.grow(): Maximum memory size exceeded (injected by a test)'),
};

/**
 * The annotator on this thread: one glue instance (wasm-bindgen's JS and one
 * WebAssembly.Instance), replaced after any crash. Used by the worker too.
 */
export class LocalAnnotator {
  constructor(module) {
    this.module = module;
    this.glue = null;
    this.generation = 0;
    this.faults = []; // test hook: failures to throw on the next calls
  }

  instance() {
    if (!this.glue) {
      const glue = createGlue();
      glue.initSync({ module: this.module });
      this.glue = glue;
      this.generation++;
    }
    return this.glue;
  }

  version() {
    return this.instance().version();
  }

  /** The CLI's exact JSON for `text`; throws AnnotatorError. */
  annotateJson(text, options) {
    const glue = this.instance();
    try {
      const fault = this.faults.shift();
      if (fault) throw FAULTS[fault]();
      return glue.annotate_json(text, options);
    } catch (e) {
      if (isCrash(e)) {
        this.glue = null; // its memory may be inconsistent: never call it again
        throw new AnnotatorError(`${e.name}: ${e.message}`, 'crash', e);
      }
      throw new AnnotatorError(e?.message || String(e), 'input', e);
    }
  }

  /** Test hook: the next call fails as `kind` (a key of FAULTS) would. */
  injectFault(kind = 'trap') {
    if (!FAULTS[kind]) throw new Error(`unknown fault ${kind}`);
    this.faults.push(kind);
  }
}

let nextId = 1;

/**
 * The annotator for a page: `await Annotator.start({...})`, then
 * `await annotator.annotate(text, options)` → { json, doc, ms, where }.
 *
 *   wasm:   { base64 } or { url } of the .wasm
 *   worker: () => Worker, or null to stay on this thread
 */
export class Annotator {
  static async start({ wasm, worker = null }) {
    const module = await compileModule(wasm);
    const a = new Annotator(module, worker);
    a.versionText = await a.boot();
    return a;
  }

  constructor(module, makeWorker) {
    this.module = module;
    this.makeWorker = makeWorker;
    this.worker = null;
    this.local = null;
    this.pending = new Map();
    this.where = makeWorker ? 'worker' : 'main thread';
    /** How many times the module was instantiated (1 + restarts). */
    this.instantiations = 0;
    this.lastFallback = null;
  }

  /** Starts the worker (or the local annotator); resolves to the version. */
  async boot() {
    if (this.makeWorker && this.where === 'worker') {
      try {
        return await this.startWorker();
      } catch (e) {
        // No worker here (CSP, browser): the page still works, on this thread.
        this.lastFallback = e?.message || String(e);
        console.warn(`Article Annotator: no worker (${this.lastFallback}); annotating on the main thread`);
        this.where = 'main thread';
      }
    }
    this.local = this.local || new LocalAnnotator(this.module);
    const v = this.local.version();
    this.instantiations = this.local.generation;
    return v;
  }

  startWorker() {
    return new Promise((resolve, reject) => {
      let worker;
      try {
        worker = this.makeWorker();
      } catch (e) {
        reject(e);
        return;
      }
      const timer = setTimeout(() => { worker.terminate(); reject(new Error('the worker did not start')); }, 15000);
      const onReady = (event) => {
        const m = event.data;
        if (m?.type === 'ready') {
          clearTimeout(timer);
          worker.removeEventListener('message', onReady);
          this.worker = worker;
          this.instantiations++;
          worker.addEventListener('message', (ev) => this.onMessage(ev.data));
          worker.addEventListener('error', (ev) => { ev.preventDefault?.(); this.onWorkerDeath(ev.message || 'the worker stopped'); });
          resolve(m.version);
        } else if (m?.type === 'failed') {
          clearTimeout(timer);
          worker.terminate();
          reject(new Error(m.message));
        }
      };
      worker.addEventListener('message', onReady);
      worker.addEventListener('error', (ev) => {
        if (this.worker === worker) return;
        clearTimeout(timer);
        ev.preventDefault?.();
        worker.terminate();
        reject(new Error(ev.message || 'the worker could not start'));
      });
      worker.postMessage({ type: 'init', module: this.module });
    });
  }

  onMessage(m) {
    const job = this.pending.get(m?.id);
    if (!job) return;
    this.pending.delete(m.id);
    if (m.type === 'result') job.resolve(m.json);
    else {
      if (m.kind === 'crash') this.dropWorker();
      job.reject(new AnnotatorError(m.message, m.kind));
    }
  }

  /** The worker died (out of memory, a crash in the engine): fail what was
   *  asked of it; the next call starts a new one. */
  onWorkerDeath(message) {
    this.dropWorker();
    for (const [, job] of this.pending) job.reject(new AnnotatorError(`the annotator stopped: ${message}`, 'crash'));
    this.pending.clear();
  }

  dropWorker() {
    this.worker?.terminate();
    this.worker = null;
  }

  /**
   * Annotates `text`: { json (the CLI's bytes, no final newline), doc
   * (JSON.parse of it), ms, where }. Throws AnnotatorError.
   */
  async annotate(text, options) {
    const t0 = performance.now();
    let json;
    if (this.where === 'worker') {
      if (!this.worker) await this.startWorker().catch((e) => { throw new AnnotatorError(`the annotator could not restart: ${e.message}`, 'crash', e); });
      const id = nextId++;
      json = await new Promise((resolve, reject) => {
        this.pending.set(id, { resolve, reject });
        this.worker.postMessage({ type: 'annotate', id, text, options });
      });
    } else {
      const before = this.local.generation;
      json = this.local.annotateJson(text, options);
      if (this.local.generation !== before) this.instantiations++;
    }
    return { json, doc: JSON.parse(json), ms: performance.now() - t0, where: this.where };
  }

  /**
   * Abandons the work in progress (a newer text replaced it): the worker is
   * stopped, its pending calls reject with kind "cancelled", and the next call
   * starts a new worker. Does nothing on the main thread (nothing can be running).
   */
  cancel() {
    if (this.where !== 'worker' || !this.pending.size) return false;
    this.dropWorker();
    for (const [, job] of this.pending) job.reject(new AnnotatorError('replaced by a newer request', 'cancelled'));
    this.pending.clear();
    return true;
  }

  /** Is a call in progress? */
  get busy() {
    return this.pending.size > 0;
  }

  /** Test hook: the next annotate fails the way a trap inside wasm does
   *  ("trap": a WebAssembly.RuntimeError where the module's export is called),
   *  or running out of memory does ("oom"), or the worker dies without an
   *  answer ("worker-death": an uncaught error in it). */
  injectFault(kind = 'trap') {
    if (this.where === 'worker' && this.worker) this.worker.postMessage({ type: 'fault', kind });
    else this.local.injectFault(kind);
  }

  /** Stops the worker. */
  close() {
    this.onWorkerDeath('closed');
  }
}
