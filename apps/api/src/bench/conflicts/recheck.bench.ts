// A month's full recheck alone, on the large service kept by `BENCH_KEEP=<db> BENCH_ONLY=conflicts
// pnpm bench:api`: RECHECK_ROUNDS (3) rounds of (conflicts cleared, recheck: the first, its wall and Node CPU time; recheck
// again), their medians; RECHECK_PROFILE=1 also prints the CPU profile's top functions of the
// first rechecks (in-process: the inspector around them, Node's waits for PostgreSQL as idle),
// RECHECK_PROFILE_OUT=<path> keeps each as <path>.<round>.cpuprofile.
//   pnpm --filter @relais/api bench:recheck <database>   (DATABASE_URL: its server)
import 'reflect-metadata';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { connect } from '../../db/client.js';
import { leaveAbsences } from '../../composition/schedules.ports.js';
import { DEFAULT_SETTINGS, schedulesModule } from '../../modules/schedules/index.js';
import { apiRoot } from '../api/processes.js';
import { summarize, type CpuProfile } from '../api/profile.js';

const NOW = new Date('2026-06-01T05:00:00Z');
const MONTH = { from: '2026-06-01', to: '2026-07-01' };
const ROUNDS = Number(process.env.RECHECK_ROUNDS ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const name = process.argv[2];
  if (!name) throw new Error('Usage: recheck.bench.ts <database kept by BENCH_KEEP>');
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/${name}`;
  const handle = connect(url.toString(), { max: 4 });
  const { conflicts } = schedulesModule(handle.db, DEFAULT_SETTINGS, { absences: leaveAbsences });
  const session = process.env.RECHECK_PROFILE === '1' ? new Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
  }
  const first: number[] = [];
  const again: number[] = [];
  const firstCpu: number[] = [];
  let opened = 0;
  try {
    console.log(`load average at start ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    for (let i = 0; i < ROUNDS; i++) {
      await handle.sql`delete from schedule_conflicts`;
      await handle.sql`vacuum analyze schedule_conflicts`;
      if (session) await session.post('Profiler.start');
      const cpu0 = process.cpuUsage();
      let t = performance.now();
      const r = await conflicts.recheck(MONTH, null, NOW);
      first.push(performance.now() - t);
      const used = process.cpuUsage(cpu0);
      firstCpu.push((used.user + used.system) / 1000);
      if (session) {
        const { profile } = await session.post('Profiler.stop');
        if (process.env.RECHECK_PROFILE_OUT) (await import('node:fs')).writeFileSync(`${process.env.RECHECK_PROFILE_OUT}.${i}.cpuprofile`, JSON.stringify(profile));
        const s = summarize(profile as unknown as CpuProfile, 0, Number.MAX_SAFE_INTEGER, apiRoot);
        console.log(`  profile: busy ${s.busyMs.toFixed(0)} ms; ${s.packages.slice(0, 6).map((p) => `${p.name} ${p.percent.toFixed(0)} %`).join(', ')}`);
        for (const f of s.functions.slice(0, 12)) console.log(`    ${f.percent.toFixed(1)} % ${f.name} ${f.where}`);
      }
      opened = r.opened;
      t = performance.now();
      const r2 = await conflicts.recheck(MONTH, null, NOW);
      again.push(performance.now() - t);
      console.log(`round ${i + 1}: first ${first[i].toFixed(0)} ms (Node CPU ${firstCpu[i].toFixed(0)} ms, opened ${r.opened}), again ${again[i].toFixed(0)} ms (opened ${r2.opened}, resolved ${r2.resolved})`);
    }
    console.log(`median of ${ROUNDS}: first ${median(first).toFixed(0)} ms (Node CPU ${median(firstCpu).toFixed(0)} ms, opened ${opened}), again ${median(again).toFixed(0)} ms; load average at end ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  } finally {
    session?.disconnect();
    await handle.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
