// incidentChanged: events of declarations, status changes and documents reach only those who may
// read the incident (R5), each with the incident as it is now; the telephonist cannot subscribe.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '@support/server.js';
import { buildCasesWorld, openCase, serveCase, type CasesWorld } from '@support/cases-world.js';

const NOW = new Date('2026-03-10T10:00:00Z');
let server: TestServer;
let w: CasesWorld;
let home: { id: string };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Got = { type: string; incident: { id: string; status: string; description: string } };

function subscribe(token: string) {
  const got: Got[] = [];
  const errors: unknown[] = [];
  let connected = false;
  const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { token }, retryAttempts: 0, on: { connected: () => (connected = true) } });
  client.subscribe<{ incidentChanged: Got }>(
    { query: 'subscription { incidentChanged { cursor type occurredAt incident { id status description } } }' },
    { next: (r) => (r.data ? got.push(r.data.incidentChanged) : errors.push(r.errors)), error: (e) => errors.push(e), complete: () => {} },
  );
  return {
    got,
    errors,
    ready: async () => {
      for (let i = 0; i < 200 && !connected; i++) await sleep(15);
      await sleep(250);
    },
    close: () => client.dispose(),
  };
}

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildCasesWorld(server);
  home = await openCase(server, w, { lastName: 'Lemaire' });
  await serveCase(server, w, home.id, w.familyHelper);
  await serveCase(server, w, home.id, w.homeHelper);
});
afterAll(() => server?.close());

describe('incidentChanged', () => {
  it('reaches the declaring helper, the sector’s social worker and direction; not a colleague, another sector or the telephonist', async () => {
    const subs = {
      fanny: subscribe(await w.token(w.familyHelper)),
      hector: subscribe(await w.token(w.homeHelper)),
      sw: subscribe(await w.token(w.sw)),
      otherSw: subscribe(await w.token(w.otherSw)),
      director: subscribe(await w.token(w.director)),
      phone: subscribe(await w.token(w.telephonist)),
    };
    await Promise.all(Object.values(subs).map((s) => s.ready()));
    const declared = await server.gql(
      'mutation ($input: IncidentDeclareInput!) { incidentDeclare(input: $input) { incident { id } userErrors { code } } }',
      { input: { caseFileId: home.id, occurredAt: '2026-03-10T08:00:00Z', description: 'Stained the sofa with bleach.' } },
      await w.token(w.familyHelper),
    );
    const id = declared.data?.incidentDeclare.incident.id as string;
    const sent = await server.gql(
      'mutation ($input: IncidentStatusChangeInput!) { incidentStatusChange(input: $input) { userErrors { code } } }',
      { input: { incidentId: id, to: 'SENT_TO_INSURER', insurerReference: 'P-77' } },
      await w.token(w.sw),
    );
    expect(sent.data?.incidentStatusChange.userErrors).toEqual([]);
    for (let i = 0; i < 200 && [subs.fanny, subs.sw, subs.director].some((s) => s.got.length < 2); i++) await sleep(25);
    await sleep(300);
    for (const s of [subs.fanny, subs.sw, subs.director]) {
      expect(s.got.map((g) => g.type)).toEqual(['INCIDENT_DECLARED', 'INCIDENT_STATUS_CHANGED']);
      expect(s.got[1].incident).toMatchObject({ id, status: 'SENT_TO_INSURER', description: 'Stained the sofa with bleach.' });
    }
    expect(subs.hector.got).toEqual([]);
    expect(subs.otherSw.got).toEqual([]);
    expect(subs.phone.got).toEqual([]);
    expect(JSON.stringify(subs.phone.errors)).toContain('FORBIDDEN');
    for (const s of Object.values(subs)) await s.close();
  });
});
