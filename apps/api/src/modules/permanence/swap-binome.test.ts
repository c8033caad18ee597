// A swap on a binôme's week-end shift through GraphQL on a real database: the member who hands over
// her place leaves, the other member stays, the taker holds the place (shift-holders.rules.ts) — on
// call, who to call (R14), coverage alerts, the week-end load, the permanence report, the history;
// the undo gives the binôme back; R13; who may not; direction's reassign of one place.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { days, hours, plus } from '@support/factories.js';
import { APPROVE, NOW, OFFER, TAKE, UNDO, swapWorld, type SwapWorld } from '@support/swap-world.js';

let t: SwapWorld;
beforeAll(async () => {
  t = await swapWorld();
});
afterAll(() => t?.server.close());
afterEach(() => {
  t.server.clock.now = NOW;
});

const names = (people: { fullName: string }[]) => people.map((p) => p.fullName);
const PAIR = ['Sam Spare', 'Pia Second'];
const BINOME = ['Paul Premier', 'Pia Second'];

/** The n-th week-end shift starting at least `ahead` days from NOW. */
function weekend(ahead: number, n = 0) {
  return t.w.shifts.filter((s) => s.kind === 'WEEKEND' && s.startsAt.getTime() >= plus(NOW, days(ahead)).getTime())[n];
}

async function gql(doc: string, variables: Record<string, unknown>, who: string | { token: string }) {
  const r = await t.server.gql(doc, variables, typeof who === 'string' ? t.as(who) : who.token);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data as any;
}

const SHIFT = `query ($id: ID!) { node(id: $id) { ... on PermanenceShift { holders { fullName } substitutedMember { fullName } substitute { fullName } holderBinome { name }
  holdersInCallOrder { person { fullName } answers }
  history { kind replacement { previousHolders { fullName } newHolders { fullName } } } } } }`;
const ON_CALL = `query ($at: DateTime) { permanenceOnCall(at: $at) { current { holders { fullName } } weekend { id holders { fullName } } } }`;
const WHO = `query ($sectorId: ID!, $at: DateTime) { whoToCall(sectorId: $sectorId, at: $at) { role gap person { fullName } chain { role skipped person { fullName } } } }`;
const LOAD = `query ($year: Int!) { permanenceLoad(year: $year) { people { staff { fullName } weekends weekendDays } } }`;
const REPORT = `{ permanenceReport(from: "2026-12-01", to: "2026-12-31") { onCall { person weekendHours } weekendLoad { person weekendShifts } } }`;
const ALERTS = `{ alerts(first: 100) { edges { node { cause awayStaff { fullName } shift { id } } } } }`;
const RECORD = `mutation ($input: AbsenceRecordInput!) { absenceRecord(input: $input) { absence { id } userErrors { field code } } }`;
const CANCEL = `mutation ($input: AbsenceCancelInput!) { absenceCancel(input: $input) { userErrors { code } } }`;
const REPLACE = `mutation ($input: PermanenceReplaceInput!) { permanenceReplace(input: $input) { shift { holders { fullName } substitute { fullName } } userErrors { field code } } }`;
const REASSIGN = `mutation ($input: PermanenceShiftReassignInput!) { permanenceShiftReassign(input: $input) { shift { holders { fullName } substitutedMember { fullName } } replacement { kind } userErrors { field code } } }`;

async function figures(shift: { gid: string; startsAt: Date }) {
  const load = (await gql(LOAD, { year: 2026 }, 'relay')).permanenceLoad.people;
  const report = (await gql(REPORT, {}, 'director')).permanenceReport;
  const weekends = (name: string) => load.find((p: any) => p.staff.fullName === name)?.weekends ?? 0;
  const reported = (name: string) => report.weekendLoad.find((p: any) => p.person === name)?.weekendShifts ?? 0;
  const hoursOf = (name: string) => report.onCall.filter((p: any) => p.person === name).reduce((n: number, p: any) => n + p.weekendHours, 0);
  const at = plus(shift.startsAt, hours(20));
  return {
    onCall: names((await gql(ON_CALL, { at }, { token: t.w.kiosk })).permanenceOnCall.current.holders),
    comingWeekend: (await gql(ON_CALL, { at: plus(shift.startsAt, hours(-30)) }, { token: t.w.kiosk })).permanenceOnCall.weekend,
    who: (await gql(WHO, { sectorId: t.w.sector.gid, at }, 'telephonist')).whoToCall,
    weekends: { paul: weekends('Paul Premier'), pia: weekends('Pia Second'), sam: weekends('Sam Spare') },
    reported: { paul: reported('Paul Premier'), pia: reported('Pia Second'), sam: reported('Sam Spare') },
    hours: { paul: hoursOf('Paul Premier'), pia: hoursOf('Pia Second'), sam: hoursOf('Sam Spare') },
  };
}

