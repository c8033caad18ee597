// Demo schedules: a year of weekly visits for the ~70 helpers (demo-schedules.plan.ts), inserted in
// bulk, then checked by the real conflict engine for this week and the next, and today's deliberate
// problems made through the schedule service itself (demo-schedules.today.ts) so the board has
// changes and open conflicts to show.
import { and, asc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { absences, beneficiaries, caseFiles, scheduleEntries, schedulePatterns, sectors, staff, teams } from '../db/schema/index.js';
import { ConflictRepository } from '../modules/schedules/conflict.repository.js';
import { ConflictEngine } from '../modules/schedules/conflict.engine.js';
import { scopesBetween } from '../modules/schedules/conflict.scopes.js';
import { DEFAULT_SETTINGS } from '../modules/schedules/conflict.rules.js';
import { conflictEngineRepositories } from '../modules/schedules/schedules.repositories.js';
import { addDays, dayBounds, localDay } from '../time/service-time.js';
import { rotaWeekStart } from '../modules/permanence/rota.rules.js';
import { demoHolidays } from './demo-holidays.js';
import { demoSchedule, type DemoSchedule, type DemoSectorStaff } from './demo-schedules.plan.js';
import { demoScheduleToday, type TodayResult } from './demo-schedules.today.js';
import { HELPER_ROLES } from '../modules/org/org.rules.js';

async function insertEntriesAsJson(tx: Tx, rows: DemoSchedule['entries'], now: Date) {
  const json = JSON.stringify(rows.map((e) => ({ ...e, createdAt: now, updatedAt: now })));
  await tx.execute(sql`
    insert into ${scheduleEntries} (id, helper_id, case_file_id, sector_id, kind, tasks, starts_at, ends_at, pattern_id, created_by_id, created_at, updated_at)
    select "id", "helperId", "caseFileId", "sectorId", "kind", "tasks", "startsAt", "endsAt", "patternId", "createdById", "createdAt", "updatedAt"
    from jsonb_to_recordset(${json}::jsonb) as x("id" uuid, "helperId" uuid, "caseFileId" uuid, "sectorId" uuid, "kind" help_kind, "tasks" jsonb, "startsAt" timestamptz, "endsAt" timestamptz, "patternId" uuid, "createdById" uuid, "createdAt" timestamptz, "updatedAt" timestamptz)`);
}

function* chunks<T>(list: T[], size: number): Generator<T[]> {
  for (let i = 0; i < list.length; i += size) yield list.slice(i, i + size);
}

/** The sectors with their head social worker, helpers, and active cases with agreed plan hours and coordinates. */
async function loadSectors(tx: Tx): Promise<DemoSectorStaff[]> {
  const [sectorRows, heads, helperRows, plans, homes] = await Promise.all([
    tx.select({ id: sectors.id, code: sectors.code }).from(sectors).orderBy(asc(sectors.code)),
    tx.select({ sectorId: teams.sectorId, socialWorkerId: teams.socialWorkerId }).from(teams),
    tx
      .select({ id: staff.id, fullName: staff.fullName, role: staff.role, fte: staff.fte, sectorId: staff.sectorId })
      .from(staff)
      .where(inArray(staff.role, HELPER_ROLES))
      .orderBy(asc(staff.fullName)),
    new ConflictRepository(tx).agreedPlanHours(),
    tx
      .select({ id: caseFiles.id, latitude: beneficiaries.latitude, longitude: beneficiaries.longitude, birthDate: beneficiaries.birthDate })
      .from(caseFiles)
      .innerJoin(beneficiaries, eq(beneficiaries.id, caseFiles.beneficiaryId))
      .where(eq(caseFiles.status, 'ACTIVE')),
  ]);
  const homeOf = new Map(homes.map((h) => [h.id, h]));
  return sectorRows.map((s) => {
    const helpers = helperRows.filter((h) => h.sectorId === s.id).map((h) => ({ ...h, fte: Number(h.fte) }));
    return {
      code: s.code,
      sectorId: s.id,
      plannerId: heads.find((h) => h.sectorId === s.id)?.socialWorkerId ?? '',
      helpers,
      helperRows: helpers,
      cases: plans.flatMap((p) => {
        const home = homeOf.get(p.caseFileId);
        if (p.sectorId !== s.id || !home || home.latitude === null || home.longitude === null) return [];
        return [{
          id: p.caseFileId, latitude: home.latitude, longitude: home.longitude, elder: Number((home.birthDate ?? '2000').slice(0, 4)) < 1960,
          hours: { FAMILY_CARE: Number(p.familyHelperHours), HOUSEHOLD: Number(p.homeHelperHours) },
        }];
      }),
    };
  });
}

export interface DemoSchedulesResult {
  schedule: Pick<DemoSchedule, 'askedHours' | 'scheduledHours'> & { patterns: number; entries: number };
  today: TodayResult;
}

/** Seeds the schedules in the seed's transaction; `now` is the seed's clock. */
export async function seedDemoSchedules(tx: Tx, now: Date): Promise<DemoSchedulesResult> {
  const monday = rotaWeekStart(now);
  const sectorStaff = await loadSectors(tx);
  const plan = demoSchedule(monday, sectorStaff, demoHolidays(now).closed);
  for (const c of chunks(plan.patterns, 1000)) await tx.insert(schedulePatterns).values(c.map((p) => ({ ...p, createdAt: now })));
  // Tens of thousands of rows: sent as one JSON document per chunk and unpacked by PostgreSQL, several
  // times faster than one bound parameter per column and row.
  for (const c of chunks(plan.entries, 15_000)) await insertEntriesAsJson(tx, c, now);

  // The today's visits the scenario needs exist before the engine looks (at the week-end there are none).
  const today = localDay(now);
  const sick = await tx
    .select({ staffId: absences.staffId })
    .from(absences)
    .innerJoin(staff, eq(staff.id, absences.staffId))
    .where(and(eq(absences.kind, 'SICKNESS'), inArray(staff.role, HELPER_ROLES), lt(absences.startsAt, dayBounds(today).to), gt(absences.endsAt, dayBounds(today).from)));
  const todays = plan.entries.filter((e) => localDay(e.startsAt) === today);
  const checkedAt = new Date(now.getTime() - 4 * 3_600_000);
  const result = await demoScheduleToday(tx, {
    now,
    today,
    sectors: sectorStaff,
    patterns: plan.patterns,
    todays,
    sickHelperId: sick[0]?.staffId ?? null,
    // The morning check: the engine over this week and the next, as the nightly recheck would leave it.
    recheck: async () => {
      const repos = conflictEngineRepositories(tx);
      const engine = new ConflictEngine(DEFAULT_SETTINGS);
      const scopes = await scopesBetween(repos, monday, addDays(monday, 14));
      for (const c of chunks(scopes, 5000)) await engine.reconcile(repos, c, { now: checkedAt, actorId: null, publishEvents: false });
    },
  });
  return { schedule: { askedHours: plan.askedHours, scheduledHours: plan.scheduledHours, patterns: plan.patterns.length, entries: plan.entries.length }, today: result };
}
