// "Now" and "next" of the permanence through GraphQL, at the boundaries of back-to-back shifts
// (Friday 17:00, Monday 08:30, a daylight-saving week-end), and absent holders in call order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { days, makeAbsence, plus } from '@support/factories.js';
import { startTestServer, type TestServer } from '@support/server.js';
import { buildWorld, type World } from '@support/world.js';

// Monday 23 November 2026, 10:00 in Brussels.
const NOW = new Date('2026-11-23T09:00:00Z');
let server: TestServer;
let w: World;

const ON_CALL = `query ($at: DateTime) { permanenceOnCall(at: $at) {
  current { kind startsAt endsAt } next { kind startsAt endsAt } weekend { startsAt }
} }`;
const HOLDERS = `{ permanenceOnCall { current { holdersInCallOrder { person { fullName phone } answers callOrder awayFrom awayUntil } } } }`;
const SECTOR = `query ($nextAt: DateTime) { sectors { now: whoToCall { role person { fullName } } next: whoToCall(at: $nextAt) { role person { fullName } } } }`;

/** An instant given as Brussels wall time with its UTC offset, e.g. '2026-11-27T16:59+01:00'. */
const local = (s: string) => new Date(s);

async function onCall(at: Date) {
  const r = await server.gql(ON_CALL, { at: at.toISOString() }, w.kiosk);
  expect(r.errors).toBeUndefined();
  return r.data?.permanenceOnCall as {
    current: { kind: string; startsAt: string; endsAt: string } | null;
    next: { kind: string; startsAt: string; endsAt: string } | null;
    weekend: { startsAt: string } | null;
  };
}

const iso = (s: string) => local(s).toISOString();

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildWorld(server, { from: '2026-10-19', to: '2027-04-05' });
});
afterAll(() => server?.close());

describe('permanenceOnCall: next is the first shift that starts when the current one ends', () => {
  const cases: [string, string, string | null, string, string][] = [
    // at (Brussels), current kind and start, next kind and start
    ['Friday 16:59', '2026-11-27T16:59+01:00', '2026-11-27T08:30+01:00', 'WEEKEND', '2026-11-27T17:00+01:00'],
    ['Friday 17:00', '2026-11-27T17:00+01:00', '2026-11-27T17:00+01:00', 'WEEKDAY', '2026-11-30T08:30+01:00'],
    ['Monday 08:29', '2026-11-30T08:29+01:00', '2026-11-27T17:00+01:00', 'WEEKDAY', '2026-11-30T08:30+01:00'],
    ['Monday 08:30', '2026-11-30T08:30+01:00', '2026-11-30T08:30+01:00', 'WEEKDAY', '2026-12-01T08:30+01:00'],
    ['a Wednesday noon', '2026-12-02T12:00+01:00', '2026-12-02T08:30+01:00', 'WEEKDAY', '2026-12-03T08:30+01:00'],
    ['a Wednesday night (no permanence planned)', '2026-12-02T22:00+01:00', null, 'WEEKDAY', '2026-12-03T08:30+01:00'],
    // Summer time ends on Sunday 25 October 2026: the week-end starts at 17:00 CEST and ends at 08:30 CET.
    ['Friday 16:59 before the October change', '2026-10-23T16:59+02:00', '2026-10-23T08:30+02:00', 'WEEKEND', '2026-10-23T17:00+02:00'],
    ['Monday 08:29 after the October change', '2026-10-26T08:29+01:00', '2026-10-23T17:00+02:00', 'WEEKDAY', '2026-10-26T08:30+01:00'],
    // Summer time starts on Sunday 28 March 2027: the week-end starts at 17:00 CET and ends at 08:30 CEST.
    ['Friday 16:59 before the March change', '2027-03-26T16:59+01:00', '2027-03-26T08:30+01:00', 'WEEKEND', '2027-03-26T17:00+01:00'],
    ['Monday 08:29 after the March change', '2027-03-29T08:29+02:00', '2027-03-26T17:00+01:00', 'WEEKDAY', '2027-03-29T08:30+02:00'],
  ];
  for (const [name, at, currentStart, nextKind, nextStart] of cases) {
    it(`${name}: now and next follow each other without a skip`, async () => {
      const r = await onCall(local(at));
      expect(r.current?.startsAt ?? null).toBe(currentStart && iso(currentStart));
      expect(r.next).toMatchObject({ kind: nextKind, startsAt: iso(nextStart) });
      // Back-to-back: a shift in progress hands over exactly when it ends, unless the night follows.
      if (r.current && r.current.endsAt === r.next?.startsAt) expect(r.next.startsAt).toBe(r.current.endsAt);
    });
  }

  it('the DST week-ends keep their local hours: 63.5 h in October, 61.5 h in March', async () => {
    const october = await onCall(local('2026-10-24T12:00+02:00'));
    const march = await onCall(local('2027-03-27T12:00+01:00'));
    const length = (s: { startsAt: string; endsAt: string } | null) => (s ? (Date.parse(s.endsAt) - Date.parse(s.startsAt)) / 3_600_000 : 0);
    expect(october.current).toMatchObject({ kind: 'WEEKEND', endsAt: iso('2026-10-26T08:30+01:00') });
    expect(length(october.current)).toBe(63.5 + 1);
    expect(march.current).toMatchObject({ kind: 'WEEKEND', endsAt: iso('2027-03-29T08:30+02:00') });
    expect(length(march.current)).toBe(63.5 - 1);
  });

  it('R14: a sector\'s "from … on" line asked at the next start on Friday 16:59 is the week-end permanence, not Monday\'s', async () => {
    const { next } = await onCall(local('2026-11-27T16:59+01:00'));
    server.clock.now = local('2026-11-27T16:59+01:00');
    try {
      const r = await server.gql(SECTOR, { nextAt: next?.startsAt }, w.kiosk);
      expect(r.errors).toBeUndefined();
      expect(r.data?.sectors[0]).toEqual({
        now: { role: 'SECTOR_SOCIAL_WORKER', person: { fullName: 'Sarah Sector' } },
        next: { role: 'PERMANENCE', person: { fullName: 'Paul Premier' } },
      });
    } finally {
      server.clock.now = NOW;
    }
  });
});

