// R5 on the permanence and the planning board: why a shift changed hands (its free-text event and
// reason, e.g. "admitted to hospital") and why the flying social worker replaces someone (sickness)
// are for who records absences and the people concerned; the kiosk, the telephonist and helpers
// learn who and when, never why — on the query, `node` and subscription paths alike.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { until } from '../events/subscriber.js';
import { startTestServer, type TestServer } from '@support/server.js';

const NOW = new Date('2026-03-04T10:00:00Z');
const SECRET = 'Holder admitted to hospital: cardiac arrest';
const REASON = 'Burn-out, off for two weeks';
const BLIND = ['KIOSK', 'TELEPHONIST', 'HOME_HELPER', 'FAMILY_HELPER', 'TRAINEE'];
const TOLD = ['DIRECTOR', 'RELAY_CONTROL_SOCIAL_WORKER', 'SOCIAL_WORKER'];

let server: TestServer;
const tokens: Record<string, string> = {};
let replacementId: string;
// The same subscription document from three viewers on one process: the process executes each event
// once per viewer projection and shares the frame (graphql/shared-frames.ts), never across them.
const LIVE = ['KIOSK', 'TELEPHONIST', 'DIRECTOR'];
const liveEvents: Record<string, { event: string | null; reason: string | null }[]> = Object.fromEntries(LIVE.map((v) => [v, []]));
const liveRaw: Record<string, string[]> = Object.fromEntries(LIVE.map((v) => [v, []]));
const disposers: (() => void)[] = [];

beforeAll(async () => {
  server = await startTestServer({ now: NOW, seed: true });
  for (const l of server.demo?.logins ?? []) tokens[l.role] = await server.login(l.email);
  tokens.KIOSK = server.demo?.kioskToken ?? '';

  for (const viewer of LIVE) {
    const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { token: tokens[viewer] }, retryAttempts: 0 });
    disposers.push(() => void client.dispose());
    client.subscribe(
      // The event's shift too (the board reads it, with its replacements): why stays out of it as well.
      { query: 'subscription { permanenceChanged { replacement { event reason } shift { replacements { event reason } } } }' },
      {
        next: (r) => {
          if (!r.data?.permanenceChanged) return;
          liveRaw[viewer].push(JSON.stringify(r.data));
          liveEvents[viewer].push((r.data.permanenceChanged as { replacement: { event: string | null; reason: string | null } }).replacement);
        },
        error: () => {},
        complete: () => {},
      },
    );
  }
  await new Promise((r) => setTimeout(r, 300));

  const onCall = await server.gql('{ permanenceOnCall { current { id holders { id } } } staffMembers { id role } }', {}, tokens.DIRECTOR);
  expect(onCall.errors).toBeUndefined();
  const shift = onCall.data?.permanenceOnCall.current;
  const holders = new Set(shift.holders.map((h: { id: string }) => h.id));
  const other = onCall.data?.staffMembers.find((s: { id: string; role: string }) => s.role === 'SOCIAL_WORKER' && !holders.has(s.id));
  const r = await server.gql(
    'mutation ($i: PermanenceReplaceInput!) { permanenceReplace(input: $i) { replacement { id event } userErrors { code message } } }',
    { i: { shiftId: shift.id, holderStaffId: other.id, event: SECRET, reason: REASON } },
    tokens.RELAY_CONTROL_SOCIAL_WORKER,
  );
  expect(r.data?.permanenceReplace.userErrors).toEqual([]);
  expect(r.data?.permanenceReplace.replacement.event).toBe(SECRET);
  replacementId = r.data?.permanenceReplace.replacement.id;
  await until(() => LIVE.every((v) => liveEvents[v].length > 0));
});

afterAll(async () => {
  disposers.forEach((dispose) => dispose());
  await server?.close();
});

// The shift on call now (a replacement under way splits the shift at "now"), and the replacement by `node`.
const REPLACEMENTS = `query ($id: ID!) {
  permanenceOnCall { current { replacements { kind event reason } } }
  node(id: $id) { ... on PermanenceReplacement { kind event reason } }
}`;

describe('why a shift changed hands', () => {
  for (const role of BLIND) {
    it(`${role} reads that the shift changed hands, not its event or reason (on call now, node)`, async () => {
      const r = await server.gql(REPLACEMENTS, { id: replacementId }, tokens[role]);
      expect(JSON.stringify(r)).not.toContain('cardiac');
      expect(JSON.stringify(r)).not.toContain('Burn-out');
      expect(r.data?.permanenceOnCall.current.replacements).toContainEqual({ kind: 'SAME_DAY', event: null, reason: null });
      // node() answers the replacement without why, or refuses it: never the text.
      expect([{ kind: 'SAME_DAY', event: null, reason: null }, null]).toContainEqual(r.data?.node ?? null);
    });
  }
  for (const role of TOLD) {
    it(`${role} reads the event and the reason`, async () => {
      const r = await server.gql(REPLACEMENTS, { id: replacementId }, tokens[role]);
      expect(r.data?.permanenceOnCall.current.replacements).toContainEqual({ kind: 'SAME_DAY', event: SECRET, reason: REASON });
      expect(r.data?.node).toEqual({ kind: 'SAME_DAY', event: SECRET, reason: REASON });
    });
  }
  it('the kiosk and the telephonist subscriptions carry the change without its event or reason; direction, on the same process with the same document, gets both', () => {
    for (const viewer of ['KIOSK', 'TELEPHONIST']) {
      expect(liveEvents[viewer].length).toBeGreaterThan(0);
      for (const e of liveEvents[viewer]) expect(e).toEqual({ event: null, reason: null });
      for (const raw of liveRaw[viewer]) expect(raw).not.toMatch(/cardiac|Burn-out/);
    }
    expect(liveEvents.DIRECTOR).toContainEqual({ event: SECRET, reason: REASON });
    expect(liveRaw.DIRECTOR.join('')).toContain('cardiac');
  });
});

describe("why the flying social worker replaces someone (the planning board's replacement)", () => {
  const Q = '{ planningBoard { replacement { kind socialWorker { fullName } } } }';
  it('the demo has a replacement under way, and direction reads its kind', async () => {
    const r = await server.gql(Q, {}, tokens.DIRECTOR);
    expect(r.data?.planningBoard.replacement.kind).toBe('SICKNESS_REPLACEMENT');
  });
  for (const role of BLIND) {
    it(`${role} reads who replaces whom, not why`, async () => {
      const r = await server.gql(Q, {}, tokens[role]);
      expect(r.errors).toBeUndefined();
      expect(r.data?.planningBoard.replacement.socialWorker.fullName).toBeTruthy();
      expect(r.data?.planningBoard.replacement.kind).toBeNull();
    });
  }
});
