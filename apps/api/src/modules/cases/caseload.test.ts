// The board's caseload counts through GraphQL and WebSocket: today's visits, R1 overdue evaluations,
// urgent cases awaiting action — per sector, readable by the kiosk, never with a name (R5).
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { makeSector } from '@support/factories.js';
import { buildCasesWorld, OPEN_CASE, openCase, type CasesWorld } from '@support/cases-world.js';
import { startTestServer, type TestServer } from '@support/server.js';
import { countStatements } from '@support/statements.js';

// Monday 23 November 2026, 10:00 in Brussels.
const NOW = new Date('2026-11-23T09:00:00Z');
// Two days later, when the plan agreed for the 24th is overdue (R1).
const LATER = new Date('2026-11-25T09:00:00Z');
const NAME = 'Zylberstein';
let server: TestServer;
let w: CasesWorld;

const CASELOADS = `{ sectors { id code caseload { day visitsToday evaluationsOverdue urgentOpen } } }`;
const TRANSITION = `mutation ($input: CaseFileTransitionInput!) { caseFileTransition(input: $input) { caseFile { version } userErrors { code message } } }`;
const URGENT_ACTION = `mutation ($input: CaseFileUrgentActionInput!) { caseFileUrgentActionRecord(input: $input) { caseFile { version } userErrors { code message } } }`;
const VISIT = `mutation ($input: VisitPlanInput!) { visitPlan(input: $input) { visit { id } userErrors { code message } } }`;
const CANCEL = `mutation ($input: VisitCancelInput!) { visitCancel(input: $input) { userErrors { code message } } }`;
const plan = (name: string, input: string) => `mutation ($input: ${input}!) { ${name}(input: $input) { aidPlan { id revision } userErrors { code message } } }`;

type Counts = { visitsToday: number; evaluationsOverdue: number; urgentOpen: number };

async function caseloadOf(sectorGid: string, token: string): Promise<Counts & { day: string }> {
  const r = await server.gql<{ sectors: { id: string; caseload: Counts & { day: string } }[] }>(CASELOADS, {}, token);
  expect(r.errors).toBeUndefined();
  const found = r.data?.sectors.find((s) => s.id === sectorGid);
  if (!found) throw new Error(`sector ${sectorGid} not listed`);
  return found.caseload;
}

async function ok<T>(query: string, input: Record<string, unknown>, token: string): Promise<T> {
  const r = await server.gql(query, { input }, token);
  const payload = r.data && (Object.values(r.data)[0] as { userErrors: unknown[] });
  if (r.errors || payload?.userErrors.length) throw new Error(JSON.stringify(r.errors ?? payload?.userErrors));
  return payload as T;
}

/** An active case whose agreed plan is due for evaluation on 24 November. */
async function activeCaseEvaluatedOn24th(token: string) {
  const c = await openCase(server, w, { lastName: NAME });
  let version = c.version;
  for (const to of ['ASSESSMENT', 'ACTIVE']) {
    version = (await ok<{ caseFile: { version: number } }>(TRANSITION, { caseFileId: c.id, expectedVersion: version, to, reason: 'Test' }, token)).caseFile.version;
  }
  const d = await ok<{ aidPlan: { id: string } }>(plan('aidPlanDraft', 'AidPlanDraftInput'), { caseFileId: c.id }, token);
  const action = { domain: 'HEALTH', objective: 'Stay at home', kind: 'INTERVENTION', description: 'Refer to the falls clinic', owner: 'Sarah Sector', dueDate: '2026-12-15' };
  await ok(plan('aidPlanUpdate', 'AidPlanUpdateInput'), { aidPlanId: d.aidPlan.id, expectedRevision: 1, actions: [action] }, token);
  await ok(plan('aidPlanPropose', 'AidPlanProposeInput'), { aidPlanId: d.aidPlan.id, expectedRevision: 2 }, token);
  await ok(plan('aidPlanAgree', 'AidPlanAgreeInput'), { aidPlanId: d.aidPlan.id, expectedRevision: 3, agreedBy: 'M. Zylberstein', agreedHow: 'Signed', nextEvaluationOn: '2026-11-24' }, token);
  return c;
}

