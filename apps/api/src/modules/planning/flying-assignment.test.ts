// R11 through GraphQL on a real database: replacement plans of 3 days to 3 weeks, one at a time,
// approved by direction; the flying worker's items are suspended meanwhile and come back after;
// R14 sends calls for the sick worker's sector to the flying worker during the replacement.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '@support/server.js';
import { buildPlanningWorld, GENERATE, REQUEST, type PlanningWorld } from '@support/planning-world.js';

let server: TestServer;
let w: PlanningWorld;

const CREATE = `mutation ($input: FlyingAssignmentCreateInput!) {
  flyingAssignmentCreate(input: $input) {
    assignment { id kind startsAt endsAt tasks inProgress flyingWorker { fullName } socialWorker { fullName } sector { name } approvedBy { fullName } }
    userErrors { field code message }
  }
}`;
const END = `mutation ($input: FlyingAssignmentEndInput!) { flyingAssignmentEnd(input: $input) { assignment { endedEarlyAt } userErrors { code } } }`;
const PLANNINGS = `{ plannings(month: "2027-03") { items { startsAt suspended suspendedBy { id kind } } } }`;
const WHO = `query ($sectorId: ID!, $at: DateTime) { whoToCall(sectorId: $sectorId, at: $at) { role person { fullName } chain { role reasonCode person { fullName } } } }`;

async function plan(input: Record<string, unknown>, who: { email: string } = w.head) {
  const r = await server.gql(CREATE, { input: { kind: 'SICKNESS_REPLACEMENT', socialWorkerId: w.sectors[1].sw.gid, tasks: ['Urgent visits of sector 2', 'Helpers\' schedules'], ...input } }, await w.token(who));
  return r;
}

async function items() {
  const r = await server.gql(PLANNINGS, {}, await w.token(w.head));
  return r.data?.plannings[0].items as { startsAt: string; suspended: boolean; suspendedBy: { id: string; kind: string } | null }[];
}

beforeAll(async () => {
  server = await startTestServer({ now: new Date('2027-02-10T09:00:00Z') });
  w = await buildPlanningWorld(server, 7);
  for (let i = 0; i < 5; i++) {
    for (let k = 0; k < 2; k++) {
      const c = await w.makeCase(i);
      const r = await server.gql(REQUEST, { input: { month: '2027-03', kind: 'REVISION', caseFileId: c.gid } }, await w.token(w.sectors[i].sw));
      expect(r.data?.planningRequestCreate.userErrors).toEqual([]);
    }
  }
  const g = await server.gql(GENERATE, { input: { month: '2027-03' } }, await w.token(w.head));
  expect(g.data?.planningGenerate.planning.items).toHaveLength(10);
});
afterAll(() => server?.close());

