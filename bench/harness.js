// The in-page half of the benchmark: loads each engine from this origin,
// times single runs with performance.now() (5 µs resolution: the server
// sends COOP/COEP, so the page is cross-origin isolated) and hands the raw
// samples to bench/run.mjs, which alternates the engines and does the sums.
//
// Every engine does one comparable job per run, consuming its own results:
//   annotate_json  this project: annotate_json(text, {}) -> JSON string (the fair minimum)
//   annotate       this project: annotate(text, {}) -> JS object (what the page uses)
//   compromise     nlp(text); people() and quotations() as JSON with offsets; compromise-dates' dates().get()
//   wink           nlp.readDoc(text); entities() with detail, sentences(), tokens()

const PKG = '/www/pkg/article_annotator.js';
const PEERS = '/bench/node_modules';

let sink = 0;
const project = { module: null, wasm: null };

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`cannot load ${src}`));
    document.head.append(s);
  });
}

async function loadProject() {
  if (!project.module) {
    project.module = await import(PKG);
    project.wasm = await project.module.default();
  }
}

let compromise = null;
let wink = null;

const ENGINES = {
  annotate_json: {
    load: loadProject,
    run: (text) => project.module.annotate_json(text, {}).length,
  },
  annotate: {
    load: loadProject,
    run: (text) => {
      const doc = project.module.annotate(text, {});
      return doc.entities.length + doc.dates.length + doc.quotes.length;
    },
  },
  compromise: {
    async load() {
      if (compromise) return;
      await loadScript(`${PEERS}/compromise/builds/compromise.js`);
      await loadScript(`${PEERS}/compromise-dates/builds/compromise-dates.min.js`);
      compromise = window.nlp;
      compromise.plugin(window.compromiseDates);
    },
    run(text) {
      const doc = compromise(text);
      const people = doc.people().json({ offset: true, terms: false });
      const quotes = doc.quotations().json({ offset: true, terms: false });
      const dates = doc.dates().get();
      return people.length + quotes.length + dates.length;
    },
  },
  wink: {
    async load() {
      if (wink) return;
      await loadScript('/target/bench/wink.bundle.js');
      const { winkNLP, model } = window.winkBench;
      const nlp = winkNLP(model);
      wink = { nlp, its: nlp.its };
    },
    run(text) {
      const doc = wink.nlp.readDoc(text);
      const entities = doc.entities().out(wink.its.detail);
      const sentences = doc.sentences().out();
      const tokens = doc.tokens().out();
      return entities.length + sentences.length + tokens.length;
    },
  },
};

const texts = new Map();

async function text(name) {
  if (!texts.has(name)) {
    const res = await fetch(`/target/bench/corpus/${name}`);
    if (!res.ok) throw new Error(`cannot fetch the corpus file ${name}: ${res.status}`);
    // .json: an array of articles, run one by one; .txt: one document.
    texts.set(name, name.endsWith('.json') ? await res.json() : await res.text());
  }
  return texts.get(name);
}

function engine(name) {
  const e = ENGINES[name];
  if (!e) throw new Error(`unknown engine ${name}`);
  return e;
}

window.bench = {
  isolated: () => window.crossOriginIsolated,
  engines: () => Object.keys(ENGINES),

  /** In a fresh page: fetch + instantiate/initialize + the first run, in ms. */
  async coldStart(name, textName) {
    const t = await text(textName);
    const e = engine(name);
    const t0 = performance.now();
    await e.load();
    const t1 = performance.now();
    sink += e.run(t);
    const t2 = performance.now();
    return { total_ms: t2 - t0, load_ms: t1 - t0, first_run_ms: t2 - t1 };
  },

  async load(names) {
    for (const name of names) await engine(name).load();
    return true;
  },

  async prefetch(textNames) {
    let bytes = 0;
    for (const n of textNames) bytes += (await text(n)).length;
    return bytes; // (of a .json: the number of articles)
  },

  /** One round: each engine once on the text, in the given order; ms per engine. */
  async round(names, textName) {
    const t = await text(textName);
    const out = {};
    for (const name of names) {
      const e = engine(name);
      const t0 = performance.now();
      if (Array.isArray(t)) {
        for (const article of t) sink += e.run(article);
      } else {
        sink += e.run(t);
      }
      out[name] = performance.now() - t0;
    }
    return out;
  },

  /** `count` rounds of `round`, the order rotated each round (alternating runs). */
  async rounds(names, textName, count, offset = 0) {
    const samples = Object.fromEntries(names.map((n) => [n, []]));
    for (let r = 0; r < count; r++) {
      const k = (r + offset) % names.length;
      const order = names.slice(k).concat(names.slice(0, k));
      const times = await this.round(order, textName);
      for (const [n, ms] of Object.entries(times)) samples[n].push(ms);
    }
    return samples;
  },

  /** The project's wasm linear memory, in bytes (it only ever grows). */
  wasmMemory() {
    return project.wasm ? project.wasm.memory.buffer.byteLength : null;
  },

  sink: () => sink,
};
document.documentElement.dataset.ready = 'true';
