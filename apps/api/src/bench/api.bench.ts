// `pnpm bench:api`: Relais side by side with PostGraphile 4 on the same database (same fields,
// alternating runs A B A B), the board's first read in SQL statements, live fan-out to thousands of
// graphql-ws subscribers, scale-out behind a load balancer, the cold start, and the conflict engine
// against its targets (bench/conflicts/, as `pnpm bench`). Prints the figures as Markdown;
// BENCH_WRITE=1 also writes them to docs/performance.md.
//   BENCH_SECONDS (per run, default 10), BENCH_ROUNDS (default 3), BENCH_FANOUT (default 1000,5000),
//   BENCH_FRESH=1 (re-seed the benchmark database), DATABASE_URL (a server to make `relais_bench_api` on),
//   BENCH_CHANGES (the conflict engine's changes, default 200), BENCH_ONLY=conflicts (that part alone, not written),
//   BENCH_KEEP=<database> (the conflict engine's large service kept there and reused by the next run),
//   BENCH_ONLY=scaleout (the scale-out part alone, never written),
//   BENCH_ONLY=whotocall (the board's who-to-call load alone, never written; with BENCH_API=<another
//   checkout's apps/api> alternated A B A B with that one, the "before"; BENCH_DB a database of one's own, BENCH_PORT),
//   BENCH_ONLY=peer (the side by side with PostGraphile alone, never written; BENCH_MEASURES=small,list and
//   BENCH_CLIENTS=10,50 to narrow it).
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { boardFirstRead } from './api/first-read.js';
import { fanout, fanoutHeader, fanoutRow, permanenceChange, permanenceEventTime, teamRecordWrite } from './api/fanout.js';
import { measureConflictEngine } from './conflicts/measure.js';
import { conflictReport } from './conflicts/report.js';
import { gql, load, login, median, type LoadResult } from './api/load.js';
import { MEASURES, RELAIS_READS } from './api/measures.js';
import { apiRoot, benchDatabase, rssMb, startArgs, startBalancer, startPostGraphile, startRelais, type Server } from './api/processes.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const FANOUT = (process.env.BENCH_FANOUT ?? '1000,5000').split(',').filter(Boolean).map(Number);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 200);
const CONFLICTS_ONLY = process.env.BENCH_ONLY === 'conflicts';
const WHO_TO_CALL_ONLY = process.env.BENCH_ONLY === 'whotocall';
const PEER_MEASURES = (process.env.BENCH_MEASURES ?? 'small,list').split(',').filter((m): m is keyof typeof MEASURES => m in MEASURES);
const PEER_CLIENTS = (process.env.BENCH_CLIENTS ?? '10,50').split(',').filter(Boolean).map(Number);
const SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB_NAME = process.env.BENCH_DB ?? 'relais_bench_api';
const PASSWORD = 'relais-demo';
const DIRECTOR = 'catherine.hermans@relais.test';
const out: string[] = [];
const say = (line = '') => { out.push(line); console.log(line); };
const f0 = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '—');


