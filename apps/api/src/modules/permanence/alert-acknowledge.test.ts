// The permanence desk through GraphQL on a real database: acknowledging an alert (who may, what
// each role reads of it, every board told) and the desk actions the viewer is offered.
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alerts, events } from '../../db/schema/index.js';
import { days, hours, plus } from '@support/factories.js';
import { startTestServer, type TestServer } from '@support/server.js';
import { buildWorld, shiftAt, type World } from '@support/world.js';
import { subscribeAlerts } from '@support/alert-subscriber.js';

// Monday 23 November 2026, 10:00 in Brussels.
const NOW = new Date('2026-11-23T09:00:00Z');
let server: TestServer;
let w: World;
let alertId: string;

const ACK = `mutation ($input: AlertAcknowledgeInput!) {
  alertAcknowledge(input: $input) { alert { id acknowledgedAt acknowledgedBy { fullName } acknowledgementNote } userErrors { field code message } }
}`;
const READ = `query ($id: ID!) { node(id: $id) { ... on Alert { acknowledgedAt acknowledgedBy { fullName } acknowledgementNote } } }`;
const LIST = `{ alerts(first: 10) { edges { node { id acknowledgedAt acknowledgedBy { fullName } acknowledgementNote } } } }`;

async function snapshot() {
  const [e] = await server.db.db.select({ n: count() }).from(events);
  const rows = await server.db.db.select().from(alerts);
  return { events: e.n, acks: rows.map((a) => [a.id, a.acknowledgedAt?.getTime() ?? null, a.acknowledgementNote]) };
}

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildWorld(server, { from: '2026-11-16', to: '2027-01-11' });
  // Paul is away during a shift in ten days: one member of the binôme away, an alert.
  const shift = shiftAt(w, plus(NOW, days(10)));
  const r = await server.gql(
    'mutation ($input: AbsenceRecordInput!) { absenceRecord(input: $input) { userErrors { code } } }',
    { input: { staffId: w.p1.gid, kind: 'SICKNESS', startsAt: shift.startsAt, endsAt: plus(shift.startsAt, hours(4)), note: 'Hospital' } },
    await w.token(w.relay),
  );
  expect(r.data?.absenceRecord.userErrors).toEqual([]);
  const list = await server.gql(LIST, {}, w.kiosk);
  alertId = list.data?.alerts.edges[0].node.id;
  expect(alertId).toBeTruthy();
});
afterAll(() => server?.close());

describe('alerts: the list', () => {
  it('totalCount counts every open alert still ahead, on the first page, a later one and past the end', async () => {
    const PAGE = `query ($first: Int, $after: String) { alerts(first: $first, after: $after) { totalCount edges { cursor } } }`;
    const all = (await server.gql(PAGE, { first: 100 }, w.kiosk)).data?.alerts;
    const n = all.edges.length;
    expect(all.totalCount).toBe(n);
    const rows = await server.db.db.select().from(alerts);
    expect(n).toBe(rows.filter((a) => !a.resolvedAt && a.endsAt > NOW).length);
    const first = (await server.gql(PAGE, { first: 1 }, w.kiosk)).data?.alerts;
    expect(first).toMatchObject({ totalCount: n, edges: [{ cursor: all.edges[0].cursor }] });
    const past = (await server.gql(PAGE, { first: 1, after: all.edges[n - 1].cursor }, w.kiosk)).data?.alerts;
    expect(past).toEqual({ totalCount: n, edges: [] });
  });
});

