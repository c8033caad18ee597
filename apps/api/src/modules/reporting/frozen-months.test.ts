// A reporting token's figures of a month are frozen once it is over, and the month under way is not shown
// (issue 13, second outside check): cancelling a 30 November visit on 3 December as BENEFICIARY_IN_HOSPITAL
// turned November's `FEW_EACH = 3` into `BENEFICIARY_IN_HOSPITAL = 3` for a tool, and two days' answers told
// the hidden reason. Seen on 3 December 2026 in a hand-made sector.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { makeStaff, PASSWORD } from '@support/factories.js';
import { startTestServer, type TestServer } from '@support/server.js';
import { beneficiaries, caseFiles, scheduleChanges, scheduleEntries, sectors, visits } from '../../db/schema/index.js';
import { toGlobalId } from '../../shared/global-id.js';

const NOW = new Date('2026-12-03T12:00:00Z');
let server: TestServer;
let director: string;
let tool: string;
let late: { id: string; cancel: () => Promise<void> };
let world: { sw: { id: string; email: string }; helper: { id: string }; sectorId: string; caseFileId: string; december: string };

// November, one-hour visits cancelled when they were: two in hospital (5th, 6th), one helper ill (7th);
// planned and still planned on 3 December: the 30th's. December: a visit on the 2nd, planned.
async function buildWorld(db: TestServer['db']['db']) {
  const [lf] = await db.insert(sectors).values({ code: 'LF', name: 'Late F' }).returning();
  const sw = await makeStaff(db, 'SOCIAL_WORKER', { fullName: 'Léa Lefèvre', sectorId: lf.id });
  const helper = await makeStaff(db, 'FAMILY_HELPER', { fullName: 'Hugo Hardy', sectorId: lf.id });
  const visit = async (i: number, day: string, cancel?: { reason: 'BENEFICIARY_IN_HOSPITAL' | 'HELPER_ILL'; at: Date }) => {
    const [b] = await db.insert(beneficiaries).values({ firstName: `Person${i}`, lastName: 'Hidden' }).returning();
    const [c] = await db.insert(caseFiles).values({ beneficiaryId: b.id, sectorId: lf.id, socialWorkerId: sw.id, reasonForContact: 'r', status: 'ACTIVE', openedAt: new Date('2026-10-01T08:00:00Z') }).returning();
    const startsAt = new Date(`${day}T08:00:00Z`);
    const endsAt = new Date(`${day}T09:00:00Z`);
    const [e] = await db.insert(scheduleEntries).values({ helperId: helper.id, caseFileId: c.id, sectorId: lf.id, kind: 'FAMILY_CARE', startsAt, endsAt, status: 'PLANNED', createdById: sw.id }).returning();
    const doCancel = async (how: { reason: 'BENEFICIARY_IN_HOSPITAL' | 'HELPER_ILL'; at: Date }) => {
      // What the schedule service writes on a cancellation: the entry's status, and the change recorded at its instant.
      await db.update(scheduleEntries).set({ status: 'CANCELLED' }).where(eq(scheduleEntries.id, e.id));
      const snap = { helperId: helper.id, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), status: 'PLANNED' };
      await db.insert(scheduleChanges).values({ entryId: e.id, sectorId: lf.id, day, kind: 'CANCEL', reason: how.reason, before: snap, after: { ...snap, status: 'CANCELLED' }, byId: sw.id, at: how.at });
    };
    if (cancel) await doCancel(cancel);
    return { id: e.id, caseFileId: c.id, cancel: () => doCancel({ reason: 'BENEFICIARY_IN_HOSPITAL', at: NOW }) };
  };
  await visit(1, '2026-11-05', { reason: 'BENEFICIARY_IN_HOSPITAL', at: new Date('2026-11-05T07:00:00Z') });
  await visit(2, '2026-11-06', { reason: 'BENEFICIARY_IN_HOSPITAL', at: new Date('2026-11-06T07:00:00Z') });
  await visit(3, '2026-11-07', { reason: 'HELPER_ILL', at: new Date('2026-11-07T07:00:00Z') });
  late = await visit(4, '2026-11-30');
  const dec = await visit(5, '2026-12-02');
  world = { sw, helper, sectorId: lf.id, caseFileId: dec.caseFileId, december: dec.id };
}

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  await buildWorld(server.db.db);
  director = await server.login((await makeStaff(server.db.db, 'DIRECTOR')).email, PASSWORD);
  tool = (await server.gql('mutation { reportingTokenCreate(input: { label: "BI", expiresAt: "2027-06-01T00:00:00Z" }) { token } }', {}, director)).data?.reportingTokenCreate.token;
});
afterAll(() => server?.close());

