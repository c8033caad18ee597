// Swaps through GraphQL on a real database: the refusals (field, rule, nothing changed), who may (R5),
// withdrawing, undoing before the shift starts, and direction's reassignment at once.

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { days, hours, makeAbsence, makeBinome, plus } from '@support/factories.js';
import { shiftAt } from '@support/world.js';
import { APPROVE, HISTORY, NOW, OFFER, PENDING, REFUSE, TAKE, UNDO, swapWorld, type SwapWorld } from '@support/swap-world.js';

/** "Thursday 10 December 2026 06:30" as a Brussels clock shows it. */
const brussels = (at: Date) =>
  `${new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(at).replace(',', '')} ${new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at)}`;

const REPLACE_WITH = `mutation ($input: PermanenceReplaceInput!) { permanenceReplace(input: $input) { userErrors { field code } } }`;

let t: SwapWorld;
beforeAll(async () => {
  t = await swapWorld();
});
afterAll(() => t?.server.close());
afterEach(() => {
  t.server.clock.now = NOW;
});

describe('refusals: the field, the rule, nothing changed', () => {
  it('bad offers, takes and decisions each get their userError', async () => {
    const shift = shiftAt(t.w, plus(NOW, days(15)));
    const open = await t.offer(shift.gid);
    const takenShift = shiftAt(t.w, plus(NOW, days(16)));
    const taken = await t.offeredAndTaken(takenShift.gid);
    const past = shiftAt(t.w, plus(NOW, days(-2)));
    const before = await t.snapshot();
    const cases: [string, string, Record<string, unknown>, string, string][] = [
      [OFFER, 'spare', { shiftId: shiftAt(t.w, plus(NOW, days(17))).gid }, 'shiftId', 'NOT_HOLDER'],
      [OFFER, 'p2', { shiftId: shift.gid }, 'shiftId', 'SWAP_ALREADY_OFFERED'],
      [OFFER, 'p1', { shiftId: 'not-an-id' }, 'shiftId', 'UNKNOWN_SHIFT'],
      [OFFER, 'p1', { shiftId: t.w.sector.gid }, 'shiftId', 'UNKNOWN_SHIFT'],
      [OFFER, 'p1', { shiftId: past.gid, event: 'x' }, 'shiftId', 'SHIFT_STARTED'],
      [TAKE, 'p1', { swapId: open }, 'swapId', 'OWN_OFFER'],
      [TAKE, 'p2', { swapId: open }, 'swapId', 'ALREADY_HOLDER'],
      [TAKE, 'spare', { swapId: taken }, 'swapId', 'SWAP_NOT_OFFERED'],
      [TAKE, 'flying', { swapId: taken }, 'swapId', 'UNKNOWN_SWAP'],
      [TAKE, 'spare', { swapId: shift.gid }, 'swapId', 'UNKNOWN_SWAP'],
      [TAKE, 'spare', { swapId: '' }, 'swapId', 'BAD_ID'],
      [APPROVE, 'relay', { swapId: open }, 'swapId', 'SWAP_NOT_TAKEN'],
      [REFUSE, 'relay', { swapId: taken, reason: ' \n ' }, 'reason', 'REASON_REQUIRED'],
      [UNDO, 'spare', { swapId: taken }, 'swapId', 'NOT_YOUR_SWAP'],
    ];
    for (const [doc, who, input, field, code] of cases) {
      const r = await t.server.gql(doc, { input }, t.as(who));
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      const body = Object.values(r.data ?? {})[0] as any;
      expect(body.userErrors, code).toMatchObject([{ field: ['input', field], code }]);
      expect(body.swap, code).toBeNull();
    }
    expect(await t.snapshot()).toEqual(before);
  });

  it('the relay does not approve a swap she took; a colleague away during the shift cannot take it', async () => {
    const shift = shiftAt(t.w, plus(NOW, days(18)));
    const swapId = await t.offer(shift.gid);
    await makeAbsence(t.server.db.db, { staffId: t.w.flying.id, kind: 'LEAVE', startsAt: plus(shift.startsAt, hours(-2)), endsAt: plus(shift.startsAt, hours(2)) });
    const away = await t.server.gql(TAKE, { input: { swapId } }, t.as('flying'));
    expect(away.data?.permanenceSwapTake.userErrors).toMatchObject([{ field: ['input', 'swapId'], code: 'TAKER_AWAY', message: expect.stringContaining('Flore Flying') }]);
    // People read Brussels time, never UTC instants (gap named by stop 19's outside check).
    expect(away.data?.permanenceSwapTake.userErrors[0].message).toContain(`from ${brussels(plus(shift.startsAt, hours(-2)))} to ${brussels(plus(shift.startsAt, hours(2)))}`);
    expect(away.data?.permanenceSwapTake.userErrors[0].message).not.toMatch(/\d{4}-\d{2}-\d{2}T|Z\b/);
    expect((await t.server.gql(TAKE, { input: { swapId } }, t.as('relay'))).data?.permanenceSwapTake.userErrors).toEqual([]);
    const own = await t.server.gql(APPROVE, { input: { swapId } }, t.as('relay'));
    expect(own.data?.permanenceSwapApprove.userErrors).toMatchObject([{ field: ['input', 'swapId'], code: 'OWN_SWAP' }]);
    expect((await t.server.gql(APPROVE, { input: { swapId } }, t.as('head'))).data?.permanenceSwapApprove.userErrors).toEqual([]);
  });

  it('the relay in the binôme holding the shift neither approves nor refuses her partner’s swap; direction does', async () => {
    const shift = shiftAt(t.w, plus(NOW, days(50)));
    // Direction gives the shift to a binôme of Pia and the relay.
    const pair = await makeBinome(t.server.db.db, t.w.relay.id, t.w.p2.id, 'Remi & Pia');
    const put = await t.server.gql(REPLACE_WITH, { input: { shiftId: shift.gid, holderBinomeId: pair.gid } }, t.as('director'));
    expect(put.data?.permanenceReplace.userErrors).toEqual([]);
    const swapId = await t.offer(shift.gid, {}, 'p2');
    expect((await t.server.gql(TAKE, { input: { swapId } }, t.as('spare'))).data?.permanenceSwapTake.userErrors).toEqual([]);
    const before = await t.snapshot();
    const approve = await t.server.gql(APPROVE, { input: { swapId } }, t.as('relay'));
    expect(approve.data?.permanenceSwapApprove.userErrors).toMatchObject([{ field: ['input', 'swapId'], code: 'OWN_SHIFT' }]);
    const refuse = await t.server.gql(REFUSE, { input: { swapId, reason: 'non' } }, t.as('relay'));
    expect(refuse.data?.permanenceSwapRefuse.userErrors).toMatchObject([{ field: ['input', 'swapId'], code: 'OWN_SHIFT' }]);
    expect(await t.snapshot()).toEqual(before);
    const DECIDE = `query ($id: ID!) { node(id: $id) { ... on PermanenceSwap { viewerCanDecide } } }`;
    expect((await t.server.gql(DECIDE, { id: swapId }, t.as('relay'))).data?.node).toEqual({ viewerCanDecide: false });
    expect((await t.server.gql(DECIDE, { id: swapId }, t.as('director'))).data?.node).toEqual({ viewerCanDecide: true });
    expect((await t.server.gql(APPROVE, { input: { swapId } }, t.as('director'))).data?.permanenceSwapApprove.userErrors).toEqual([]);
  });

  it('viewerCanOffer and viewerCanDecide follow the mutations: the desk offers only what the API accepts (stop 19: "Proposer un échange" on a shift whose partner’s place was handed over)', async () => {
    const shift = shiftAt(t.w, plus(NOW, days(52)));
    const canOffer = async (who: string) =>
      ((await t.server.gql(`query ($id: ID!) { node(id: $id) { ... on PermanenceShift { viewerCanOffer } } }`, { id: shift.gid }, who === 'kiosk' ? t.w.kiosk : t.as(who))).data?.node as any)?.viewerCanOffer ?? false;
    const canDecide = async (who: string, swapId: string) =>
      ((await t.server.gql(`query ($id: ID!) { node(id: $id) { ... on PermanenceSwap { viewerCanDecide } } }`, { id: swapId }, t.as(who))).data?.node as any)?.viewerCanDecide ?? false;
    const offers = async () => Object.fromEntries(await Promise.all(['p1', 'p2', 'spare', 'relay', 'kiosk'].map(async (who) => [who, await canOffer(who)])));
    expect(await offers()).toEqual({ p1: true, p2: true, spare: false, relay: false, kiosk: false });
    const swapId = await t.offer(shift.gid);
    expect(await offers()).toEqual({ p1: false, p2: false, spare: false, relay: false, kiosk: false });
    expect(await canDecide('relay', swapId)).toBe(true);
    expect((await t.server.gql(TAKE, { input: { swapId } }, t.as('spare'))).data?.permanenceSwapTake.userErrors).toEqual([]);
    expect({ relay: await canDecide('relay', swapId), director: await canDecide('director', swapId), spare: await canDecide('spare', swapId), p1: await canDecide('p1', swapId) }).toEqual({ relay: true, director: true, spare: false, p1: false });
    expect((await t.server.gql(APPROVE, { input: { swapId } }, t.as('relay'))).data?.permanenceSwapApprove.userErrors).toEqual([]);
    expect(await canDecide('relay', swapId)).toBe(false);
    // Sam holds Paul's place beside Pia: Pia may not hand hers too, Sam may hand his on.
    expect(await offers()).toEqual({ p1: false, p2: false, spare: true, relay: false, kiosk: false });
    const refused = await t.server.gql(OFFER, { input: { shiftId: shift.gid } }, t.as('p2'));
    expect(refused.data?.permanenceSwapOffer.userErrors).toMatchObject([{ code: 'PARTNER_ALREADY_REPLACED' }]);
    // A shift under way is offered by nobody.
    t.server.clock.now = plus(shift.startsAt, hours(1));
    expect(await offers()).toEqual({ p1: false, p2: false, spare: false, relay: false, kiosk: false });
  });

  it('hostile input: huge, NUL and malformed values are refused before anything runs', async () => {
    const shift = shiftAt(t.w, plus(NOW, days(19)));
    const before = await t.snapshot();
    const huge = await t.server.gql(OFFER, { input: { shiftId: shift.gid, note: 'x'.repeat(5_001) } }, t.as('p1'));
    expect(huge.data?.permanenceSwapOffer?.userErrors ?? huge.errors?.[0].extensions).toMatchObject(huge.data ? [{ field: ['input', 'note'] }] : { code: 'BAD_USER_INPUT' });
    const nul = await t.server.gql(OFFER, { input: { shiftId: shift.gid, note: 'a\u0000b' } }, t.as('p1'));
    expect(nul.data?.permanenceSwapOffer?.userErrors ?? nul.errors?.[0].extensions).toMatchObject(nul.data ? [{ field: ['input', 'note'] }] : { code: 'BAD_USER_INPUT' });
    const longId = await t.server.gql(TAKE, { input: { swapId: 'A'.repeat(100_000) } }, t.as('spare'));
    expect(longId.status).toBeGreaterThanOrEqual(400);
    const first = await t.server.gql('{ permanenceSwapsPending(first: -1) { id } }', {}, t.as('relay'));
    expect(first.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await t.snapshot()).toEqual(before);
  });
});

