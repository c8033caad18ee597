import { verify } from '@node-rs/argon2';
import { and, asc, count, eq, gte, isNotNull, lt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@support/database.js';
import type { Database } from '../db/client.js';
import { absences, aidPlanVersions, beneficiaries, binomes, caseFiles, caseTransitions, fileChecks, flyingAssignments, permanenceShifts, planningRequests, sectors, staff, teamMembers, teams, visits } from '../db/schema/index.js';
import { nationalRegisterNumberError } from '../modules/cases/beneficiary.rules.js';
import { CaseloadRepository } from '../modules/cases/caseload.repository.js';
import { CaseloadService } from '../modules/cases/caseload.service.js';
import { unitOfWork } from '../db/unit-of-work.js';
import { PlanningService } from '../modules/planning/planning.service.js';
import { planningRepositories } from '../modules/planning/planning.repositories.js';
import { planningPortsOn } from '../composition/planning.ports.js';
import { OVERDUE, URGENT_OPEN } from './demo-cases.js';
import { demoScheduleChecks } from './demo-schedules.checks.js';
import { visitsTodayIn } from './demo-visits.js';
import { demoPeople, seedDemo, type DemoLogins } from './demo.js';

async function freshDatabase(): Promise<{ db: Database; drop: () => Promise<void> }> {
  const t = await createTestDatabase();
  return { db: t.db, drop: t.drop };
}

// Wednesday 25 March 2026, 11:00 in Brussels: the week before the clocks go forward.
const NOW = new Date('2026-03-25T10:00:00Z');
const HOUR = 3_600_000;

describe('seedDemo', () => {
  let db: Database;
  let drop: () => Promise<void>;
  let logins: DemoLogins;

  beforeAll(async () => {
    ({ db, drop } = await freshDatabase());
    logins = await seedDemo(db, { now: NOW });
  }, 60_000);

  afterAll(async () => {
    await drop?.();
  });

  const countOf = async (table: typeof sectors | typeof staff | typeof teams | typeof teamMembers | typeof binomes | typeof permanenceShifts | typeof absences | typeof beneficiaries | typeof caseFiles) =>
    (await db.select({ n: count() }).from(table))[0].n;

  const shiftAt = async (startsAt: string) => {
    const [row] = await db.select().from(permanenceShifts).where(eq(permanenceShifts.startsAt, new Date(startsAt)));
    return row;
  };

  const binomeOf = async (id: string | null) => {
    const [row] = await db.select().from(binomes).where(eq(binomes.id, id ?? '00000000-0000-0000-0000-000000000000'));
    const names = await db.select({ id: staff.id, fullName: staff.fullName }).from(staff);
    const nameOf = (staffId: string) => names.find((n) => n.id === staffId)?.fullName;
    return row ? [nameOf(row.firstMemberId), nameOf(row.secondMemberId)] : null;
  };

  it('creates 7 sectors S1–S7, each with its own calendar secret', async () => {
    const rows = await db.select().from(sectors).orderBy(asc(sectors.code));
    expect(rows.map((r) => r.code)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7']);
    expect(new Set(rows.map((r) => r.calendarSecret)).size).toBe(7);
    for (const r of rows) expect(r.calendarSecret).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('creates the staff of the reference service: 9 social workers, a flying and a relay social worker, 70 helpers, office roles', async () => {
    const rows = await db.select({ role: staff.role, n: count() }).from(staff).groupBy(staff.role);
    const byRole = Object.fromEntries(rows.map((r) => [r.role, r.n]));
    expect(byRole).toMatchObject({
      SOCIAL_WORKER: 9,
      FLYING_SOCIAL_WORKER: 1,
      RELAY_CONTROL_SOCIAL_WORKER: 1,
      TELEPHONIST: 2,
      DIRECTOR: 1,
      SOCIAL_POLE_HEAD: 1,
      TRAINEE: 1,
    });
    expect(byRole.FAMILY_HELPER + byRole.HOME_HELPER).toBe(70);
    expect(byRole.FAMILY_HELPER).toBeGreaterThan(0);
    expect(byRole.HOME_HELPER).toBeGreaterThan(0);
    expect(await countOf(staff)).toBe(86);
  });

  it('gives everyone a unique firstname.lastname@relais.test email, a Brussels phone and a calendar secret', async () => {
    const rows = await db.select().from(staff);
    expect(new Set(rows.map((r) => r.email)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.calendarSecret)).size).toBe(rows.length);
    for (const r of rows) {
      expect(r.email).toMatch(/^[a-z-]+\.[a-z-]+@relais\.test$/);
      expect(r.phone).toMatch(/^\+32 2 \d{3} \d{2} \d{2}$/);
    }
    expect(rows.find((r) => r.fullName === 'Youssef El Amrani')?.email).toBe('youssef.elamrani@relais.test');
  });

  it('forms one team per sector: its social worker and its ten helpers', async () => {
    const rows = await db
      .select({ sectorId: teams.sectorId, headSector: staff.sectorId, headRole: staff.role })
      .from(teams)
      .innerJoin(staff, eq(staff.id, teams.socialWorkerId));
    expect(rows).toHaveLength(7);
    for (const r of rows) {
      expect(r.headRole).toBe('SOCIAL_WORKER');
      expect(r.headSector).toBe(r.sectorId);
    }
    const members = await db
      .select({ teamSector: teams.sectorId, helperSector: staff.sectorId, role: staff.role })
      .from(teamMembers)
      .innerJoin(teams, eq(teams.id, teamMembers.teamId))
      .innerJoin(staff, eq(staff.id, teamMembers.helperId));
    expect(members).toHaveLength(70);
    for (const m of members) {
      expect(['FAMILY_HELPER', 'HOME_HELPER']).toContain(m.role);
      expect(m.helperSector).toBe(m.teamSector);
    }
  });

  it('pairs ten permanence holders into 5 binômes, nobody in two', async () => {
    const rows = await db.select().from(binomes);
    expect(rows).toHaveLength(5);
    const members = rows.flatMap((b) => [b.firstMemberId, b.secondMemberId]);
    expect(new Set(members).size).toBe(10);
    const roles = await db.select({ id: staff.id, role: staff.role }).from(staff);
    for (const id of members) expect(['SOCIAL_WORKER', 'FLYING_SOCIAL_WORKER', 'RELAY_CONTROL_SOCIAL_WORKER']).toContain(roles.find((r) => r.id === id)?.role);
  });

  it('plans 53 weeks of rota from the Monday a week before now: weekday shifts on open days, week-ends and holidays held like week-ends', async () => {
    const rows = await db.select().from(permanenceShifts).orderBy(asc(permanenceShifts.startsAt));
    // 265 weekdays less 8 public holidays and 2 closing days on weekdays (9 April, 2 November).
    expect(rows.filter((r) => r.kind === 'WEEKDAY')).toHaveLength(255);
    // 53 week-ends and 4 holidays standing alone (9 April, Ascension, 21 July, 11 November).
    expect(rows.filter((r) => r.kind === 'WEEKEND')).toHaveLength(57);
    const christmas = await shiftAt('2026-12-24T16:00:00Z');
    expect([christmas.kind, christmas.startsAt.toISOString(), christmas.endsAt.toISOString()]).toEqual(['WEEKEND', '2026-12-24T16:00:00.000Z', '2026-12-28T07:30:00.000Z']);
    const ascension = await shiftAt('2026-05-13T15:00:00Z');
    expect([ascension.kind, ascension.startsAt.toISOString(), ascension.endsAt.toISOString()]).toEqual(['WEEKEND', '2026-05-13T15:00:00.000Z', '2026-05-15T06:30:00.000Z']);
    expect(rows[0].startsAt.toISOString()).toBe('2026-03-16T07:30:00.000Z'); // Monday 16 March 08:30 CET
    expect(rows.at(-1)?.kind).toBe('WEEKEND');
    expect(rows.at(-1)?.startsAt.toISOString()).toBe('2027-03-19T16:00:00.000Z'); // the last Friday before 22 March 2027
  });

  it('keeps the week-end when the clocks go forward at its local hours (62.5 hours)', async () => {
    const weekend = await shiftAt('2026-03-27T16:00:00Z');
    expect(weekend.kind).toBe('WEEKEND');
    expect((weekend.endsAt.getTime() - weekend.startsAt.getTime()) / HOUR).toBe(62.5);
  });

  it('has the sick social worker’s binôme on the weekday shift under way now', async () => {
    const current = await shiftAt('2026-03-25T07:30:00Z');
    expect(await binomeOf(current.holderBinomeId)).toContain('Sofie Peeters');
  });

  it('leaves the third weekday shift after now with nobody (Monday 30 March)', async () => {
    const gap = await shiftAt('2026-03-30T06:30:00Z');
    expect(gap).toMatchObject({ kind: 'WEEKDAY', holderBinomeId: null, holderStaffId: null });
  });

  it('leaves the week-end three weeks ahead with nobody (Friday 17 April)', async () => {
    const gap = await shiftAt('2026-04-17T15:00:00Z');
    expect(gap).toMatchObject({ kind: 'WEEKEND', holderBinomeId: null, holderStaffId: null });
  });

  it('has exactly those two shifts with nobody; a few others are held by one person', async () => {
    const rows = await db.select().from(permanenceShifts);
    expect(rows.filter((r) => !r.holderBinomeId && !r.holderStaffId)).toHaveLength(2);
    const single = rows.filter((r) => r.holderStaffId);
    expect(single.length).toBeGreaterThanOrEqual(3);
    expect(single.length).toBeLessThanOrEqual(20);
  });

  it('records a sector social worker sick from yesterday for 10 days, a leave next month and a training day', async () => {
    const rows = await db
      .select({ kind: absences.kind, fullName: staff.fullName, startsAt: absences.startsAt, endsAt: absences.endsAt })
      .from(absences)
      .innerJoin(staff, eq(staff.id, absences.staffId));
    expect(rows).toContainEqual({
      kind: 'SICKNESS',
      fullName: 'Sofie Peeters',
      startsAt: new Date('2026-03-23T23:00:00Z'), // Tuesday 24 March 00:00 CET
      endsAt: new Date('2026-04-02T22:00:00Z'), // Friday 3 April 00:00 CEST
    });
    expect(rows).toContainEqual({ kind: 'LEAVE', fullName: 'Nathalie Lambert', startsAt: new Date('2026-04-05T22:00:00Z'), endsAt: new Date('2026-04-19T22:00:00Z') });
    expect(rows).toContainEqual({ kind: 'TRAINING', fullName: 'Pieter De Smet', startsAt: new Date('2026-04-02T07:00:00Z'), endsAt: new Date('2026-04-02T14:30:00Z') });
  });

  it('gives one login per role, each with a verifiable argon2 hash of the demo password, and no one else a password', async () => {
    expect(logins.map((l) => l.role)).toEqual([
      'SOCIAL_WORKER', 'FLYING_SOCIAL_WORKER', 'RELAY_CONTROL_SOCIAL_WORKER', 'FAMILY_HELPER', 'HOME_HELPER',
      'TELEPHONIST', 'DIRECTOR', 'SOCIAL_POLE_HEAD', 'TRAINEE',
    ]);
    const withPassword = await db.select().from(staff).where(isNotNull(staff.passwordHash));
    expect(withPassword.map((s) => s.email).sort()).toEqual(logins.map((l) => l.email).sort());
    for (const person of withPassword) {
      const login = logins.find((l) => l.email === person.email);
      expect(login).toMatchObject({ role: person.role, fullName: person.fullName });
      expect(person.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verify(person.passwordHash ?? '', 'relais-demo')).toBe(true);
      expect(await verify(person.passwordHash ?? '', 'wrong')).toBe(false);
    }
  });

  it('seeding again inserts nothing and returns the same logins', async () => {
    const tables = [sectors, staff, teams, teamMembers, binomes, permanenceShifts, absences, beneficiaries, caseFiles] as const;
    const before = await Promise.all(tables.map(countOf));
    const again = await seedDemo(db, { now: new Date('2026-06-01T10:00:00Z'), password: 'other' });
    expect(await Promise.all(tables.map(countOf))).toEqual(before);
    expect(again).toEqual(logins);
  });

  it('has 350 beneficiaries with Brussels addresses, coordinates and valid, unique national-register numbers', async () => {
    const rows = await db.select().from(beneficiaries);
    expect(rows).toHaveLength(350);
    for (const b of rows) {
      expect(nationalRegisterNumberError(b.nationalRegisterNumber ?? '', b.birthDate), `${b.nationalRegisterNumber} ${b.birthDate}`).toBeNull();
      expect(b.latitude).toBeGreaterThan(50.76);
      expect(b.latitude).toBeLessThan(50.92);
      expect(b.longitude).toBeGreaterThan(4.24);
      expect(b.longitude).toBeLessThan(4.49);
      expect(b.postalCode).toMatch(/^1\d{3}$/);
    }
    expect(new Set(rows.map((b) => b.nationalRegisterNumber)).size).toBe(350);
    expect(rows.some((b) => (b.birthDate ?? '') >= '2000')).toBe(true);
    // The board shows staff names: no beneficiary may be mistaken for (or hidden behind) one.
    const staffNames = new Set((await db.select({ n: staff.fullName }).from(staff)).map((r) => r.n));
    expect(rows.filter((b) => staffNames.has(`${b.firstName} ${b.lastName}`))).toEqual([]);
  });

  it('has case files in every status in every sector, each with the history that led there', async () => {
    const rows = await db.select({ sectorId: caseFiles.sectorId, status: caseFiles.status, n: count() }).from(caseFiles).groupBy(caseFiles.sectorId, caseFiles.status);
    const sectorIds = new Set(rows.map((r) => r.sectorId));
    expect(sectorIds.size).toBe(7);
    for (const id of sectorIds) expect(rows.filter((r) => r.sectorId === id).map((r) => r.status).sort()).toEqual(['ACTIVE', 'ASSESSMENT', 'CLOSED', 'NEW_REQUEST', 'REDIRECTED', 'SUSPENDED']);
    const cases = await db.select().from(caseFiles);
    const moves = await db.select().from(caseTransitions).orderBy(asc(caseTransitions.at));
    for (const c of cases) {
      const mine = moves.filter((m) => m.caseFileId === c.id);
      expect(mine.at(-1)?.toStatus ?? 'NEW_REQUEST').toBe(c.status);
      expect(c.version).toBe(1 + mine.length + (c.urgentActionAt ? 1 : 0));
    }
  });

  it('has aid plans in every state: drafts, proposals, agreed ones, and new versions made from agreed ones', async () => {
    const plans = await db.select().from(aidPlanVersions);
    const states = new Set(plans.map((p) => `${p.status}:${p.number}`));
    for (const s of ['DRAFT:1', 'PROPOSED:1', 'AGREED:1', 'DRAFT:2', 'PROPOSED:2']) expect(states).toContain(s);
    for (const p of plans.filter((x) => x.number === 2)) expect(plans.find((x) => x.id === p.copiedFromId)?.status).toBe('AGREED');
    for (const p of plans.filter((x) => x.status === 'AGREED')) expect(p).toMatchObject({ agreedByName: expect.any(String), agreedHow: expect.any(String), nextEvaluationOn: expect.any(String) });
  });

  it("gives the board, per sector, visits today, R1 overdue evaluations and urgent cases awaiting action", async () => {
    const rows = await db.select({ id: sectors.id }).from(sectors).orderBy(asc(sectors.code));
    const counts = await new CaseloadService(unitOfWork(db, (executor) => ({ caseloads: new CaseloadRepository(executor) }))).forSectors(rows.map((r) => r.id), NOW);
    expect(rows.map((r) => counts.get(r.id))).toEqual(
      rows.map((_, s) => ({ visitsToday: visitsTodayIn(s), evaluationsOverdue: OVERDUE[s], urgentOpen: URGENT_OPEN[s] })),
    );
    // Visits of the day already past are done, the later ones planned; every visit done has its R3 file check.
    const today = await db.select().from(visits).where(and(gte(visits.plannedAt, new Date('2026-03-24T23:00:00Z')), lt(visits.plannedAt, new Date('2026-03-25T23:00:00Z'))));
    expect(new Set(today.map((v) => v.status))).toEqual(new Set(['DONE', 'PLANNED']));
    const done = await db.select({ n: count() }).from(visits).where(eq(visits.status, 'DONE'));
    expect((await db.select({ n: count() }).from(fileChecks))[0].n).toBe(done[0].n);
    expect((await db.select({ n: count() }).from(visits).where(eq(visits.status, 'CANCELLED')))[0].n).toBeGreaterThan(0);
  });

  it("R6–R11: plans next month as a DRAFT from the sector social workers' requests, more revisions than R7 allows, with the sick worker's replacement", async () => {
    const report = await new PlanningService(unitOfWork(db, (ex) => planningRepositories(ex, planningPortsOn))).report('2026-04');
    expect(report.plannings).toHaveLength(1);
    const [planning] = report.plannings;
    expect(planning.status).toBe('DRAFT');
    const requests = await db.select().from(planningRequests).where(eq(planningRequests.month, '2026-04'));
    const social = new Set((await db.select({ id: staff.id }).from(staff).where(eq(staff.role, 'SOCIAL_WORKER'))).map((r) => r.id));
    expect(requests.every((r) => social.has(r.requestedById) && !r.urgent && r.requestedAt <= NOW)).toBe(true);
    const kinds = requests.map((r) => r.kind);
    expect(kinds.filter((k) => k === 'REVISION').length).toBeGreaterThan(14);
    expect(kinds.filter((k) => k === 'ACCOMPANIMENT')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'MEETING_SUPPORT')).toHaveLength(1);
    // R7: 14 revisions at most, the rest listed as left out; R8: a control in every sector.
    expect(report.revisions).toBe(14);
    expect(planning.unplaced.map((u) => u.code)).toEqual(expect.arrayContaining(['R7_MONTHLY_REVISIONS', 'R8_SECTOR_CONTROLS', 'R9_REVISITED_LAST_YEAR']));
    expect(report.sectors.every((s) => s.controls === 1)).toBe(true);
    const [replacement] = await db.select().from(flyingAssignments);
    expect(replacement).toMatchObject({ kind: 'SICKNESS_REPLACEMENT', startsAt: new Date('2026-03-24T23:00:00Z') });
  });

  it('is the same people every time', async () => {
    const names = (await db.select({ fullName: staff.fullName }).from(staff)).map((r) => r.fullName).sort();
    expect(demoPeople().map((p) => p.fullName).sort()).toEqual(names);
  });

  demoScheduleChecks(() => db, NOW);
});
