// Checks of the demo's schedules, registered inside demo.test.ts's describe so they share its seed
// (one seed per file keeps the suite fast). Issue 4 "Demo data: a year of schedules for about 70 helpers".
import { and, count, countDistinct, eq, gte, isNull, lt, max, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Database } from '../db/client.js';
import { scheduleChanges, scheduleConflicts, scheduleEntries, schedulePatterns, staff, teamRecordHelpers, teamRecords } from '../db/schema/index.js';
import { ConflictRepository } from '../modules/schedules/conflict.repository.js';
import { DEFAULT_SETTINGS } from '../modules/schedules/conflict.rules.js';
import { schedulesModule } from '../modules/schedules/index.js';
import { leaveAbsences } from '../composition/schedules.ports.js';
import { addDays, dayBounds, localDay, weekOf } from '../time/service-time.js';
import { demoHolidays } from './demo-holidays.js';

const H = 3_600_000;

export function demoScheduleChecks(db: () => Database, now: Date) {
  const today = localDay(now);
  const week = dayBounds(weekOf(today), 7);

  it('gives about 70 helpers weekly visits this week, on weekdays, and repeats them for a year', async () => {
    const [thisWeek] = await db()
      .select({ helpers: countDistinct(scheduleEntries.helperId), visits: count() })
      .from(scheduleEntries)
      .where(and(gte(scheduleEntries.startsAt, week.from), lt(scheduleEntries.startsAt, week.to)));
    expect(thisWeek.helpers).toBeGreaterThanOrEqual(65);
    expect(thisWeek.visits).toBeGreaterThan(500);
    const [last] = await db().select({ at: max(scheduleEntries.startsAt) }).from(scheduleEntries);
    expect((last.at?.getTime() ?? 0) - now.getTime()).toBeGreaterThan(355 * 24 * H);
    const patterns = await db().select().from(schedulePatterns);
    for (const p of patterns) expect(p.rrule).toMatch(/^FREQ=WEEKLY;BYDAY=(MO|TU|WE|TH|FR)(,(MO|TU|WE|TH|FR))*$/);
  });

  it('keeps each helper within the contract, at homes of their own sector, and AMS to household help', async () => {
    const rows = await db()
      .select({ helperId: scheduleEntries.helperId, fte: staff.fte, role: staff.role, helperSector: staff.sectorId, sectorId: scheduleEntries.sectorId, kind: scheduleEntries.kind, patternId: scheduleEntries.patternId, ms: sql<number>`extract(epoch from ${scheduleEntries.endsAt} - ${scheduleEntries.startsAt}) * 1000` })
      .from(scheduleEntries)
      .innerJoin(staff, eq(staff.id, scheduleEntries.helperId))
      .where(and(gte(scheduleEntries.startsAt, week.from), lt(scheduleEntries.startsAt, week.to), eq(scheduleEntries.status, 'PLANNED')));
    const weekly = new Map<string, number>();
    for (const r of rows.filter((r) => r.patternId)) {
      expect(r.sectorId).toBe(r.helperSector);
      if (r.role === 'HOME_HELPER') expect(r.kind).toBe('HOUSEHOLD');
      weekly.set(r.helperId, (weekly.get(r.helperId) ?? 0) + Number(r.ms));
      expect(weekly.get(r.helperId)).toBeLessThanOrEqual(Number(r.fte) * DEFAULT_SETTINGS.weekHoursFullTime * H);
    }
  });

  it("schedules the agreed aid plans' weekly hours by kind of help (most plans fully)", async () => {
    const plans = await new ConflictRepository(db()).agreedPlanHours();
    const entries = await db()
      .select({ caseFileId: scheduleEntries.caseFileId, kind: scheduleEntries.kind, n: count() })
      .from(scheduleEntries)
      .where(and(gte(scheduleEntries.startsAt, dayBounds(weekOf(addDays(today, 7)), 7).from), lt(scheduleEntries.startsAt, dayBounds(weekOf(addDays(today, 7)), 7).to)))
      .groupBy(scheduleEntries.caseFileId, scheduleEntries.kind);
    const hours = (caseFileId: string, kind: string) => 2 * (entries.find((e) => e.caseFileId === caseFileId && e.kind === kind)?.n ?? 0);
    let covered = 0;
    for (const p of plans) {
      const af = hours(p.caseFileId, 'FAMILY_CARE');
      const ams = hours(p.caseFileId, 'HOUSEHOLD');
      // Never more than the plan asks; household help may be given by an AF when no AMS is free.
      expect(af).toBeLessThanOrEqual(Number(p.familyHelperHours) + Number(p.homeHelperHours));
      if (af >= Number(p.familyHelperHours) && ams + af >= Number(p.familyHelperHours) + Number(p.homeHelperHours)) covered++;
    }
    expect(plans.length).toBeGreaterThan(150);
    expect(covered / plans.length).toBeGreaterThan(0.8);
  });

  it("records today's same-day changes with who and why: an ill helper's visits reassigned, a hospital stay, a moved visit", async () => {
    const rows = await db().select({ kind: scheduleChanges.kind, reason: scheduleChanges.reason, note: scheduleChanges.note, role: staff.role, before: scheduleChanges.before, after: scheduleChanges.after }).from(scheduleChanges).innerJoin(staff, eq(staff.id, scheduleChanges.byId)).where(eq(scheduleChanges.day, today));
    const has = (kind: string, reason: string) => rows.filter((r) => r.kind === kind && r.reason === reason);
    expect(has('REASSIGN', 'HELPER_ILL').length).toBeGreaterThan(0);
    expect(has('CANCEL', 'BENEFICIARY_IN_HOSPITAL')).toHaveLength(1);
    expect(has('MOVE', 'BENEFICIARY_REQUEST')).toHaveLength(1);
    for (const r of rows) {
      // The sector's social worker, or the flying social worker where she replaces a sick one (R11).
      expect(['SOCIAL_WORKER', 'FLYING_SOCIAL_WORKER']).toContain(r.role);
      expect(r.note).toBeTruthy();
    }
    for (const r of has('REASSIGN', 'HELPER_ILL')) expect(r.after.helperId).not.toBe(r.before.helperId);
  });

  it('has open conflicts of at least 3 rules today, each found again by the engine (a recheck changes nothing)', async () => {
    const open = await db().select().from(scheduleConflicts).where(isNull(scheduleConflicts.resolvedAt));
    const rules = new Set(open.filter((c) => c.day === today).map((c) => c.rule));
    expect([...rules].sort()).toEqual(expect.arrayContaining(['DOUBLE_BOOKING', 'PERSONAL_CARE_BY_HOME_HELPER', 'SCHEDULED_WHILE_ABSENT', 'TRAVEL_TIME']));
    // The ill helper's reassigned visits had opened "scheduled while absent"; the reassignment resolved them.
    const [resolved] = await db().select({ n: count() }).from(scheduleConflicts).where(and(eq(scheduleConflicts.rule, 'SCHEDULED_WHILE_ABSENT'), sql`${scheduleConflicts.resolvedAt} is not null`));
    expect(resolved.n).toBeGreaterThan(0);
    const r = await schedulesModule(db(), DEFAULT_SETTINGS, { absences: leaveAbsences }).conflicts.recheck({ from: weekOf(today), to: addDays(weekOf(today), 14) }, null, now);
    expect(r).toEqual({ opened: 0, resolved: 0 });
  });

  it('records team life: monthly team meetings with minutes, a yearly interview per helper, a home control per sector, one corrective interview', async () => {
    const rows = await db().select({ kind: teamRecords.kind, n: count() }).from(teamRecords).groupBy(teamRecords.kind);
    const byKind = Object.fromEntries(rows.map((r) => [r.kind, r.n]));
    expect(byKind).toMatchObject({ INDIVIDUAL_INTERVIEW: 70, HOME_CONTROL: 7, CORRECTIVE_INTERVIEW: 1 });
    expect(byKind.TEAM_MEETING).toBeGreaterThanOrEqual(14);
    const [helpers] = await db().select({ n: countDistinct(teamRecordHelpers.helperId) }).from(teamRecordHelpers);
    expect(helpers.n).toBe(70);
    const [future] = await db().select({ n: count() }).from(teamRecords).where(sql`${teamRecords.day} > ${today}`);
    expect(future.n).toBe(0);
  });

  it('plans no ordinary visits on holidays or closing days; the few deliberate ones are flagged at start (VISIT_ON_HOLIDAY)', async () => {
    const { closed } = demoHolidays(now);
    const coming = { from: dayBounds(today).from, to: dayBounds(addDays(today, 56)).from };
    const rows = await db()
      .select({ sectorId: scheduleEntries.sectorId, patternId: scheduleEntries.patternId, startsAt: scheduleEntries.startsAt })
      .from(scheduleEntries)
      .where(and(gte(scheduleEntries.startsAt, coming.from), lt(scheduleEntries.startsAt, coming.to), eq(scheduleEntries.status, 'PLANNED')));
    const onHolidays = rows.filter((r) => closed(localDay(r.startsAt)));
    // At most one pattern per sector (an elder's family care the aid plan asks for on holidays too).
    const patternsBySector = new Map<string, Set<string | null>>();
    for (const r of onHolidays) patternsBySector.set(r.sectorId, (patternsBySector.get(r.sectorId) ?? new Set()).add(r.patternId));
    for (const patterns of patternsBySector.values()) expect(patterns.size).toBe(1);
    expect(onHolidays.length).toBeGreaterThan(0);
    expect(onHolidays.length).toBeLessThan(rows.length / 100);
    const r = await schedulesModule(db(), DEFAULT_SETTINGS, { absences: leaveAbsences }).conflicts.recheckHolidays(now);
    const open = await db().select().from(scheduleConflicts).where(and(eq(scheduleConflicts.rule, 'VISIT_ON_HOLIDAY'), isNull(scheduleConflicts.resolvedAt)));
    expect(open).toHaveLength(onHolidays.length);
    expect(r).toEqual({ opened: onHolidays.length, resolved: 0 });
  });
}
