// The monthly planning through GraphQL on a real database: a March where the quotas cannot all be
// met (R7, R8), R9, the flying worker's absences and permanence, adjusting, fixing, recorded changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createClient } from 'graphql-ws';
import { serviceClosingDays, visits } from '../../db/schema/index.js';
import { makeAbsence, makeShift } from '@support/factories.js';
import { startTestServer, type TestServer } from '@support/server.js';
import { buildPlanningWorld, GENERATE, REQUEST, type PlanningWorld } from '@support/planning-world.js';

let server: TestServer;
let w: PlanningWorld;
let planning: any;
const requestSector = new Map<string, number>();

const MOVE = `mutation ($input: PlanningItemMoveInput!) { planningItemMove(input: $input) { planning { ...P } userErrors { field code message } } }`;
const REMOVE = `mutation ($input: PlanningItemRemoveInput!) { planningItemRemove(input: $input) { planning { ...P } userErrors { field code message } } }`;
const FIX = `mutation ($input: PlanningFixInput!) { planningFix(input: $input) { planning { ...P items { id visit { id status plannedAt kind visitor { fullName } } } fixedBy { fullName } } userErrors { field code message } } }`;
const withFragment = (q: string) => q + GENERATE.slice(GENERATE.indexOf('fragment'));

async function ask(who: { email: string }, input: Record<string, unknown>) {
  const r = await server.gql(REQUEST, { input }, await w.token(who));
  expect(r.data?.planningRequestCreate.userErrors).toEqual([]);
  return r.data?.planningRequestCreate.request.id as string;
}

beforeAll(async () => {
  server = await startTestServer({ now: new Date('2027-02-10T09:00:00Z') });
  w = await buildPlanningWorld(server, 8);
  const db = server.db.db;
  // R9: the flying worker revised this beneficiary in June 2026.
  const revisited = await w.makeCase(7);
  await db.insert(visits).values({ caseFileId: revisited.id, kind: 'REVISION', status: 'DONE', plannedAt: new Date('2026-06-10T08:00:00Z'), doneAt: new Date('2026-06-10T09:00:00Z'), visitorId: w.flying.id, createdById: w.head.id });
  // Away 1–5 March; on weekday permanence on Wednesday 10 March.
  await makeAbsence(db, { staffId: w.flying.id, kind: 'LEAVE', startsAt: new Date('2027-02-28T23:00:00Z'), endsAt: new Date('2027-03-05T23:00:00Z') });
  await makeShift(db, { kind: 'WEEKDAY', startsAt: new Date('2027-03-10T07:30:00Z'), endsAt: new Date('2027-03-10T16:00:00Z'), holderStaffId: w.flying.id });
  // A closing day of the service (Thursday 18 March): offices are closed, like a public holiday.
  await db.insert(serviceClosingDays).values({ day: '2027-03-18', name: 'Journée de service', setById: w.head.id, setAt: new Date('2027-01-05T09:00:00Z') });
  // Eight sectors ask two revisions each (16 > 14) and a control each (8 > 7); sector 1 asks a second control.
  for (let i = 0; i < 8; i++) {
    const sw = w.sectors[i].sw;
    for (let k = 0; k < 2; k++) requestSector.set(await ask(sw, { month: '2027-03', kind: 'REVISION', caseFileId: (await w.makeCase(i, { propertyAdministrator: k === 0 })).gid }), i);
    requestSector.set(await ask(sw, { month: '2027-03', kind: 'HELPER_CONTROL', helperId: w.sectors[i].helper.gid }), i);
    server.clock.now = new Date(server.clock.now.getTime() + 60_000);
  }
  requestSector.set(await ask(w.sectors[0].sw, { month: '2027-03', kind: 'HELPER_CONTROL', helperId: w.sectors[0].helper.gid }), 0);
  requestSector.set(await ask(w.sectors[7].sw, { month: '2027-03', kind: 'REVISION', caseFileId: revisited.gid }), 7);
  requestSector.set(await ask(w.sectors[2].sw, { month: '2027-03', kind: 'ACCOMPANIMENT', caseFileId: (await w.makeCase(2)).gid }), 2);
  requestSector.set(await ask(w.sectors[3].sw, { month: '2027-03', kind: 'MEETING_SUPPORT', sectorId: w.sectors[3].sector.gid, meetingAt: '2027-03-16T13:00:00Z' }), 3);
});
afterAll(() => server?.close());

