// Issue 9, item 7: the "no overlap" and "one at a time" rules hold in the database itself. For each
// rule, 20 identical requests at once over HTTP: exactly one succeeds, the others get the rule's
// userError (never a fault), and the database holds exactly one row. Then the database refuses a
// clashing row written past the API.
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { absences, flyingAssignments, permanenceReplacements, permanenceShifts, planningRequests, scheduleChanges, schedulePatterns } from '../../apps/api/src/db/schema/index.js';
import { buildSchedulesWorld, CHANGE, dbId, type SchedulesWorld } from '@support/schedules-world.js';
import { toGlobalId } from '../../apps/api/src/shared/global-id.js';
import { startTestServer, type GqlResult, type TestServer } from '@support/server.js';

const NOW = new Date('2027-04-01T08:00:00Z');
const AT_ONCE = 20;
let server: TestServer;
let w: SchedulesWorld;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildSchedulesWorld(server);
});
afterAll(() => server?.close());

type Payload = { userErrors: { field: string[]; code: string; message: string }[] } & Record<string, unknown>;

/** Sends every request at the same moment; each answer's payload (a fault fails the test). */
async function atOnce(mutation: string, field: string, inputs: Record<string, unknown>[], token: string): Promise<Payload[]> {
  const answers: GqlResult[] = await Promise.all(inputs.map((input) => server.gql(mutation, { input }, token)));
  for (const a of answers) expect(a.errors, JSON.stringify(a.errors)).toBeUndefined();
  return answers.map((a) => a.data?.[field] as Payload);
}

/** Exactly one accepted; every other one refused with the rule's code on the rule's field. */
function expectOneAccepted(payloads: Payload[], code: string, field: string[]) {
  const accepted = payloads.filter((p) => p.userErrors.length === 0);
  expect(accepted).toHaveLength(1);
  const refused = payloads.filter((p) => p.userErrors.length > 0);
  expect(refused).toHaveLength(payloads.length - 1);
  for (const p of refused) expect(p.userErrors).toMatchObject([{ code, field }]);
}

const same = <T>(input: T) => Array.from({ length: AT_ONCE }, () => input);

