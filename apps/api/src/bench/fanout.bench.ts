// `pnpm bench:fanout`: the live fan-out part of `bench:api` alone, short enough to compare before and
// after a change on a shared machine: one API process (compiled, production), N kiosk subscribers on
// permanenceChanged, quiet and amid a burst of 100 other writes.
//   BENCH_FANOUT (default 1000,5000), BENCH_ROUNDS (default 3), BENCH_FRESH=1, BENCH_BUILD=0, BENCH_CPU_PROF, DATABASE_URL.
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { fanout, fanoutHeader, fanoutRow, permanenceChange, permanenceEventTime, teamRecordWrite } from './api/fanout.js';
import { gql, login } from './api/load.js';
import { apiRoot, benchDatabase, startRelais } from './api/processes.js';

const FANOUT = (process.env.BENCH_FANOUT ?? '1000,5000').split(',').filter(Boolean).map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DIRECTOR = 'catherine.hermans@relais.test';

// BENCH_BUILD=0 runs the dist/ already there (e.g. one built from an earlier commit, to compare).
if (process.env.BENCH_BUILD !== '0') execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: apiRoot, stdio: 'inherit' });
const url = await benchDatabase(SERVER, 'relais_bench_fanout', process.env.BENCH_FRESH === '1');
// BENCH_CPU_PROF=<folder>: the API process writes a CPU profile there when it stops.
const prof = process.env.BENCH_CPU_PROF;
const relais = await startRelais(url, Number(process.env.BENCH_PORT ?? 4640), {}, prof ? ['--cpu-prof', `--cpu-prof-dir=${prof}`] : []);
try {
  console.log(`Fan-out, ${new Date().toISOString().slice(0, 16)}Z, ${os.cpus().length} CPUs, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  const director = await login(relais.url, DIRECTOR, 'relais-demo');
  const kiosk = (await gql<{ kioskTokenCreate: { token: string } }>(relais.url, 'mutation { kioskTokenCreate(input: { label: "Benchmark" }) { token } }', {}, director)).kioskTokenCreate.token;
  const change = await permanenceChange(relais.url, director);
  const desks: string[] = [];
  for (let i = 0; i < 25; i++) desks.push(await login(relais.url, DIRECTOR, 'relais-demo'));
  const burst = { write: await teamRecordWrite(relais.url, desks), writes: 100 };
  const events = permanenceEventTime(url);
  fanoutHeader().forEach((line) => console.log(line));
  for (const n of FANOUT) for (const r of await fanout([relais.url], [relais.pid], kiosk, change, n, { rounds: ROUNDS, burst, eventBegan: events.began })) console.log(fanoutRow('1', r));
  await events.end();
} finally {
  await relais.stop();
}
process.exit(0);
