// The board's planning panel through GraphQL and WebSocket: the kiosk reads the month, its status,
// quota use per sector (R7, R8), the R11 replacement and the relay queue size, and never a name of
// a beneficiary (R5); planningBoardChanged tells it within a second that something moved.
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestServer, type TestServer } from '@support/server.js';
import { buildPlanningWorld, GENERATE, REQUEST, type PlanningWorld } from '@support/planning-world.js';

let server: TestServer;
let w: PlanningWorld;
let planningId: string;

const BOARD = `{ planningBoard {
  month currentMonth status requests revisions revisionLimit controls controlLimit unplaced suspended relayQueueSize
  flyingWorker { fullName } relayWorker { fullName }
  sectors { sector { name } revisions revisionQuota controls controlQuota unplaced }
  replacement { kind inProgress startsAt endsAt flyingWorker { fullName } socialWorker { fullName } sector { name } }
} }`;
const CREATE = `mutation ($input: FlyingAssignmentCreateInput!) { flyingAssignmentCreate(input: $input) { assignment { id } userErrors { code } } }`;
const FIX = `mutation ($input: PlanningFixInput!) { planningFix(input: $input) { planning { status items { visit { id plannedAt } } } userErrors { code } } }`;
const DONE = `mutation ($input: PreparationStepDoneInput!) { preparationStepDone(input: $input) { userErrors { code } } }`;

const board = async (token = w.kiosk) => {
  const r = await server.gql(BOARD, {}, token);
  expect(r.errors).toBeUndefined();
  return r.data?.planningBoard;
};

beforeAll(async () => {
  // Wednesday 10 February 2027: March is being prepared.
  server = await startTestServer({ now: new Date('2027-02-10T09:00:00Z') });
  w = await buildPlanningWorld(server, 7);
  // Sector 1 asks 3 revisions (R7: about 2), sectors 2–7 one each, sector 1 two controls (R8: 1).
  const ask = async (i: number, input: Record<string, unknown>) => {
    const r = await server.gql(REQUEST, { input: { month: '2027-03', ...input } }, await w.token(w.sectors[i].sw));
    expect(r.data?.planningRequestCreate.userErrors).toEqual([]);
  };
  for (let k = 0; k < 3; k++) await ask(0, { kind: 'REVISION', caseFileId: (await w.makeCase(0)).gid });
  for (let i = 1; i < 7; i++) await ask(i, { kind: 'REVISION', caseFileId: (await w.makeCase(i, { propertyAdministrator: i === 1 })).gid });
  for (let k = 0; k < 2; k++) await ask(0, { kind: 'HELPER_CONTROL', helperId: w.sectors[0].helper.gid });
});
afterAll(() => server?.close());