describe('planning generation', () => {
  it('R7, R8, R9: a month where the quotas cannot all be met lists what was left out and why', async () => {
    server.clock.now = new Date('2027-02-22T09:00:00Z');
    const r = await server.gql(GENERATE, { input: { month: '2027-03' } }, await w.token(w.head));
    expect(r.data?.planningGenerate.userErrors).toEqual([]);
    planning = r.data?.planningGenerate.planning;
    expect(planning).toMatchObject({ month: '2027-03', status: 'DRAFT', revisions: 14, controls: 7 });
    expect(planning.items.filter((i: any) => i.kind === 'ACCOMPANIMENT')).toHaveLength(1);
    expect(planning.items.filter((i: any) => i.kind === 'MEETING_SUPPORT')).toMatchObject([{ startsAt: '2027-03-16T13:00:00.000Z', endsAt: '2027-03-16T15:00:00.000Z' }]);
    const codes = planning.unplaced.map((u: any) => [u.code, u.request.kind, u.request.sector.name]).sort();
    expect(codes).toEqual([
      ['R7_MONTHLY_REVISIONS', 'REVISION', 'Sector 8'],
      ['R7_MONTHLY_REVISIONS', 'REVISION', 'Sector 8'],
      ['R8_MONTHLY_CONTROLS', 'HELPER_CONTROL', 'Sector 8'],
      ['R8_SECTOR_CONTROLS', 'HELPER_CONTROL', 'Sector 1'],
      ['R9_REVISITED_LAST_YEAR', 'REVISION', 'Sector 8'],
    ]);
    expect(planning.unplaced.find((u: any) => u.code === 'R9_REVISITED_LAST_YEAR').reason).toMatch(/^R9:/);
    // Quota use per sector: about 2 revisions and 1 control each.
    const s1 = planning.quotaUse.find((q: any) => q.sector.name === 'Sector 1');
    expect(s1).toEqual({ sector: { name: 'Sector 1' }, revisions: 2, revisionQuota: 2, controls: 1, controlQuota: 1, accompaniments: 0, meetingSupports: 0, unplaced: 1 });
  });

  it('items avoid the flying worker\'s leave and permanence day and public holidays and closing days, and stay on working days in office hours', () => {
    for (const i of planning.items) {
      const s = new Date(i.startsAt);
      expect(s >= new Date('2027-03-05T23:00:00Z') || s < new Date('2027-02-28T23:00:00Z'), i.startsAt).toBe(true);
      expect(i.startsAt.slice(0, 10)).not.toBe('2027-03-10');
      // Easter Monday: offices are closed, no ordinary visit is placed.
      expect(i.startsAt.slice(0, 10), i.startsAt).not.toBe('2027-03-29');
      // Nor on the service's closing day.
      expect(i.startsAt.slice(0, 10), i.startsAt).not.toBe('2027-03-18');
      expect([1, 2, 3, 4, 5]).toContain(s.getUTCDay());
      expect(s.getUTCHours()).toBeGreaterThanOrEqual(7);
      expect(new Date(i.endsAt).getUTCHours()).toBeLessThanOrEqual(16);
    }
  });

  it('the social pole head adjusts a draft: a move stays in working hours and off other items', async () => {
    const token = await w.token(w.head);
    const [a, b] = planning.items.filter((i: any) => i.kind === 'REVISION');
    const saturday = await server.gql(withFragment(MOVE), { input: { itemId: a.id, startsAt: '2027-03-13T09:00:00Z' } }, token);
    expect(saturday.data?.planningItemMove.userErrors).toMatchObject([{ code: 'OUTSIDE_WORKING_HOURS' }]);
    const clash = await server.gql(withFragment(MOVE), { input: { itemId: a.id, startsAt: b.startsAt } }, token);
    expect(clash.data?.planningItemMove.userErrors).toMatchObject([{ code: 'ITEM_OVERLAP' }]);
    const leave = await server.gql(withFragment(MOVE), { input: { itemId: a.id, startsAt: '2027-03-03T09:00:00Z' } }, token);
    expect(leave.data?.planningItemMove.userErrors).toMatchObject([{ code: 'FLYING_WORKER_BUSY' }]);
    const permanence = await server.gql(withFragment(MOVE), { input: { itemId: a.id, startsAt: '2027-03-10T13:00:00Z' } }, token);
    expect(permanence.data?.planningItemMove.userErrors).toMatchObject([{ code: 'FLYING_WORKER_BUSY' }]);
    const sw = await server.gql(withFragment(MOVE), { input: { itemId: a.id, startsAt: '2027-03-31T12:00:00Z' } }, await w.token(w.sectors[0].sw));
    expect(sw.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const ok = await server.gql(withFragment(MOVE), { input: { itemId: a.id, startsAt: '2027-03-31T12:00:00Z' } }, token);
    expect(ok.data?.planningItemMove.userErrors).toEqual([]);
    expect(ok.data?.planningItemMove.planning.items.find((i: any) => i.id === a.id)).toMatchObject({ startsAt: '2027-03-31T12:00:00.000Z', endsAt: '2027-03-31T13:30:00.000Z' });
    planning = ok.data?.planningItemMove.planning;
  });

  it('fixing turns the items into visits of the flying worker; later changes need a reason and are recorded', async () => {
    const token = await w.token(w.head);
    const fixed = await server.gql(withFragment(FIX), { input: { planningId: planning.id } }, token);
    expect(fixed.data?.planningFix.userErrors).toEqual([]);
    const p = fixed.data?.planningFix.planning;
    expect(p).toMatchObject({ status: 'FIXED', fixedBy: { fullName: 'Hélène Head' } });
    const revision = p.items.find((i: any) => i.kind === 'REVISION');
    expect(revision.visit).toMatchObject({ status: 'PLANNED', kind: 'REVISION', plannedAt: revision.startsAt, visitor: { fullName: 'Flore Flying' } });
    expect(p.items.find((i: any) => i.kind === 'MEETING_SUPPORT').visit).toBeNull();

    const again = await server.gql(GENERATE, { input: { month: '2027-03' } }, token);
    expect(again.data?.planningGenerate.userErrors).toMatchObject([{ code: 'PLANNING_FIXED' }]);
    const noReason = await server.gql(withFragment(MOVE), { input: { itemId: revision.id, startsAt: '2027-03-30T12:00:00Z' } }, token);
    expect(noReason.data?.planningItemMove.userErrors).toMatchObject([{ field: ['input', 'reason'], code: 'REASON_REQUIRED' }]);
    server.clock.now = new Date('2027-02-24T10:00:00Z');
    const moved = await server.gql(withFragment(MOVE), { input: { itemId: revision.id, startsAt: '2027-03-30T12:00:00Z', reason: 'Beneficiary in hospital that week' } }, await w.token(w.head));
    expect(moved.data?.planningItemMove.userErrors).toEqual([]);
    expect(moved.data?.planningItemMove.planning.changes.at(-1)).toEqual({
      action: 'MOVED', fromStartsAt: revision.startsAt, toStartsAt: '2027-03-30T12:00:00.000Z', reason: 'Beneficiary in hospital that week', afterFixing: true, at: '2027-02-24T10:00:00.000Z', by: { fullName: 'Hélène Head' },
    });
    const removed = await server.gql(withFragment(FIX.replace('planningFix(input: $input)', 'planningItemRemove(input: $input)').replace('PlanningFixInput', 'PlanningItemRemoveInput')), { input: { itemId: revision.id, reason: 'Case closed' } }, await w.token(w.director));
    const item = removed.data?.planningItemRemove.planning.items.find((i: any) => i.id === revision.id);
    expect(item).toMatchObject({ status: 'REMOVED', visit: { status: 'CANCELLED', plannedAt: '2027-03-30T12:00:00.000Z' } });
    expect(removed.data?.planningItemRemove.planning.changes.at(-1)).toMatchObject({ action: 'REMOVED', reason: 'Case closed', afterFixing: true, by: { fullName: 'Denis Director' } });
    expect(removed.data?.planningItemRemove.planning.revisions).toBe(13);
  });

  it('node(id) gives a planning to the social roles and direction, not to the kiosk', async () => {
    const q = `query ($id: ID!) { node(id: $id) { ... on Planning { month status } } }`;
    expect((await server.gql(q, { id: planning.id }, await w.token(w.relay))).data?.node).toEqual({ month: '2027-03', status: 'FIXED' });
    expect((await server.gql(q, { id: planning.id }, w.kiosk)).data?.node).toBeNull();
  });

  it('reporting: planning and quota use per month and sector, every sector listed', async () => {
    const r = await server.gql(`{ planningReport(month: "2027-03") { month requests revisions revisionLimit controls controlLimit sectors { sector { name } revisions controls unplaced } plannings { status } } }`, {}, await w.token(w.director));
    expect(r.errors).toBeUndefined();
    const rep = r.data?.planningReport;
    expect(rep).toMatchObject({ month: '2027-03', requests: 28, revisions: 13, revisionLimit: 14, controls: 7, controlLimit: 7, plannings: [{ status: 'FIXED' }] });
    expect(rep.sectors).toHaveLength(8);
    expect(rep.sectors.find((s: any) => s.sector.name === 'Sector 8')).toEqual({ sector: { name: 'Sector 8' }, revisions: 0, controls: 0, unplaced: 4 });
    const kiosk = await server.gql(`{ planningReport(month: "2027-03") { month } }`, {}, w.kiosk);
    expect(kiosk.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('planningChanged: a change to the planning reaches subscribers through the outbox', async () => {
    const got: any[] = [];
    const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { token: await w.token(w.relay) }, retryAttempts: 0 });
    client.subscribe({ query: `subscription { planningChanged { type month planning { month status revisions } } }` }, { next: (r) => got.push(r.data?.planningChanged ?? r.errors), error: () => {}, complete: () => {} });
    await new Promise((r) => setTimeout(r, 300));
    const item = planning.items.find((i: any) => i.kind === 'HELPER_CONTROL');
    const moved = await server.gql(withFragment(MOVE), { input: { itemId: item.id, startsAt: '2027-03-29T12:00:00Z', reason: 'Helper on training that day' } }, await w.token(w.head));
    expect(moved.data?.planningItemMove.userErrors).toEqual([]);
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline && !got.length) await new Promise((r) => setTimeout(r, 20));
    await client.dispose();
    expect(got).toEqual([{ type: 'PLANNING_ITEM_MOVED', month: '2027-03', planning: { month: '2027-03', status: 'FIXED', revisions: 13 } }]);
  });
});