describe('PermanenceShift.holdersInCallOrder: an absent holder is not shown as on call', () => {
  it('with both holders present, both answer in the binôme\'s order', async () => {
    const r = await server.gql(HOLDERS, {}, w.kiosk);
    expect(r.data?.permanenceOnCall.current.holdersInCallOrder).toEqual([
      { person: { fullName: 'Paul Premier', phone: expect.any(String) }, answers: true, callOrder: 1, awayFrom: null, awayUntil: null },
      { person: { fullName: 'Pia Second', phone: expect.any(String) }, answers: true, callOrder: 2, awayFrom: null, awayUntil: null },
    ]);
  });

  it('a holder recorded sick comes last, does not answer, and says until when; whoever answers comes first, as R14 calls them', async () => {
    const from = new Date(NOW.getTime() - days(1));
    const until = new Date(NOW.getTime() + days(2));
    await makeAbsence(server.db.db, { staffId: w.p1.id, kind: 'SICKNESS', startsAt: from, endsAt: until, recordedById: w.relay.id });
    const r = await server.gql(HOLDERS, {}, w.kiosk);
    expect(r.errors).toBeUndefined();
    expect(r.data?.permanenceOnCall.current.holdersInCallOrder).toEqual([
      { person: { fullName: 'Pia Second', phone: expect.any(String) }, answers: true, callOrder: 1, awayFrom: null, awayUntil: null },
      { person: { fullName: 'Paul Premier', phone: expect.any(String) }, answers: false, callOrder: null, awayFrom: from.toISOString(), awayUntil: until.toISOString() },
    ]);
    // The kiosk learns that she is away and until when, never why (R5): the type has no kind to ask for.
    const kind = await server.gql('{ permanenceOnCall { current { holdersInCallOrder { kind } } } }', {}, w.kiosk);
    expect(kind.errors?.[0]?.message).toMatch(/Cannot query field "kind"/);
    // Out of office hours (Monday 07:00, the week-end shift) the sector's call goes to the holder who answers: the same person.
    server.clock.now = local('2026-11-23T07:00+01:00');
    try {
      const sector = await server.gql(SECTOR, { nextAt: null }, w.kiosk);
      const shift = await server.gql(
        `{ permanenceOnCall { current { kind holdersInCallOrder { person { fullName } answers } } next { holdersInCallOrder { person { fullName } answers } } } }`,
        {},
        w.kiosk,
      );
      const { current, next } = shift.data?.permanenceOnCall;
      expect(current.kind).toBe('WEEKEND');
      expect(sector.data?.sectors[0].now).toEqual({ role: 'PERMANENCE', person: { fullName: current.holdersInCallOrder[0].person.fullName } });
      expect(current.holdersInCallOrder.map((h: { answers: boolean }) => h.answers)).toEqual([true, false]);
      // The next shift is judged at its start: still away at 08:30, so still last.
      expect(next.holdersInCallOrder).toEqual([
        { person: { fullName: 'Pia Second' }, answers: true },
        { person: { fullName: 'Paul Premier' }, answers: false },
      ]);
    } finally {
      server.clock.now = NOW;
    }
  });
});