describe('planningBoard', () => {
  it('before generation the kiosk sees next month, no status and every sector at zero', async () => {
    const b = await board();
    expect(b).toMatchObject({ month: '2027-03', currentMonth: false, status: null, requests: 11, revisions: 0, revisionLimit: 14, controls: 0, controlLimit: 7, replacement: null, flyingWorker: { fullName: 'Flore Flying' }, relayWorker: { fullName: 'Remi Relay' } });
    expect(b.sectors).toHaveLength(7);
    expect(b.sectors.every((s: any) => s.revisions === 0 && s.controls === 0)).toBe(true);
  });

  it('R7, R8: the kiosk reads the quota use per sector as planningReport reports it, with no beneficiary name (R5)', async () => {
    const g = await server.gql(GENERATE, { input: { month: '2027-03' } }, await w.token(w.head));
    expect(g.data?.planningGenerate.userErrors).toEqual([]);
    planningId = g.data?.planningGenerate.planning.id;
    const report = await server.gql(`{ planningReport(month: "2027-03") { sectors { sector { name } revisions revisionQuota controls controlQuota unplaced } } }`, {}, await w.token(w.head));
    const b = await board();
    expect(b).toMatchObject({ status: 'DRAFT', revisions: 9, controls: 1, unplaced: 1 });
    expect(b.sectors).toEqual(report.data?.planningReport.sectors);
    expect(b.sectors[0]).toEqual({ sector: { name: 'Sector 1' }, revisions: 3, revisionQuota: 2, controls: 1, controlQuota: 1, unplaced: 1 });
    expect(JSON.stringify(b)).not.toMatch(/Eficiary|Ben\d/);
  });

  it('R5: the kiosk may not read the planning itself, its report or its content-carrying feed', async () => {
    for (const q of [`{ planningReport(month: "2027-03") { revisions } }`, `{ plannings(month: "2027-03") { id } }`, `{ relayWorkList { queueSize } }`]) {
      expect((await server.gql(q, {}, w.kiosk)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('R11: the next replacement shows with who is replaced where, and as in progress once it runs; its items count as suspended', async () => {
    const r = await server.gql(CREATE, { input: { kind: 'SICKNESS_REPLACEMENT', socialWorkerId: w.sectors[2].sw.gid, fromDate: '2027-03-01', toDate: '2027-03-05', tasks: ['Visits of Mr Eficiary'] } }, await w.token(w.head));
    expect(r.data?.flyingAssignmentCreate.userErrors).toEqual([]);
    const b = await board();
    // The kiosk learns who replaces whom, not why (R5); direction reads the kind.
    expect((await board(await w.token(w.head))).replacement.kind).toBe('SICKNESS_REPLACEMENT');
    expect(b.replacement).toEqual({ kind: null, inProgress: false, startsAt: '2027-02-28T23:00:00.000Z', endsAt: '2027-03-05T23:00:00.000Z', flyingWorker: { fullName: 'Flore Flying' }, socialWorker: { fullName: 'Social Worker 3' }, sector: { name: 'Sector 3' } });
    expect(b.suspended).toBeGreaterThan(0);
    // The task text may name a beneficiary: it is not on the board.
    expect(JSON.stringify(b)).not.toContain('Eficiary');
  });

  it('the month under way shows once fixed; the relay queue counts steps before its visits and drops when one is done', async () => {
    const fixed = await server.gql(FIX, { input: { planningId } }, await w.token(w.head));
    expect(fixed.errors).toBeUndefined();
    expect(fixed.data?.planningFix.userErrors).toEqual([]);
    server.clock.now = new Date('2027-03-02T09:00:00Z');
    const b = await board();
    expect(b).toMatchObject({ month: '2027-03', currentMonth: true, status: 'FIXED', replacement: { inProgress: true } });
    expect(b.relayQueueSize).toBeGreaterThan(0);
    // A visit still to come (the list looks ahead from now).
    const visitId = fixed.data?.planningFix.planning.items.find((i: any) => i.visit && i.visit.plannedAt > "2027-03-10")?.visit.id;
    const done = await server.gql(DONE, { input: { visitId, kind: 'VISIT_LETTER' } }, await w.token(w.relay));
    expect(done.data?.preparationStepDone.userErrors).toEqual([]);
    expect((await board()).relayQueueSize).toBe(b.relayQueueSize - 1);
  });
});

describe('planningBoardChanged', () => {
  let kiosk: Client;
  const got: any[] = [];
  const errors: unknown[] = [];

  beforeAll(async () => {
    kiosk = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { token: w.kiosk }, retryAttempts: 0 });
    kiosk.subscribe({ query: 'subscription { planningBoardChanged { cursor type occurredAt } }' }, { next: (r) => (r.errors ? errors.push(r.errors) : got.push(r.data?.planningBoardChanged)), error: (e) => errors.push(e), complete: () => {} });
    await new Promise((r) => setTimeout(r, 300));
  });
  afterAll(() => kiosk?.dispose());

  it('the kiosk hears within a second that a replacement ended, with no content; the board then shows none running', async () => {
    const list = await server.gql(`{ flyingAssignments { id } }`, {}, await w.token(w.head));
    const started = Date.now();
    const end = await server.gql(`mutation ($input: FlyingAssignmentEndInput!) { flyingAssignmentEnd(input: $input) { userErrors { code } } }`, { input: { assignmentId: list.data?.flyingAssignments[0].id } }, await w.token(w.head));
    expect(end.data?.flyingAssignmentEnd.userErrors).toEqual([]);
    while (!got.length && Date.now() - started < 1_000) await new Promise((r) => setTimeout(r, 10));
    expect(got).toEqual([{ cursor: expect.any(String), type: 'FLYING_ASSIGNMENT_ENDED', occurredAt: expect.any(String) }]);
    expect(errors).toEqual([]);
    expect((await board()).replacement).toBeNull();
  });

  it("the kiosk hears within a second that a visit was cancelled, as the type only; the relay queue drops by that visit's steps", async () => {
    const before = (await board()).relayQueueSize;
    const plannings = await server.gql(`{ plannings(month: "2027-03") { items { visit { id plannedAt status } } } }`, {}, await w.token(w.head));
    const visit = plannings.data?.plannings[0].items.map((i: any) => i.visit).find((v: any) => v && v.status === 'PLANNED' && v.plannedAt > '2027-03-02T10:00:00Z');
    const sent = got.length;
    const started = Date.now();
    const r = await server.gql(`mutation ($input: VisitCancelInput!) { visitCancel(input: $input) { userErrors { code } } }`, { input: { visitId: visit.id, reason: 'Beneficiary Eficiary in hospital' } }, await w.token(w.head));
    expect(r.data?.visitCancel.userErrors).toEqual([]);
    while (got.length === sent && Date.now() - started < 1_000) await new Promise((res) => setTimeout(res, 10));
    expect(got.slice(sent)).toEqual([{ cursor: expect.any(String), type: 'VISIT_CANCELLED', occurredAt: expect.any(String) }]);
    expect((await board()).relayQueueSize).toBeLessThan(before);
    expect(JSON.stringify(got)).not.toContain('Eficiary');
  });

  it('R5: the kiosk may not follow planningChanged, which carries requests and case files', async () => {
    const result = await new Promise<unknown>((resolve) => {
      kiosk.subscribe({ query: 'subscription { planningChanged { type } }' }, { next: (r) => resolve(r.errors?.[0]?.extensions?.code ?? r.errors), error: resolve, complete: () => resolve(null) });
    });
    expect(result).toBe('FORBIDDEN');
  });
});
