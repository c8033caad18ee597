// Requests to the flying social worker through GraphQL on a real database: R6 (closing on the 20th
// of the month before, at the month boundary, for March and across the year), R15 meeting support.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '@support/server.js';
import { buildPlanningWorld, REQUEST, type PlanningWorld } from '@support/planning-world.js';

let server: TestServer;
let w: PlanningWorld;

beforeAll(async () => {
  server = await startTestServer({ now: new Date('2027-02-10T09:00:00Z') });
  w = await buildPlanningWorld(server, 2);
});
afterAll(() => server?.close());

async function ask(who: { email: string }, input: Record<string, unknown>) {
  const r = await server.gql(REQUEST, { input }, await w.token(who));
  expect(r.errors).toBeUndefined();
  return r.data?.planningRequestCreate;
}

describe('R6 requests close on the 20th of the month before', () => {
  it('R6: a revision for March is accepted until the last minute of 20 February (Brussels)', async () => {
    const c = await w.makeCase(0);
    server.clock.now = new Date('2027-02-20T22:59:00Z'); // 23:59 in Brussels
    const ok = await ask(w.sectors[0].sw, { month: '2027-03', kind: 'REVISION', caseFileId: c.gid });
    expect(ok).toMatchObject({ request: { month: '2027-03', kind: 'REVISION', urgent: false, sector: { name: 'Sector 1' } }, userErrors: [] });
  });

  it('R6: at midnight starting 21 February, a request for March is refused naming R6', async () => {
    const c = await w.makeCase(0);
    server.clock.now = new Date('2027-02-20T23:00:00Z'); // 00:00 on the 21st in Brussels
    const late = await ask(w.sectors[0].sw, { month: '2027-03', kind: 'REVISION', caseFileId: c.gid });
    expect(late.request).toBeNull();
    expect(late.userErrors).toEqual([{ field: ['input', 'month'], code: 'R6_REQUESTS_CLOSED', message: expect.stringMatching(/^R6: requests for 2027-03 closed at the end of 20 February 2027/) }]);
    const listed = await server.gql(`{ planningRequests(month: "2027-03") { id } }`, {}, await w.token(w.head));
    expect(listed.data?.planningRequests).toHaveLength(1);
  });

  it('R6: a late request is accepted only as urgent by direction', async () => {
    const c = await w.makeCase(1);
    server.clock.now = new Date('2027-02-25T09:00:00Z');
    const sw = await ask(w.sectors[1].sw, { month: '2027-03', kind: 'REVISION', caseFileId: c.gid, urgent: true });
    expect(sw.userErrors).toMatchObject([{ field: ['input', 'urgent'], code: 'R6_URGENT_NEEDS_DIRECTION', message: expect.stringContaining('R6') }]);
    const head = await ask(w.head, { month: '2027-03', kind: 'REVISION', caseFileId: c.gid, urgent: true });
    expect(head).toMatchObject({ request: { urgent: true, sector: { name: 'Sector 2' } }, userErrors: [] });
  });

  it('R6: requests for January close on 20 December, across the year change', async () => {
    const c = await w.makeCase(0);
    server.clock.now = new Date('2027-12-20T12:00:00Z');
    expect((await ask(w.sectors[0].sw, { month: '2028-01', kind: 'HELPER_CONTROL', helperId: w.sectors[0].helper.gid })).userErrors).toEqual([]);
    server.clock.now = new Date('2027-12-21T08:00:00Z');
    expect((await ask(w.sectors[0].sw, { month: '2028-01', kind: 'REVISION', caseFileId: c.gid })).userErrors).toMatchObject([{ code: 'R6_REQUESTS_CLOSED', message: expect.stringContaining('20 December 2027') }]);
  });

  it('a social worker asks for their own sector only; a revision names its case file', async () => {
    server.clock.now = new Date('2027-03-01T09:00:00Z');
    const c = await w.makeCase(1);
    expect((await ask(w.sectors[0].sw, { month: '2027-04', kind: 'REVISION', caseFileId: c.gid })).userErrors).toMatchObject([{ code: 'NOT_YOUR_SECTOR' }]);
    expect((await ask(w.sectors[0].sw, { month: '2027-04', kind: 'REVISION' })).userErrors).toMatchObject([{ code: 'CASE_FILE_REQUIRED' }]);
    const helper = await server.gql(REQUEST, { input: { month: '2027-04', kind: 'REVISION', caseFileId: c.gid } }, await w.token(w.sectors[0].helper));
    expect(helper.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('withdrawing a request', () => {
  it('who asked, or direction, withdraws a request; it leaves the month and frees its R15 week', async () => {
    server.clock.now = new Date('2027-05-01T08:00:00Z');
    const sector = w.sectors[0].sector.gid;
    const first = await ask(w.sectors[0].sw, { month: '2027-06', kind: 'MEETING_SUPPORT', sectorId: sector, meetingAt: '2027-06-22T07:00:00Z' });
    const W = `mutation ($input: PlanningRequestWithdrawInput!) { planningRequestWithdraw(input: $input) { request { withdrawnAt } userErrors { code } } }`;
    const other = await server.gql(W, { input: { requestId: first.request.id } }, await w.token(w.sectors[1].sw));
    expect(other.data?.planningRequestWithdraw.userErrors).toMatchObject([{ code: 'NOT_YOUR_REQUEST' }]);
    const mine = await server.gql(W, { input: { requestId: first.request.id } }, await w.token(w.sectors[0].sw));
    expect(mine.data?.planningRequestWithdraw).toEqual({ request: { withdrawnAt: '2027-05-01T08:00:00.000Z' }, userErrors: [] });
    const listed = await server.gql(`{ planningRequests(month: "2027-06") { id } }`, {}, await w.token(w.head));
    expect(listed.data?.planningRequests).toEqual([]);
    const again = await ask(w.sectors[1].sw, { month: '2027-06', kind: 'MEETING_SUPPORT', sectorId: w.sectors[1].sector.gid, meetingAt: '2027-06-23T07:00:00Z' });
    expect(again.userErrors).toEqual([]);
  });
});

describe('R15 team-meeting support', () => {
  it('R15: asked at least 15 days ahead', async () => {
    server.clock.now = new Date('2027-04-01T08:00:00Z');
    const sector = w.sectors[0].sector.gid;
    const soon = await ask(w.sectors[0].sw, { month: '2027-05', kind: 'MEETING_SUPPORT', sectorId: sector, meetingAt: '2027-05-03T07:00:00Z' });
    expect(soon.userErrors).toEqual([]);
    server.clock.now = new Date('2027-04-20T08:00:00Z');
    const late = await ask(w.head, { month: '2027-05', kind: 'MEETING_SUPPORT', sectorId: sector, meetingAt: '2027-05-04T07:00:00Z', urgent: true });
    expect(late.userErrors).toMatchObject([{ field: ['input', 'meetingAt'], code: 'R15_TOO_LATE', message: expect.stringContaining('R15') }]);
  });

  it('R15: at most one team meeting a week, whichever sector asks', async () => {
    server.clock.now = new Date('2027-04-01T08:00:00Z');
    const first = await ask(w.sectors[0].sw, { month: '2027-05', kind: 'MEETING_SUPPORT', sectorId: w.sectors[0].sector.gid, meetingAt: '2027-05-11T07:00:00Z' });
    expect(first.userErrors).toEqual([]);
    const same = await ask(w.sectors[1].sw, { month: '2027-05', kind: 'MEETING_SUPPORT', sectorId: w.sectors[1].sector.gid, meetingAt: '2027-05-14T12:00:00Z' });
    expect(same.userErrors).toMatchObject([{ code: 'R15_ONE_MEETING_A_WEEK', message: expect.stringContaining('one team meeting a week') }]);
    const next = await ask(w.sectors[1].sw, { month: '2027-05', kind: 'MEETING_SUPPORT', sectorId: w.sectors[1].sector.gid, meetingAt: '2027-05-17T12:00:00Z' });
    expect(next.userErrors).toEqual([]);
  });
});
