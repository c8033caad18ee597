// The reports through HTTP against a hand-made service (tests/support/report-world.ts) whose figures are written
// out here, for January–March 2026 seen on 15 March 2026 at 12:00 UTC.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStaff, PASSWORD } from '@support/factories.js';
import { startTestServer, type TestServer } from '@support/server.js';
import { buildReportWorld } from '@support/report-world.js';

const NOW = new Date('2026-03-15T12:00:00Z');
const PERIOD = 'from: "2026-01-01", to: "2026-03-31"';
let server: TestServer;
let director: string;
let worker: string;
let tool: string;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  const world = await buildReportWorld(server.db.db);
  director = await server.login((await makeStaff(server.db.db, 'SOCIAL_POLE_HEAD')).email, PASSWORD);
  worker = await server.login(world.swA.email, PASSWORD);
  const made = await server.gql('mutation { reportingTokenCreate(input: { label: "BI", expiresAt: "2027-01-01T00:00:00Z" }) { token } }', {}, director);
  tool = made.data?.reportingTokenCreate.token;
});
afterAll(() => server?.close());

/** A reporting token reads the months over only (February, on 15 March); direction the whole period. */
const overOnly = <T extends { month: string }>(rows: T[]) => rows.filter((r) => r.month < '2026-03');

const ask = async (query: string, token = tool) => {
  const r = await server.gql(query, {}, token);
  expect(r.errors).toBeUndefined();
  return r.data as Record<string, any>;
};

