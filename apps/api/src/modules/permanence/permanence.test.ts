// The permanence through GraphQL on a real database: R13 replacements, take-overs, new shifts.
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { events, permanenceReplacements, permanenceShifts } from '../../db/schema/index.js';
import { days, hours, makeAbsence, plus } from '@support/factories.js';
import { startTestServer, type TestServer } from '@support/server.js';
import { buildWorld, shiftAt, type World } from '@support/world.js';

// Monday 23 November 2026, 10:00 in Brussels.
const NOW = new Date('2026-11-23T09:00:00Z');
let server: TestServer;
let w: World;
let relayToken: string;

const REPLACE = `mutation ($input: PermanenceReplaceInput!) {
  permanenceReplace(input: $input) {
    shift { id holders { fullName } holderStaff { id } }
    replacement { kind event reason recordedBy { fullName } previousBinome { name } newStaff { fullName } }
    userErrors { field code message }
  }
}`;

async function snapshot() {
  const db = server.db.db;
  const [e] = await db.select({ n: count() }).from(events);
  const [r] = await db.select({ n: count() }).from(permanenceReplacements);
  const shifts = await db.select().from(permanenceShifts).orderBy(permanenceShifts.startsAt);
  return { events: e.n, replacements: r.n, holders: shifts.map((s) => [s.holderStaffId, s.holderBinomeId, s.updatedAt.getTime()]) };
}

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildWorld(server, { from: '2026-11-16', to: '2027-01-11' });
  relayToken = await w.token(w.relay);
});
afterAll(() => server?.close());

