import { describe, expect, it } from 'vitest';
import { mayDecide, mayOffer, maySeeSwap, mayTake, mayUndo, refusalReason, shiftHistory, swapLeadTime, swapTransition, type SwapSteps } from './swap.rules.js';

const now = new Date('2026-11-23T09:00:00Z');
const inDays = (d: number) => new Date(now.getTime() + d * 86_400_000);
const shift = (startDays: number) => ({ shiftStartsAt: inDays(startDays), shiftEndsAt: new Date(inDays(startDays).getTime() + 8 * 3_600_000), now });
const OFFERER = 'offerer';
const TAKER = 'taker';
const swap = (status: SwapSteps['status'], takenById: string | null = TAKER) => ({ status, offeredById: OFFERER, takenById });

describe('R13 for swaps', () => {
  it('R13: a swap a week or more ahead is planned', () => {
    expect(swapLeadTime({ ...shift(7), event: null })).toEqual({ kind: 'PLANNED' });
  });

  it('R13: a swap less than a week ahead needs the event that caused it', () => {
    expect(swapLeadTime({ ...shift(3), event: ' ' })).toMatchObject({ error: { field: 'event', code: 'REPLACEMENT_TOO_LATE' } });
    expect(swapLeadTime({ ...shift(3), event: 'Enfant malade' })).toEqual({ kind: 'SAME_DAY' });
  });

  it('R13 on DST days: a week is seven days on the Brussels wall clock, across either clock change', () => {
    // Spring: Monday 29 March 2027, 08:30 (CEST) seen from Monday 22 March, 08:30 (CET): 167 hours, a week.
    const spring = { shiftStartsAt: new Date('2027-03-29T06:30:00Z'), shiftEndsAt: new Date('2027-03-29T15:00:00Z'), event: null };
    expect(swapLeadTime({ ...spring, now: new Date('2027-03-22T07:30:00Z') })).toEqual({ kind: 'PLANNED' });
    expect(swapLeadTime({ ...spring, now: new Date('2027-03-22T07:31:00Z') })).toMatchObject({ error: { code: 'REPLACEMENT_TOO_LATE' } });
    // Autumn: Monday 1 November 2027, 08:30 (CET) seen from Monday 25 October, 09:00 (CEST): 168.5 hours, yet less than a week.
    const autumn = { shiftStartsAt: new Date('2027-11-01T07:30:00Z'), shiftEndsAt: new Date('2027-11-01T16:00:00Z'), event: null };
    expect(swapLeadTime({ ...autumn, now: new Date('2027-10-25T07:00:00Z') })).toMatchObject({ error: { code: 'REPLACEMENT_TOO_LATE' } });
    expect(swapLeadTime({ ...autumn, now: new Date('2027-10-25T06:30:00Z') })).toEqual({ kind: 'PLANNED' });
  });

  it('a shift that has started is not swapped, even with an event', () => {
    expect(swapLeadTime({ ...shift(0), event: 'x', field: 'swapId' })).toMatchObject({ error: { field: 'swapId', code: 'SHIFT_STARTED' } });
    expect(swapLeadTime({ ...shift(-0.1), event: 'x' })).toMatchObject({ error: { field: 'shiftId', code: 'SHIFT_STARTED' } });
  });
});

