// Preloaded into the benchmark's Relais (node --expose-gc --require): on SIGUSR2 it collects garbage
// and writes the heap and external memory it keeps to relais-heap-<pid>.json in the temporary folder, so the
// benchmark can tell the memory an idle connection costs (heap delta / connections) from RSS noise.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

process.on('SIGUSR2', () => {
  global.gc?.();
  global.gc?.();
  const m = process.memoryUsage();
  fs.writeFileSync(path.join(os.tmpdir(), `relais-heap-${process.pid}.json`), JSON.stringify({ heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers, rss: m.rss }));
});
