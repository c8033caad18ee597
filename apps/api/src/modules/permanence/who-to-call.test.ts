// R14 and coverage alerts through GraphQL: absences change who to call and open or resolve alerts;
// a daylight-saving week-end keeps its local hours.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { days, hours, plus } from '@support/factories.js';
import { toGlobalId } from '../../shared/global-id.js';
import { startTestServer, type TestServer } from '@support/server.js';
import { buildWorld, shiftAt, type World } from '@support/world.js';

// Monday 23 November 2026, 10:00 in Brussels.
const NOW = new Date('2026-11-23T09:00:00Z');
let server: TestServer;
let w: World;
let relayToken: string;

const WHO = `query ($sectorId: ID!, $at: DateTime) {
  whoToCall(sectorId: $sectorId, at: $at) {
    role gap person { fullName phone }
    chain { role skipped reasonCode reason until person { fullName } }
  }
}`;
const RECORD = `mutation ($input: AbsenceRecordInput!) { absenceRecord(input: $input) { absence { id } userErrors { field code message } } }`;
const CANCEL = `mutation ($input: AbsenceCancelInput!) { absenceCancel(input: $input) { absence { cancelledAt } userErrors { code } } }`;
const OPEN_ALERTS = `{ alerts(first: 100) { totalCount edges { node { severity message startsAt endsAt shift { id } } } } }`;

async function who(at: Date = NOW) {
  const r = await server.gql(WHO, { sectorId: w.sector.gid, at }, w.kiosk);
  expect(r.errors).toBeUndefined();
  return r.data?.whoToCall;
}

async function away(person: { gid: string }, from: Date, to: Date, kind = 'LEAVE') {
  const r = await server.gql(RECORD, { input: { staffId: person.gid, kind, startsAt: from, endsAt: to } }, relayToken);
  expect(r.data?.absenceRecord.userErrors).toEqual([]);
  return r.data?.absenceRecord.absence.id as string;
}

async function openAlerts() {
  const r = await server.gql(OPEN_ALERTS, {}, w.kiosk);
  return r.data?.alerts.edges.map((e: any) => e.node) as { severity: string; message: string; startsAt: string; endsAt: string; shift: { id: string } }[];
}

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildWorld(server, { from: '2026-03-23', to: '2027-01-11' });
  relayToken = await w.token(w.relay);
});
afterAll(() => server?.close());