describe('a member of the binôme hands over her place on a week-end shift', () => {
  it('after approval the other member and the taker hold it: on call, who to call, load, report, history; the undo gives the binôme back', async () => {
    const shift = weekend(14);
    const shiftHours = (shift.endsAt.getTime() - shift.startsAt.getTime()) / 3_600_000;
    const before = await figures(shift);
    expect(before.onCall).toEqual(BINOME);

    const swapId = await t.offeredAndTaken(shift.gid, { note: 'Mariage de ma sœur' });
    const approved = (await gql(APPROVE, { input: { swapId } }, 'relay')).permanenceSwapApprove;
    expect(approved).toMatchObject({ swap: { status: 'APPROVED' }, shift: { holders: [{ fullName: 'Sam Spare' }, { fullName: 'Pia Second' }] }, userErrors: [] });

    const node = (await gql(SHIFT, { id: shift.gid }, 'relay')).node;
    expect(node).toMatchObject({ substitutedMember: { fullName: 'Paul Premier' }, substitute: { fullName: 'Sam Spare' }, holderBinome: { name: 'Paul & Pia' } });
    expect(names(node.holders)).toEqual(PAIR);
    expect(node.holdersInCallOrder.map((h: any) => h.person.fullName).sort()).toEqual([...PAIR].sort());
    const change = node.history.find((e: any) => e.kind === 'HOLDER_CHANGED').replacement;
    expect([names(change.previousHolders), names(change.newHolders)]).toEqual([BINOME, PAIR]);

    const after = await figures(shift);
    expect(after.onCall).toEqual(PAIR);
    expect(after.comingWeekend.id).toBe(shift.gid);
    expect(names(after.comingWeekend.holders)).toEqual(PAIR);
    // R14 at the week-end: the sector's and the flying social workers are out of office, the permanence answers.
    expect(after.who).toMatchObject({ role: 'PERMANENCE', gap: false });
    const called = after.who.chain.filter((s: any) => s.role === 'PERMANENCE').map((s: any) => s.person?.fullName);
    expect(called).toContain(after.who.person.fullName);
    expect(PAIR).toContain(after.who.person.fullName);
    expect(called).not.toContain('Paul Premier');
    // The taker carries the week-end, the member who gave it does not; her partner's is unchanged.
    expect(after.weekends).toEqual({ paul: before.weekends.paul - 1, pia: before.weekends.pia, sam: before.weekends.sam + 1 });
    expect(after.reported).toEqual({ paul: before.reported.paul - 1, pia: before.reported.pia, sam: before.reported.sam + 1 });
    expect(after.hours.sam).toBeCloseTo(before.hours.sam + shiftHours, 2);
    expect(after.hours.paul).toBeCloseTo(before.hours.paul - shiftHours, 2);
    expect(after.hours.pia).toBeCloseTo(before.hours.pia, 2);

    // Each person's calendar feed: the shift is the taker's and the partner's, no longer the giver's.
    const dtstart = `DTSTART:${shift.startsAt.toISOString().replace(/[-:]|\.\d{3}/g, '')}`;
    const feed = async (who: 'p1' | 'p2' | 'spare') => (await fetch(`${t.server.url}/calendar/staff/${t.w[who].calendarSecret}.ics`)).text();
    expect([(await feed('p1')).includes(dtstart), (await feed('p2')).includes(dtstart), (await feed('spare')).includes(dtstart)]).toEqual([false, true, true]);
    expect(await feed('spare')).toContain('Sam Spare & Pia Second');

    const undone = (await gql(UNDO, { input: { swapId } }, 'relay')).permanenceSwapUndo;
    expect(undone).toMatchObject({ swap: { status: 'UNDONE' }, userErrors: [] });
    expect((await gql(SHIFT, { id: shift.gid }, 'relay')).node).toMatchObject({ substitutedMember: null, substitute: null, holders: BINOME.map((fullName) => ({ fullName })) });
    expect([(await feed('p1')).includes(dtstart), (await feed('spare')).includes(dtstart)]).toEqual([true, false]);
    const restored = await figures(shift);
    expect({ ...restored, who: null }).toEqual({ ...before, who: null });
    expect(restored.who.chain.map((s: any) => s.person?.fullName)).toEqual(before.who.chain.map((s: any) => s.person?.fullName));
  });

  it('coverage: the taker away during the shift is a gap (one away) like a member; the member who gave her place away is not', async () => {
    const shift = weekend(14, 1);
    const swapId = await t.offeredAndTaken(shift.gid);
    expect((await gql(APPROVE, { input: { swapId } }, 'relay')).permanenceSwapApprove.userErrors).toEqual([]);
    const alertsOf = async () => (await gql(ALERTS, {}, 'relay')).alerts.edges.map((e: any) => e.node).filter((a: any) => a.shift?.id === shift.gid);
    const away = async (who: 'p1' | 'spare') => {
      const r = await gql(RECORD, { input: { staffId: t.w[who].gid, kind: 'LEAVE', startsAt: plus(shift.startsAt, hours(-2)), endsAt: plus(shift.endsAt, hours(2)) } }, 'relay');
      expect(r.absenceRecord.userErrors).toEqual([]);
      return r.absenceRecord.absence.id as string;
    };
    const paulAway = await away('p1');
    expect(await alertsOf()).toEqual([]);
    const samAway = await away('spare');
    expect(await alertsOf()).toEqual([{ cause: 'ONE_AWAY', awayStaff: [{ fullName: 'Sam Spare' }], shift: { id: shift.gid } }]);
    expect((await gql(CANCEL, { input: { absenceId: samAway } }, 'relay')).absenceCancel.userErrors).toEqual([]);
    expect(await alertsOf()).toEqual([]);
    expect((await gql(CANCEL, { input: { absenceId: paulAway } }, 'relay')).absenceCancel.userErrors).toEqual([]);
  });

  it('R13: less than a week ahead the offer needs the event behind it, and the approval is a same-day change of the place', async () => {
    const shift = weekend(0);
    expect(shift.startsAt.getTime() - NOW.getTime()).toBeLessThan(days(7));
    const before = await t.snapshot();
    const late = (await gql(OFFER, { input: { shiftId: shift.gid } }, 'p1')).permanenceSwapOffer;
    expect(late.userErrors).toMatchObject([{ field: ['input', 'event'], code: 'REPLACEMENT_TOO_LATE' }]);
    expect(await t.snapshot()).toEqual(before);
    const swapId = await t.offeredAndTaken(shift.gid, { event: 'Père hospitalisé' });
    const approved = (await gql(APPROVE, { input: { swapId } }, 'relay')).permanenceSwapApprove;
    expect(approved).toMatchObject({ shift: { holders: PAIR.map((fullName) => ({ fullName })), replacements: [{ kind: 'SAME_DAY', event: 'Père hospitalisé' }] }, userErrors: [] });
  });
});

