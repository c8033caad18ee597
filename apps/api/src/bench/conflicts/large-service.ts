// The conflict engine benchmark's large service, built in the database it is given: 300 helpers,
// 3,000 beneficiaries, 7 sectors, a year of weekly schedules (expanded with the API's own recurrence
// rules, then one bulk insert) and an agreed plan for a third of the visited cases.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { DatabaseHandle } from '../../db/client.js';
import { aidPlanVersions, beneficiaries, caseFiles, scheduleEntries, sectors, staff, teamMembers, teams } from '../../db/schema/index.js';
import { expandPattern } from '../../modules/schedules/recurrence.rules.js';
import { dayBounds } from '../../time/service-time.js';

const HELPERS = 300;
const BENEFICIARIES = 3000;
const SECTORS = 7;
const YEAR = { from: '2026-01-05', until: '2027-01-03' };

export type Entry = typeof scheduleEntries.$inferInsert;
export type StaffRow = typeof staff.$inferSelect;

export interface LargeService {
  sectorIds: string[];
  director: StaffRow;
  helpers: StaffRow[];
  /** Every schedule entry inserted, in insertion order. */
  rows: Entry[];
  summary: string;
  /** How long the build took. */
  built: string;
}

/** A seeded generator, so that two runs build and change the same service. */
export function seededRandom(seed = 42) {
  let s = seed;
  const rand = () => (s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  return { rand, pick };
}
export type Random = ReturnType<typeof seededRandom>;

const secret = () => randomBytes(12).toString('base64url');
async function inBatches<T>(rows: T[], size: number, insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

export async function buildLargeService(handle: DatabaseHandle, { pick, rand }: Random): Promise<LargeService> {
  const { db } = handle;
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
  const rows: Entry[] = [];
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
  const s = (ms: number) => (ms / 1000).toFixed(1);
  const summary = `${HELPERS} helpers, ${BENEFICIARIES.toLocaleString('en')} beneficiaries, ${rows.length.toLocaleString('en')} schedule entries over a year`;
  const built = `Built in ${s(performance.now() - t0)} s (of which the bulk insert ${s(performance.now() - tInsert)} s).`;
  return { sectorIds: sectorRows.map((r) => r.id), director, helpers, rows, summary, built };
}
