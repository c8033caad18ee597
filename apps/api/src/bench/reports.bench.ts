// Benchmark of the reports (issue 13): each report over a year of the demo service and of a large
// service (300 helpers, 3,000 beneficiaries, a year of schedules and rota). Prints the median and the
// slowest of 5 runs after a warm-up; target: under 300 ms each. Run: `pnpm bench:reports`.
// Uses fresh databases on DATABASE_URL's server (or the embedded cluster) and drops them after.
// BENCH_KEEP=name keeps the large service in database `name` (built on first use, reused after) to
// study its plans in psql; drop it when done.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import postgres from 'postgres';
import { loadConfig } from '../config.js';
import { startEmbeddedPostgres } from '../db/embedded.js';
import { startApp } from '../http/app.js';
import { seedIfEmpty } from '../seed/run.js';
import { addDays, localDay } from '../time/service-time.js';
import type { ReportService } from '../modules/reporting/index.js';
import { buildLargeService, LARGE_YEAR } from './reports-large.js';

const RUNS = 5;
const TARGET_MS = 300;
const REPORTS = ['activity', 'hours', 'caseload', 'permanence', 'conflicts', 'planningQuota', 'satisfaction'] as const;
const out = (line: string) => process.stdout.write(`${line}\n`);

async function adminUrl(): Promise<{ url: string; stop: () => Promise<void> }> {
  const config = loadConfig();
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => {} };
  const cluster = await startEmbeddedPostgres(config.embeddedDataDir, config.embeddedPort);
  return { url: cluster.url('postgres'), stop: cluster.stop };
}

async function timeReports(label: string, reports: ReportService, from: string, to: string, now: Date): Promise<boolean> {
  out(`\n${label}: ${from} to ${to}`);
  let ok = true;
  for (const name of REPORTS) {
    await reports[name](from, to, now);
    const times: number[] = [];
    let size = 0;
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      const r = await reports[name](from, to, now);
      times.push(performance.now() - t);
      size = JSON.stringify(r).length;
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(RUNS / 2)];
    ok &&= median < TARGET_MS;
    out(`  ${`${name}Report`.padEnd(20)} median ${median.toFixed(1).padStart(7)} ms, slowest ${times[RUNS - 1].toFixed(1).padStart(7)} ms  (${(size / 1024).toFixed(0)} kB)${median < TARGET_MS ? '' : '  OVER TARGET'}`);
  }
  return ok;
}

/**
 * A reporting token's reports: the first request computes each month over and keeps it
 * (reporting_month_figures), later ones read the kept months.
 */
async function timeToolReports(reports: ReportService, from: string, to: string, now: Date): Promise<void> {
  out(`\nA reporting token, ${from} to ${to} (months over only): first request (months computed and kept), then the median of ${RUNS}`);
  for (const name of ['activity', 'hours', 'caseload', 'conflicts'] as const) {
    let t = performance.now();
    await reports[name](from, to, now, 'tool');
    const first = performance.now() - t;
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      t = performance.now();
      await reports[name](from, to, now, 'tool');
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    out(`  ${`${name}Report`.padEnd(20)} first ${first.toFixed(1).padStart(7)} ms, then median ${times[Math.floor(RUNS / 2)].toFixed(1).padStart(7)} ms`);
  }
}

async function withDatabase<T>(serverUrl: string, work: (url: string, fresh: boolean) => Promise<T>, keep?: string): Promise<T> {
  const name = keep ?? `relais_bench_reports_${randomBytes(4).toString('hex')}`;
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`BENCH_KEEP must be a plain database name (lower case, digits, _): ${name}`);
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const exists = keep !== undefined && (await admin`select 1 from pg_database where datname = ${name}`).length > 0;
  if (!exists) await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    return await work(url.toString(), !exists);
  } finally {
    if (keep === undefined) await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

async function main() {
  const server = await adminUrl();
  const config = { ...loadConfig({ NODE_ENV: 'production' }), port: 0, host: '127.0.0.1' };
  let ok = true;
  try {
    await withDatabase(server.url, async (url) => {
      const now = new Date();
      const app = await startApp({ config: { ...config }, databaseUrl: url, clock: () => now });
      try {
        const t = performance.now();
        await seedIfEmpty(app.db, app.services, now);
        out(`Demo service seeded in ${((performance.now() - t) / 1000).toFixed(1)} s.`);
        const today = localDay(now);
        ok = (await timeReports('Demo service, a year around today', app.services.reports, addDays(today, -182), addDays(today, 182), now)) && ok;
      } finally {
        await app.close();
      }
    });
    await withDatabase(server.url, async (url, fresh) => {
      const now = new Date('2026-09-01T10:00:00Z');
      const app = await startApp({ config: { ...config }, databaseUrl: url, clock: () => now });
      try {
        const t = performance.now();
        if (fresh) await buildLargeService(app.db);
        out(fresh ? `\nLarge service generated in ${((performance.now() - t) / 1000).toFixed(1)} s.` : `\nLarge service reused from ${new URL(url).pathname.slice(1)}.`);
        ok = (await timeReports('Large service (300 helpers, 3,000 beneficiaries), the year 2026', app.services.reports, LARGE_YEAR.from, LARGE_YEAR.to, now)) && ok;
        await timeToolReports(app.services.reports, LARGE_YEAR.from, LARGE_YEAR.to, now);
      } finally {
        await app.close();
      }
    }, process.env.BENCH_KEEP || undefined);
  } finally {
    await server.stop();
  }
  out(ok ? `\nEvery report under ${TARGET_MS} ms.` : `\nSome report over ${TARGET_MS} ms.`);
}

await main();
