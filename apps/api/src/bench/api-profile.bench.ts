// `pnpm bench:api:profile`: one Relais process (compiled, production) under `node --cpu-prof`, the
// bench:api reads sent to it for a short run each, and per read its API CPU per request and the
// profile's top functions and packages over the load window only (not the start). For comparing a
// change before/after on one machine in the same conditions; the side-by-side figures are bench:api's.
//   PROFILE_SECONDS (per read, default 8), PROFILE_CLIENTS (default 10), PROFILE_READS (small,list; also board: the board's who to call),
//   PROFILE_TOP (default 25), PROFILE_PORT (default 4697), DATABASE_URL (a server to make
//   `relais_bench_api` on; PROFILE_DB another name, not to share it), PROFILE_API (another checkout's apps/api to profile instead: the "before").
// Per read it also prints the garbage collector's pauses in the window (bench/api/gc-probe.cjs): young-generation
// pauses hold every request in flight, so they make the p99 where CPU per request does not show them.
import 'reflect-metadata';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gql, load, login } from './api/load.js';
import { apiRoot, benchDatabase, startArgs } from './api/processes.js';
import { PROFILE_MEASURES as MEASURES } from './api/measures.js';
import { gcPauses, summarize, type CpuProfile, type GcEntry } from './api/profile.js';

const SECONDS = Number(process.env.PROFILE_SECONDS ?? 8);
const CLIENTS = Number(process.env.PROFILE_CLIENTS ?? 10);
const READS = (process.env.PROFILE_READS ?? 'small,list').split(',').filter((r) => r in MEASURES);
const TOP = Number(process.env.PROFILE_TOP ?? 25);
const SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB_NAME = process.env.PROFILE_DB ?? 'relais_bench_api';
const PORT = Number(process.env.PROFILE_PORT ?? 4697);
const API = process.env.PROFILE_API ? path.resolve(process.env.PROFILE_API) : apiRoot;

/** CLOCK_MONOTONIC in µs: the clock V8 stamps profile samples with, the same in every process. */
const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

async function main() {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: API, stdio: 'inherit' });
  const url = await benchDatabase(SERVER, DB_NAME, false);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-profile-'));
  const gcFile = path.join(dir, 'gc.json');
  const child = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--require', path.join(path.dirname(fileURLToPath(import.meta.url)), 'api/gc-probe.cjs'), ...startArgs(API)], {
    cwd: API,
    env: { ...process.env, NODE_ENV: 'production', RELAIS_TRUSTED_DOCUMENTS_ONLY: '0', DATABASE_URL: url, PORT: String(PORT), RELAIS_GC_PROBE: gcFile },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('Relais is running')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`Relais exited (${code}): ${out.slice(-2000)}`)));
  });
  child.stdout!.resume();
  const base = `http://127.0.0.1:${PORT}`;
  const tokens: string[] = [];
  for (let i = 0; i < CLIENTS; i++) tokens.push(await login(base, 'catherine.hermans@relais.test', 'relais-demo'));

  const windows: { read: string; from: number; to: number; fromMs: number; toMs: number; cpu: number; rps: number; p99: number; requests: number }[] = [];
  for (const read of READS) {
    await gql(base, MEASURES[read].relais, {}, tokens[0]);
    await load(base, child.pid!, MEASURES[read].relais, CLIENTS, 2, tokens); // warm-up, not profiled
    const from = monotonicUs();
    const fromMs = Date.now();
    const r = await load(base, child.pid!, MEASURES[read].relais, CLIENTS, SECONDS, tokens);
    windows.push({ read, from, to: monotonicUs(), fromMs, toMs: Date.now(), cpu: r.cpuPerRequestMs, rps: r.rps, p99: r.p99, requests: r.rps * SECONDS });
    if (r.errors) console.log(`${read}: ${r.errors} errors`);
  }
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile written in ${dir}`);
  const profile = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as CpuProfile;
  console.log(`Load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}, ${CLIENTS} clients, ${SECONDS} s per read; profile ${path.join(dir, file)}`);
  const gc = fs.existsSync(gcFile) ? (JSON.parse(fs.readFileSync(gcFile, 'utf8')) as GcEntry[]) : [];
  for (const w of windows) {
    const s = summarize(profile, w.from, w.to, apiRoot);
    const g = gcPauses(gc, w.fromMs, w.toMs);
    console.log(`\n## ${MEASURES[w.read].label}: ${w.rps.toFixed(0)} rps, p99 ${w.p99} ms, API CPU ${w.cpu.toFixed(2)} ms per request (${s.busyMs.toFixed(0)} ms sampled busy)`);
    console.log(`GC pauses: ${g.minor} young-generation (${((g.minor / w.requests) * 1000).toFixed(1)} per 1,000 requests, mean ${g.minorMeanMs.toFixed(1)} ms, max ${g.minorMaxMs.toFixed(1)} ms), ${g.major} full, ${g.pausedPercent.toFixed(1)} % of the window paused`);
    console.log('\n| self % | function | where |\n| --- | --- | --- |');
    for (const f of s.functions.slice(0, TOP)) console.log(`| ${f.percent.toFixed(1)} | ${f.name} | ${f.where} |`);
    console.log('\n| self % | package |\n| --- | --- |');
    for (const p of s.packages.slice(0, 12)) console.log(`| ${p.percent.toFixed(1)} | ${p.name} |`);
  }
}

await main();
process.exit(0);