// permanenceOnCall reads its shifts and everything they show in one statement and hands it to the
// request's loaders (board-facts.repository.ts): the same shifts read through permanenceShifts, field
// by field, must look exactly alike, holidays across a year's end included.
describe('permanenceOnCall shows its shifts as permanenceShifts does', () => {
  const SHIFT = `id kind startsAt endsAt holderBinome { id name } holders { id fullName phone role }
    holdersInCallOrder { answers callOrder awayFrom awayUntil person { id fullName phone } }
    replacements { id kind recordedAt } holidays { day kind name }`;
  const BOTH = `query ($at: DateTime, $from: DateTime, $to: DateTime) {
    permanenceOnCall(at: $at) { current { ${SHIFT} } next { ${SHIFT} } weekend { ${SHIFT} } }
    permanenceShifts(from: $from, to: $to, first: 100) { edges { node { ${SHIFT} } } }
  }`;
  const instants = ['2026-11-11T12:00+01:00', '2026-12-24T18:00+01:00', '2026-12-31T12:00+01:00'];
  for (const at of instants) {
    it(`at ${at} (public holidays around), with a holder away`, async () => {
      const from = local(at);
      await makeAbsence(server.db.db, { staffId: w.p1.id, kind: 'LEAVE', startsAt: from, endsAt: new Date(from.getTime() + days(2)), recordedById: w.relay.id });
      const r = await server.gql(BOTH, { at: from.toISOString(), from: new Date(from.getTime() - days(4)).toISOString(), to: new Date(from.getTime() + days(10)).toISOString() }, w.kiosk);
      expect(r.errors).toBeUndefined();
      const listed = new Map((r.data!.permanenceShifts.edges as { node: { id: string } }[]).map((e) => [e.node.id, e.node]));
      const { current, next, weekend } = r.data!.permanenceOnCall;
      const shown = [current, next, weekend].filter(Boolean);
      expect(shown.length).toBeGreaterThan(1);
      for (const shift of shown) expect(shift).toEqual(listed.get(shift.id));
      expect(shown.some((s) => s.holidays.length > 0)).toBe(true);
      expect(shown.some((s) => s.holdersInCallOrder.some((h: { answers: boolean }) => !h.answers))).toBe(true);
    });
  }
});

describe('"who is on call at …" for any instant a person would ask, within bounds (stop 19: the desk covered now + 24 h)', () => {
  const WHO = `query ($sectorId: ID!, $at: DateTime) { whoToCall(sectorId: $sectorId, at: $at) { role } }`;
  const SECTORS = `query ($at: DateTime) { sectors { whoToCall(at: $at) { role } } }`;

  it('last week, a week-end months ahead, a year ahead: answered', async () => {
    expect((await onCall(plus(NOW, days(-7)))).current).not.toBeNull();
    expect((await onCall(local('2027-03-13T12:00+01:00'))).current?.kind).toBe('WEEKEND');
    const ahead = await server.gql(ON_CALL, { at: plus(NOW, days(399)).toISOString() }, w.kiosk);
    expect(ahead.errors).toBeUndefined();
    const who = await server.gql(WHO, { sectorId: w.sector.gid, at: plus(NOW, days(-300)).toISOString() }, w.kiosk);
    expect(who.errors).toBeUndefined();
  });

  it('beyond 400 days either way: BAD_USER_INPUT naming `at`, with the bounds in Brussels time', async () => {
    // Years 0001 and 9999 are refused earlier, by every DateTime input's own limit (OUT_OF_RANGE on `at`).
    for (const at of [new Date('9999-12-31T00:00:00Z'), new Date('0001-01-01T00:00:00Z')]) {
      const r = await server.gql(ON_CALL, { at: at.toISOString() }, w.kiosk);
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'at' });
    }
    for (const at of [plus(NOW, days(401)), plus(NOW, days(-401)), new Date('2030-01-01T00:00:00Z')]) {
      for (const [doc, vars] of [[ON_CALL, {}], [WHO, { sectorId: w.sector.gid }], [SECTORS, {}]] as const) {
        const r = await server.gql(doc, { ...vars, at: at.toISOString() }, w.kiosk);
        expect(r.errors?.[0].extensions, `${doc.slice(0, 30)} ${at.toISOString()}`).toMatchObject({ code: 'BAD_USER_INPUT', field: 'at', reason: 'AT_OUT_OF_RANGE' });
        expect(r.errors?.[0].message).toMatch(/^`at` must be within 400 days of now: from \w+ \d+ \w+ \d{4} \d{2}:\d{2} to .*\(Brussels time\)\.$/);
      }
    }
  });
});