describe('who may do what', () => {
  it('only a holder (herself or in her binôme) offers a shift', () => {
    expect(mayOffer(OFFERER, [OFFERER, 'partner'])).toBeNull();
    expect(mayOffer('stranger', [OFFERER, 'partner'])).toMatchObject({ error: { field: 'shiftId', code: 'NOT_HOLDER' } });
  });

  it('a colleague takes an offer, not her own and not a shift she already holds', () => {
    expect(mayTake(swap('OFFERED', null), TAKER, [OFFERER])).toBeNull();
    expect(mayTake(swap('OFFERED', null), OFFERER, [OFFERER])).toMatchObject({ error: { code: 'OWN_OFFER' } });
    expect(mayTake(swap('OFFERED', null), 'partner', [OFFERER, 'partner'])).toMatchObject({ error: { code: 'ALREADY_HOLDER' } });
  });

  it('an approver never decides a swap she offered or took', () => {
    expect(mayDecide(swap('TAKEN'), { staffId: 'relay', role: 'RELAY_CONTROL_SOCIAL_WORKER' }, [OFFERER, 'partner'])).toBeNull();
    expect(mayDecide(swap('TAKEN'), { staffId: TAKER, role: 'RELAY_CONTROL_SOCIAL_WORKER' }, [OFFERER, 'partner'])).toMatchObject({ error: { code: 'OWN_SWAP' } });
  });

  it('the relay does not decide a swap of a shift she co-holds (her binôme partner hands over her place); direction may', () => {
    expect(mayDecide(swap('TAKEN'), { staffId: 'relay', role: 'RELAY_CONTROL_SOCIAL_WORKER' }, [OFFERER, 'relay'])).toMatchObject({ error: { field: 'swapId', code: 'OWN_SHIFT' } });
    expect(mayDecide(swap('OFFERED', null), { staffId: 'relay', role: 'RELAY_CONTROL_SOCIAL_WORKER' }, [OFFERER, 'relay'])).toMatchObject({ error: { code: 'OWN_SHIFT' } });
    expect(mayDecide(swap('TAKEN'), { staffId: 'head', role: 'SOCIAL_POLE_HEAD' }, [OFFERER, 'head'])).toBeNull();
  });

  it('the offerer withdraws her pending offer; only approvers undo an approved swap', () => {
    const sw = { staffId: OFFERER, role: 'SOCIAL_WORKER' as const };
    expect(mayUndo(swap('OFFERED'), sw)).toBeNull();
    expect(mayUndo(swap('TAKEN'), sw)).toBeNull();
    expect(mayUndo(swap('APPROVED'), sw)).toMatchObject({ error: { code: 'NOT_YOUR_SWAP' } });
    expect(mayUndo(swap('TAKEN'), { staffId: TAKER, role: 'SOCIAL_WORKER' })).toMatchObject({ error: { code: 'NOT_YOUR_SWAP' } });
    expect(mayUndo(swap('APPROVED'), { staffId: 'd', role: 'DIRECTOR' })).toBeNull();
    // Her offer closed meanwhile: the transition answers SWAP_CLOSED, not NOT_YOUR_SWAP.
    expect(mayUndo(swap('WITHDRAWN'), sw)).toBeNull();
    expect(mayUndo(swap('REFUSED'), { staffId: TAKER, role: 'SOCIAL_WORKER' })).toMatchObject({ error: { code: 'NOT_YOUR_SWAP' } });
  });

  it('approvers see every swap; a colleague hers and the open offers she could take', () => {
    const other = { staffId: 'other', role: 'SOCIAL_WORKER' as const };
    expect(maySeeSwap(swap('OFFERED', null), other, true)).toBe(true);
    expect(maySeeSwap(swap('TAKEN'), other, true)).toBe(false);
    expect(maySeeSwap(swap('TAKEN'), { staffId: TAKER, role: 'SOCIAL_WORKER' }, true)).toBe(true);
    expect(maySeeSwap(swap('REFUSED'), { staffId: 'relay', role: 'RELAY_CONTROL_SOCIAL_WORKER' }, true)).toBe(true);
    expect(maySeeSwap(swap('OFFERED', null), { staffId: 'helper', role: 'HOME_HELPER' }, false)).toBe(false);
  });

  it('a refusal says why', () => {
    expect(refusalReason('  ')).toMatchObject({ error: { field: 'reason', code: 'REASON_REQUIRED' } });
    expect(refusalReason(' Pas de binôme complet ')).toEqual({ value: 'Pas de binôme complet' });
  });
});