const hours = async (from: string, to: string, token = tool) => {
  const r = await server.gql(
    `{ hoursReport(from: "${from}", to: "${to}") { period { lastMonthOver } help { month sectorCode helpKind plannedHours doneHours cancelledHours }
       cancellations { month sectorCode reason visits hours } utilisation { month sectorCode plannedHours doneHours } } }`,
    {},
    token,
  );
  expect(r.errors).toBeUndefined();
  return r.data?.hoursReport;
};
const csv = async (name: string) =>
  (await (await fetch(`${server.url}/reports/${name}.csv?from=2026-11-01&to=2026-12-31`, { headers: { authorization: `Bearer ${tool}` } })).text()).replace(/^\uFEFF/, '');

describe('a reporting token reads months over only, each as it stood when it closed', () => {
  it('the month under way is left out of every figure for a tool (help, utilisation too); direction reads it', async () => {
    const nov = (await hours('2026-11-01', '2026-12-31')) as { period: unknown; help: { month: string }[]; utilisation: { month: string }[] };
    expect(nov.period).toEqual({ lastMonthOver: '2026-11' });
    expect(nov.help).toEqual([{ month: '2026-11', sectorCode: 'LF', helpKind: 'FAMILY_CARE', plannedHours: 1, doneHours: 1, cancelledHours: 3 }]);
    expect(nov.utilisation.map((u) => u.month)).toEqual(['2026-11']);
    expect(await hours('2026-12-01', '2026-12-31')).toMatchObject({ period: { lastMonthOver: null }, help: [], cancellations: [], utilisation: [] });
    const dir = await hours('2026-11-01', '2026-12-31', director);
    expect(dir.help.map((h: { month: string }) => h.month)).toEqual(['2026-11', '2026-12']);
    expect(dir.utilisation.map((u: { month: string }) => u.month)).toEqual(['2026-11', '2026-12']);
    const activity = await server.gql('{ activityReport(from: "2026-12-01", to: "2026-12-31") { visits { month } } conflictsReport(from: "2026-12-01", to: "2026-12-31") { conflicts { month } } }', {}, tool);
    expect(activity.data).toEqual({ activityReport: { visits: [] }, conflictsReport: { conflicts: [] } });
  });

  it('a 30 November visit cancelled on 3 December as BENEFICIARY_IN_HOSPITAL leaves November’s token figures as they were; direction sees it', async () => {
    const before = await hours('2026-11-01', '2026-11-30');
    expect(before.cancellations).toEqual([{ month: '2026-11', sectorCode: 'LF', reason: 'FEW_EACH', visits: 3, hours: 3 }]);
    const csvBefore = await csv('cancellations');
    const hoursCsvBefore = await csv('hours');

    await late.cancel();

    expect(await hours('2026-11-01', '2026-11-30')).toEqual(before);
    expect(await hours('2026-11-01', '2026-12-31')).toEqual(before);
    expect(await csv('cancellations')).toBe(csvBefore);
    expect(await csv('hours')).toBe(hoursCsvBefore);
    const dir = await hours('2026-11-01', '2026-11-30', director);
    expect(dir.cancellations).toEqual([
      { month: '2026-11', sectorCode: 'LF', reason: 'BENEFICIARY_IN_HOSPITAL', visits: 3, hours: 3 },
      { month: '2026-11', sectorCode: 'LF', reason: 'HELPER_ILL', visits: 1, hours: 1 },
    ]);
    expect(dir.help).toEqual([{ month: '2026-11', sectorCode: 'LF', helpKind: 'FAMILY_CARE', plannedHours: 0, doneHours: 0, cancelledHours: 4 }]);
  });
});

