// Benchmark of the schedules and the conflict engine on a large service: 300 helpers, 3,000
// beneficiaries, a year of weekly schedules (bulk insert). Prints the conflict check of one change
// (median, p95), a full recheck of a month, and one sector's day query. Run: `pnpm bench`.
// Uses a fresh database on DATABASE_URL's server (or the embedded cluster) and drops it after.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { and, eq } from 'drizzle-orm';
import postgres from 'postgres';
import { loadConfig } from '../config.js';
import { connect } from '../db/client.js';
import { runMigrations } from '../db/migrate.js';
import { startEmbeddedPostgres } from '../db/embedded.js';
import { aidPlanVersions, beneficiaries, caseFiles, scheduleEntries, sectors, staff, teamMembers, teams } from '../db/schema/index.js';
import { DEFAULT_SETTINGS } from '../modules/schedules/conflict.rules.js';
import { schedulesModule } from '../modules/schedules/index.js';
import { leaveAbsences } from '../composition/schedules.ports.js';
import { expandPattern } from '../modules/schedules/recurrence.rules.js';
import { dayBounds } from '../time/service-time.js';

const HELPERS = 300;
const BENEFICIARIES = 3000;
const SECTORS = 7;
const YEAR = { from: '2026-01-05', until: '2027-01-03' };
const CHANGES = Number(process.env.BENCH_CHANGES ?? 200);

let seed = 42;
const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
const secret = () => randomBytes(12).toString('base64url');
const out = (line: string) => process.stdout.write(`${line}\n`);
const ms = (x: number) => `${x.toFixed(1)} ms`;
function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] };
}
async function inBatches<T>(rows: T[], size: number, insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

async function adminUrl(): Promise<{ url: string; stop: () => Promise<void> }> {
  const config = loadConfig();
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => {} };
  const cluster = await startEmbeddedPostgres(config.embeddedDataDir, config.embeddedPort);
  return { url: cluster.url('postgres'), stop: cluster.stop };
}