describe('R13 permanence replacements', () => {
  it('R13: a replacement at least a week ahead is recorded as planned, with its history', async () => {
    const shift = shiftAt(w, plus(NOW, days(14)));
    const r = await server.gql(REPLACE, { input: { shiftId: shift.gid, holderStaffId: w.spare.gid, reason: 'Swap of duties' } }, relayToken);
    expect(r.data?.permanenceReplace.userErrors).toEqual([]);
    expect(r.data?.permanenceReplace.shift.holders).toEqual([{ fullName: 'Sam Spare' }]);
    expect(r.data?.permanenceReplace.replacement).toMatchObject({
      kind: 'PLANNED',
      reason: 'Swap of duties',
      recordedBy: { fullName: 'Remi Relay' },
      previousBinome: { name: 'Paul & Pia' },
      newStaff: { fullName: 'Sam Spare' },
    });
    const history = await server.gql(`query ($id: ID!) { node(id: $id) { ... on PermanenceShift { replacements { kind newStaff { fullName } } } } }`, { id: shift.gid }, relayToken);
    expect(history.data?.node.replacements).toEqual([{ kind: 'PLANNED', newStaff: { fullName: 'Sam Spare' } }]);
  });

  it('R13: a replacement three days ahead with no event is refused and changes nothing', async () => {
    const before = await snapshot();
    const shift = shiftAt(w, plus(NOW, days(3)));
    const r = await server.gql(REPLACE, { input: { shiftId: shift.gid, holderStaffId: w.spare.gid } }, relayToken);
    expect(r.data?.permanenceReplace.shift).toBeNull();
    expect(r.data?.permanenceReplace.userErrors).toEqual([
      { field: ['input', 'event'], code: 'REPLACEMENT_TOO_LATE', message: expect.stringContaining('R13') },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('R13: the same replacement recorded with the event that caused it is a same-day change', async () => {
    const shift = shiftAt(w, plus(NOW, days(3)));
    const r = await server.gql(REPLACE, { input: { shiftId: shift.gid, holderStaffId: w.spare.gid, event: 'Paul hospitalised this morning' } }, relayToken);
    expect(r.data?.permanenceReplace.userErrors).toEqual([]);
    expect(r.data?.permanenceReplace.replacement).toMatchObject({ kind: 'SAME_DAY', event: 'Paul hospitalised this morning' });
  });

  it('bad input is refused with the field and the rule, and changes nothing', async () => {
    const future = shiftAt(w, plus(NOW, days(20)));
    const past = shiftAt(w, plus(NOW, days(-3)));
    const before = await snapshot();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ shiftId: future.gid, holderStaffId: 'not-an-id' }, 'holderStaffId', 'UNKNOWN_PERSON'],
      [{ shiftId: future.gid, holderStaffId: w.sector.gid }, 'holderStaffId', 'UNKNOWN_PERSON'],
      [{ shiftId: 'nope', holderStaffId: w.spare.gid }, 'shiftId', 'UNKNOWN_SHIFT'],
      [{ shiftId: future.gid, holderStaffId: w.helper.gid }, 'holderStaffId', 'NOT_ELIGIBLE'],
      [{ shiftId: future.gid, holderStaffId: w.spare.gid, holderBinomeId: w.binome.gid }, 'holderStaffId', 'ONE_HOLDER'],
      [{ shiftId: future.gid }, 'holderStaffId', 'HOLDER_REQUIRED'],
      [{ shiftId: future.gid, holderBinomeId: w.binome.gid }, 'holderStaffId', 'NO_CHANGE'],
      [{ shiftId: past.gid, holderStaffId: w.spare.gid, event: 'late' }, 'shiftId', 'SHIFT_ENDED'],
    ];
    for (const [input, field, code] of cases) {
      const r = await server.gql(REPLACE, { input }, relayToken);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      expect(r.data?.permanenceReplace.userErrors, `${code}`).toMatchObject([{ field: ['input', field], code }]);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('someone on leave during the shift cannot take it', async () => {
    const shift = shiftAt(w, plus(NOW, days(21)));
    await makeAbsence(server.db.db, { staffId: w.spare.id, kind: 'LEAVE', startsAt: plus(shift.startsAt, hours(-24)), endsAt: plus(shift.startsAt, hours(2)) });
    const before = await snapshot();
    const r = await server.gql(REPLACE, { input: { shiftId: shift.gid, holderStaffId: w.spare.gid } }, relayToken);
    expect(r.data?.permanenceReplace.userErrors).toMatchObject([{ field: ['input', 'holderStaffId'], code: 'HOLDER_AWAY', message: expect.stringContaining('Sam Spare') }]);
    // Brussels wall-clock times for people, not UTC instants.
    expect(r.data?.permanenceReplace.userErrors[0].message).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(r.data?.permanenceReplace.userErrors[0].message).toContain(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(shift.startsAt));
    expect(await snapshot()).toEqual(before);
  });

  it('only the relay social worker and direction programme replacements', async () => {
    const shift = shiftAt(w, plus(NOW, days(28)));
    for (const who of [w.helper, w.telephonist, w.sw]) {
      const r = await server.gql(REPLACE, { input: { shiftId: shift.gid, holderStaffId: w.spare.gid } }, await w.token(who));
      expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const kiosk = await server.gql(REPLACE, { input: { shiftId: shift.gid, holderStaffId: w.spare.gid } }, w.kiosk);
    expect(kiosk.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const r = await server.gql(REPLACE, { input: { shiftId: shift.gid, holderStaffId: w.spare.gid } }, await w.token(w.head));
    expect(r.data?.permanenceReplace.userErrors).toEqual([]);
  });

  it('concurrent replacements of one shift both land, each recording the holder it replaced', async () => {
    const shift = shiftAt(w, plus(NOW, days(35)));
    const [a, b] = await Promise.all([
      server.gql(REPLACE, { input: { shiftId: shift.gid, holderStaffId: w.spare.gid } }, relayToken),
      server.gql(REPLACE, { input: { shiftId: shift.gid, holderStaffId: w.flying.gid } }, relayToken),
    ]);
    expect([a, b].map((r) => r.data?.permanenceReplace.userErrors)).toEqual([[], []]);
    const rows = await server.db.db.select().from(permanenceReplacements).where(eq(permanenceReplacements.shiftId, shift.id)).orderBy(permanenceReplacements.recordedAt, permanenceReplacements.id);
    expect(rows).toHaveLength(2);
    // Whichever came second replaced the first one's holder: the history chains without a hole.
    const [first, second] = rows[0].previousBinomeId ? [rows[0], rows[1]] : [rows[1], rows[0]];
    expect(first.previousBinomeId).toBe(w.binome.id);
    expect(second.previousStaffId).toBe(first.newStaffId);
    const [now] = await server.db.db.select().from(permanenceShifts).where(eq(permanenceShifts.id, shift.id));
    expect(now.holderStaffId).toBe(second.newStaffId);
  });
});

describe('direction take-over', () => {
  const TAKE_OVER = `mutation ($input: PermanenceTakeOverInput!) {
    permanenceTakeOver(input: $input) { shift { holders { fullName } } replacement { kind event } userErrors { field code } }
  }`;

  it('direction takes over the shift under way at once, recorded as an emergency', async () => {
    const current = shiftAt(w, NOW);
    const r = await server.gql(TAKE_OVER, { input: { shiftId: current.gid, holderStaffId: w.flying.gid, event: 'Both holders stuck abroad' } }, await w.token(w.director));
    expect(r.data?.permanenceTakeOver).toMatchObject({ shift: { holders: [{ fullName: 'Flore Flying' }] }, replacement: { kind: 'EMERGENCY', event: 'Both holders stuck abroad' }, userErrors: [] });
    const onCall = await server.gql('{ permanenceOnCall { current { holders { fullName } } } }', {}, w.kiosk);
    expect(onCall.data?.permanenceOnCall.current.holders).toEqual([{ fullName: 'Flore Flying' }]);
    // The hours already held are history: they stay with the binôme, the rest is the new holder's.
    const day = await server.gql(
      'query ($from: DateTime, $to: DateTime) { permanenceShifts(from: $from, to: $to) { edges { node { startsAt endsAt holders { fullName } } } } }',
      { from: current.startsAt, to: current.endsAt },
      w.kiosk,
    );
    expect(day.data?.permanenceShifts.edges.map((e: any) => e.node)).toEqual([
      { startsAt: current.startsAt.toISOString(), endsAt: NOW.toISOString(), holders: [{ fullName: 'Paul Premier' }, { fullName: 'Pia Second' }] },
      { startsAt: NOW.toISOString(), endsAt: current.endsAt.toISOString(), holders: [{ fullName: 'Flore Flying' }] },
    ]);
  });

  it('permanenceShifts with `to` not after `from` is BAD_USER_INPUT naming `to`, not an empty list (also `to` alone before now)', async () => {
    const Q = 'query ($from: DateTime, $to: DateTime) { permanenceShifts(from: $from, to: $to) { totalCount } }';
    for (const vars of [{ from: plus(NOW, days(7)), to: NOW }, { from: NOW, to: NOW }, { to: plus(NOW, days(-1)) }]) {
      const r = await server.gql(Q, vars, w.kiosk);
      expect({ code: r.errors?.[0].extensions?.code, field: r.errors?.[0].extensions?.field, data: r.data?.permanenceShifts ?? null }, JSON.stringify(vars)).toEqual({ code: 'BAD_USER_INPUT', field: 'to', data: null });
    }
  });

  it('a take-over without its event is refused; the relay worker may not take over', async () => {
    const current = (await server.gql('{ permanenceOnCall { current { id } } }', {}, w.kiosk)).data?.permanenceOnCall.current;
    const r = await server.gql(TAKE_OVER, { input: { shiftId: current.id, event: ' ' } }, await w.token(w.director));
    expect(r.data?.permanenceTakeOver.userErrors).toEqual([{ field: ['input', 'event'], code: 'EVENT_REQUIRED' }]);
    const relay = await server.gql(TAKE_OVER, { input: { shiftId: current.id, event: 'x' } }, relayToken);
    expect(relay.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('new shifts', () => {
  const CREATE = `mutation ($input: PermanenceShiftCreateInput!) { permanenceShiftCreate(input: $input) { shift { id kind holders { fullName } } userErrors { field code message } } }`;

  it('a slot that ends before it starts, or overlaps the rota, is refused', async () => {
    const before = await snapshot();
    const start = plus(NOW, days(100));
    const bad = await server.gql(CREATE, { input: { kind: 'WEEKDAY', startsAt: start, endsAt: plus(start, hours(-1)) } }, relayToken);
    expect(bad.data?.permanenceShiftCreate.userErrors).toMatchObject([{ field: ['input', 'endsAt'], code: 'SHIFT_ENDS_BEFORE_START' }]);
    const inRota = shiftAt(w, plus(NOW, days(10)));
    const overlap = await server.gql(CREATE, { input: { kind: 'WEEKDAY', startsAt: inRota.startsAt, endsAt: plus(inRota.startsAt, hours(2)) } }, relayToken);
    expect(overlap.data?.permanenceShiftCreate.userErrors).toMatchObject([{ code: 'SHIFT_OVERLAP' }]);
    expect(await snapshot()).toEqual(before);
  });

  it('a shift created with nobody opens a coverage alert at once', async () => {
    const start = new Date('2027-02-01T07:30:00Z');
    const r = await server.gql(CREATE, { input: { kind: 'WEEKDAY', startsAt: start, endsAt: plus(start, hours(8.5)) } }, relayToken);
    expect(r.data?.permanenceShiftCreate.userErrors).toEqual([]);
    const alerts = await server.gql('{ alerts(first: 100) { edges { node { severity startsAt shift { id } } } } }', {}, w.kiosk);
    expect(alerts.data?.alerts.edges.map((e: any) => e.node)).toContainEqual({ severity: 'HIGH', startsAt: start.toISOString(), shift: { id: r.data?.permanenceShiftCreate.shift.id } });
  });
});

describe('keeping the rota a year ahead', () => {
  const GENERATE = `mutation ($input: PermanenceRotaGenerateInput!) { permanenceRotaGenerate(input: $input) { created userErrors { field code message } } }`;

  it('fills a span with binômes in turn, once, and leaves existing shifts alone', async () => {
    const input = { from: '2027-01-04', to: '2027-02-01', binomeIds: [w.binome.gid] };
    const r = await server.gql(GENERATE, { input }, relayToken);
    // 4 Jan to 10 Jan already exist; 11 Jan to 31 Jan adds 15 weekdays and 3 week-ends.
    expect(r.data?.permanenceRotaGenerate).toEqual({ created: 18, userErrors: [] });
    expect((await server.gql(GENERATE, { input }, relayToken)).data?.permanenceRotaGenerate.created).toBe(0);
    const shifts = await server.gql(`{ permanenceShifts(from: "2027-01-25T08:00:00Z", to: "2027-02-01T00:00:00Z") { totalCount edges { node { kind holderBinome { name } } } } }`, {}, w.kiosk);
    expect(shifts.data?.permanenceShifts.totalCount).toBe(6);
    expect(shifts.data?.permanenceShifts.edges.every((e: any) => e.node.holderBinome?.name === 'Paul & Pia')).toBe(true);
  });

  it('refuses the past, unknown binômes and nonsense dates, creating nothing', async () => {
    const before = await snapshot();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ from: '2026-11-02', to: '2026-11-09', binomeIds: [w.binome.gid] }, 'from', 'SHIFT_IN_PAST'],
      [{ from: '2027-03-01', to: '2027-03-08', binomeIds: [w.sector.gid] }, 'binomeIds', 'UNKNOWN_BINOME'],
      [{ from: '2027-03-01', to: '2027-03-08', binomeIds: [] }, 'binomeIds', 'BINOME_REQUIRED'],
      [{ from: '1 March', to: '2027-03-08', binomeIds: [w.binome.gid] }, 'from', 'INVALID_DATE'],
      [{ from: '2027-03-08', to: '2027-03-01', binomeIds: [w.binome.gid] }, 'to', 'EMPTY_SPAN'],
    ];
    for (const [input, field, code] of cases) {
      const r = await server.gql(GENERATE, { input }, relayToken);
      expect(r.data?.permanenceRotaGenerate.userErrors, code).toMatchObject([{ field: ['input', field], code }]);
    }
    expect(await snapshot()).toEqual(before);
  });
});