async function sideBySide(relais: Server, peer: Server, tokens: string[]) {
  say(`## Relais and PostGraphile 4 on the same database (median of ${ROUNDS} rounds, A B A B, ${SECONDS} s each)`);
  say();
  say('| measure | clients | Relais | PostGraphile 4 | Relais / PostGraphile (rps) | Relais / PostGraphile (p99) | API CPU per request, Relais / PostGraphile |');
  say('| --- | --- | --- | --- | --- | --- | --- |');
  for (const m of PEER_MEASURES.map((k) => MEASURES[k])) {
    await gql(relais.url, m.relais, {}, tokens[0]);
    await gql(peer.url, m.peer);
    for (const clients of PEER_CLIENTS) {
      const a: LoadResult[] = [];
      const b: LoadResult[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        a.push(await load(relais.url, relais.pid, m.relais, clients, SECONDS, tokens));
        b.push(await load(peer.url, peer.pid, m.peer, clients, SECONDS));
      }
      const r = { rps: median(a.map((x) => x.rps)), p50: median(a.map((x) => x.p50)), p99: median(a.map((x) => x.p99)), cpu: median(a.map((x) => x.cpuPerRequestMs)), errors: a.reduce((s, x) => s + x.errors, 0) };
      const p = { rps: median(b.map((x) => x.rps)), p50: median(b.map((x) => x.p50)), p99: median(b.map((x) => x.p99)), cpu: median(b.map((x) => x.cpuPerRequestMs)), errors: b.reduce((s, x) => s + x.errors, 0) };
      say(`| ${m.label} | ${clients} | ${f0(r.rps)} rps, p50 ${f0(r.p50)} ms, p99 ${f0(r.p99)} ms${r.errors ? `, ${r.errors} errors` : ''} | ${f0(p.rps)} rps, p50 ${f0(p.p50)} ms, p99 ${f0(p.p99)} ms${p.errors ? `, ${p.errors} errors` : ''} | ${(r.rps / p.rps).toFixed(2)}× | ${(r.p99 / p.p99).toFixed(2)}× | ${r.cpu.toFixed(2)} / ${p.cpu.toFixed(2)} ms |`);
    }
  }
  say();
}

/** The board's who-to-call read at 50 clients, this checkout (A) and BENCH_API's (B) alternated. */
async function whoToCallOnly() {
  const checkouts = [apiRoot, ...(process.env.BENCH_API ? [path.resolve(process.env.BENCH_API)] : [])];
  for (const root of checkouts) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  const url = await benchDatabase(SERVER, DB_NAME, process.env.BENCH_FRESH === '1');
  const port = Number(process.env.BENCH_PORT ?? 4610);
  await (await startRelais(url, port)).stop(); // migrates and seeds a new database
  const runs = checkouts.map(() => [] as LoadResult[]);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, root] of checkouts.entries()) {
      const relais = await startRelais(url, port, {}, [], root);
      const tokens: string[] = [];
      for (let t = 0; t < 50; t++) tokens.push(await login(relais.url, DIRECTOR, PASSWORD));
      await load(relais.url, relais.pid, RELAIS_READS.board.relais, 50, 2, tokens); // warm-up
      const r = await load(relais.url, relais.pid, RELAIS_READS.board.relais, 50, SECONDS, tokens);
      runs[i].push(r);
      console.log(`${i ? 'B' : 'A'} round ${round + 1}: ${f0(r.rps)} rps, p50 ${f0(r.p50)} ms, p99 ${f0(r.p99)} ms, ${r.cpuPerRequestMs.toFixed(2)} ms API CPU per request${r.errors ? `, ${r.errors} errors` : ''}, load ${os.loadavg()[0].toFixed(1)}`);
      await relais.stop();
    }
  }
  for (const [i, r] of runs.entries()) {
    console.log(`${i ? 'B' : 'A'} ${checkouts[i]}: median of ${r.length}: ${f0(median(r.map((x) => x.rps)))} rps, p50 ${f0(median(r.map((x) => x.p50)))} ms, p99 ${f0(median(r.map((x) => x.p99)))} ms, ${median(r.map((x) => x.cpuPerRequestMs)).toFixed(2)} ms API CPU per request`);
  }
}

/**
 * Scale-out: 1, 2 and 4 API processes on one database behind a round-robin load balancer (http-proxy,
 * a process of its own): the small read at 50 clients through it (1 process too, so the growth is
 * read against the balancer's own cost), and for 2 and 4 one change's fan-out across the processes.
 */