async function main() {
  const server = await adminUrl();
  const name = `relais_bench_${randomBytes(4).toString('hex')}`;
  const admin = postgres(server.url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  const handle = connect(url.toString(), { max: 4 });
  const { db } = handle;
  try {
    await runMigrations(db);
    const t0 = performance.now();
    const sectorRows = await db.insert(sectors).values(Array.from({ length: SECTORS }, (_, i) => ({ code: `B${i}`, name: `Bench ${i}`, calendarSecret: secret() }))).returning();
    const mkStaff = (role: 'SOCIAL_WORKER' | 'FAMILY_HELPER' | 'HOME_HELPER' | 'DIRECTOR', i: number, sectorId: string | null, fte = '1.00') => ({
      fullName: `${role} ${i}`, email: `${role.toLowerCase()}.${i}@bench.test`, role, fte, sectorId, calendarSecret: secret(),
    });
    const workers = await db.insert(staff).values(sectorRows.map((s, i) => mkStaff('SOCIAL_WORKER', i, s.id))).returning();
    const [director] = await db.insert(staff).values(mkStaff('DIRECTOR', 0, null)).returning();
    const teamRows = await db.insert(teams).values(sectorRows.map((s, i) => ({ sectorId: s.id, socialWorkerId: workers[i].id }))).returning();
    const helpers = await db
      .insert(staff)
      .values(Array.from({ length: HELPERS }, (_, i) => mkStaff(i % 3 === 2 ? 'HOME_HELPER' : 'FAMILY_HELPER', i, sectorRows[i % SECTORS].id, pick(['1.00', '1.00', '0.75', '0.50']))))
      .returning();
    await db.insert(teamMembers).values(helpers.map((h, i) => ({ teamId: teamRows[i % SECTORS].id, helperId: h.id })));
    const people = await db
      .insert(beneficiaries)
      .values(Array.from({ length: BENEFICIARIES }, (_, i) => ({ firstName: 'B', lastName: `Bench ${i}`, latitude: 50.78 + rand() * 0.12, longitude: 4.28 + rand() * 0.18 })))
      .returning({ id: beneficiaries.id });
    const cases: { id: string; sectorId: string }[] = [];
    await inBatches(people, 1000, async (batch) => {
      const offset = cases.length;
      const values = batch.map((p, i) => ({ beneficiaryId: p.id, sectorId: sectorRows[(offset + i) % SECTORS].id, socialWorkerId: workers[(offset + i) % SECTORS].id, reasonForContact: 'bench', status: 'ACTIVE' as const }));
      cases.push(...(await db.insert(caseFiles).values(values).returning({ id: caseFiles.id, sectorId: caseFiles.sectorId })));
    });
    const casesOf = new Map<string, string[]>();
    for (const c of cases) casesOf.set(c.sectorId, [...(casesOf.get(c.sectorId) ?? []), c.id]);

    // Weekly patterns expanded with the same function the API uses, then one bulk insert.
    const window = { from: dayBounds(YEAR.from).from, to: dayBounds(YEAR.until).to };
    const rows: (typeof scheduleEntries.$inferInsert)[] = [];
    const weekly = new Map<string, { FAMILY_CARE: number; HOUSEHOLD: number }>();
    for (const h of helpers) {
      const slots = ['08:00', '10:30', '13:30'].slice(0, h.fte === '0.50' ? 2 : 3);
      for (const slot of slots) {
        for (const days of ['MO,WE,FR', 'TU,TH']) {
          const caseFileId = pick(casesOf.get(h.sectorId as string) ?? []);
          const kind = h.role === 'HOME_HELPER' ? ('HOUSEHOLD' as const) : ('FAMILY_CARE' as const);
          const hours = weekly.get(caseFileId) ?? { FAMILY_CARE: 0, HOUSEHOLD: 0 };
          hours[kind] += days.split(',').length * 2;
          weekly.set(caseFileId, hours);
          const occ = expandPattern({ rrule: `FREQ=WEEKLY;BYDAY=${days}`, startsOn: YEAR.from, until: YEAR.until, startTime: slot, durationMinutes: 120, exceptDates: [] }, window);
          for (const o of occ) {
            rows.push({ helperId: h.id, caseFileId, sectorId: h.sectorId as string, kind, tasks: kind === 'HOUSEHOLD' ? ['CLEANING'] : ['PERSONAL_HYGIENE'], startsAt: o.startsAt, endsAt: o.endsAt, createdById: director.id });
          }
        }
      }
    }
    // A third of the visited cases have an agreed plan asking the hours scheduled for them.
    const planned = [...weekly].filter((_, i) => i % 3 === 0);
    await inBatches(planned, 1000, (batch) =>
      db.insert(aidPlanVersions).values(batch.map(([caseFileId, h]) => ({ caseFileId, number: 1, status: 'AGREED' as const, familyHelperHours: String(h.FAMILY_CARE), homeHelperHours: String(h.HOUSEHOLD), createdById: director.id }))),
    );
    const tInsert = performance.now();
    await inBatches(rows, 4000, (batch) => db.insert(scheduleEntries).values(batch));
    await handle.sql`analyze`;
    out(`Generated ${HELPERS} helpers, ${BENEFICIARIES} beneficiaries, ${rows.length} schedule entries over a year (bulk insert ${((performance.now() - tInsert) / 1000).toFixed(1)} s; setup ${((performance.now() - t0) / 1000).toFixed(1)} s).`);

    const { conflicts, schedules } = schedulesModule(db, DEFAULT_SETTINGS, { absences: leaveAbsences });
    const now = new Date('2026-06-01T05:00:00Z');
    let t = performance.now();
    const first = await conflicts.recheck({ from: '2026-06-01', to: '2026-07-01' }, director.id, now);
    const firstMs = performance.now() - t;
    t = performance.now();
    const again = await conflicts.recheck({ from: '2026-06-01', to: '2026-07-01' }, director.id, now);
    const againMs = performance.now() - t;
    out(`Full recheck of June 2026: first ${ms(firstMs)} (opened ${first.opened} conflicts), again ${ms(againMs)} (opened ${again.opened}, resolved ${again.resolved}).`);

    // ~200 same-day changes on random June entries: each checked (preview, rolled back), then made.
    const viewer = { kind: 'STAFF' as const, sessionId: 'bench', staffId: director.id, role: 'DIRECTOR' as const, sectorId: null };
    const june = rows.filter((r) => r.startsAt >= new Date('2026-06-02') && r.startsAt < new Date('2026-06-27'));
    const previews: number[] = [];
    const changes: number[] = [];
    const used = new Set<number>();
    while (changes.length < CHANGES) {
      const i = Math.floor(rand() * june.length);
      if (used.has(i)) continue;
      used.add(i);
      const [row] = await db.select().from(scheduleEntries).where(and(eq(scheduleEntries.helperId, june[i].helperId), eq(scheduleEntries.startsAt, june[i].startsAt))).limit(1);
      if (!row || row.status !== 'PLANNED') continue;
      const action = pick(['MOVE', 'SHORTEN', 'REASSIGN', 'CANCEL'] as const);
      const input = {
        entryId: row.id, action, reason: 'OTHER',
        startsAt: action === 'MOVE' ? new Date(row.startsAt.getTime() + 30 * 60_000) : null,
        endsAt: action === 'MOVE' ? new Date(row.endsAt.getTime() + 30 * 60_000) : action === 'SHORTEN' ? new Date(row.endsAt.getTime() - 30 * 60_000) : null,
        helperId: action === 'REASSIGN' ? pick(helpers.filter((h) => h.sectorId === row.sectorId && h.id !== row.helperId)).id : null,
      };
      t = performance.now();
      await schedules.preview(input, viewer, now);
      previews.push(performance.now() - t);
      t = performance.now();
      await schedules.change(input, viewer, now);
      changes.push(performance.now() - t);
    }
    const p = stats(previews);
    const c = stats(changes);
    out(`Conflict check of one change (scheduleChangePreview, ${previews.length} changes): median ${ms(p.median)}, p95 ${ms(p.p95)}.`);
    out(`One change made and rechecked (scheduleEntryChange, ${changes.length} changes): median ${ms(c.median)}, p95 ${ms(c.p95)}.`);

    const days: number[] = [];
    let count = 0;
    for (let i = 0; i < 50; i++) {
      const day = `2026-06-${String(1 + (i % 26)).padStart(2, '0')}`;
      const { from, to } = dayBounds(day);
      t = performance.now();
      const page = await schedules.entries({ sectorId: sectorRows[i % SECTORS].id, from, to, first: 100 }, viewer);
      days.push(performance.now() - t);
      count = Math.max(count, page.totalCount);
    }
    const d = stats(days);
    out(`One sector's day schedule query (first 100 of up to ${count} entries, 50 runs): median ${ms(d.median)}, p95 ${ms(d.p95)}.`);
  } finally {
    await handle.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
    await server.stop();
  }
}

await main();
