// Preloaded into bench:api:profile's Relais (node --require): every garbage collection's kind, start
// (ms since the epoch) and pause, written as JSON to $RELAIS_GC_PROBE when the process exits, so the
// bench can tell per read how often the young generation was collected and how long each pause held
// every request in flight (the tail of the latency, where CPU per request does not show).
const fs = require('node:fs');
const { PerformanceObserver, constants, performance } = require('node:perf_hooks');

const out = process.env.RELAIS_GC_PROBE;
if (out) {
  const entries = [];
  const kinds = { [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor', [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major', [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental', [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak' };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) entries.push({ kind: kinds[e.detail?.kind] ?? String(e.detail?.kind), at: performance.timeOrigin + e.startTime, ms: e.duration });
  }).observe({ entryTypes: ['gc'] });
  process.on('exit', () => fs.writeFileSync(out, JSON.stringify(entries)));
}
