// Schedules through GraphQL on a real database: weekly patterns across DST, same-day changes with
// who/when/why/what they replaced, R5 confidentiality, bad input, and live delivery to subscribers.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { until } from '../../../../../tests/events/subscriber.js';
import { startTestServer, type TestServer } from '@support/server.js';
import { countStatements } from '@support/statements.js';
import { at, buildSchedulesWorld, CREATE, type SchedulesWorld } from '@support/schedules-world.js';

const NOW = new Date('2026-03-20T08:00:00Z');
let server: TestServer;
let w: SchedulesWorld;

const ENTRIES = `query ($helperId: String, $sectorId: String, $from: DateTime!, $to: DateTime!) {
  scheduleEntries(helperId: $helperId, sectorId: $sectorId, from: $from, to: $to, first: 100) { totalCount edges { node { id startsAt day kind tasks status helper { id } } } } }`;
const CHANGES = `query ($sectorId: String!, $day: String!) { scheduleChanges(sectorId: $sectorId, day: $day) {
  totalCount edges { node { kind reason note at by { fullName } before { startsAt endsAt status helper { fullName } } after { startsAt endsAt status helper { fullName } } entry { id } } } } }`;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildSchedulesWorld(server);
});
afterAll(() => server?.close());

describe('schedules', () => {
  it('a weekly 09:00 visit stays at 09:00 Brussels time across the DST change of 29 March 2026', async () => {
    const r = await w.create({
      helperId: w.familyHelper.gid, caseFileId: w.home.id, kind: 'FAMILY_CARE', tasks: ['PERSONAL_HYGIENE', 'DRESSING'],
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=MO', startsOn: '2026-03-16', until: '2026-04-13', startTime: '09:00', durationMinutes: 90, exceptDates: ['2026-04-06'] },
    });
    expect(r?.userErrors).toEqual([]);
    expect(r?.entries.map((e: { startsAt: string }) => e.startsAt)).toEqual([
      '2026-03-16T08:00:00.000Z', '2026-03-23T08:00:00.000Z', '2026-03-30T07:00:00.000Z', '2026-04-13T07:00:00.000Z',
    ]);
    expect(r?.entries.every((e: { recurring: boolean }) => e.recurring)).toBe(true);
    const q = await server.gql(ENTRIES, { helperId: w.familyHelper.gid, from: at('2026-03-23', '00:00'), to: at('2026-04-01', '00:00') }, w.swToken);
    expect(q.data?.scheduleEntries.edges.map((e: { node: { day: string } }) => e.node.day)).toEqual(['2026-03-23', '2026-03-30']);
  });

  it('a same-day change records who, when, why and what it replaced; the day lists changes newest first', async () => {
    const e = await w.visit(w.familyHelper, w.near, '2026-03-24', '10:00', '12:00');
    await w.change({ entryId: e.id, action: 'REASSIGN', reason: 'HELPER_ILL', note: 'Fanny called in sick at 7:30', helperId: w.partTime.gid });
    server.clock.now = new Date(NOW.getTime() + 60_000);
    const cancel = await w.change({ entryId: e.id, action: 'CANCEL', reason: 'BENEFICIARY_IN_HOSPITAL', expectedVersion: 2 });
    expect(cancel?.entry).toMatchObject({ status: 'CANCELLED', version: 3 });
    const stale = await w.change({ entryId: e.id, action: 'CANCEL', expectedVersion: 1 });
    expect(stale?.userErrors[0]).toMatchObject({ field: ['input', 'expectedVersion'], code: 'STALE_WRITE' });
    const r = await server.gql(CHANGES, { sectorId: w.sector.gid, day: '2026-03-24' }, w.swToken);
    expect(r.data?.scheduleChanges.edges.map((x: { node: unknown }) => x.node)).toEqual([
      {
        kind: 'CANCEL', reason: 'BENEFICIARY_IN_HOSPITAL', note: null, at: server.clock.now.toISOString(), by: { fullName: 'Sarah Sector' },
        before: { startsAt: e.startsAt, endsAt: e.endsAt, status: 'PLANNED', helper: { fullName: 'Paula Parttime' } },
        after: { startsAt: e.startsAt, endsAt: e.endsAt, status: 'CANCELLED', helper: { fullName: 'Paula Parttime' } }, entry: { id: e.id },
      },
      {
        kind: 'REASSIGN', reason: 'HELPER_ILL', note: 'Fanny called in sick at 7:30', at: NOW.toISOString(), by: { fullName: 'Sarah Sector' },
        before: { startsAt: e.startsAt, endsAt: e.endsAt, status: 'PLANNED', helper: { fullName: 'Fanny Family' } },
        after: { startsAt: e.startsAt, endsAt: e.endsAt, status: 'PLANNED', helper: { fullName: 'Paula Parttime' } }, entry: { id: e.id },
      },
    ]);
    server.clock.now = NOW;
  });

  it('R5: a helper reads only their own schedule and the changes of their own visits; the kiosk reads changes, not entries', async () => {
    const helper = await w.token(w.familyHelper);
    const span = { from: at('2026-03-23', '00:00'), to: at('2026-03-30', '00:00') };
    const own = await server.gql(ENTRIES, { helperId: w.familyHelper.gid, ...span }, helper);
    expect(own.errors).toBeUndefined();
    expect(own.data?.scheduleEntries.totalCount).toBeGreaterThan(0);
    const other = await server.gql(ENTRIES, { helperId: w.partTime.gid, ...span }, helper);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const sector = await server.gql(ENTRIES, { sectorId: w.sector.gid, ...span }, helper);
    expect(sector.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const changes = await server.gql(CHANGES, { sectorId: w.sector.gid, day: '2026-03-24' }, await w.token(w.otherHelper));
    expect(changes.data?.scheduleChanges.totalCount).toBe(0);
    const kiosk = await server.gql(CHANGES, { sectorId: w.sector.gid, day: '2026-03-24' }, w.kiosk);
    expect(kiosk.data?.scheduleChanges.totalCount).toBe(2);
    const kioskEntries = await server.gql(ENTRIES, { sectorId: w.sector.gid, ...span }, w.kiosk);
    expect(kioskEntries.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const helperCreates = await server.gql(CREATE, { input: { helperId: w.familyHelper.gid, caseFileId: w.home.id, kind: 'FAMILY_CARE', startsAt: at('2026-03-25', '09:00'), endsAt: at('2026-03-25', '10:00') } }, helper);
    expect(helperCreates.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('bad input is refused with an error naming the field, and nothing is saved', async () => {
    const base = { helperId: w.familyHelper.gid, caseFileId: w.home.id, kind: 'FAMILY_CARE', tasks: [] };
    const err = async (input: Record<string, unknown>) => (await w.create(input))?.userErrors[0];
    expect(await err({ ...base, startsAt: at('2026-03-26', '10:00'), endsAt: at('2026-03-26', '09:00') })).toEqual({ field: ['input', 'endsAt'], code: 'ENDS_BEFORE_START', message: '`endsAt` must be after `startsAt`.' });
    expect(await err({ ...base, recurrence: { rrule: 'FREQ=DAILY', startsOn: '2026-03-26', until: '2026-04-26', startTime: '09:00', durationMinutes: 60 } })).toEqual({
      field: ['input', 'recurrence', 'rrule'], code: 'BAD_RECURRENCE', message: '`rrule` must repeat weekly (FREQ=WEEKLY).',
    });
    expect(await err({ ...base, recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU', startsOn: '2026-03-26', until: '2026-04-26', startTime: '9h', durationMinutes: 60 } })).toMatchObject({ field: ['input', 'recurrence', 'startTime'] });
    expect(await err({ ...base, helperId: w.sw.gid, startsAt: at('2026-03-26', '09:00'), endsAt: at('2026-03-26', '10:00') })).toMatchObject({ field: ['input', 'helperId'], code: 'NOT_A_HELPER' });
    expect(await err({ ...base, caseFileId: 'nonsense', startsAt: at('2026-03-26', '09:00'), endsAt: at('2026-03-26', '10:00') })).toMatchObject({ field: ['input', 'caseFileId'], code: 'UNKNOWN_CASE_FILE' });
    const otherSector = await w.create({ ...base, helperId: w.otherHelper.gid, startsAt: at('2026-03-26', '09:00'), endsAt: at('2026-03-26', '10:00') }, await w.token(w.otherSw));
    expect(otherSector?.userErrors[0]).toMatchObject({ field: ['input', 'caseFileId'], code: 'UNKNOWN_CASE_FILE' });
    const e = await w.visit(w.familyHelper, w.home, '2026-03-26', '14:00', '15:00');
    expect((await w.change({ entryId: e.id, action: 'MOVE', endsAt: at('2026-03-26', '16:00') }))?.userErrors[0]).toMatchObject({ field: ['input', 'startsAt'], code: 'REQUIRED' });
    expect((await w.change({ entryId: e.id, action: 'SHORTEN', endsAt: at('2026-03-26', '16:00') }))?.userErrors[0]).toMatchObject({ field: ['input', 'endsAt'], code: 'NOT_SHORTER' });
    const q = await server.gql(ENTRIES, { helperId: w.familyHelper.gid, from: at('2026-03-26', '00:00'), to: at('2026-03-27', '00:00') }, w.swToken);
    expect(q.data?.scheduleEntries.totalCount).toBe(1);
    const both = await server.gql(ENTRIES, { from: at('2026-03-26', '00:00'), to: at('2026-03-27', '00:00') }, w.swToken);
    expect(both.errors?.[0]).toMatchObject({ message: 'Give exactly one of `helperId` or `sectorId`.', extensions: { field: 'helperId' } });
  });

  it("a change and the conflict it opens reach a sector's WebSocket subscribers, not another sector's, and (R5) only the helper concerned", async () => {
    const e = await w.visit(w.familyHelper, w.home, '2026-03-27', '09:00', '11:00');
    const other = await w.visit(w.familyHelper, w.near, '2026-03-27', '13:00', '14:00');
    const got: Record<string, unknown[]> = { changes: [], conflicts: [], elsewhere: [], ownHelper: [], otherHelper: [] };
    const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { token: w.kiosk }, retryAttempts: 0 });
    const sub = (query: string, variables: Record<string, unknown>, into: unknown[]) =>
      client.subscribe({ query, variables }, { next: (r) => into.push(r.data ?? r.errors), error: (x) => into.push(x), complete: () => {} });
    sub('subscription ($s: String) { scheduleChanged(sectorId: $s) { type change { kind reason before { startsAt } after { startsAt } } entry { id } } }', { s: w.sector.gid }, got.changes);
    sub('subscription ($s: String) { conflictChanged(sectorId: $s) { type conflict { rule severity explanation } } }', { s: w.sector.gid }, got.conflicts);
    sub('subscription ($s: String) { conflictChanged(sectorId: $s) { type } }', { s: w.other.gid }, got.elsewhere);
    // R5: helpers subscribe without a sector and still get only the events of their own visits.
    const helperClients = [];
    for (const [who, into] of [[w.familyHelper, got.ownHelper], [w.partTime, got.otherHelper]] as const) {
      const c = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { token: await w.token(who) }, retryAttempts: 0 });
      helperClients.push(c);
      c.subscribe({ query: 'subscription { scheduleChanged { type } }' }, { next: (r) => into.push(r.data ?? r.errors), error: (x) => into.push(x), complete: () => {} });
    }
    await new Promise((r) => setTimeout(r, 300));
    await w.change({ entryId: other.id, action: 'MOVE', reason: 'BENEFICIARY_REQUEST', startsAt: at('2026-03-27', '10:00'), endsAt: at('2026-03-27', '11:00') });
    expect(await until(() => got.changes.length >= 1 && got.conflicts.length >= 1 && got.ownHelper.length >= 1)).toBe(true);
    await new Promise((r) => setTimeout(r, 200));
    await client.dispose();
    for (const c of helperClients) await c.dispose();
    expect(got.ownHelper).toEqual([{ scheduleChanged: { type: 'SCHEDULE_CHANGED' } }]);
    expect(got.otherHelper).toEqual([]);
    // R5: the meeting-room screen learns that a visit moved, never why nor the visit itself (its case file, its tasks).
    expect(got.changes).toEqual([{ scheduleChanged: { type: 'SCHEDULE_CHANGED', change: { kind: 'MOVE', reason: null, before: { startsAt: other.startsAt }, after: { startsAt: at('2026-03-27', '10:00') } }, entry: null } }]);
    expect(got.conflicts).toEqual([{ conflictChanged: { type: 'CONFLICT_OPENED', conflict: { rule: 'DOUBLE_BOOKING', severity: 'HIGH', explanation: expect.stringContaining('09:00–11:00 and 10:00–11:00') } } }]);
    expect(got.elsewhere).toEqual([]);
    expect(e.id).toBeTruthy();
  });

  it('one change costs the same SQL for 2 screens as for 10: its rows are read once per event, not per subscriber', async () => {
    const entry = await w.visit(w.familyHelper, w.home, '2026-03-30', '09:00', '10:00');
    // Each move goes 5 minutes later than the last: a new change every time.
    let minutes = 10 * 60;
    const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    const move = () => {
      minutes += 5;
      return w.change({ entryId: entry.id, action: 'MOVE', reason: 'BENEFICIARY_REQUEST', startsAt: at('2026-03-30', hhmm(minutes)), endsAt: at('2026-03-30', hhmm(minutes + 30)) });
    };
    const oneMoveTo = async (count: number) => {
      const received = Array.from({ length: count }, () => 0);
      const failures: unknown[] = [];
      const screens = received.map((_, i) => {
        const c = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { token: w.kiosk }, retryAttempts: 0 });
        c.subscribe(
          { query: 'subscription ($s: String) { scheduleChanged(sectorId: $s) { type change { kind after { startsAt } } entry { id } } }', variables: { s: w.sector.gid } },
          { next: (r) => (r.errors ? failures.push(r.errors) : received[i]++), error: (x) => failures.push(x), complete: () => {} },
        );
        return c;
      });
      // Moves, not counted, until every screen has had one: proves each is subscribed (a fixed wait
      // was not enough on a busy machine, and a screen subscribed after a move never sees it).
      let warmed = false;
      for (let tries = 0; tries < 8 && !warmed; tries++) {
        await move();
        warmed = await until(() => received.every((x) => x >= 1), 2_000);
      }
      expect(warmed, `screens that never got a move: ${JSON.stringify(received)}`).toBe(true);
      await new Promise((r) => setTimeout(r, 200));
      received.fill(0);
      const { n } = await countStatements(server.app, async () => {
        await move();
        expect(await until(() => received.every((x) => x >= 1), 10_000)).toBe(true);
        await new Promise((r) => setTimeout(r, 200));
      });
      await Promise.all(screens.map((c) => c.dispose()));
      expect(failures).toEqual([]);
      expect(received.every((x) => x === 1)).toBe(true);
      return n;
    };
    const few = await oneMoveTo(2);
    const many = await oneMoveTo(10);
    // The feed may read the outbox once more or less as notifications fall; eight more screens
    // reading the change and the entry each would add sixteen.
    expect(many).toBeLessThanOrEqual(few + 2);
  });

  it('a subscription with a sectorId that is not a sector\'s ID is BAD_USER_INPUT naming it, as the queries say it; a sector ID is followed', async () => {
    const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { token: w.kiosk }, retryAttempts: 0 });
    const first = (sectorId: string) =>
      new Promise<unknown>((resolve) => {
        const stop = client.subscribe({ query: 'subscription ($s: String) { scheduleChanged(sectorId: $s) { type } }', variables: { s: sectorId } }, { next: (r) => resolve(r.errors ?? r.data), error: resolve, complete: () => resolve('complete') });
        setTimeout(() => (stop(), resolve('open')), 500);
      });
    try {
      expect(await first('nonsense')).toMatchObject([{ extensions: { code: 'BAD_USER_INPUT', field: 'sectorId' } }]);
      // Well formed, of another type: refused by the resolver, in the words of every other ID argument.
      expect(await first(w.familyHelper.gid)).toMatchObject([{ message: '`sectorId` is not the ID of a Sector.', extensions: { code: 'BAD_USER_INPUT', field: 'sectorId' } }]);
      expect(await first(w.sector.gid)).toBe('open');
    } finally {
      await client.dispose();
    }
  });
});