/** An urgent case in the other sector, opened by its own social worker. */
async function urgentInOtherSector() {
  const input = { sectorId: w.other.gid, socialWorkerId: w.otherSw.gid, reasonForContact: 'Evicted tomorrow', urgent: true, beneficiary: { firstName: 'Paul', lastName: NAME } };
  return ok(OPEN_CASE, input, await w.token(w.otherSw));
}

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildCasesWorld(server);
});
afterAll(() => server?.close());

describe('sector caseloads on the board', () => {
  it("counts per sector today's visits (Brussels day, not cancelled), R1 overdue evaluations and urgent cases without action", async () => {
    const sw = await w.token(w.sw);
    await activeCaseEvaluatedOn24th(sw);
    const notDue = await openCase(server, w, { lastName: NAME });
    const urgent = await openCase(server, w, { urgent: true, lastName: NAME });
    const handled = await openCase(server, w, { urgent: true, lastName: NAME });
    await ok(URGENT_ACTION, { caseFileId: handled.id, expectedVersion: handled.version, actionTaken: 'Emergency home help sent' }, sw);
    await urgentInOtherSector();
    const visit = (plannedAt: string, caseFileId = notDue.id) => ok<{ visit: { id: string } }>(VISIT, { caseFileId, kind: 'REVISION', plannedAt, visitorId: w.sw.gid }, sw);
    await visit('2026-11-24T23:00:00Z'); // 25 Nov 00:00 in Brussels: today
    await visit('2026-11-25T22:59:00Z'); // 25 Nov 23:59: today
    await visit('2026-11-25T23:00:00Z'); // 26 Nov 00:00: tomorrow
    await visit('2026-11-24T22:59:00Z'); // 24 Nov 23:59: yesterday
    const cancelled = await visit('2026-11-25T13:00:00Z', urgent.id);
    await ok(CANCEL, { visitId: cancelled.visit.id, reason: 'Beneficiary in hospital' }, sw);

    expect(await caseloadOf(w.sector.gid, w.kiosk)).toEqual({ day: '2026-11-23', visitsToday: 0, evaluationsOverdue: 0, urgentOpen: 1 });
    server.clock.now = LATER;
    try {
      expect(await caseloadOf(w.sector.gid, w.kiosk)).toEqual({ day: '2026-11-25', visitsToday: 2, evaluationsOverdue: 1, urgentOpen: 1 });
      expect(await caseloadOf(w.other.gid, w.kiosk)).toMatchObject({ visitsToday: 0, evaluationsOverdue: 0, urgentOpen: 1 });
      // The same rules as the case list's filters (one SQL condition each, shared).
      const director = await w.token(w.director);
      const list = await server.gql(
        `query ($s: ID!) { overdue: caseFiles(sectorId: $s, evaluationOverdue: true) { totalCount } urgent: caseFiles(sectorId: $s, urgentAlert: true) { totalCount } }`,
        { s: w.sector.gid },
        director,
      );
      expect(list.data).toEqual({ overdue: { totalCount: 1 }, urgent: { totalCount: 1 } });
    } finally {
      server.clock.now = NOW;
    }
  });

  it('R5: the kiosk reads the counts but no case data, and the answer names nobody', async () => {
    const r = await server.gql(`{ sectors { name caseload { visitsToday evaluationsOverdue urgentOpen } } }`, {}, w.kiosk);
    expect(r.errors).toBeUndefined();
    expect(JSON.stringify(r.data)).not.toContain(NAME);
    const cases = await server.gql(`{ caseFiles(first: 1) { totalCount } }`, {}, w.kiosk);
    expect(cases.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await server.gql(CASELOADS, {}, null);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('costs the same number of SQL queries for 2 sectors as for 9 (one grouped query per kind)', async () => {
    const client = (server.app.db as unknown as { $client: { unsafe: (...a: unknown[]) => unknown } }).$client;
    const count = async () => {
      await server.gql('{ viewer { kind } }', {}, w.kiosk); // the token's session known before counting, both times
      const original = client.unsafe;
      let n = 0;
      client.unsafe = (...args: unknown[]) => (n++, original.apply(client, args));
      try {
        expect((await server.gql(CASELOADS, {}, w.kiosk)).errors).toBeUndefined();
      } finally {
        client.unsafe = original;
      }
      return n;
    };
    // The fewer of two counts: a background statement falling inside the window only ever adds.
    const before = Math.min(await count(), await count());
    for (let i = 0; i < 7; i++) await makeSector(server.db.db);
    const after = Math.min(await count(), await count());
    expect(after).toBe(before);
    expect(after).toBeLessThanOrEqual(2);
  });

  it('counts today’s visits in one grouped read joined to the sectors’ case files, not a subquery run per sector', async () => {
    const client = (server.app.db as unknown as { $client: { unsafe: (...a: unknown[]) => Promise<unknown> } }).$client;
    await server.gql('{ viewer { kind } }', {}, w.kiosk);
    const original = client.unsafe;
    const seen: [string, unknown[]][] = [];
    client.unsafe = (...args: unknown[]) => (seen.push([String(args[0]), (args[1] as unknown[]) ?? []]), original.apply(client, args));
    try {
      expect((await server.gql(CASELOADS, {}, w.kiosk)).errors).toBeUndefined();
    } finally {
      client.unsafe = original;
    }
    const counts = seen.find(([q]) => q.includes('"visits"'));
    expect(counts).toBeDefined();
    const [[{ 'QUERY PLAN': plan }]] = [(await original.call(client, `explain (format json) ${counts![0]}`, counts![1])) as { 'QUERY PLAN': unknown }[]];
    // Subplans (run per row or group) that read the visits: none. (R1's overdue test keeps its own.)
    type Node = { 'Subplan Name'?: string; 'Relation Name'?: string; Plans?: Node[] };
    const reads = (n: Node): string[] => [...(n['Relation Name'] ? [n['Relation Name']] : []), ...(n.Plans ?? []).flatMap(reads)];
    const subplans = (n: Node): Node[] => [...(n['Subplan Name'] ? [n] : []), ...(n.Plans ?? []).flatMap(subplans)];
    const root = (plan as { Plan: Node }[])[0].Plan;
    expect(reads(root)).toContain('visits');
    expect(subplans(root).filter((p) => reads(p).includes('visits'))).toEqual([]);
  });
});

describe('sectorCaseloadChanged', () => {
  type Message = { cursor: string; caseloads: ({ sector: { id: string; code: string } } & Counts)[] };
  let kiosk: Client;
  const got: Message[] = [];
  const errors: unknown[] = [];

  beforeAll(async () => {
    kiosk = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { token: w.kiosk }, retryAttempts: 0 });
    kiosk.subscribe(
      { query: `subscription { sectorCaseloadChanged { cursor caseloads { sector { id code name } day visitsToday evaluationsOverdue urgentOpen } } }` },
      { next: (r) => (r.errors ? errors.push(r.errors) : got.push(r.data?.sectorCaseloadChanged as Message)), error: (e) => errors.push(e), complete: () => {} },
    );
    await new Promise((r) => setTimeout(r, 300));
  });
  afterAll(() => kiosk?.dispose());

  const waitFor = async (n: number, within: number) => {
    const deadline = Date.now() + within;
    while (got.length < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    return got.length >= n;
  };

  it("the kiosk gets the sector's new counts within a second of an urgent case opening, and no name", async () => {
    const before = await caseloadOf(w.sector.gid, w.kiosk);
    const started = Date.now();
    const c = await openCase(server, w, { urgent: true, lastName: NAME });
    expect(await waitFor(1, 1_000)).toBe(true);
    expect(Date.now() - started).toBeLessThan(1_000);
    const mine = got[0].caseloads.find((s) => s.sector.id === w.sector.gid);
    expect(mine).toMatchObject({ urgentOpen: before.urgentOpen + 1, visitsToday: before.visitsToday, evaluationsOverdue: before.evaluationsOverdue });
    expect(errors).toEqual([]);

    // Recording the action ends the alert: only the sector that changed is sent.
    await ok(URGENT_ACTION, { caseFileId: c.id, expectedVersion: c.version, actionTaken: 'Called the GP' }, await w.token(w.sw));
    expect(await waitFor(2, 1_000)).toBe(true);
    expect(got[1].caseloads).toEqual([expect.objectContaining({ sector: expect.objectContaining({ id: w.sector.gid }), urgentOpen: before.urgentOpen })]);
    expect(JSON.stringify(got)).not.toContain(NAME);
  });

  it('a change that moves no count sends nothing; the next one that does is sent', async () => {
    const sent = got.length;
    await openCase(server, w, { lastName: NAME }); // not urgent: no count moves
    await new Promise((r) => setTimeout(r, 400));
    expect(got.length).toBe(sent);
    await urgentInOtherSector();
    expect(await waitFor(sent + 1, 1_000)).toBe(true);
    expect(got[sent].caseloads.map((s) => s.sector.id)).toEqual([w.other.gid]);
  });

  it('resumes after a cursor: a screen that was offline gets the counts as they are now', async () => {
    const screen = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { token: w.kiosk }, retryAttempts: 0 });
    try {
      const first = await new Promise<Message>((resolve, reject) => {
        screen.subscribe(
          { query: `subscription ($after: String) { sectorCaseloadChanged(after: $after) { cursor caseloads { sector { id code } visitsToday evaluationsOverdue urgentOpen } } }`, variables: { after: got[0].cursor } },
          { next: (r) => (r.data ? resolve(r.data.sectorCaseloadChanged as Message) : reject(r.errors)), error: reject, complete: () => {} },
        );
      });
      expect(Number(first.cursor)).toBeGreaterThan(Number(got[0].cursor));
      const now = await caseloadOf(w.sector.gid, w.kiosk);
      expect(first.caseloads.find((s) => s.sector.id === w.sector.gid)).toMatchObject({ urgentOpen: now.urgentOpen, visitsToday: now.visitsToday });
    } finally {
      await screen.dispose();
    }
  });

  it('one change costs the same SQL for 2 screens as for 10: the counts and the sectors are read once per event', async () => {
    const oneUrgentCaseTo = async (count: number) => {
      const received = Array.from({ length: count }, () => 0);
      const failures: unknown[] = [];
      const screens = received.map((_, i) => {
        const screen = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { token: w.kiosk }, retryAttempts: 0 });
        screen.subscribe(
          { query: `subscription { sectorCaseloadChanged { cursor caseloads { sector { id code name } urgentOpen } } }` },
          { next: (r) => (r.errors ? failures.push(r.errors) : received[i]++), error: (e) => failures.push(e), complete: () => {} },
        );
        return screen;
      });
      await new Promise((r) => setTimeout(r, 400));
      const { n } = await countStatements(server.app, async () => {
        await openCase(server, w, { urgent: true, lastName: NAME });
        const deadline = Date.now() + 3_000;
        while (received.some((x) => x < 1) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
        await new Promise((r) => setTimeout(r, 200));
      });
      await Promise.all(screens.map((screen) => screen.dispose()));
      expect(failures).toEqual([]);
      expect(received.every((x) => x === 1)).toBe(true);
      return n;
    };
    const few = await oneUrgentCaseTo(2);
    const many = await oneUrgentCaseTo(10);
    // The feed may read the outbox once more or less as notifications fall; eight more screens
    // reading their sectors each would add eight.
    expect(many).toBeLessThanOrEqual(few + 2);
  });

  it('R5: the kiosk may not follow case events themselves', async () => {
    const refused = await new Promise<unknown>((resolve) => {
      kiosk.subscribe({ query: 'subscription { caseFileChanged { type } }' }, { next: (r) => resolve(r.errors), error: resolve, complete: () => resolve(null) });
    });
    expect(JSON.stringify(refused)).toContain('FORBIDDEN');
  });
});