describe('alertAcknowledge', () => {
  it('the kiosk and a helper may not acknowledge an alert, and nothing changes', async () => {
    const before = await snapshot();
    for (const token of [w.kiosk, await w.token(w.helper)]) {
      const r = await server.gql(ACK, { input: { alertId, note: 'x' } }, token);
      expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await snapshot()).toEqual(before);
  });

  it('bad input names the field and the rule, and changes nothing', async () => {
    const token = await w.token(w.telephonist);
    const before = await snapshot();
    const unknown = await server.gql(ACK, { input: { alertId: w.sector.gid } }, token);
    expect(unknown.data?.alertAcknowledge).toEqual({ alert: null, userErrors: [{ field: ['input', 'alertId'], code: 'UNKNOWN_ALERT', message: expect.any(String) }] });
    const tooLong = await server.gql(ACK, { input: { alertId, note: 'x'.repeat(5001) } }, token);
    expect(tooLong.data?.alertAcknowledge.userErrors[0]).toMatchObject({ field: ['input', 'note'] });
    expect(await snapshot()).toEqual(before);
  });

  it('the telephonist acknowledges it; every board is told at once; it stays open', async () => {
    const token = await w.token(w.telephonist);
    const sub = subscribeAlerts(server.url, w.kiosk);
    await sub.ready();
    const r = await server.gql(ACK, { input: { alertId, note: 'Calling Pia to confirm she covers alone' } }, token);
    expect(r.data?.alertAcknowledge).toEqual({
      alert: { id: alertId, acknowledgedAt: NOW.toISOString(), acknowledgedBy: { fullName: 'Tina Phone' }, acknowledgementNote: 'Calling Pia to confirm she covers alone' },
      userErrors: [],
    });
    expect(await sub.types(1)).toEqual(['ALERT_ACKNOWLEDGED']);
    await sub.close();
    const open = await server.gql(LIST, {}, w.kiosk);
    expect(open.data?.alerts.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(alertId);
  });

  it('R5: the note is for who records absences and its author; the kiosk and a helper read who and when', async () => {
    const relay = await server.gql(READ, { id: alertId }, await w.token(w.relay));
    expect(relay.data?.node.acknowledgementNote).toBe('Calling Pia to confirm she covers alone');
    for (const token of [w.kiosk, await w.token(w.helper)]) {
      for (const r of [await server.gql(READ, { id: alertId }, token), await server.gql(LIST, {}, token)]) {
        const node = r.data?.node ?? r.data?.alerts.edges.find((e: { node: { id: string } }) => e.node.id === alertId)?.node;
        expect(node).toMatchObject({ acknowledgedAt: NOW.toISOString(), acknowledgedBy: { fullName: 'Tina Phone' }, acknowledgementNote: null });
      }
    }
  });

  it('a second acknowledgement is refused in words and changes nothing', async () => {
    const before = await snapshot();
    const r = await server.gql(ACK, { input: { alertId } }, await w.token(w.director));
    expect(r.data?.alertAcknowledge.userErrors).toEqual([{ field: ['input', 'alertId'], code: 'ALERT_ALREADY_ACKNOWLEDGED', message: expect.stringContaining('already') }]);
    expect(await snapshot()).toEqual(before);
  });
});

describe('Viewer.actions', () => {
  const PROBES: Record<string, string> = {
    PERMANENCE_REPLACE: 'mutation { permanenceReplace(input: { shiftId: "x" }) { userErrors { code } } }',
    ABSENCE_RECORD: 'mutation { absenceRecord(input: { staffId: "x", kind: LEAVE, startsAt: "2027-01-01T00:00:00Z", endsAt: "2027-01-02T00:00:00Z" }) { userErrors { code } } }',
    CONFLICT_ACKNOWLEDGE: 'mutation { scheduleConflictAcknowledge(input: { conflictId: "x", note: "n" }) { userErrors { code } } }',
    ALERT_ACKNOWLEDGE: 'mutation { alertAcknowledge(input: { alertId: "x" }) { userErrors { code } } }',
    SWAP_OFFER: 'mutation { permanenceSwapOffer(input: { shiftId: "x" }) { userErrors { code } } }',
    SWAP_APPROVE: 'mutation { permanenceSwapApprove(input: { swapId: "x" }) { userErrors { code } } }',
  };

  it('offers the kiosk no desk action', async () => {
    const kiosk = await server.gql('{ viewer { kind actions } }', {}, w.kiosk);
    expect(kiosk.data?.viewer).toEqual({ kind: 'KIOSK', actions: [] });
  });

  it.each(['sw', 'flying', 'relay', 'head', 'director', 'helper', 'telephonist'] as const)('offers the %s exactly the desk actions the API lets it do', async (who) => {
    const token = await w.token(w[who]);
    const offered = (await server.gql('{ viewer { actions } }', {}, token)).data?.viewer.actions as string[];
    const allowed: string[] = [];
    for (const [action, probe] of Object.entries(PROBES)) {
      const r = await server.gql(probe, {}, token);
      if (r.errors?.[0]?.extensions?.code !== 'FORBIDDEN') allowed.push(action);
    }
    expect(offered).toEqual(allowed);
  });

  it('the telephonist may acknowledge alerts and nothing else of the desk', async () => {
    const r = await server.gql('{ viewer { actions } }', {}, await w.token(w.telephonist));
    expect(r.data?.viewer.actions).toEqual(['ALERT_ACKNOWLEDGE']);
  });
});
