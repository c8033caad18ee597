// `pnpm bench:start`: the compiled API started as `pnpm start` starts it (node dist/main.js,
// NODE_ENV=production) BENCH_RUNS (5) times on a migrated and seeded database of its own
// (relais_bench_start, dropped at the end unless BENCH_KEEP=1); prints each start's time from spawn
// to its first 200 on /healthz, the CPU it used until then (steadier than the wall clock on a busy
// machine), the RSS after 3 s idle, the steps it reports (RELAIS_START_TRACE), and the medians.
// BENCH_BUILD=0 runs the dist/ already there. BENCH_VARIANTS compares node command lines run from
// apps/api, alternated run by run, separated by commas: e.g. "dist-before/main.js, dist/main.js,
// --enable-source-maps dist/main.js" with an earlier build copied to apps/api/dist-before (the same
// depth as dist/, so its paths to the project still hold). BENCH_CPU_PROF=<dir> profiles each start.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { apiRoot, cpuMs, rssMb, startArgs } from './api/processes.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const VARIANTS = (process.env.BENCH_VARIANTS ?? startArgs().join(' ')).split(',').map((v) => v.trim());
const SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB_NAME = 'relais_bench_start';
const PORT = 4620;

interface Start {
  firstOkMs: number;
  /** CPU time (user + system) the process used until its first 200: less at the mercy of a busy machine than the wall clock. */
  cpuMs: number;
  rssMb: number;
  /** The steps the process reported (RELAIS_START_TRACE), e.g. "schema built 812". */
  steps: string;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function startOnce(variant: string, url: string, profileDir?: string): Promise<Start> {
  const args = [...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), ...variant.split(' ').filter(Boolean)];
  const spawned = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: apiRoot,
    env: { ...process.env, NODE_ENV: 'production', RELAIS_START_TRACE: '1', DATABASE_URL: url, PORT: String(PORT), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`Relais exited (${code}):\n${out.slice(-2000)}`))));
  const firstOk = (async () => {
    for (;;) {
      try {
        if ((await fetch(`http://127.0.0.1:${PORT}/healthz`)).status === 200) return performance.now() - spawned;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  const firstOkMs = await Promise.race([firstOk, exited]);
  const cpu = cpuMs(child.pid!);
  await new Promise((r) => setTimeout(r, 3_000));
  const rss = rssMb(child.pid!);
  child.removeAllListeners('exit');
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
  const steps = [...out.matchAll(/^start: (.+) at (\d+) ms$/gm)].map((m) => `${m[1]} ${m[2]}`).join(', ');
  return { firstOkMs, cpuMs: cpu, rssMb: rss, steps };
}

async function main() {
  if (process.env.BENCH_BUILD !== '0') execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: apiRoot, stdio: 'inherit' });
  const admin = postgres(SERVER, { max: 1, onnotice: () => {} });
  if ((await admin`select 1 from pg_database where datname = ${DB_NAME}`).length === 0) await admin.unsafe(`create database ${DB_NAME}`);
  const url = new URL(SERVER);
  url.pathname = `/${DB_NAME}`;
  try {
    // The first start migrates and seeds (not counted): the others are restarts.
    await startOnce(VARIANTS[VARIANTS.length - 1], url.href);
    const profileDir = process.env.BENCH_CPU_PROF ? path.resolve(process.env.BENCH_CPU_PROF) : undefined;
    if (profileDir) fs.mkdirSync(profileDir, { recursive: true });
    console.log(`load average at start ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
    const runs = VARIANTS.map(() => [] as Start[]);
    for (let i = 0; i < RUNS; i++) {
      for (const [v, variant] of VARIANTS.entries()) {
        const r = await startOnce(variant, url.href, profileDir);
        runs[v].push(r);
        console.log(`node ${variant}, start ${i + 1}: first 200 after ${r.firstOkMs.toFixed(0)} ms (CPU ${r.cpuMs.toFixed(0)} ms), idle RSS ${r.rssMb.toFixed(0)} MB (load ${os.loadavg()[0].toFixed(1)})${r.steps ? `\n  ${r.steps}` : ''}`);
      }
    }
    for (const [v, variant] of VARIANTS.entries()) {
      console.log(`median of ${RUNS}, node ${variant}: first 200 ${median(runs[v].map((r) => r.firstOkMs)).toFixed(0)} ms (CPU ${median(runs[v].map((r) => r.cpuMs)).toFixed(0)} ms), idle RSS ${median(runs[v].map((r) => r.rssMb)).toFixed(0)} MB`);
    }
    console.log(`load average at the end ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  } finally {
    if (process.env.BENCH_KEEP !== '1') await admin.unsafe(`drop database if exists ${DB_NAME} with (force)`);
    await admin.end();
  }
}

await main();
