// `pnpm bench`: the schedules and the conflict engine on a large service (300 helpers, 3,000
// beneficiaries, a year of weekly schedules; bench/conflicts/), against the targets: one change's
// check under 20 ms p95, a month's recheck under 2 s. `pnpm bench:api` runs the same measurement.
// Uses a fresh database on DATABASE_URL's server (or the embedded cluster) and drops it after.
//   BENCH_CHANGES (same-day changes checked and made, default 200).
import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { startEmbeddedPostgres } from '../db/embedded.js';
import { measureConflictEngine } from './conflicts/measure.js';
import { conflictReport } from './conflicts/report.js';

const CHANGES = Number(process.env.BENCH_CHANGES ?? 200);

async function adminUrl(): Promise<{ url: string; stop: () => Promise<void> }> {
  const config = loadConfig();
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => {} };
  const cluster = await startEmbeddedPostgres(config.embeddedDataDir, config.embeddedPort);
  return { url: cluster.url('postgres'), stop: cluster.stop };
}

const server = await adminUrl();
try {
  const result = await measureConflictEngine(server.url, { changes: CHANGES });
  process.stdout.write(`${conflictReport(result).join('\n')}\n`);
} finally {
  await server.stop();
}