describe('R14 who to call, through absences', () => {
  it('an unknown sector is bad input naming `sectorId` (UNKNOWN_SECTOR), not a server fault', async () => {
    const unknown = toGlobalId('Sector', '00000000-0000-4000-8000-000000000000');
    for (const sectorId of [unknown, 'not-an-id', w.spare.gid]) {
      const r = await server.gql(WHO, { sectorId }, w.kiosk);
      expect(r.data).toBeNull();
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sectorId', reason: 'UNKNOWN_SECTOR' });
    }
  });

  it('R14: the sector social worker answers in office hours', async () => {
    expect(await who()).toMatchObject({ role: 'SECTOR_SOCIAL_WORKER', gap: false, person: { fullName: 'Sarah Sector', phone: expect.stringMatching(/^\+32/) } });
  });

  it('R14: the sector social worker sick with no replacement: at 10:30 on a weekday the flying social worker answers, not the permanence', async () => {
    const at = new Date('2026-11-24T09:30:00Z'); // Tuesday 10:30 in Brussels
    const id = await away(w.sw, plus(at, days(-1)), plus(at, days(3)), 'SICKNESS');
    const r = await who(at);
    expect(r).toMatchObject({ role: 'FLYING_SOCIAL_WORKER', gap: false, person: { fullName: 'Flore Flying', phone: expect.stringMatching(/^\+32/) } });
    expect(r.chain.map((s: any) => [s.role, s.skipped, s.reasonCode])).toEqual([
      ['SECTOR_SOCIAL_WORKER', true, 'AWAY'],
      ['FLYING_SOCIAL_WORKER', false, null],
    ]);
    expect(r.chain[0].reason).toMatch(/Sarah Sector is away until/);
    // Out of office hours the flying social worker is off duty (and on a weekday evening no permanence is planned).
    const evening = await who(new Date('2026-11-24T17:30:00Z'));
    expect(evening.chain.map((s: any) => [s.role, s.reasonCode])).toEqual([
      ['SECTOR_SOCIAL_WORKER', 'AWAY'],
      ['PERMANENCE', 'PERMANENCE_CLOSED'],
      ['FLYING_SOCIAL_WORKER', 'OFF_DUTY'],
      ['DIRECTION', null],
    ]);
    expect((await server.gql(CANCEL, { input: { absenceId: id } }, relayToken)).data?.absenceCancel.userErrors).toEqual([]);
  });

  it('R14: the chain falls through each absence in turn, saying why each step was skipped', async () => {
    const from = plus(NOW, hours(-1));
    const to = plus(NOW, days(2));
    const ids = [await away(w.sw, from, to, 'SICKNESS')];
    expect(await who()).toMatchObject({ role: 'FLYING_SOCIAL_WORKER', person: { fullName: 'Flore Flying' } });
    ids.push(await away(w.flying, from, to));
    expect(await who()).toMatchObject({ role: 'PERMANENCE', person: { fullName: 'Paul Premier' } });
    ids.push(await away(w.p1, from, to));
    expect(await who()).toMatchObject({ role: 'PERMANENCE', person: { fullName: 'Pia Second' } });
    ids.push(await away(w.p2, from, to, 'TRAINING'));
    const direction = await who();
    expect(direction).toMatchObject({ role: 'DIRECTION', person: { fullName: 'Hélène Head' } });
    expect(direction.chain.map((s: any) => [s.role, s.person?.fullName, s.reasonCode])).toEqual([
      ['SECTOR_SOCIAL_WORKER', 'Sarah Sector', 'AWAY'],
      ['FLYING_SOCIAL_WORKER', 'Flore Flying', 'AWAY'],
      ['PERMANENCE', 'Paul Premier', 'AWAY'],
      ['PERMANENCE', 'Pia Second', 'AWAY'],
      ['DIRECTION', 'Hélène Head', null],
    ]);
    expect(direction.chain[0].reason).toMatch(/Sarah Sector is away until/);
    expect(direction.chain[0].reason).not.toMatch(/sick/i);
    // The kiosk learns that Pia is away, not why (R5): who-to-call-why.test.ts pins every kind and reader.
    expect(direction.chain[3].reason).toMatch(/Pia Second is away until/);
    expect(direction.chain[0].until).toBe(to.toISOString());
    ids.push(await away(w.head, from, to));
    ids.push(await away(w.director, from, to));
    const gap = await who();
    expect(gap).toMatchObject({ gap: true, person: null, role: null });
    expect(gap.chain.every((s: any) => s.skipped)).toBe(true);
    // Cancel them all: the social worker answers again.
    for (const id of ids) expect((await server.gql(CANCEL, { input: { absenceId: id } }, relayToken)).data?.absenceCancel.userErrors).toEqual([]);
    expect(await who()).toMatchObject({ role: 'SECTOR_SOCIAL_WORKER' });
  });

  it('at any instant: at night the office is closed and direction answers; on a week-end the permanence does', async () => {
    const night = new Date('2026-11-24T02:00:00Z'); // Tuesday 03:00 in Brussels
    const r = await who(night);
    expect(r.chain.map((s: any) => s.reasonCode)).toEqual(['OFF_DUTY', 'PERMANENCE_CLOSED', 'OFF_DUTY', null]);
    expect(r.role).toBe('DIRECTION');
    const saturday = new Date('2026-11-28T14:00:00Z');
    expect(await who(saturday)).toMatchObject({ role: 'PERMANENCE', chain: [{ reasonCode: 'OFF_DUTY' }, { reasonCode: null }] });
  });

  it('a daylight-saving week-end keeps its local hours: on call from Friday 17:00 to Monday 08:30', async () => {
    // Clocks went forward on Sunday 29 March 2026 at 02:00.
    const r = await server.gql(
      `query ($at: DateTime) { permanenceOnCall(at: $at) { current { kind startsAt endsAt } } }`,
      { at: '2026-03-29T01:30:00Z' },
      w.kiosk,
    );
    const current = r.data?.permanenceOnCall.current;
    expect(current).toEqual({ kind: 'WEEKEND', startsAt: '2026-03-27T16:00:00.000Z', endsAt: '2026-03-30T06:30:00.000Z' });
    expect((Date.parse(current.endsAt) - Date.parse(current.startsAt)) / 3_600_000).toBe(62.5);
    // Monday 30 March 08:00 local (06:00Z, summer time) is still the week-end; 08:45 local is the weekday shift.
    expect((await who(new Date('2026-03-30T06:00:00Z'))).chain[1]).toMatchObject({ role: 'PERMANENCE', reasonCode: null });
    const monday = await server.gql(`query ($at: DateTime) { permanenceOnCall(at: $at) { current { kind startsAt } } }`, { at: '2026-03-30T06:45:00Z' }, w.kiosk);
    expect(monday.data?.permanenceOnCall.current).toEqual({ kind: 'WEEKDAY', startsAt: '2026-03-30T06:30:00.000Z' });
    // And in October the week-end is an hour longer.
    const october = await server.gql(`query ($at: DateTime) { permanenceOnCall(at: $at) { current { startsAt endsAt } } }`, { at: '2026-10-25T12:00:00Z' }, w.kiosk);
    expect(october.data?.permanenceOnCall.current).toEqual({ startsAt: '2026-10-23T15:00:00.000Z', endsAt: '2026-10-26T07:30:00.000Z' });
  });
});