describe('20 identical requests at once: exactly one is recorded', () => {
  it('absences: one person is not recorded away twice over the same span (ABSENCE_OVERLAP)', async () => {
    const M = `mutation ($input: AbsenceRecordInput!) { absenceRecord(input: $input) { absence { id } userErrors { field code message } } }`;
    const input = { staffId: w.familyHelper.gid, kind: 'SICKNESS', startsAt: '2027-04-05T06:00:00Z', endsAt: '2027-04-08T16:00:00Z' };
    const payloads = await atOnce(M, 'absenceRecord', same(input), await w.token(w.director));
    expectOneAccepted(payloads, 'ABSENCE_OVERLAP', ['input', 'startsAt']);
    const rows = await server.db.db.select().from(absences).where(and(eq(absences.staffId, w.familyHelper.id), isNull(absences.cancelledAt)));
    expect(rows).toHaveLength(1);
  });

  it('leave: of 20 overlapping leave requests approved at once, one becomes an absence (ABSENCE_OVERLAP on the request)', async () => {
    const sw = await w.token(w.sw);
    const ASK = `mutation ($input: LeaveRequestInput!) { leaveRequest(input: $input) { leaveRequest { id } userErrors { field code message } } }`;
    const ids: string[] = [];
    for (let i = 0; i < AT_ONCE; i++) {
      const r = await server.gql(ASK, { input: { helperId: w.homeHelper.gid, kind: 'LEAVE', startsAt: '2027-04-19T06:00:00Z', endsAt: `2027-04-2${1 + (i % 3)}T16:00:00Z`, hours: 8 } }, sw);
      ids.push(r.data?.leaveRequest.leaveRequest.id);
    }
    const DECIDE = `mutation ($input: LeaveDecideInput!) { leaveDecide(input: $input) { leaveRequest { id } userErrors { field code message } } }`;
    const payloads = await atOnce(DECIDE, 'leaveDecide', ids.map((leaveRequestId) => ({ leaveRequestId, approve: true })), sw);
    expectOneAccepted(payloads, 'ABSENCE_OVERLAP', ['input', 'leaveRequestId']);
    const rows = await server.db.db.select().from(absences).where(and(eq(absences.staffId, w.homeHelper.id), isNull(absences.cancelledAt)));
    expect(rows).toHaveLength(1);
  });

  it('permanence: one shift, so one holder, over a span (SHIFT_OVERLAP)', async () => {
    const M = `mutation ($input: PermanenceShiftCreateInput!) { permanenceShiftCreate(input: $input) { shift { id } userErrors { field code message } } }`;
    const input = { kind: 'WEEKDAY', startsAt: '2027-04-12T06:30:00Z', endsAt: '2027-04-12T15:00:00Z', holderStaffId: w.sw.gid };
    const payloads = await atOnce(M, 'permanenceShiftCreate', same(input), await w.token(w.director));
    expectOneAccepted(payloads, 'SHIFT_OVERLAP', ['input', 'startsAt']);
    const rows = await server.db.db.select().from(permanenceShifts).where(eq(permanenceShifts.startsAt, new Date(input.startsAt)));
    expect(rows).toHaveLength(1);
  });

  it('permanence: one replacement of a holder is recorded, the others find it already held (NO_CHANGE)', async () => {
    const [shift] = await server.db.db.insert(permanenceShifts).values({ kind: 'WEEKDAY', startsAt: new Date('2027-04-13T06:30:00Z'), endsAt: new Date('2027-04-13T15:00:00Z'), holderStaffId: w.sw.id }).returning();
    const M = `mutation ($input: PermanenceReplaceInput!) { permanenceReplace(input: $input) { replacement { id } userErrors { field code message } } }`;
    const shiftId = (await server.gql(`{ permanenceShifts(from: "2027-04-13T00:00:00Z", to: "2027-04-14T00:00:00Z") { edges { node { id } } } }`, {}, await w.token(w.director))).data?.permanenceShifts.edges[0].node.id;
    const payloads = await atOnce(M, 'permanenceReplace', same({ shiftId, holderStaffId: w.otherSw.gid, reason: 'Swap' }), await w.token(w.director));
    expectOneAccepted(payloads, 'NO_CHANGE', ['input', 'holderStaffId']);
    expect(await server.db.db.select().from(permanenceReplacements).where(eq(permanenceReplacements.shiftId, shift.id))).toHaveLength(1);
  });

  it('R11: the flying social worker replaces one social worker at a time (R11_ONE_AT_A_TIME)', async () => {
    const M = `mutation ($input: FlyingAssignmentCreateInput!) { flyingAssignmentCreate(input: $input) { assignment { id } userErrors { field code message } } }`;
    const input = { kind: 'SICKNESS_REPLACEMENT', socialWorkerId: w.sw.gid, fromDate: '2027-05-03', toDate: '2027-05-07', tasks: ['Urgent visits'] };
    const payloads = await atOnce(M, 'flyingAssignmentCreate', same(input), await w.token(w.head));
    expectOneAccepted(payloads, 'R11_ONE_AT_A_TIME', ['input', 'fromDate']);
    expect(await server.db.db.select().from(flyingAssignments).where(eq(flyingAssignments.flyingWorkerId, w.flying.id))).toHaveLength(1);
  });

  it('schedules: a day is taken out of a pattern once (ALREADY_EXCEPTED), one visit cancelled once (ENTRY_CANCELLED)', async () => {
    const made = await w.create({ helperId: w.familyHelper.gid, caseFileId: w.home.id, kind: 'FAMILY_CARE', tasks: [], recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=WE', startsOn: '2027-04-07', until: '2027-05-26', startTime: '09:00', durationMinutes: 120 } });
    expect(made?.userErrors).toEqual([]);
    const [pattern] = await server.db.db.select().from(schedulePatterns).where(eq(schedulePatterns.helperId, w.familyHelper.id));
    const EXCEPT = `mutation ($input: SchedulePatternExceptionAddInput!) { schedulePatternExceptionAdd(input: $input) { cancelledCount userErrors { field code message } } }`;
    const input = { patternId: toGlobalId('SchedulePattern', pattern.id), day: '2027-04-21', reason: 'BENEFICIARY_ABSENT' };
    expectOneAccepted(await atOnce(EXCEPT, 'schedulePatternExceptionAdd', same(input), w.swToken), 'ALREADY_EXCEPTED', ['input', 'day']);
    const [after] = await server.db.db.select().from(schedulePatterns).where(eq(schedulePatterns.id, pattern.id));
    expect(after.exceptDates).toEqual(['2027-04-21']);

    const entryId = made?.entries[0].id as string;
    const cancels = await atOnce(CHANGE, 'scheduleEntryChange', same({ entryId, action: 'CANCEL', reason: 'BENEFICIARY_IN_HOSPITAL' }), w.swToken);
    expectOneAccepted(cancels, 'ENTRY_CANCELLED', ['input', 'entryId']);
    expect(await server.db.db.select().from(scheduleChanges).where(eq(scheduleChanges.entryId, dbId(entryId)))).toHaveLength(1);
  });

  const REQUEST = `mutation ($input: PlanningRequestCreateInput!) { planningRequestCreate(input: $input) { request { id } userErrors { field code message } } }`;
  const meetings = async (from: string, to: string) =>
    (await server.db.db.select().from(planningRequests).where(and(eq(planningRequests.kind, 'MEETING_SUPPORT'), isNull(planningRequests.withdrawnAt)))).filter(
      (r) => r.meetingAt && r.meetingAt >= new Date(from) && r.meetingAt < new Date(to),
    );

  it('R15: one team-meeting support a week (R15_ONE_MEETING_A_WEEK)', async () => {
    const input = { month: '2027-05', kind: 'MEETING_SUPPORT', sectorId: w.sector.gid, meetingAt: '2027-05-11T07:00:00Z' };
    const payloads = await atOnce(REQUEST, 'planningRequestCreate', same(input), await w.token(w.sw));
    expectOneAccepted(payloads, 'R15_ONE_MEETING_A_WEEK', ['input', 'meetingAt']);
    expect(await meetings('2027-05-10T00:00:00Z', '2027-05-17T00:00:00Z')).toHaveLength(1);
  });

  it('R15: also when the week spans two months, each asked for its own month at once', async () => {
    // Monday 31 May and Tuesday 1 June 2027: one week, two months' requests.
    const may = { month: '2027-05', kind: 'MEETING_SUPPORT', sectorId: w.sector.gid, meetingAt: '2027-05-31T07:00:00Z' };
    const june = { ...may, month: '2027-06', meetingAt: '2027-06-01T07:00:00Z' };
    const inputs = Array.from({ length: AT_ONCE }, (_, i) => (i % 2 ? may : june));
    const payloads = await atOnce(REQUEST, 'planningRequestCreate', inputs, await w.token(w.sw));
    expectOneAccepted(payloads, 'R15_ONE_MEETING_A_WEEK', ['input', 'meetingAt']);
    expect(await meetings('2027-05-30T00:00:00Z', '2027-06-07T00:00:00Z')).toHaveLength(1);
  });
});

describe('the database itself refuses a clashing row written past the API', () => {
  const refused = async (write: () => Promise<unknown>, constraint: string) => {
    const err = await write().then(
      () => null,
      (e: unknown) => e,
    );
    expect(String((err as { cause?: unknown })?.cause ?? err)).toContain(constraint);
  };

  it('absences of one person do not overlap unless cancelled', async () => {
    const span = { staffId: w.idleHelper.id, kind: 'LEAVE' as const, startsAt: new Date('2027-07-01T00:00:00Z'), endsAt: new Date('2027-07-10T00:00:00Z') };
    const [first] = await server.db.db.insert(absences).values(span).returning();
    await refused(() => server.db.db.insert(absences).values({ ...span, startsAt: new Date('2027-07-09T00:00:00Z'), endsAt: new Date('2027-07-12T00:00:00Z') }), 'absences_no_overlap');
    await server.db.db.update(absences).set({ cancelledAt: NOW }).where(eq(absences.id, first.id));
    await server.db.db.insert(absences).values(span);
  });

  it('permanence shifts do not overlap; a shift split at an instant does', async () => {
    const startsAt = new Date('2027-08-02T06:30:00Z');
    const endsAt = new Date('2027-08-02T15:00:00Z');
    const mid = new Date('2027-08-02T10:00:00Z');
    await server.db.db.insert(permanenceShifts).values({ kind: 'WEEKDAY', startsAt, endsAt: mid });
    await server.db.db.insert(permanenceShifts).values({ kind: 'WEEKDAY', startsAt: mid, endsAt });
    await refused(() => server.db.db.insert(permanenceShifts).values({ kind: 'WEEKDAY', startsAt, endsAt }), 'permanence_shifts_no_overlap');
  });

  it('R11: two replacement plans of the flying social worker do not overlap; one ended early frees the rest of its span', async () => {
    const plan = { kind: 'SICKNESS_REPLACEMENT' as const, flyingWorkerId: w.flying.id, socialWorkerId: w.otherSw.id, sectorId: w.other.id, approvedById: w.director.id, approvedAt: NOW };
    const [first] = await server.db.db.insert(flyingAssignments).values({ ...plan, startsAt: new Date('2027-09-06T00:00:00Z'), endsAt: new Date('2027-09-17T00:00:00Z') }).returning();
    const second = { ...plan, startsAt: new Date('2027-09-13T00:00:00Z'), endsAt: new Date('2027-09-20T00:00:00Z') };
    await refused(() => server.db.db.insert(flyingAssignments).values(second), 'flying_assignments_one_at_a_time');
    await server.db.db.update(flyingAssignments).set({ endedEarlyAt: new Date('2027-09-10T00:00:00Z') }).where(eq(flyingAssignments.id, first.id));
    await server.db.db.insert(flyingAssignments).values(second);
  });

  it('R15: two team-meeting supports in one Brussels week are refused, a withdrawn one does not count', async () => {
    const ask = { month: '2027-10', kind: 'MEETING_SUPPORT' as const, sectorId: w.sector.id, requestedById: w.sw.id };
    // Monday 00:30 in Brussels is still Sunday in UTC: the week is Brussels' week.
    const [first] = await server.db.db.insert(planningRequests).values({ ...ask, meetingAt: new Date('2027-10-10T22:30:00Z') }).returning();
    await refused(() => server.db.db.insert(planningRequests).values({ ...ask, meetingAt: new Date('2027-10-17T12:00:00Z') }), 'planning_requests_one_meeting_a_week');
    await server.db.db.update(planningRequests).set({ withdrawnAt: NOW }).where(eq(planningRequests.id, first.id));
    await server.db.db.insert(planningRequests).values({ ...ask, meetingAt: new Date('2027-10-17T12:00:00Z') });
  });
});
