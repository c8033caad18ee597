// R14 as a feed, on time (issue 12): an absence that starts or ends mid-minute makes
// `whoToCallChanged` fire at that instant (within a second), not at the next minute's turn: the
// feed's timer is planned for the next known change and planned again after each write. The service
// clock runs here at the wall clock's pace from a set instant.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { days, plus } from '@support/factories.js';
import { startTestServer, type TestServer } from '@support/server.js';
import { buildWorld, type World } from '@support/world.js';
import { follow } from '@support/ws-stream.js';

// Tuesday 24 November 2026, 10:30:20 in Brussels: mid-minute.
const NOW = new Date('2026-11-24T09:30:20Z');
let server: TestServer;
let w: World;
let relay: string;

const ONE = 'subscription ($sectorId: ID!) { whoToCallChanged(sectorId: $sectorId) { cursor cause occurredAt whoToCall { role at person { fullName } } } }';
const ALL = 'subscription { sectorsWhoToCallChanged { cause occurredAt answers { role sector { id } } } }';
const RECORD = 'mutation ($input: AbsenceRecordInput!) { absenceRecord(input: $input) { absence { id } userErrors { field code message } } }';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The service clock runs from `from` at the wall clock's pace until the returned stop is called. */
function runClock(from: Date): { wallAt: (instant: Date) => number; stop: () => void } {
  const wall0 = Date.now();
  Object.defineProperty(server.clock, 'now', { configurable: true, enumerable: true, get: () => new Date(from.getTime() + Date.now() - wall0) });
  return {
    wallAt: (instant) => wall0 + instant.getTime() - from.getTime(),
    stop: () => Object.defineProperty(server.clock, 'now', { configurable: true, enumerable: true, writable: true, value: server.clock.now }),
  };
}

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildWorld(server, { from: '2026-11-16', to: '2026-12-14' });
  relay = await w.token(w.relay);
});
afterAll(() => server?.close());

describe('whoToCallChanged fires at the instant the answer changes', () => {
  it('an absence starting 3.5 s ahead, mid-minute: the flying social worker within a second of its start; its end 3 s later brings the sector social worker back as fast', async () => {
    const clock = runClock(NOW);
    try {
      const mine = await follow(server.wsUrl, w.kiosk, ONE, { sectorId: w.sector.gid });
      const all = await follow(server.wsUrl, await w.token(w.telephonist), ALL);
      const startsAt = new Date(server.clock.now.getTime() + 3_500);
      const endsAt = plus(startsAt, 3_000);
      const r = await server.gql(RECORD, { input: { staffId: w.sw.gid, kind: 'SICKNESS', startsAt, endsAt } }, relay);
      expect(r.data?.absenceRecord.userErrors).toEqual([]);
      // Recorded ahead, the answer has not changed yet: nothing is sent for the write itself.
      await sleep(Math.max(0, clock.wallAt(startsAt) - Date.now() - 500));
      expect(mine.messages).toEqual([]);
      const got = await mine.received(2, 10_000);
      expect(mine.errors).toEqual([]);
      expect(got.map((m) => m.whoToCallChanged)).toEqual([
        { cursor: null, cause: 'CLOCK', occurredAt: startsAt.toISOString(), whoToCall: { role: 'FLYING_SOCIAL_WORKER', at: expect.any(String), person: { fullName: 'Flore Flying' } } },
        { cursor: null, cause: 'CLOCK', occurredAt: endsAt.toISOString(), whoToCall: { role: 'SECTOR_SOCIAL_WORKER', at: expect.any(String), person: { fullName: 'Sarah Sector' } } },
      ]);
      // Each answer is computed at its instant, and arrives within a second of it (not at 10:31:00).
      expect(new Date(got[0].whoToCallChanged.whoToCall.at).getTime()).toBeGreaterThanOrEqual(startsAt.getTime());
      expect(mine.arrivedAt[0] - clock.wallAt(startsAt)).toBeLessThan(1_000);
      expect(mine.arrivedAt[1] - clock.wallAt(endsAt)).toBeLessThan(1_000);
      const everywhere = await all.received(2);
      expect(everywhere.map((m) => [m.sectorsWhoToCallChanged.occurredAt, m.sectorsWhoToCallChanged.answers.map((a: any) => [a.sector.id, a.role])])).toEqual([
        [startsAt.toISOString(), [[w.sector.gid, 'FLYING_SOCIAL_WORKER']]],
        [endsAt.toISOString(), [[w.sector.gid, 'SECTOR_SOCIAL_WORKER']]],
      ]);
      expect(all.arrivedAt[0] - clock.wallAt(startsAt)).toBeLessThan(1_000);
      for (const s of [mine, all]) await s.client.dispose();
    } finally {
      clock.stop();
    }
    // Nobody follows any more: the change timer stops with the minute timer.
    const end = Date.now() + 2_000;
    while (server.app.services.changeInstants.listening && Date.now() < end) await sleep(20);
    expect(server.app.services.changeInstants.listening).toBe(0);
    expect(server.app.services.changeInstants.next).toBeNull();
  });

  it('a later write moves the plan: an absence recorded after another, starting sooner, fires first, each at its own instant', async () => {
    const from = plus(NOW, 3_600_000 + 7_300); // 11:30:27.3
    const clock = runClock(from);
    try {
      const mine = await follow(server.wsUrl, w.kiosk, ONE, { sectorId: w.sector.gid });
      const late = new Date(server.clock.now.getTime() + 6_000);
      const soon = new Date(server.clock.now.getTime() + 3_000);
      // The flying social worker away from `late`: the answer does not change then (the sector social worker answers).
      const first = await server.gql(RECORD, { input: { staffId: w.flying.gid, kind: 'TRAINING', startsAt: late, endsAt: plus(late, days(1)) } }, relay);
      expect(first.data?.absenceRecord.userErrors).toEqual([]);
      const second = await server.gql(RECORD, { input: { staffId: w.sw.gid, kind: 'LEAVE', startsAt: soon, endsAt: plus(soon, days(1)) } }, relay);
      expect(second.data?.absenceRecord.userErrors).toEqual([]);
      const got = await mine.received(2, 10_000);
      expect(got.map((m) => [m.whoToCallChanged.occurredAt, m.whoToCallChanged.whoToCall.role])).toEqual([
        [soon.toISOString(), 'FLYING_SOCIAL_WORKER'],
        [late.toISOString(), 'PERMANENCE'],
      ]);
      expect(mine.arrivedAt[0] - clock.wallAt(soon)).toBeLessThan(1_000);
      expect(mine.arrivedAt[1] - clock.wallAt(late)).toBeLessThan(1_000);
      await mine.client.dispose();
    } finally {
      clock.stop();
    }
  });
});