describe('coverage alerts', () => {
  it('an absence of one binôme member opens a warning; both away is a gap; cancelling resolves them', async () => {
    const shift = shiftAt(w, plus(NOW, days(8)));
    const before = await openAlerts();
    const a = await away(w.p1, plus(shift.startsAt, hours(-1)), plus(shift.endsAt, hours(1)));
    let alerts = (await openAlerts()).filter((x) => x.shift.id === shift.gid);
    expect(alerts).toMatchObject([{ severity: 'WARNING', message: expect.stringContaining('Pia Second holds it alone') }]);
    const b = await away(w.p2, plus(shift.startsAt, hours(2)), plus(shift.endsAt, hours(5)));
    alerts = (await openAlerts()).filter((x) => x.shift.id === shift.gid);
    const high = alerts.filter((x) => x.severity === 'HIGH');
    expect(high).toHaveLength(1);
    expect(high[0]).toMatchObject({ startsAt: plus(shift.startsAt, hours(2)).toISOString(), endsAt: shift.endsAt.toISOString() });
    await server.gql(CANCEL, { input: { absenceId: a } }, relayToken);
    await server.gql(CANCEL, { input: { absenceId: b } }, relayToken);
    expect(await openAlerts()).toEqual(before);
  });

  it('two absences recorded at the same moment for both holders still open the gap (no lost update)', async () => {
    const shift = shiftAt(w, plus(NOW, days(15)));
    const input = (p: { gid: string }) => ({ input: { staffId: p.gid, kind: 'LEAVE', startsAt: shift.startsAt, endsAt: shift.endsAt } });
    const results = await Promise.all([server.gql(RECORD, input(w.p1), relayToken), server.gql(RECORD, input(w.p2), relayToken)]);
    expect(results.map((r) => r.data?.absenceRecord.userErrors)).toEqual([[], []]);
    const alerts = (await openAlerts()).filter((x) => x.shift.id === shift.gid);
    expect(alerts.map((a) => a.severity)).toEqual(['HIGH']);
    for (const r of results) await server.gql(CANCEL, { input: { absenceId: r.data?.absenceRecord.absence.id } }, relayToken);
    expect((await openAlerts()).filter((x) => x.shift.id === shift.gid)).toEqual([]);
  });

  it('a week-end with nobody is critical, listed first, and resolves itself when someone takes it', async () => {
    const weekend = w.shifts.find((s) => s.kind === 'WEEKEND' && s.startsAt > plus(NOW, days(30)));
    if (!weekend) throw new Error('no week-end');
    const director = await w.token(w.director);
    // Vacate it the way a data import would leave it, then let coverage re-check it.
    await server.db.sql`update permanence_shifts set holder_binome_id = null where id = ${weekend.id}`;
    await server.app.services.alerts.reconcileAll(NOW);
    const alerts = await openAlerts();
    expect(alerts[0]).toMatchObject({ severity: 'CRITICAL', shift: { id: weekend.gid } });
    const r = await server.gql(
      `mutation ($input: PermanenceReplaceInput!) { permanenceReplace(input: $input) { userErrors { code } } }`,
      { input: { shiftId: weekend.gid, holderBinomeId: w.binome.gid } },
      director,
    );
    expect(r.data?.permanenceReplace.userErrors).toEqual([]);
    expect((await openAlerts()).some((x) => x.shift.id === weekend.gid)).toBe(false);
    const resolved = await server.gql(`{ alerts(status: RESOLVED, first: 100) { edges { node { shift { id } resolvedAt } } } }`, {}, w.kiosk);
    expect(resolved.data?.alerts.edges.map((e: any) => e.node)).toContainEqual({ shift: { id: weekend.gid }, resolvedAt: NOW.toISOString() });
  });

  it('absences are refused when they make no sense, and change nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ staffId: w.p1.gid, kind: 'LEAVE', startsAt: plus(NOW, days(3)), endsAt: plus(NOW, days(2)) }, 'ABSENCE_ENDS_BEFORE_START'],
      [{ staffId: 'nobody', kind: 'LEAVE', startsAt: NOW, endsAt: plus(NOW, days(2)) }, 'UNKNOWN_PERSON'],
    ];
    const before = await openAlerts();
    for (const [input, code] of cases) {
      const r = await server.gql(RECORD, { input }, relayToken);
      expect(r.data?.absenceRecord).toMatchObject({ absence: null, userErrors: [{ code }] });
    }
    const id = await away(w.spare, plus(NOW, days(50)), plus(NOW, days(52)));
    const overlap = await server.gql(RECORD, { input: { staffId: w.spare.gid, kind: 'TRAINING', startsAt: plus(NOW, days(51)), endsAt: plus(NOW, days(53)) } }, relayToken);
    expect(overlap.data?.absenceRecord.userErrors).toMatchObject([{ code: 'ABSENCE_OVERLAP', field: ['input', 'startsAt'] }]);
    await server.gql(CANCEL, { input: { absenceId: id } }, relayToken);
    expect(await openAlerts()).toEqual(before);
  });

  it('the kiosk sees that someone is away, never why', async () => {
    const id = await away(w.spare, plus(NOW, days(60)), plus(NOW, days(61)), 'SICKNESS');
    const asKiosk = await server.gql(`query ($id: ID!) { node(id: $id) { id } }`, { id }, w.kiosk);
    expect(asKiosk.data?.node).toBeNull();
    const kind = await server.gql(`{ staffMembers { fullName } }`, {}, w.kiosk);
    expect(kind.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const asStaff = await server.gql(`query ($id: ID!) { node(id: $id) { ... on Absence { kind } } }`, { id }, relayToken);
    expect(asStaff.data?.node).toEqual({ kind: 'SICKNESS' });
  });
});