describe('reports on a hand-made service', () => {
  it('activity: visits by month, sector, visitor, kind and status; R3 checks done and pending; R1 evaluations', async () => {
    const { activityReport: r } = await ask(`{ activityReport(${PERIOD}) { from to
      visits { month sectorCode socialWorker kind status visits } fileChecks { month sectorCode opened done pending } evaluations { month sectorCode onTime late overdue } } }`);
    expect(r.from).toBe('2026-01-01');
    expect(r.visits).toEqual([
      { month: '2026-01', sectorCode: 'RA', socialWorker: 'Alice Arnaud', kind: 'NEW_REQUEST', status: 'DONE', visits: 1 },
      { month: '2026-02', sectorCode: 'RA', socialWorker: 'Alice Arnaud', kind: 'REVISION', status: 'DONE', visits: 1 },
      { month: '2026-02', sectorCode: 'RB', socialWorker: 'Bruno Bastin', kind: 'NEW_REQUEST', status: 'CANCELLED', visits: 1 },
    ]);
    expect(r.fileChecks).toEqual([
      { month: '2026-01', sectorCode: 'RA', opened: 1, done: 1, pending: 0 },
      { month: '2026-02', sectorCode: 'RA', opened: 1, done: 0, pending: 1 },
    ]);
    // C1 evaluated 10 Feb for a 15 Feb due date: on time. C3 due 20 Feb, never evaluated: overdue.
    expect(r.evaluations).toEqual([
      { month: '2026-02', sectorCode: 'RA', onTime: 1, late: 0, overdue: 0 },
      { month: '2026-02', sectorCode: 'RB', onTime: 0, late: 0, overdue: 1 },
    ]);
  });

  it('hours: agreed vs planned vs done by help kind, cancelled by reason, helpers against their contract', async () => {
    const { hoursReport: r } = await ask(`{ hoursReport(${PERIOD}) {
      help { month sectorCode helpKind agreedHours plannedHours doneHours cancelledHours }
      cancellations { month sectorCode helpKind reason visits hours }
      utilisation { month sectorCode helperRole helpers contractHours plannedHours doneHours utilisation helpersOverContract } } }`);
    // C1: 7 h a week from 10 Jan = 1 h a day (22 days in January); C3: 3.5 h a week from 2 Feb = 0.5 h a day.
    const whole = (await ask(`{ hoursReport(${PERIOD}) { help { month sectorCode helpKind agreedHours plannedHours doneHours cancelledHours }
      cancellations { month sectorCode helpKind reason visits hours }
      utilisation { month sectorCode helperRole helpers contractHours plannedHours doneHours utilisation helpersOverContract } } }`, director)).hoursReport;
    const help = [
      { month: '2026-01', sectorCode: 'RA', helpKind: 'FAMILY_CARE', agreedHours: 22, plannedHours: 0, doneHours: 0, cancelledHours: 0 },
      { month: '2026-02', sectorCode: 'RA', helpKind: 'FAMILY_CARE', agreedHours: 28, plannedHours: 5, doneHours: 5, cancelledHours: 1.5 },
      { month: '2026-02', sectorCode: 'RB', helpKind: 'HOUSEHOLD', agreedHours: 13.5, plannedHours: 0, doneHours: 0, cancelledHours: 0 },
      { month: '2026-03', sectorCode: 'RA', helpKind: 'FAMILY_CARE', agreedHours: 31, plannedHours: 2, doneHours: 0, cancelledHours: 0 },
      { month: '2026-03', sectorCode: 'RB', helpKind: 'HOUSEHOLD', agreedHours: 15.5, plannedHours: 0, doneHours: 0, cancelledHours: 0 },
    ];
    expect(whole.help).toEqual(help);
    expect(r.help).toEqual(overOnly(help));
    // One visit cancelled because the beneficiary was in hospital points at that beneficiary: direction
    // reads it, a reporting tool does not (under 3 visits, even grouped; small-counts.rules.ts).
    expect(r.cancellations).toEqual([]);
    expect(whole.cancellations).toEqual([{ month: '2026-02', sectorCode: 'RA', helpKind: 'FAMILY_CARE', reason: 'BENEFICIARY_IN_HOSPITAL', visits: 1, hours: 1.5 }]);
    // Half time: 0.5 × 38 h × 31 / 7 = 84.14 h in January and March, 76 h in February.
    const utilisation = [
      { month: '2026-01', sectorCode: 'RA', helperRole: 'FAMILY_HELPER', helpers: 1, contractHours: 84.14, plannedHours: 0, doneHours: 0, utilisation: 0, helpersOverContract: 0 },
      { month: '2026-02', sectorCode: 'RA', helperRole: 'FAMILY_HELPER', helpers: 1, contractHours: 76, plannedHours: 5, doneHours: 5, utilisation: 0.066, helpersOverContract: 0 },
      { month: '2026-03', sectorCode: 'RA', helperRole: 'FAMILY_HELPER', helpers: 1, contractHours: 84.14, plannedHours: 2, doneHours: 0, utilisation: 0.024, helpersOverContract: 0 },
    ];
    expect(whole.utilisation).toEqual(utilisation);
    expect(r.utilisation).toEqual(overOnly(utilisation));
  });

  it('caseload: open and active case files per social worker and FTE at each month’s end; urgent cases to first action', async () => {
    const { caseloadReport: r } = await ask(`{ caseloadReport(${PERIOD}) {
      socialWorkers { month sectorCode socialWorker fte openCaseFiles activeCaseFiles activePerFte targetPerFte loadRatio }
      urgent { month sectorCode urgentCases acted actedSameDay waiting medianHoursToAction maxHoursToAction } } }`);
    const row = (month: string, a: [number, number], b: [number, number]) => [
      { month, sectorCode: 'RA', socialWorker: 'Alice Arnaud', fte: 1, openCaseFiles: a[0], activeCaseFiles: a[1], activePerFte: a[1], targetPerFte: 20, loadRatio: a[1] / 20 },
      { month, sectorCode: 'RB', socialWorker: 'Bruno Bastin', fte: 0.5, openCaseFiles: b[0], activeCaseFiles: b[1], activePerFte: b[1] * 2, targetPerFte: 20, loadRatio: (b[1] * 2) / 20 },
    ];
    // C2 closed on 20 February; C3 (half-time Bruno) active from 2 February.
    const socialWorkers = [...row('2026-01', [2, 2], [0, 0]), ...row('2026-02', [1, 1], [1, 1]), ...row('2026-03', [1, 1], [1, 1])];
    expect(r.socialWorkers).toEqual(overOnly(socialWorkers));
    const dir = await ask(`{ caseloadReport(${PERIOD}) { socialWorkers { month sectorCode socialWorker fte openCaseFiles activeCaseFiles activePerFte targetPerFte loadRatio } } }`, director);
    expect(dir.caseloadReport.socialWorkers).toEqual(socialWorkers);
    const urgent = [
      { month: '2026-01', sectorCode: 'RA', urgentCases: 1, acted: 1, actedSameDay: 1, waiting: 0, medianHoursToAction: 4, maxHoursToAction: 4 },
      { month: '2026-02', sectorCode: 'RB', urgentCases: 1, acted: 0, actedSameDay: 0, waiting: 1, medianHoursToAction: null, maxHoursToAction: null },
    ];
    // A reporting tool gets the counts of fewer than 3 urgent situations, not how long one waited.
    expect(r.urgent).toEqual(urgent.map((u) => ({ ...u, medianHoursToAction: null, maxHoursToAction: null })));
    const whole = await ask(`{ caseloadReport(${PERIOD}) { urgent { month sectorCode urgentCases acted actedSameDay waiting medianHoursToAction maxHoursToAction } } }`, director);
    expect(whole.caseloadReport.urgent).toEqual(urgent);
  });

  it('permanence: hours on call (a binôme counts for both), week-end load and fairness, replacements, gaps and how long they stayed open', async () => {
    const { permanenceReport: r } = await ask(`{ permanenceReport(${PERIOD}) {
      onCall { month person sectorCode weekdayHours weekendHours } weekendLoad { person weekendShifts weekendHours }
      weekendFairness { people meanHours stdDevHours coefficientOfVariation minHours maxHours }
      replacements { month kind replacements } coverageGaps { month severity gaps gapHours resolved stillOpen meanHoursOpen maxHoursOpen } } }`);
    expect(r.onCall).toEqual([
      { month: '2026-02', person: 'Alice Arnaud', sectorCode: 'RA', weekdayHours: 8.5, weekendHours: 63.5 },
      { month: '2026-02', person: 'Bruno Bastin', sectorCode: 'RB', weekdayHours: 8.5, weekendHours: 0 },
    ]);
    expect(r.weekendLoad).toEqual([
      { person: 'Alice Arnaud', weekendShifts: 1, weekendHours: 63.5 },
      { person: 'Bruno Bastin', weekendShifts: 0, weekendHours: 0 },
    ]);
    expect(r.weekendFairness).toEqual({ people: 2, meanHours: 31.75, stdDevHours: 31.75, coefficientOfVariation: 1, minHours: 0, maxHours: 63.5 });
    expect(r.replacements).toEqual([
      { month: '2026-02', kind: 'PLANNED', replacements: 1 },
      { month: '2026-02', kind: 'SAME_DAY', replacements: 1 },
    ]);
    // The March warning is still open on 15 March at noon: 14 days = 336 h (direction's; a tool reads February only).
    const gaps = [
      { month: '2026-02', severity: 'CRITICAL', gaps: 1, gapHours: 63.5, resolved: 1, stillOpen: 0, meanHoursOpen: 48, maxHoursOpen: 48 },
      { month: '2026-03', severity: 'WARNING', gaps: 1, gapHours: 8.5, resolved: 0, stillOpen: 1, meanHoursOpen: 336, maxHoursOpen: 336 },
    ];
    expect(r.coverageGaps).toEqual(overOnly(gaps));
    const dir = await ask(`{ permanenceReport(${PERIOD}) { coverageGaps { month severity gaps gapHours resolved stillOpen meanHoursOpen maxHoursOpen } } }`, director);
    expect(dir.permanenceReport.coverageGaps).toEqual(gaps);
  });

  it('conflicts by rule, resolved or open, and the time to resolve; planning quota per month and sector', async () => {
    const d = await ask(`{ conflictsReport(${PERIOD}) { conflicts { month sectorCode rule opened resolved stillOpen meanHoursToResolve medianHoursToResolve maxHoursToResolve } }
      planningQuotaReport(${PERIOD}) { sectors { month sectorCode revisions revisionQuota controls controlQuota leftOut } leftOut { month code requests } } }`);
    expect(d.conflictsReport.conflicts).toEqual([
      { month: '2026-02', sectorCode: 'RA', rule: 'DOUBLE_BOOKING', opened: 1, resolved: 1, stillOpen: 0, meanHoursToResolve: 2, medianHoursToResolve: 2, maxHoursToResolve: 2 },
      { month: '2026-02', sectorCode: 'RA', rule: 'TRAVEL_TIME', opened: 1, resolved: 0, stillOpen: 1, meanHoursToResolve: null, medianHoursToResolve: null, maxHoursToResolve: null },
    ]);
    const monthSectors = (r: Record<string, any>) => r.planningQuotaReport.sectors.map((s: { month: string; sectorCode: string }) => `${s.month} ${s.sectorCode}`);
    // A reporting token: the months over (January, February); direction: March too.
    expect(monthSectors(d)).toEqual(['2026-01 RA', '2026-01 RB', '2026-02 RA', '2026-02 RB']);
    expect(monthSectors(await ask(`{ planningQuotaReport(${PERIOD}) { sectors { month sectorCode } } }`, director))).toEqual(['2026-01 RA', '2026-01 RB', '2026-02 RA', '2026-02 RB', '2026-03 RA', '2026-03 RB']);
    expect(d.planningQuotaReport.sectors[0]).toEqual({ month: '2026-01', sectorCode: 'RA', revisions: 0, revisionQuota: 2, controls: 0, controlQuota: 1, leftOut: 0 });
    expect(d.planningQuotaReport.leftOut).toEqual([]);
  });

  it('direction reads them too; a social worker does not; a bad period is BAD_USER_INPUT naming the parameter', async () => {
    expect((await ask(`{ conflictsReport(${PERIOD}) { from } }`, director)).conflictsReport.from).toBe('2026-01-01');
    expect((await server.gql(`{ activityReport(${PERIOD}) { from } }`, {}, worker)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const [args, field] of [
      ['from: "2026-02-30", to: "2026-03-01"', 'from'],
      ['from: "2026-01-01", to: "march"', 'to'],
      ['from: "2026-03-01", to: "2026-02-01"', 'to'],
      ['from: "2025-01-01", to: "2026-03-01"', 'to'],
    ]) {
      const r = await server.gql(`{ hoursReport(${args}) { from } }`, {}, tool);
      expect(r.errors?.[0].extensions, args).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('nothing personal reaches a reporting tool: no beneficiary name, identity number or note in any report', async () => {
    const all = await server.gql(`{ a: activityReport(${PERIOD}) { visits { socialWorker kind } } h: hoursReport(${PERIOD}) { cancellations { reason } }
      c: caseloadReport(${PERIOD}) { urgent { month } } p: permanenceReport(${PERIOD}) { onCall { person } } k: conflictsReport(${PERIOD}) { conflicts { rule } } }`, {}, tool);
    const text = JSON.stringify(all);
    expect(all.errors).toBeUndefined();
    for (const secret of ['Bénéficiaire', 'Secret', '8501010000', 'secret note']) expect(text).not.toContain(secret);
  });
});