async function scaleOut(url: string, tokens: string[], director: string, kiosk: string) {
  for (const count of [1, 2, 4]) {
    const nodes: Server[] = [];
    for (let i = 0; i < count; i++) nodes.push(await startRelais(url, 4620 + i));
    const balancer = await startBalancer(nodes.map((s) => s.url), 4630);
    await load(balancer.url, nodes[0].pid, MEASURES.small.relais, 50, 2, tokens); // warm-up: each process's sessions and statements
    const r = [] as LoadResult[];
    for (let round = 0; round < ROUNDS; round++) r.push(await load(balancer.url, nodes[0].pid, MEASURES.small.relais, 50, SECONDS, tokens));
    if (count > 1) {
      const change = await permanenceChange(balancer.url, director);
      const events = permanenceEventTime(url);
      const [f] = await fanout([balancer.url], nodes.map((s) => s.pid), kiosk, change, Math.min(...FANOUT), { eventBegan: events.began });
      await events.end();
      say(fanoutRow(String(count), f));
    }
    say(`${count} process${count > 1 ? 'es' : ''}: sectors read at 50 clients through the balancer ${f0(median(r.map((x) => x.rps)))} rps, p50 ${f0(median(r.map((x) => x.p50)))} ms, p99 ${f0(median(r.map((x) => x.p99)))} ms${r.some((x) => x.errors) ? `, ${r.reduce((n, x) => n + x.errors, 0)} errors` : ''}`);
    await balancer.stop();
    await Promise.all(nodes.map((s) => s.stop()));
  }
}

/** BENCH_ONLY=scaleout: the scale-out part alone (never written). */
async function scaleOutOnly() {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: apiRoot, stdio: 'inherit' });
  const url = await benchDatabase(SERVER, DB_NAME, process.env.BENCH_FRESH === '1');
  const relais = await startRelais(url, 4610);
  const director = await login(relais.url, DIRECTOR, PASSWORD);
  const kiosk = (await gql<{ kioskTokenCreate: { token: string } }>(relais.url, 'mutation { kioskTokenCreate(input: { label: "Benchmark" }) { token } }', {}, director)).kioskTokenCreate.token;
  const tokens: string[] = [];
  for (let i = 0; i < 50; i++) tokens.push(await login(relais.url, DIRECTOR, PASSWORD));
  await relais.stop();
  fanoutHeader().forEach((line) => say(line));
  await scaleOut(url, tokens, director, kiosk);
}

/** BENCH_ONLY=peer: Relais and PostGraphile side by side alone (never written). */
async function peerOnly() {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: apiRoot, stdio: 'inherit' });
  const url = await benchDatabase(SERVER, DB_NAME, process.env.BENCH_FRESH === '1');
  const relais = await startRelais(url, 4610);
  const tokens: string[] = [];
  for (let i = 0; i < 50; i++) tokens.push(await login(relais.url, DIRECTOR, PASSWORD));
  const peer = await startPostGraphile(url, 4611);
  await sideBySide(relais, peer, tokens);
  await Promise.all([peer.stop(), relais.stop()]);
}