describe('R11 replacement of a sick social worker by the flying social worker', () => {
  let replacementId: string;

  it('R11: a replacement shorter than 3 days or longer than 3 consecutive weeks is refused with a clear error', async () => {
    const short = await plan({ fromDate: '2027-03-08', toDate: '2027-03-09' });
    expect(short.data?.flyingAssignmentCreate).toEqual({ assignment: null, userErrors: [{ field: ['input', 'toDate'], code: 'R11_TOO_SHORT', message: 'R11: a replacement by the flying social worker lasts at least 3 days.' }] });
    const long = await plan({ fromDate: '2027-03-08', toDate: '2027-03-29' });
    expect(long.data?.flyingAssignmentCreate.userErrors).toEqual([{ field: ['input', 'toDate'], code: 'R11_TOO_LONG', message: 'R11: a replacement by the flying social worker lasts at most 3 consecutive weeks (21 days).' }]);
    const helper = await plan({ fromDate: '2027-03-08', toDate: '2027-03-12', socialWorkerId: w.sectors[1].helper.gid });
    expect(helper.data?.flyingAssignmentCreate.userErrors).toMatchObject([{ code: 'R11_NOT_A_SOCIAL_WORKER' }]);
    const noTasks = await plan({ fromDate: '2027-03-08', toDate: '2027-03-12', tasks: [] });
    expect(noTasks.data?.flyingAssignmentCreate.userErrors).toMatchObject([{ code: 'R11_TASKS_REQUIRED' }]);
  });

  it("R11: only direction approves a replacement plan", async () => {
    const r = await plan({ fromDate: '2027-03-08', toDate: '2027-03-12' }, w.sectors[0].sw);
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it("R11: the plan lists the sick worker's tasks; the flying worker's other items in that span are suspended", async () => {
    const r = await plan({ fromDate: '2027-03-08', toDate: '2027-03-12' });
    expect(r.data?.flyingAssignmentCreate).toMatchObject({
      assignment: { kind: 'SICKNESS_REPLACEMENT', startsAt: '2027-03-07T23:00:00.000Z', endsAt: '2027-03-12T23:00:00.000Z', tasks: ['Urgent visits of sector 2', "Helpers' schedules"], flyingWorker: { fullName: 'Flore Flying' }, socialWorker: { fullName: 'Social Worker 2' }, sector: { name: 'Sector 2' }, approvedBy: { fullName: 'Hélène Head' }, inProgress: false },
      userErrors: [],
    });
    replacementId = r.data?.flyingAssignmentCreate.assignment.id;
    const list = await items();
    const inSpan = (i: { startsAt: string }) => i.startsAt >= '2027-03-07T23:00:00.000Z' && i.startsAt < '2027-03-12T23:00:00.000Z';
    expect(list.filter(inSpan).length).toBeGreaterThan(0);
    expect(list.filter(inSpan).every((i) => i.suspended && i.suspendedBy?.id === replacementId)).toBe(true);
    expect(list.filter((i) => !inSpan(i)).every((i) => !i.suspended && i.suspendedBy === null)).toBe(true);
  });

  it('R11: one social worker at a time: an overlapping replacement or onboarding is refused', async () => {
    const other = await plan({ fromDate: '2027-03-12', toDate: '2027-03-16', socialWorkerId: w.sectors[2].sw.gid });
    expect(other.data?.flyingAssignmentCreate.userErrors).toEqual([{ field: ['input', 'fromDate'], code: 'R11_ONE_AT_A_TIME', message: expect.stringContaining('R11: the flying social worker replaces or onboards one social worker at a time') }]);
    const onboarding = await plan({ kind: 'ONBOARDING', fromDate: '2027-03-01', toDate: '2027-03-08', socialWorkerId: w.sectors[6].sw.gid });
    expect(onboarding.data?.flyingAssignmentCreate.userErrors).toMatchObject([{ code: 'R11_ONE_AT_A_TIME' }]);
  });

  it('R14: during the replacement the flying worker is the one to call for the sick worker\'s sector', async () => {
    const at = '2027-03-09T09:00:00.000Z'; // Tuesday 10:00 in Brussels
    const r = await server.gql(WHO, { sectorId: w.sectors[1].sector.gid, at }, w.kiosk);
    expect(r.data?.whoToCall).toMatchObject({ role: 'FLYING_SOCIAL_WORKER', person: { fullName: 'Flore Flying' } });
    expect(r.data?.whoToCall.chain.map((s: any) => [s.role, s.reasonCode, s.person?.fullName])).toEqual([
      ['SECTOR_SOCIAL_WORKER', 'AWAY', 'Social Worker 2'],
      ['FLYING_SOCIAL_WORKER', null, 'Flore Flying'],
    ]);
    const otherSector = await server.gql(WHO, { sectorId: w.sectors[0].sector.gid, at }, w.kiosk);
    expect(otherSector.data?.whoToCall).toMatchObject({ role: 'SECTOR_SOCIAL_WORKER', person: { fullName: 'Social Worker 1' } });
    const after = await server.gql(WHO, { sectorId: w.sectors[1].sector.gid, at: '2027-03-15T09:00:00.000Z' }, w.kiosk);
    expect(after.data?.whoToCall).toMatchObject({ role: 'SECTOR_SOCIAL_WORKER', person: { fullName: 'Social Worker 2' } });
  });

  it('R11: when the social worker is back early, the suspended items come back', async () => {
    server.clock.now = new Date('2027-03-09T12:00:00Z');
    const r = await server.gql(END, { input: { assignmentId: replacementId } }, await w.token(w.director));
    expect(r.data?.flyingAssignmentEnd).toEqual({ assignment: { endedEarlyAt: '2027-03-09T12:00:00.000Z' }, userErrors: [] });
    const list = await items();
    expect(list.filter((i) => i.startsAt >= '2027-03-09T12:00:00.000Z' && i.startsAt < '2027-03-12T23:00:00.000Z').every((i) => !i.suspended)).toBe(true);
    const who = await server.gql(WHO, { sectorId: w.sectors[1].sector.gid, at: '2027-03-10T09:00:00.000Z' }, w.kiosk);
    expect(who.data?.whoToCall).toMatchObject({ role: 'SECTOR_SOCIAL_WORKER' });
  });

  it('R11: a replacement ended before it began blocks nothing; an ended one frees the days after its end', async () => {
    const director = await w.token(w.director);
    const cancelled = await plan({ fromDate: '2027-03-22', toDate: '2027-03-26' });
    const id = cancelled.data?.flyingAssignmentCreate.assignment.id;
    const ended = await server.gql(END, { input: { assignmentId: id } }, director);
    expect(ended.data?.flyingAssignmentEnd).toEqual({ assignment: { endedEarlyAt: '2027-03-21T23:00:00.000Z' }, userErrors: [] });
    // Over those very days, and starting before them: both free now.
    const over = await plan({ fromDate: '2027-03-19', toDate: '2027-03-24', socialWorkerId: w.sectors[2].sw.gid });
    expect(over.data?.flyingAssignmentCreate).toMatchObject({ assignment: { socialWorker: { fullName: 'Social Worker 3' } }, userErrors: [] });
    // Ended on its third day at noon: the day it ended is still taken, the days after are free.
    server.clock.now = new Date('2027-03-21T11:00:00Z');
    try {
      const end = await server.gql(END, { input: { assignmentId: over.data?.flyingAssignmentCreate.assignment.id } }, await w.token(w.director));
      expect(end.data?.flyingAssignmentEnd.userErrors).toEqual([]);
      const sameDay = await plan({ fromDate: '2027-03-21', toDate: '2027-03-24', socialWorkerId: w.sectors[3].sw.gid });
      expect(sameDay.data?.flyingAssignmentCreate.userErrors).toMatchObject([{ field: ['input', 'fromDate'], code: 'R11_ONE_AT_A_TIME' }]);
      const nextDay = await plan({ fromDate: '2027-03-22', toDate: '2027-03-24', socialWorkerId: w.sectors[3].sw.gid });
      expect(nextDay.data?.flyingAssignmentCreate).toMatchObject({ assignment: { socialWorker: { fullName: 'Social Worker 4' } }, userErrors: [] });
    } finally {
      server.clock.now = new Date('2027-03-09T12:00:00Z');
    }
  });

  it('R11: onboarding a new social worker works the same way, once the flying worker is free', async () => {
    const r = await plan({ kind: 'ONBOARDING', fromDate: '2027-03-10', toDate: '2027-03-12', socialWorkerId: w.sectors[6].sw.gid, tasks: ['Introduce the helpers', 'Joint first visits'] });
    expect(r.data?.flyingAssignmentCreate).toMatchObject({ assignment: { kind: 'ONBOARDING', socialWorker: { fullName: 'Social Worker 7' } }, userErrors: [] });
    const list = await items();
    const byOnboarding = list.filter((i) => i.suspendedBy?.kind === 'ONBOARDING');
    expect(byOnboarding.length).toBeGreaterThan(0);
    expect(byOnboarding.every((i) => i.suspended && i.startsAt >= '2027-03-09T23:00:00.000Z' && i.startsAt < '2027-03-12T23:00:00.000Z')).toBe(true);
    expect(list.filter((i) => i.startsAt >= '2027-03-09T23:00:00.000Z' && i.startsAt < '2027-03-12T23:00:00.000Z').every((i) => i.suspended)).toBe(true);
    // Onboarding does not send the sector's calls away from its social worker.
    const who = await server.gql(WHO, { sectorId: w.sectors[6].sector.gid, at: '2027-03-11T09:00:00.000Z' }, w.kiosk);
    expect(who.data?.whoToCall).toMatchObject({ role: 'SECTOR_SOCIAL_WORKER' });
  });
});
