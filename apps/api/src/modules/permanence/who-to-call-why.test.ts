// R5 in R14: that someone is away is for every reader of who to call; why (leave, training, time off
// in lieu…) only for who records absences and the person. The kiosk, the telephonist, a home helper
// and a trainee read "is away until" for every absence kind, through the query, `node` and both
// subscriptions, while a social worker reading the same event at the same time reads why.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { days, hours, makeStaff, plus } from '@support/factories.js';
import { startTestServer, type TestServer } from '@support/server.js';
import { buildWorld, type World } from '@support/world.js';

// Tuesday 24 November 2026, 10:30 in Brussels.
const NOW = new Date('2026-11-24T09:30:00Z');
const KINDS = ['SICKNESS', 'LEAVE', 'TRAINING', 'TIME_OFF_IN_LIEU', 'OTHER'] as const;
const WHY = /leave|training|lieu|sick/i;
let server: TestServer;
let w: World;
let relay: string;
let unknowing: [string, string][];

const REASONS = 'chain { reasonCode reason }';
const BY_QUERY = `query ($sectorId: ID!) { whoToCall(sectorId: $sectorId) { ${REASONS} } }`;
const BY_SECTORS = `{ sectors { id whoToCall { ${REASONS} } } }`;
const BY_NODE = `query ($id: ID!) { node(id: $id) { ... on Sector { whoToCall { ${REASONS} } } } }`;
const RECORD = `mutation ($input: AbsenceRecordInput!) { absenceRecord(input: $input) { absence { id } userErrors { field code message } } }`;
const CANCEL = `mutation ($input: AbsenceCancelInput!) { absenceCancel(input: $input) { userErrors { code } } }`;
const ONE = `subscription ($sectorId: ID!) { whoToCallChanged(sectorId: $sectorId) { whoToCall { ${REASONS} } } }`;
const ALL = `subscription { sectorsWhoToCallChanged { answers { sector { id } ${REASONS} } } }`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function follow(token: string, query: string, variables: Record<string, unknown> = {}) {
  const messages: any[] = [];
  let connected = false;
  const client: Client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { token }, retryAttempts: 0, on: { connected: () => (connected = true) } });
  client.subscribe({ query, variables }, { next: (r: any) => messages.push(r.errors ? { errors: r.errors } : r.data), error: (e) => messages.push({ errors: e }), complete: () => {} });
  return {
    ready: async () => {
      const end = Date.now() + 5_000;
      while (!connected && Date.now() < end) await sleep(10);
      await sleep(400);
    },
    received: async (n: number) => {
      const end = Date.now() + 5_000;
      while (messages.length < n && Date.now() < end) await sleep(20);
      return [...messages];
    },
    close: () => client.dispose(),
  };
}

function sectorReason(data: any): string {
  return data.whoToCall?.chain[0].reason ?? data.node?.whoToCall.chain[0].reason ?? data.sectors.find((s: any) => s.id === w.sector.gid).whoToCall.chain[0].reason;
}

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildWorld(server, { from: '2026-11-16', to: '2026-12-14' });
  relay = await w.token(w.relay);
  const homeHelper = await makeStaff(server.db.db, 'HOME_HELPER', { fullName: 'Hanna Home', sectorId: w.sector.id });
  const trainee = await makeStaff(server.db.db, 'TRAINEE', { fullName: 'Tom Trainee' });
  unknowing = [
    ['kiosk', w.kiosk],
    ['telephonist', await w.token(w.telephonist)],
    ['home helper', await w.token(homeHelper)],
    ['trainee', await w.token(trainee)],
  ];
});
afterAll(() => server?.close());

async function away(kind: string) {
  const r = await server.gql(RECORD, { input: { staffId: w.sw.gid, kind, startsAt: plus(NOW, hours(-1)), endsAt: plus(NOW, days(2)) } }, relay);
  expect(r.data?.absenceRecord.userErrors).toEqual([]);
  return r.data?.absenceRecord.absence.id as string;
}

describe('R5 in R14: why someone is away', () => {
  it.each(KINDS)('%s: the kiosk, telephonist, home helper and trainee read only "away until", by query, sectors and node', async (kind) => {
    const id = await away(kind);
    try {
      for (const [who, token] of unknowing) {
        for (const [query, variables] of [[BY_QUERY, { sectorId: w.sector.gid }], [BY_SECTORS, {}], [BY_NODE, { id: w.sector.gid }]] as const) {
          const r = await server.gql(query, variables, token);
          expect(r.errors, who).toBeUndefined();
          const reason = sectorReason(r.data);
          expect(reason, `${who}: ${reason}`).toMatch(/^Sarah Sector is away until /);
          expect(reason, `${who}: ${reason}`).not.toMatch(WHY);
        }
      }
      // Who records absences reads why (sickness stays "away" for everyone).
      const known = sectorReason((await server.gql(BY_QUERY, { sectorId: w.sector.gid }, relay)).data);
      const words = { SICKNESS: 'is away until', LEAVE: 'is on leave until', TRAINING: 'is in training until', TIME_OFF_IN_LIEU: 'is on time off in lieu until', OTHER: 'is away until' };
      expect(known).toContain(`Sarah Sector ${words[kind]} `);
      // The person herself too.
      const own = sectorReason((await server.gql(BY_QUERY, { sectorId: w.sector.gid }, await w.token(w.sw))).data);
      expect(own).toBe(known);
    } finally {
      expect((await server.gql(CANCEL, { input: { absenceId: id } }, relay)).data?.absenceCancel.userErrors).toEqual([]);
    }
  });

  it('the subscriptions send each viewer their own wording of one shared event', async () => {
    const streams = [
      ...unknowing.flatMap(([who, token]) => [
        { who, knows: false, s: follow(token, ONE, { sectorId: w.sector.gid }) },
        { who, knows: false, s: follow(token, ALL) },
      ]),
      { who: 'relay', knows: true, s: follow(relay, ONE, { sectorId: w.sector.gid }) },
      { who: 'relay', knows: true, s: follow(relay, ALL) },
    ];
    for (const { s } of streams) await s.ready();
    const id = await away('TRAINING');
    try {
      for (const { who, knows, s } of streams) {
        const [m] = await s.received(1);
        expect(m?.errors, who).toBeUndefined();
        const answer = m.whoToCallChanged?.whoToCall ?? m.sectorsWhoToCallChanged.answers.find((a: any) => a.sector.id === w.sector.gid);
        const reason = answer.chain[0].reason;
        if (knows) expect(reason, who).toMatch(/^Sarah Sector is in training until /);
        else {
          expect(reason, who).toMatch(/^Sarah Sector is away until /);
          expect(reason, who).not.toMatch(WHY);
        }
      }
    } finally {
      for (const { s } of streams) s.close();
      await server.gql(CANCEL, { input: { absenceId: id } }, relay);
    }
  });
});
