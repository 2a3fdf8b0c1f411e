// The worker's whole source, or null. Null here: the served page starts
// worker.js. scripts/bundle.mjs replaces this module in the single-file page,
// which starts its worker from a Blob of this text.
export const WORKER_SOURCE = null;