describe('who may hand over or take a place', () => {
  it('a member may not take her own binôme’s shift; the least privileged roles may not offer, take or approve; nothing changes', async () => {
    const shift = weekend(14, 2);
    const swapId = await t.offer(shift.gid);
    const before = await t.snapshot();
    const partner = (await gql(TAKE, { input: { swapId } }, 'p2')).permanenceSwapTake;
    expect(partner).toMatchObject({ swap: null, userErrors: [{ field: ['input', 'swapId'], code: 'ALREADY_HOLDER' }] });
    for (const who of ['helper', 'telephonist']) {
      expect((await t.server.gql(TAKE, { input: { swapId } }, t.as(who))).errors?.[0].extensions?.code, who).toBe('FORBIDDEN');
      expect((await t.server.gql(OFFER, { input: { shiftId: shift.gid } }, t.as(who))).errors?.[0].extensions?.code, who).toBe('FORBIDDEN');
    }
    expect((await t.server.gql(OFFER, { input: { shiftId: shift.gid } }, t.w.kiosk)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await t.snapshot()).toEqual(before);
    expect((await gql(TAKE, { input: { swapId } }, 'spare')).permanenceSwapTake.userErrors).toEqual([]);
    expect((await t.server.gql(APPROVE, { input: { swapId } }, t.as('sw'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await t.snapshot()).not.toEqual(before);
  });

  it('one place at a time: the partner cannot hand hers over too; the substitute passes the place on; the member takes it back and the binôme is whole', async () => {
    const shift = weekend(14, 3);
    const first = await t.offeredAndTaken(shift.gid);
    expect((await gql(APPROVE, { input: { swapId: first } }, 'relay')).permanenceSwapApprove.userErrors).toEqual([]);
    const before = await t.snapshot();
    const partner = (await gql(OFFER, { input: { shiftId: shift.gid } }, 'p2')).permanenceSwapOffer;
    expect(partner).toMatchObject({ swap: null, userErrors: [{ field: ['input', 'shiftId'], code: 'PARTNER_ALREADY_REPLACED' }] });
    expect(await t.snapshot()).toEqual(before);
    // Paul no longer holds it: he cannot offer it, but he may take a place on it back.
    expect((await gql(OFFER, { input: { shiftId: shift.gid } }, 'p1')).permanenceSwapOffer.userErrors).toMatchObject([{ code: 'NOT_HOLDER' }]);

    const onward = await t.offer(shift.gid, {}, 'spare');
    expect((await gql(TAKE, { input: { swapId: onward } }, 'flying')).permanenceSwapTake.userErrors).toEqual([]);
    const passed = (await gql(APPROVE, { input: { swapId: onward } }, 'director')).permanenceSwapApprove;
    expect(names(passed.shift.holders)).toEqual(['Flore Flying', 'Pia Second']);
    expect((await gql(SHIFT, { id: shift.gid }, 'relay')).node).toMatchObject({ substitutedMember: { fullName: 'Paul Premier' }, substitute: { fullName: 'Flore Flying' } });

    // Undoing the onward swap gives the place back to the substitute before it, not to the binôme.
    expect((await gql(UNDO, { input: { swapId: onward } }, 'relay')).permanenceSwapUndo.userErrors).toEqual([]);
    expect((await gql(SHIFT, { id: shift.gid }, 'relay')).node).toMatchObject({ holders: PAIR.map((fullName) => ({ fullName })), substitutedMember: { fullName: 'Paul Premier' }, substitute: { fullName: 'Sam Spare' } });

    const back = await t.offer(shift.gid, {}, 'spare');
    expect((await gql(TAKE, { input: { swapId: back } }, 'p1')).permanenceSwapTake.userErrors).toEqual([]);
    const whole = (await gql(APPROVE, { input: { swapId: back } }, 'relay')).permanenceSwapApprove;
    expect(names(whole.shift.holders)).toEqual(BINOME);
    expect((await gql(SHIFT, { id: shift.gid }, 'relay')).node).toMatchObject({ substitutedMember: null, substitute: null });
  });
});

describe('direction reassigns one place', () => {
  it('in place of a binôme member, the colleague holds her place beside the other; a wrong member or a holder already on it is refused', async () => {
    const shift = weekend(14, 4);
    const before = await t.snapshot();
    for (const [input, field, code] of [
      [{ holderStaffId: t.w.spare.gid, inPlaceOfStaffId: t.w.flying.gid }, 'inPlaceOfStaffId', 'NOT_HOLDER'],
      [{ holderStaffId: t.w.p1.gid, inPlaceOfStaffId: t.w.p2.gid }, 'holderStaffId', 'ALREADY_HOLDER'],
      [{ holderStaffId: t.w.helper.gid, inPlaceOfStaffId: t.w.p2.gid }, 'holderStaffId', 'NOT_ELIGIBLE'],
    ] as const) {
      const bad = (await gql(REASSIGN, { input: { shiftId: shift.gid, ...input } }, 'director')).permanenceShiftReassign;
      expect(bad.userErrors, code).toEqual([{ field: ['input', field], code }]);
    }
    expect(await t.snapshot()).toEqual(before);
    const r = (await gql(REASSIGN, { input: { shiftId: shift.gid, holderStaffId: t.w.spare.gid, inPlaceOfStaffId: t.w.p2.gid } }, 'director')).permanenceShiftReassign;
    expect(r).toEqual({ shift: { holders: [{ fullName: 'Paul Premier' }, { fullName: 'Sam Spare' }], substitutedMember: { fullName: 'Pia Second' } }, replacement: { kind: 'PLANNED' }, userErrors: [] });
    expect(names((await gql(ON_CALL, { at: plus(shift.startsAt, hours(20)) }, { token: t.w.kiosk })).permanenceOnCall.current.holders)).toEqual(['Paul Premier', 'Sam Spare']);
    // R13: replacing the holders by the binôme itself gives it back whole (a change, not NO_CHANGE).
    const whole = (await gql(REPLACE, { input: { shiftId: shift.gid, holderBinomeId: t.w.binome.gid } }, 'relay')).permanenceReplace;
    expect(whole).toEqual({ shift: { holders: BINOME.map((fullName) => ({ fullName })), substitute: null }, userErrors: [] });
    const again = (await gql(REPLACE, { input: { shiftId: shift.gid, holderBinomeId: t.w.binome.gid } }, 'relay')).permanenceReplace;
    expect(again.userErrors).toMatchObject([{ code: 'NO_CHANGE' }]);
  });
});