describe('who may', () => {
  it('a telephonist, a helper and the kiosk neither offer, take, decide, undo nor list; a social worker does not approve', async () => {
    const shift = shiftAt(t.w, plus(NOW, days(22)));
    const swapId = await t.offeredAndTaken(shift.gid);
    const before = await t.snapshot();
    for (const token of [t.as('telephonist'), t.as('helper'), t.w.kiosk]) {
      for (const [doc, input] of [
        [OFFER, { shiftId: shift.gid }],
        [TAKE, { swapId }],
        [APPROVE, { swapId }],
        [REFUSE, { swapId, reason: 'non' }],
        [UNDO, { swapId }],
      ] as const) {
        const r = await t.server.gql(doc, { input }, token);
        expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
      expect((await t.server.gql(PENDING, {}, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    for (const who of ['sw', 'p2', 'spare']) {
      expect((await t.server.gql(APPROVE, { input: { swapId } }, t.as(who))).errors?.[0].extensions?.code, who).toBe('FORBIDDEN');
      expect((await t.server.gql(REFUSE, { input: { swapId, reason: 'non' } }, t.as(who))).errors?.[0].extensions?.code, who).toBe('FORBIDDEN');
    }
    expect(await t.snapshot()).toEqual(before);
  });

  it('R5: a swap is read by approvers and the colleagues concerned; why it was offered or refused is not for helpers or the telephonist', async () => {
    const shift = shiftAt(t.w, plus(NOW, days(23)));
    const swapId = await t.offeredAndTaken(shift.gid, { note: 'Rendez-vous médical' });
    const refused = await t.server.gql(REFUSE, { input: { swapId, reason: 'Binôme incomplet ce jour-là' } }, t.as('relay'));
    expect(refused.data?.permanenceSwapRefuse).toMatchObject({ swap: { status: 'REFUSED', refusalReason: 'Binôme incomplet ce jour-là' }, shift: { holders: [{ fullName: 'Paul Premier' }, { fullName: 'Pia Second' }] }, userErrors: [] });
    const NODE = `query ($id: ID!) { node(id: $id) { ... on PermanenceSwap { status note refusalReason } } }`;
    expect((await t.server.gql(NODE, { id: swapId }, t.as('p1'))).data?.node).toEqual({ status: 'REFUSED', note: 'Rendez-vous médical', refusalReason: 'Binôme incomplet ce jour-là' });
    expect((await t.server.gql(NODE, { id: swapId }, t.as('spare'))).data?.node).toMatchObject({ status: 'REFUSED' });
    for (const who of ['helper', 'telephonist', 'flying']) expect((await t.server.gql(NODE, { id: swapId }, t.as(who))).data?.node, who).toBeNull();
    expect((await t.server.gql(NODE, { id: swapId }, t.w.kiosk)).data?.node).toBeNull();
    // The shift's history names who and when for every staff member, the swap itself only for those who may read it.
    const helperHistory = await t.server.gql(HISTORY, { id: shift.gid }, t.as('helper'));
    expect(helperHistory.data?.node.history.map((e: any) => [e.kind, e.swap])).toEqual([
      ['SWAP_OFFERED', null],
      ['SWAP_TAKEN', null],
      ['SWAP_REFUSED', null],
    ]);
    expect((await t.server.gql(HISTORY, { id: shift.gid }, t.w.kiosk)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('withdrawing and undoing', () => {
  it('the offerer withdraws her pending offer; the shift can be offered again', async () => {
    const shift = shiftAt(t.w, plus(NOW, days(32)));
    const swapId = await t.offeredAndTaken(shift.gid);
    const r = await t.server.gql(UNDO, { input: { swapId } }, t.as('p1'));
    expect(r.data?.permanenceSwapUndo).toMatchObject({ swap: { status: 'WITHDRAWN' }, shift: { holders: [{ fullName: 'Paul Premier' }, { fullName: 'Pia Second' }] }, userErrors: [] });
    await t.offer(shift.gid, {}, 'p2');
  });

  it('an approved swap is undone before the shift starts: the shift goes back to its binôme, the history keeps both changes', async () => {
    const shift = shiftAt(t.w, plus(NOW, days(29)));
    const swapId = await t.offeredAndTaken(shift.gid);
    await t.server.gql(APPROVE, { input: { swapId } }, t.as('relay'));
    const offererTries = await t.server.gql(UNDO, { input: { swapId } }, t.as('p1'));
    expect(offererTries.data?.permanenceSwapUndo.userErrors).toMatchObject([{ code: 'NOT_YOUR_SWAP' }]);
    const r = await t.server.gql(UNDO, { input: { swapId } }, t.as('relay'));
    expect(r.data?.permanenceSwapUndo).toMatchObject({ swap: { status: 'UNDONE' }, shift: { holders: [{ fullName: 'Paul Premier' }, { fullName: 'Pia Second' }] }, userErrors: [] });
    const history = await t.server.gql(HISTORY, { id: shift.gid }, t.as('relay'));
    expect(history.data?.node.history.map((e: any) => e.kind)).toEqual(['SWAP_OFFERED', 'SWAP_TAKEN', 'SWAP_APPROVED', 'HOLDER_CHANGED', 'SWAP_UNDONE', 'HOLDER_CHANGED']);
    expect((await t.server.gql(UNDO, { input: { swapId } }, t.as('relay'))).data?.permanenceSwapUndo.userErrors).toMatchObject([{ code: 'SWAP_CLOSED' }]);
  });

  it('undo after the shift started is refused and changes nothing', async () => {
    const shift = shiftAt(t.w, plus(NOW, days(30)));
    const swapId = await t.offeredAndTaken(shift.gid);
    await t.server.gql(APPROVE, { input: { swapId } }, t.as('relay'));
    t.server.clock.now = plus(shift.startsAt, hours(1));
    const director = await t.w.token(t.w.director);
    const before = await t.snapshot();
    const r = await t.server.gql(UNDO, { input: { swapId, event: 'Finalement disponible' } }, director);
    expect(r.data?.permanenceSwapUndo).toMatchObject({ swap: null, userErrors: [{ field: ['input', 'swapId'], code: 'SHIFT_STARTED' }] });
    expect(await t.snapshot()).toEqual(before);
  });

  it('approval after the shift started is refused too', async () => {
    const shift = shiftAt(t.w, plus(NOW, days(31)));
    const swapId = await t.offeredAndTaken(shift.gid);
    t.server.clock.now = plus(shift.startsAt, hours(1));
    const r = await t.server.gql(APPROVE, { input: { swapId, event: 'x' } }, await t.w.token(t.w.relay));
    expect(r.data?.permanenceSwapApprove.userErrors).toMatchObject([{ field: ['input', 'swapId'], code: 'SHIFT_STARTED' }]);
  });
});

describe('direction reassigns at once', () => {
  it('direction gives the shift to a colleague without a swap; the swap under way is cancelled and its history says so', async () => {
    const shift = shiftAt(t.w, plus(NOW, days(33)));
    const swapId = await t.offeredAndTaken(shift.gid);
    const REASSIGN = `mutation ($input: PermanenceShiftReassignInput!) { permanenceShiftReassign(input: $input) { shift { holders { fullName } } replacement { kind } userErrors { field code } } }`;
    expect((await t.server.gql(REASSIGN, { input: { shiftId: shift.gid, holderStaffId: t.w.flying.gid } }, t.as('relay'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const r = await t.server.gql(REASSIGN, { input: { shiftId: shift.gid, holderStaffId: t.w.flying.gid } }, t.as('director'));
    expect(r.data?.permanenceShiftReassign).toEqual({ shift: { holders: [{ fullName: 'Flore Flying' }] }, replacement: { kind: 'PLANNED' }, userErrors: [] });
    const approve = await t.server.gql(APPROVE, { input: { swapId } }, t.as('relay'));
    expect(approve.data?.permanenceSwapApprove.userErrors).toMatchObject([{ code: 'SWAP_NOT_TAKEN', message: expect.stringContaining('cancelled') }]);
    const history = await t.server.gql(HISTORY, { id: shift.gid }, t.as('director'));
    expect(history.data?.node.history.map((e: any) => [e.kind, e.actor.fullName])).toEqual([
      ['SWAP_OFFERED', 'Paul Premier'],
      ['SWAP_TAKEN', 'Sam Spare'],
      ['SWAP_CANCELLED', 'Denis Director'],
      ['HOLDER_CHANGED', 'Denis Director'],
    ]);
    for (const [input, field, code] of [
      [{ shiftId: shift.gid, holderStaffId: 'nope' }, 'holderStaffId', 'UNKNOWN_PERSON'],
      [{ shiftId: shift.gid, holderStaffId: t.w.helper.gid }, 'holderStaffId', 'NOT_ELIGIBLE'],
      [{ shiftId: t.w.sector.gid, holderStaffId: t.w.spare.gid }, 'shiftId', 'UNKNOWN_SHIFT'],
    ] as const) {
      const bad = await t.server.gql(REASSIGN, { input }, t.as('director'));
      expect(bad.data?.permanenceShiftReassign.userErrors, code).toEqual([{ field: ['input', field], code }]);
    }
    const soon = shiftAt(t.w, plus(NOW, days(2)));
    const late = await t.server.gql(REASSIGN, { input: { shiftId: soon.gid, holderStaffId: t.w.spare.gid } }, t.as('director'));
    expect(late.data?.permanenceShiftReassign.userErrors).toEqual([{ field: ['input', 'event'], code: 'REPLACEMENT_TOO_LATE' }]);
  });
});

describe('a swap the viewer may not read, a closed offer', () => {
  it('every swap mutation answers UNKNOWN_SWAP for a swap the viewer may not read: its status stays hidden (R5)', async () => {
    const shift = shiftAt(t.w, plus(NOW, days(43)));
    const withdrawn = await t.offer(shift.gid);
    expect((await t.server.gql(UNDO, { input: { swapId: withdrawn } }, t.as('p1'))).data?.permanenceSwapUndo.userErrors).toEqual([]);
    const NODE = `query ($id: ID!) { node(id: $id) { ... on PermanenceSwap { status } } }`;
    expect((await t.server.gql(NODE, { id: withdrawn }, t.as('flying'))).data?.node).toBeNull();
    const before = await t.snapshot();
    for (const doc of [TAKE, UNDO]) {
      const r = await t.server.gql(doc, { input: { swapId: withdrawn } }, t.as('flying'));
      const body = Object.values(r.data ?? {})[0] as any;
      expect(body.userErrors).toEqual([{ field: ['input', 'swapId'], code: 'UNKNOWN_SWAP', message: 'No swap has this ID.' }]);
      expect(JSON.stringify(body)).not.toMatch(/withdrawn/i);
    }
    // The social worker who may not approve is refused by role before anything about the swap is read.
    expect((await t.server.gql(APPROVE, { input: { swapId: withdrawn } }, t.as('sw'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Whoever may read it is still told why.
    const relay = await t.server.gql(APPROVE, { input: { swapId: withdrawn } }, t.as('relay'));
    expect(relay.data?.permanenceSwapApprove.userErrors).toMatchObject([{ code: 'SWAP_NOT_TAKEN' }]);
    expect(await t.snapshot()).toEqual(before);
  });

  it('the offerer undoing her offer already withdrawn or refused is told it is closed, not that it is not hers', async () => {
    const shift = shiftAt(t.w, plus(NOW, days(44)));
    const swapId = await t.offer(shift.gid);
    expect((await t.server.gql(UNDO, { input: { swapId } }, t.as('relay'))).data?.permanenceSwapUndo.swap.status).toBe('WITHDRAWN');
    const before = await t.snapshot();
    const r = await t.server.gql(UNDO, { input: { swapId } }, t.as('p1'));
    expect(r.data?.permanenceSwapUndo).toMatchObject({ swap: null, userErrors: [{ field: ['input', 'swapId'], code: 'SWAP_CLOSED' }] });
    const other = shiftAt(t.w, plus(NOW, days(45)));
    const refused = await t.offeredAndTaken(other.gid);
    await t.server.gql(REFUSE, { input: { swapId: refused, reason: 'non' } }, t.as('relay'));
    expect((await t.server.gql(UNDO, { input: { swapId: refused } }, t.as('p1'))).data?.permanenceSwapUndo.userErrors).toMatchObject([{ code: 'SWAP_CLOSED' }]);
    expect((await t.server.gql(UNDO, { input: { swapId: refused } }, t.as('spare'))).data?.permanenceSwapUndo.userErrors).toMatchObject([{ code: 'NOT_YOUR_SWAP' }]);
    expect((await t.snapshot()).swaps.filter((s) => s.status === 'WITHDRAWN')).toEqual(before.swaps.filter((s) => s.status === 'WITHDRAWN'));
  });
});