describe('calendar feeds', () => {
  it('each person has a secret iCalendar link of their shifts, shown to them and direction only', async () => {
    const mine = await server.gql(`query ($id: ID!) { node(id: $id) { ... on Staff { calendarUrl } } }`, { id: w.p1.gid }, await w.token(w.p1));
    const url = mine.data?.node.calendarUrl as string;
    expect(url).toMatch(/\/calendar\/staff\/[A-Za-z0-9_-]+\.ics$/);
    const others = await server.gql(`query ($id: ID!) { node(id: $id) { ... on Staff { calendarUrl } } }`, { id: w.p1.gid }, await w.token(w.sw));
    expect(others.data?.node.calendarUrl).toBeNull();
    // Feeds run from 30 days back: look from mid-March to see the DST week-end.
    server.clock.now = new Date('2026-03-16T10:00:00Z');
    const res = await fetch(new URL(new URL(url).pathname, server.url));
    server.clock.now = NOW;
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/calendar/);
    const ics = await res.text();
    expect(ics).toContain('BEGIN:VCALENDAR');
    // The DST week-end of March 2026 is in it with its exact instants.
    expect(ics).toContain('DTSTART:20260327T160000Z');
    expect(ics).toContain('DTEND:20260330T063000Z');
    expect(ics).toContain('Paul Premier & Pia Second');
    const spare = await fetch(`${server.url}/calendar/staff/${w.spare.calendarSecret}.ics`);
    expect((await spare.text()).includes('Paul Premier & Pia Second')).toBe(false);
    expect((await fetch(`${server.url}/calendar/staff/not-a-real-secret-at-all.ics`)).status).toBe(404);
  });

  it('each sector has one too', async () => {
    const r = await server.gql(`{ sectors { calendarUrl } }`, {}, relayToken);
    const res = await fetch(new URL(new URL(r.data?.sectors[0].calendarUrl).pathname, server.url));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Permanence week-end');
    const kiosk = await server.gql(`{ sectors { calendarUrl } }`, {}, w.kiosk);
    expect(kiosk.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