describe('a month a tool has been given keeps its figures when visits and schedule entries dated in it are written later', () => {
  const ACTIVITY = '{ activityReport(from: "2026-11-01", to: "2026-11-30") { visits { month sectorCode kind status visits } } }';
  const at = (day: string, time: string) => `${day}T${time}:00+01:00`;

  it('a November entry created, an entry moved into November and a November visit planned on 3 December move direction’s figures only', async () => {
    const hoursBefore = await hours('2026-11-01', '2026-11-30');
    const activityBefore = await server.gql(ACTIVITY, {}, tool);
    const csvBefore = await csv('hours');
    const dirBefore = await hours('2026-11-01', '2026-11-30', director);
    const sw = await server.login(world.sw.email, PASSWORD);
    const caseFileId = toGlobalId('CaseFile', world.caseFileId);

    const created = await server.gql(
      'mutation ($input: ScheduleEntryCreateInput!) { scheduleEntryCreate(input: $input) { entries { id } userErrors { field code message } } }',
      { input: { helperId: toGlobalId('Staff', world.helper.id), caseFileId, kind: 'FAMILY_CARE', tasks: ['PERSONAL_HYGIENE'], startsAt: at('2026-11-20', '09:00'), endsAt: at('2026-11-20', '11:00') } },
      sw,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.scheduleEntryCreate.userErrors).toEqual([]);
    const moved = await server.gql(
      'mutation ($input: ScheduleEntryChangeInput!) { scheduleEntryChange(input: $input) { entry { startsAt } userErrors { field code message } } }',
      { input: { entryId: toGlobalId('ScheduleEntry', world.december), action: 'MOVE', reason: 'OTHER', startsAt: at('2026-11-24', '09:00'), endsAt: at('2026-11-24', '12:00') } },
      sw,
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.scheduleEntryChange.userErrors).toEqual([]);
    const planned = await server.gql(
      'mutation ($input: VisitPlanInput!) { visitPlan(input: $input) { visit { id } userErrors { field code message } } }',
      { input: { caseFileId, kind: 'REVISION', plannedAt: at('2026-11-25', '10:00'), visitorId: toGlobalId('Staff', world.sw.id) } },
      sw,
    );
    expect(planned.errors).toBeUndefined();
    expect(planned.data?.visitPlan.userErrors).toEqual([]);

    // Direction sees the month as it stands now: the two hours created and the three moved in.
    const dir = await hours('2026-11-01', '2026-11-30', director);
    expect(dir.help[0].plannedHours).toBe(dirBefore.help[0].plannedHours + 5);
    expect((await server.gql(ACTIVITY, {}, director)).data?.activityReport.visits).toContainEqual({ month: '2026-11', sectorCode: 'LF', kind: 'REVISION', status: 'PLANNED', visits: 1 });
    // The tool (GraphQL and CSV, any period covering November) gets what it was given.
    expect(await hours('2026-11-01', '2026-11-30')).toEqual(hoursBefore);
    expect(await hours('2026-10-01', '2026-12-31')).toMatchObject({ help: hoursBefore.help, cancellations: hoursBefore.cancellations });
    expect(await server.gql(ACTIVITY, {}, tool)).toEqual(activityBefore);
    expect(await csv('hours')).toBe(csvBefore);
  });

  it('a month no tool has asked for yet is kept as it stood by the first write dated in it, in that write’s transaction', async () => {
    // October: nothing scheduled, no visit, never asked for by a token. Then, on 3 December, an entry and a visit dated in it.
    const sw = await server.login(world.sw.email, PASSWORD);
    const caseFileId = toGlobalId('CaseFile', world.caseFileId);
    const created = await server.gql(
      'mutation ($input: ScheduleEntryCreateInput!) { scheduleEntryCreate(input: $input) { entries { id } userErrors { code } } }',
      { input: { helperId: toGlobalId('Staff', world.helper.id), caseFileId, kind: 'FAMILY_CARE', tasks: ['PERSONAL_HYGIENE'], startsAt: '2026-10-14T09:00:00+02:00', endsAt: '2026-10-14T11:00:00+02:00' } },
      sw,
    );
    expect(created.data?.scheduleEntryCreate.userErrors).toEqual([]);
    const planned = await server.gql(
      'mutation ($input: VisitPlanInput!) { visitPlan(input: $input) { visit { id } userErrors { code } } }',
      { input: { caseFileId, kind: 'REVISION', plannedAt: '2026-10-20T10:00:00+02:00', visitorId: toGlobalId('Staff', world.sw.id) } },
      sw,
    );
    expect(planned.data?.visitPlan.userErrors).toEqual([]);

    const october = { from: '2026-10-01', to: '2026-10-31' };
    expect((await hours(october.from, october.to)).help.filter((h: { plannedHours: number }) => h.plannedHours > 0)).toEqual([]);
    expect((await hours(october.from, october.to, director)).help).toContainEqual(expect.objectContaining({ month: '2026-10', plannedHours: 2 }));
    const activity = `{ activityReport(from: "${october.from}", to: "${october.to}") { visits { month kind } } }`;
    expect((await server.gql(activity, {}, tool)).data?.activityReport.visits).toEqual([]);
    expect((await server.gql(activity, {}, director)).data?.activityReport.visits).toEqual([{ month: '2026-10', kind: 'REVISION' }]);
  });
  // Each case writes in a month of its own (September to June) that no token has read: what the token is then
  // given must be the month before the write, kept by the write itself (closedMonths.keep in schedules and visits).
  const entryOn = async (day: string) => {
    const [e] = await server.db.db.insert(scheduleEntries).values({
      helperId: world.helper.id, caseFileId: world.caseFileId, sectorId: world.sectorId,
      kind: 'FAMILY_CARE', startsAt: new Date(`${day}T08:00:00Z`), endsAt: new Date(`${day}T09:00:00Z`), status: 'PLANNED', createdById: world.sw.id,
    }).returning();
    return e.id;
  };
  const move = async (entryId: string, day: string) => {
    const r = await server.gql(
      'mutation ($input: ScheduleEntryChangeInput!) { scheduleEntryChange(input: $input) { userErrors { code } } }',
      { input: { entryId: toGlobalId('ScheduleEntry', entryId), action: 'MOVE', reason: 'OTHER', startsAt: at(day, '09:00'), endsAt: at(day, '11:00') } },
      await server.login(world.sw.email, PASSWORD),
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.scheduleEntryChange.userErrors).toEqual([]);
  };
  const planned = (h: { help: { month: string; plannedHours: number }[] }, month: string) => h.help.filter((x) => x.month === month && x.plannedHours > 0).map((x) => x.plannedHours);

  it('an entry moved out of a month no token has read leaves it in that month for the token; direction sees it gone', async () => {
    await move(await entryOn('2026-09-10'), '2026-12-10');
    expect(planned(await hours('2026-09-01', '2026-09-30'), '2026-09')).toEqual([1]);
    expect(planned(await hours('2026-09-01', '2026-09-30', director), '2026-09')).toEqual([]);
  });

  it('an entry moved into a month no token has read is not in that month for the token; direction sees it there', async () => {
    await move(await entryOn('2026-12-11'), '2026-08-12');
    expect(planned(await hours('2026-08-01', '2026-08-31'), '2026-08')).toEqual([]);
    expect(planned(await hours('2026-08-01', '2026-08-31', director), '2026-08')).toEqual([2]);
  });

  const visitOn = async (day: string) => {
    const [v] = await server.db.db.insert(visits).values({ caseFileId: world.caseFileId, kind: 'REVISION', plannedAt: new Date(`${day}T08:00:00Z`), visitorId: world.sw.id, createdById: world.sw.id }).returning();
    return toGlobalId('Visit', v.id);
  };
  const visitStatuses = async (month: string, token: string) => {
    const r = await server.gql(`{ activityReport(from: "${month}-01", to: "${month}-28") { visits { month kind status visits } } }`, {}, token);
    expect(r.errors).toBeUndefined();
    return r.data?.activityReport.visits;
  };

  it('a visit of a month no token has read, done on 3 December, is still planned there for the token; direction sees it done', async () => {
    const visitId = await visitOn('2026-07-15');
    const r = await server.gql('mutation ($input: VisitCompleteInput!) { visitComplete(input: $input) { userErrors { code } } }', { input: { visitId, report: 'Seen at home.' } }, await server.login(world.sw.email, PASSWORD));
    expect(r.errors).toBeUndefined();
    expect(r.data?.visitComplete.userErrors).toEqual([]);
    expect(await visitStatuses('2026-07', tool)).toEqual([{ month: '2026-07', kind: 'REVISION', status: 'PLANNED', visits: 1 }]);
    expect(await visitStatuses('2026-07', director)).toEqual([{ month: '2026-07', kind: 'REVISION', status: 'DONE', visits: 1 }]);
  });

  it('a visit of a month no token has read, cancelled on 3 December, is still planned there for the token; direction sees it cancelled', async () => {
    const visitId = await visitOn('2026-06-16');
    const r = await server.gql('mutation ($input: VisitCancelInput!) { visitCancel(input: $input) { userErrors { code } } }', { input: { visitId, reason: 'Moved away.' } }, await server.login(world.sw.email, PASSWORD));
    expect(r.errors).toBeUndefined();
    expect(r.data?.visitCancel.userErrors).toEqual([]);
    expect(await visitStatuses('2026-06', tool)).toEqual([{ month: '2026-06', kind: 'REVISION', status: 'PLANNED', visits: 1 }]);
    expect(await visitStatuses('2026-06', director)).toEqual([{ month: '2026-06', kind: 'REVISION', status: 'CANCELLED', visits: 1 }]);
  });
});