describe('the life of a swap', () => {
  it('offered → taken → approved → undone; refused or withdrawn while pending', () => {
    expect(swapTransition('OFFERED', 'TAKE')).toEqual({ next: 'TAKEN' });
    expect(swapTransition('TAKEN', 'APPROVE')).toEqual({ next: 'APPROVED' });
    expect(swapTransition('APPROVED', 'UNDO')).toEqual({ next: 'UNDONE' });
    expect(swapTransition('OFFERED', 'REFUSE')).toEqual({ next: 'REFUSED' });
    expect(swapTransition('TAKEN', 'UNDO')).toEqual({ next: 'WITHDRAWN' });
  });

  it('a step out of turn names the state the swap is in', () => {
    expect(swapTransition('OFFERED', 'APPROVE')).toMatchObject({ error: { field: 'swapId', code: 'SWAP_NOT_TAKEN' } });
    expect(swapTransition('APPROVED', 'APPROVE')).toMatchObject({ error: { code: 'SWAP_NOT_TAKEN', message: expect.stringContaining('approved') } });
    expect(swapTransition('TAKEN', 'TAKE')).toMatchObject({ error: { code: 'SWAP_NOT_OFFERED' } });
    expect(swapTransition('APPROVED', 'REFUSE')).toMatchObject({ error: { code: 'SWAP_NOT_PENDING' } });
    for (const s of ['REFUSED', 'WITHDRAWN', 'UNDONE', 'CANCELLED'] as const) expect(swapTransition(s, 'UNDO')).toMatchObject({ error: { code: 'SWAP_CLOSED' } });
  });
});

describe("a shift's history", () => {
  it('lists every step of its swaps and every change of holder, oldest first; an approval before the change it makes', () => {
    const t = (m: number) => new Date(now.getTime() + m * 60_000);
    const swaps: SwapSteps[] = [
      { id: 's2', status: 'REFUSED', offeredById: 'a', offeredAt: t(6), takenById: null, takenAt: null, decidedById: 'r', decidedAt: t(7), endedById: null, endedAt: null, replacementId: null, undoReplacementId: null },
      { id: 's1', status: 'UNDONE', offeredById: 'a', offeredAt: t(0), takenById: 'b', takenAt: t(1), decidedById: 'r', decidedAt: t(2), endedById: 'r', endedAt: t(5), replacementId: 'r1', undoReplacementId: 'r2' },
    ];
    const history = shiftHistory(swaps, [
      { id: 'r3', recordedById: 'd', recordedAt: t(8) },
      { id: 'r2', recordedById: 'r', recordedAt: t(5) },
      { id: 'r1', recordedById: 'r', recordedAt: t(2) },
    ]);
    expect(history.map((e) => [e.kind, e.actorId, e.swapId ?? e.replacementId])).toEqual([
      ['SWAP_OFFERED', 'a', 's1'],
      ['SWAP_TAKEN', 'b', 's1'],
      ['SWAP_APPROVED', 'r', 's1'],
      ['HOLDER_CHANGED', 'r', 'r1'],
      ['SWAP_UNDONE', 'r', 's1'],
      ['HOLDER_CHANGED', 'r', 'r2'],
      ['SWAP_OFFERED', 'a', 's2'],
      ['SWAP_REFUSED', 'r', 's2'],
      ['HOLDER_CHANGED', 'd', 'r3'],
    ]);
  });

  it('steps at one instant keep the order they happen in: a change of holder right after the approval or undo that made it', () => {
    const at = now;
    const swap: SwapSteps = { id: 's', status: 'UNDONE', offeredById: 'a', offeredAt: at, takenById: 'b', takenAt: at, decidedById: 'r', decidedAt: at, endedById: 'r', endedAt: at, replacementId: 'r1', undoReplacementId: 'r2' };
    const history = shiftHistory([swap], [
      { id: 'r2', recordedById: 'r', recordedAt: at },
      { id: 'r1', recordedById: 'r', recordedAt: at },
    ]);
    expect(history.map((e) => e.swapId ?? e.replacementId)).toEqual(['s', 's', 's', 'r1', 's', 'r2']);
  });
});
