// R12 through GraphQL: leave and time off in lieu asked, decided, seen by the schedules, and the
// monthly balance per helper given to the social worker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '@support/server.js';
import { at, buildSchedulesWorld, type SchedulesWorld } from '@support/schedules-world.js';

const NOW = new Date('2026-03-02T08:00:00Z');
let server: TestServer;
let w: SchedulesWorld;

const REQUEST = 'mutation ($input: LeaveRequestInput!) { leaveRequest(input: $input) { leaveRequest { id status kind hours helper { id } } userErrors { field code message } } }';
const DECIDE = 'mutation ($input: LeaveDecideInput!) { leaveDecide(input: $input) { leaveRequest { id status decisionNote } userErrors { field code message } } }';
const BALANCES = `query ($sectorId: String!, $month: String!) { leaveBalances(sectorId: $sectorId, month: $month) { edges { node {
  helper { fullName } month leaveAllowanceHours leaveTakenInMonthHours leaveTakenToDateHours leaveRemainingHours toilEarnedInMonthHours toilTakenInMonthHours toilBalanceHours pendingRequests } } } }`;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildSchedulesWorld(server);
});
afterAll(() => server?.close());

async function ask(input: Record<string, unknown>, token: string) {
  return (await server.gql(REQUEST, { input: { helperId: w.partTime.gid, ...input } }, token)).data?.leaveRequest;
}

describe('R12 leave and time off in lieu', () => {
  it('a helper asks for a day of leave, the social worker approves it, and a visit that day becomes a conflict', async () => {
    const helper = await w.token(w.partTime);
    await w.visit(w.partTime, w.home, '2026-03-10', '09:00', '11:00');
    const r = await ask({ kind: 'LEAVE', startsAt: at('2026-03-10', '00:00'), endsAt: at('2026-03-11', '00:00'), hours: 7.6, note: 'Family wedding' }, helper);
    expect(r?.leaveRequest).toMatchObject({ status: 'REQUESTED', kind: 'LEAVE', hours: 7.6, helper: { id: w.partTime.gid } });
    const selfApproval = await server.gql(DECIDE, { input: { leaveRequestId: r?.leaveRequest.id, approve: true } }, helper);
    expect(selfApproval.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const d = await server.gql(DECIDE, { input: { leaveRequestId: r?.leaveRequest.id, approve: true, note: 'Enjoy' } }, w.swToken);
    expect(d.data?.leaveDecide.leaveRequest).toMatchObject({ status: 'APPROVED', decisionNote: 'Enjoy' });
    const [conflict] = await w.openConflicts('SCHEDULED_WHILE_ABSENT');
    expect(conflict.explanation).toBe('Paula Parttime is absent but scheduled 09:00–11:00 on Tuesday 10 March 2026.');
    const again = await server.gql(DECIDE, { input: { leaveRequestId: r?.leaveRequest.id, approve: false } }, w.swToken);
    expect(again.data?.leaveDecide.userErrors[0]).toMatchObject({ field: ['input', 'leaveRequestId'], code: 'ALREADY_DECIDED' });
  });

  it('the monthly balance counts leave against the yearly allowance and time off in lieu against hours over the contract', async () => {
    // 22 h in the week of 16 March for a half-time helper (19 h): 3 h of time off in lieu earned.
    await w.create({
      helperId: w.partTime.gid, caseFileId: w.near.id, kind: 'FAMILY_CARE', tasks: [],
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH', startsOn: '2026-03-16', until: '2026-03-19', startTime: '08:00', durationMinutes: 330 },
    });
    const toil = await ask({ kind: 'TIME_OFF_IN_LIEU', startsAt: at('2026-03-27', '13:00'), endsAt: at('2026-03-27', '15:00'), hours: 2 }, w.swToken);
    await server.gql(DECIDE, { input: { leaveRequestId: toil?.leaveRequest.id, approve: true } }, w.swToken);
    await ask({ kind: 'LEAVE', startsAt: at('2026-03-30', '00:00'), endsAt: at('2026-03-31', '00:00'), hours: 7.6 }, w.swToken);
    const r = await server.gql(BALANCES, { sectorId: w.sector.gid, month: '2026-03' }, w.swToken);
    const paula = r.data?.leaveBalances.edges.map((e: { node: { helper: { fullName: string } } }) => e.node).find((n: { helper: { fullName: string } }) => n.helper.fullName === 'Paula Parttime');
    expect(paula).toEqual({
      helper: { fullName: 'Paula Parttime' }, month: '2026-03',
      leaveAllowanceHours: 76, leaveTakenInMonthHours: 7.6, leaveTakenToDateHours: 7.6, leaveRemainingHours: 68.4,
      toilEarnedInMonthHours: 3, toilTakenInMonthHours: 2, toilBalanceHours: 1, pendingRequests: 1,
    });
    const april = await server.gql(BALANCES, { sectorId: w.sector.gid, month: '2026-04' }, w.swToken);
    expect(april.data?.leaveBalances.edges.find((e: { node: { helper: { fullName: string } } }) => e.node.helper.fullName === 'Paula Parttime').node).toMatchObject({ leaveTakenInMonthHours: 0, leaveRemainingHours: 68.4, toilBalanceHours: 1 });
  });

  it('R12: a helper sees only their own balance; a social worker of another sector none; bad input names the field', async () => {
    const own = await server.gql(BALANCES, { sectorId: w.sector.gid, month: '2026-03' }, await w.token(w.familyHelper));
    expect(own.data?.leaveBalances.edges.map((e: { node: { helper: { fullName: string } } }) => e.node.helper.fullName)).toEqual(['Fanny Family']);
    const other = await server.gql(BALANCES, { sectorId: w.sector.gid, month: '2026-03' }, await w.token(w.otherSw));
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const badMonth = await server.gql(BALANCES, { sectorId: w.sector.gid, month: '2026-13' }, w.swToken);
    expect(badMonth.errors?.[0].extensions).toMatchObject({ field: 'month' });
    const tooMany = await ask({ kind: 'TIME_OFF_IN_LIEU', startsAt: at('2026-03-20', '13:00'), endsAt: at('2026-03-20', '15:00'), hours: 3 }, w.swToken);
    expect(tooMany?.userErrors[0]).toMatchObject({ field: ['input', 'hours'], code: 'INVALID_HOURS' });
    const forOther = await ask({ kind: 'LEAVE', startsAt: at('2026-03-20', '00:00'), endsAt: at('2026-03-21', '00:00'), hours: 7.6 }, await w.token(w.familyHelper));
    expect(forOther?.userErrors[0]).toMatchObject({ field: ['input', 'helperId'], code: 'NOT_YOUR_HELPER' });
  });
});