async function main() {
  if (WHO_TO_CALL_ONLY) return whoToCallOnly();
  if (process.env.BENCH_ONLY === 'scaleout') return scaleOutOnly();
  if (process.env.BENCH_ONLY === 'peer') return peerOnly();
  const started = Date.now();
  say(`# Relais API benchmark — ${new Date().toISOString().slice(0, 16)}Z`);
  say();
  say(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average at start ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}.`);
  say();
  // The conflict engine first, in a database of its own, while none of the benchmark's servers runs.
  for (const line of conflictReport(await measureConflictEngine(SERVER, { changes: CHANGES, keep: process.env.BENCH_KEEP }))) say(line);
  if (CONFLICTS_ONLY) return;
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: apiRoot, stdio: 'inherit' });
  const url = await benchDatabase(SERVER, DB_NAME, process.env.BENCH_FRESH === '1');

  // Cold start: the first start migrates and seeds (not timed); the next start is the one a restart costs.
  const first = await startRelais(url, 4610);
  await first.stop();
  const relais = await startRelais(url, 4610);
  await new Promise((r) => setTimeout(r, 3_000));
  const idleMb = rssMb(relais.pid);
  say(`## Start: first 200 (/healthz) ${f0(relais.firstOkMs!)} ms after the process starts on a migrated database (node ${startArgs().join(' ')}, as \`pnpm start\` runs it, NODE_ENV=production), idle memory ${f0(idleMb)} MB`);
  say();

  const director = await login(relais.url, DIRECTOR, PASSWORD);
  const kiosk = (await gql<{ kioskTokenCreate: { token: string } }>(relais.url, 'mutation { kioskTokenCreate(input: { label: "Benchmark" }) { token } }', {}, director)).kioskTokenCreate.token;
  const tokens: string[] = [];
  for (let i = 0; i < 50; i++) tokens.push(await login(relais.url, DIRECTOR, PASSWORD));

  const peer = await startPostGraphile(url, 4611);
  await sideBySide(relais, peer, tokens);
  await peer.stop();

  const read = await boardFirstRead(url, kiosk);
  say(`## The board's first read: ${read.statements} SQL statements for ${read.operations} operations`);
  say();
  say(Object.entries(read.byOperation).map(([k, v]) => `${k} ${v}`).join(', '));
  say();
  const boardQuery = RELAIS_READS.board.relais;
  try {
    // Warmed as whoToCallOnly warms it: the steady state of a running service, not its first seconds' compiling.
    await load(relais.url, relais.pid, boardQuery, 50, 2, tokens);
    const r = [] as LoadResult[];
    for (let round = 0; round < ROUNDS; round++) r.push(await load(relais.url, relais.pid, boardQuery, 50, SECONDS, tokens));
    say(`\`sectors { whoToCall { … chain } }\`, 50 clients: ${f0(median(r.map((x) => x.rps)))} rps, p50 ${f0(median(r.map((x) => x.p50)))} ms, p99 ${f0(median(r.map((x) => x.p99)))} ms, ${median(r.map((x) => x.cpuPerRequestMs)).toFixed(2)} ms API CPU per request`);
    // The server's own floor in the same conditions: a query no resolver answers, same sessions.
    const floor = [] as LoadResult[];
    for (let round = 0; round < ROUNDS; round++) floor.push(await load(relais.url, relais.pid, '{ __typename }', 50, SECONDS, tokens));
    say(`The floor, \`{ __typename }\` with the same sessions, 50 clients: ${f0(median(floor.map((x) => x.rps)))} rps, p50 ${f0(median(floor.map((x) => x.p50)))} ms, p99 ${f0(median(floor.map((x) => x.p99)))} ms, ${median(floor.map((x) => x.cpuPerRequestMs)).toFixed(2)} ms API CPU per request`);
  } catch (err) {
    say(`who-to-call load skipped: ${(err as Error).message}`);
  }
  say();

  say('## Live fan-out of one `permanenceReplace` to `permanenceChanged` subscribers (kiosk token), from the mutation sent');
  say();
  fanoutHeader().forEach((line) => say(line));
  const change = await permanenceChange(relais.url, director);
  const burst = { write: await teamRecordWrite(relais.url, tokens.slice(0, 25)), writes: 100 };
  const events = permanenceEventTime(url);
  for (const n of FANOUT) for (const r of await fanout([relais.url], [relais.pid], kiosk, change, n, { burst, eventBegan: events.began })) say(fanoutRow('1', r));
  await events.end();
  await relais.stop();

  await scaleOut(url, tokens, director, kiosk);
  say();
  say(`Ran in ${f0((Date.now() - started) / 1000)} s. The load generator and the subscribers run on the same machine as the servers and PostgreSQL.`);
  if (process.env.BENCH_WRITE === '1') {
    // docs/performance.md keeps its text above the marker and the latest run below it.
    const file = path.join(apiRoot, '../../docs/performance.md');
    const marker = '<!-- latest run: written by BENCH_WRITE=1 pnpm bench:api -->';
    const head = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split(marker)[0] : '';
    fs.writeFileSync(file, `${head}${marker}\n\n${out.join('\n').replace(/^# /, '## ').replace(/\n## /g, '\n### ')}\n`);
  }
}

await main();
process.exit(0);
