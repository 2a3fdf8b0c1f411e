// esbuild's entry for the browser build of wink-nlp and its web model: both
// ship as CommonJS only, so scripts/bench.sh bundles them into one classic
// script (target/bench/wink.bundle.js) that sets this global.
globalThis.winkBench = { winkNLP: require('wink-nlp'), model: require('wink-eng-lite-web-model') };
