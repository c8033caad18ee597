// Swaps and take-overs of a shift (R13): who may offer, take, approve, refuse, withdraw or undo, in
// which state, and how far ahead; and a shift's history put in order. Pure: the time is a parameter.
import { DIRECTION, type StaffRole } from '../org/index.js';
import { SHIFT_HISTORY_KINDS, SWAP_STATUSES, type ShiftHistoryKind, type SwapStatus } from '../../shared/vocabulary/permanence.js';
import { replacementLeadTime, type RuleError } from './permanence.rules.js';
import type { ReplacementKind } from './permanence.rules.js';
import { mayHandOver, type Holding } from './shift-holders.rules.js';

export { SHIFT_HISTORY_KINDS, SWAP_STATUSES, type ShiftHistoryKind, type SwapStatus };

// Whoever programs replacements approves swaps (R13): the relay & control social worker, or direction
// (the rota keepers of org/org.roles.ts, whose @Authorized guards the approval).
export const SWAP_APPROVERS: StaffRole[] = ['RELAY_CONTROL_SOCIAL_WORKER', ...DIRECTION];
export const PENDING_SWAP: SwapStatus[] = ['OFFERED', 'TAKEN'];

export type SwapAction = 'TAKE' | 'APPROVE' | 'REFUSE' | 'UNDO';

export interface SwapFacts {
  status: SwapStatus;
  offeredById: string;
  takenById: string | null;
}

export interface SwapViewer {
  staffId: string;
  role: StaffRole;
}

export const isSwapApprover = (role: StaffRole) => SWAP_APPROVERS.includes(role);

const err = (field: string, code: string, message: string): { error: RuleError } => ({ error: { field, code, message } });

/**
 * R13 for a swap: it changes the holder, so a week ahead it is PLANNED; later it needs the event
 * that caused it (SAME_DAY). Unlike a replacement, a swap is only made, approved or undone before
 * the shift starts: once under way, only direction's take-over changes it.
 */
export function swapLeadTime(input: { shiftStartsAt: Date; shiftEndsAt: Date; now: Date; event: string | null | undefined; field?: string }): { kind: ReplacementKind } | { error: RuleError } {
  const started = swapBeforeStart(input.shiftStartsAt, input.now, input.field ?? 'shiftId');
  if (started) return started;
  return replacementLeadTime({ shiftStartsAt: input.shiftStartsAt, shiftEndsAt: input.shiftEndsAt, now: input.now, event: input.event });
}

/** Every step of a swap happens before the shift starts. */
export function swapBeforeStart(shiftStartsAt: Date, now: Date, field: string): { error: RuleError } | null {
  return shiftStartsAt <= now ? err(field, 'SHIFT_STARTED', 'This shift has started: a swap is made, approved or undone only before the shift starts; direction may still take it over.') : null;
}

/** Only a holder offers her shift: the person holding it, or a member of the binôme holding it. */
export function mayOffer(viewerId: string, holderIds: readonly string[]): { error: RuleError } | null {
  return holderIds.includes(viewerId) ? null : err('shiftId', 'NOT_HOLDER', 'Only a holder of this shift may offer it.');
}

/**
 * Whether the viewer may offer the shift now, R13's event aside: before it starts, a holder of it, her
 * binôme partner's place not handed over already, no other offer open. The one rule behind
 * permanenceSwapOffer and `PermanenceShift.viewerCanOffer`, so the desk offers only what is accepted.
 */
export function offerRefusal(shift: Holding & { startsAt: Date }, viewerId: string, holderIds: readonly string[], openSwap: boolean, now: Date): { error: RuleError } | null {
  return (
    swapBeforeStart(shift.startsAt, now, 'shiftId') ??
    mayOffer(viewerId, holderIds) ??
    mayHandOver(shift, viewerId) ??
    (openSwap ? err('shiftId', 'SWAP_ALREADY_OFFERED', 'This shift is already offered: withdraw that offer first.') : null)
  );
}

/** An offer not yet approved, refused or withdrawn: one at a time per shift. */
export const isOpenSwap = (s: { status: SwapStatus }) => PENDING_SWAP.includes(s.status);

/** Which state each action needs, and the error when the swap is not (or no longer) in it. */
export function swapTransition(status: SwapStatus, action: SwapAction): { next: SwapStatus } | { error: RuleError } {
  switch (action) {
    case 'TAKE':
      return status === 'OFFERED' ? { next: 'TAKEN' } : err('swapId', 'SWAP_NOT_OFFERED', `This swap is ${status.toLowerCase()}: only an open offer can be taken.`);
    case 'APPROVE':
      return status === 'TAKEN' ? { next: 'APPROVED' } : err('swapId', 'SWAP_NOT_TAKEN', `This swap is ${status.toLowerCase()}: only a swap a colleague has taken can be approved.`);
    case 'REFUSE':
      return PENDING_SWAP.includes(status) ? { next: 'REFUSED' } : err('swapId', 'SWAP_NOT_PENDING', `This swap is ${status.toLowerCase()}: only a pending swap can be refused.`);
    case 'UNDO':
      if (PENDING_SWAP.includes(status)) return { next: 'WITHDRAWN' };
      if (status === 'APPROVED') return { next: 'UNDONE' };
      return err('swapId', 'SWAP_CLOSED', `This swap is ${status.toLowerCase()}: there is nothing to undo.`);
  }
}

/** A colleague takes an offer: not her own, not a shift she already holds. */
export function mayTake(swap: SwapFacts, takerId: string, holderIds: readonly string[]): { error: RuleError } | null {
  if (swap.offeredById === takerId) return err('swapId', 'OWN_OFFER', 'You cannot take your own offer.');
  if (holderIds.includes(takerId)) return err('swapId', 'ALREADY_HOLDER', 'You already hold this shift.');
  return null;
}

/**
 * Approving or refusing: whoever programs replacements, never for a swap she offered or took, nor for
 * a shift she holds herself (the relay in a binôme deciding on her partner's place): that is decided
 * by someone it does not concern. Direction may always: nobody decides above it, and it may reassign
 * a shift at once anyway.
 */
export function mayDecide(swap: SwapFacts, viewer: SwapViewer, holderIds: readonly string[]): { error: RuleError } | null {
  if (swap.offeredById === viewer.staffId || swap.takenById === viewer.staffId) {
    return err('swapId', 'OWN_SWAP', 'A swap you offered or took is approved or refused by someone else.');
  }
  if (holderIds.includes(viewer.staffId) && !DIRECTION.includes(viewer.role)) {
    return err('swapId', 'OWN_SHIFT', 'You hold this shift: a swap on it is approved or refused by direction.');
  }
  return null;
}

/**
 * Undoing: the offerer withdraws her pending offer; whoever programs replacements withdraws a
 * pending swap or undoes an approved one (it changes the holder back, so it is theirs, R13).
 */
export function mayUndo(swap: SwapFacts, viewer: SwapViewer): { error: RuleError } | null {
  if (isSwapApprover(viewer.role)) return null;
  // The offerer of a swap that is no longer pending (withdrawn, refused...) is told it is closed, not that it is not hers.
  if (swap.offeredById === viewer.staffId && swap.status !== 'APPROVED') return null;
  return err('swapId', 'NOT_YOUR_SWAP', swap.status === 'APPROVED' ? 'An approved swap is undone by whoever programs replacements.' : 'Only the colleague who offered this shift, or whoever programs replacements, may withdraw it.');
}

/** Who sees which swaps: approvers all; a colleague her own, and the open offers she could take. */
export function maySeeSwap(swap: SwapFacts, viewer: SwapViewer, mayHold: boolean): boolean {
  if (isSwapApprover(viewer.role)) return true;
  if (swap.offeredById === viewer.staffId || swap.takenById === viewer.staffId) return true;
  return mayHold && swap.status === 'OFFERED';
}

/** A refusal says why: the colleagues concerned read it. */
export function refusalReason(value: string | null | undefined): { value: string } | { error: RuleError } {
  const v = value?.trim();
  return v ? { value: v } : err('reason', 'REASON_REQUIRED', 'Say why the swap is refused: the colleagues concerned read it.');
}

// ---- History ----

export interface SwapSteps {
  id: string;
  status: SwapStatus;
  offeredById: string;
  offeredAt: Date;
  takenById: string | null;
  takenAt: Date | null;
  decidedById: string | null;
  decidedAt: Date | null;
  endedById: string | null;
  endedAt: Date | null;
  /** The change of holder its approval made, and the one its undo made. */
  replacementId: string | null;
  undoReplacementId: string | null;
}

export interface HolderChange {
  id: string;
  recordedById: string;
  recordedAt: Date;
}

export interface HistoryEntry {
  kind: ShiftHistoryKind;
  at: Date;
  actorId: string;
  swapId: string | null;
  replacementId: string | null;
}

const ENDED: Partial<Record<SwapStatus, ShiftHistoryKind>> = { WITHDRAWN: 'SWAP_WITHDRAWN', UNDONE: 'SWAP_UNDONE', CANCELLED: 'SWAP_CANCELLED' };

/**
 * Every step of a shift's swaps and every change of its holder, oldest first. Steps at the same
 * instant keep the order they happen in: a swap's steps in turn, the change of holder its approval
 * (or undo) made right after that step, other changes after.
 */
export function shiftHistory(swaps: readonly SwapSteps[], changes: readonly HolderChange[]): HistoryEntry[] {
  const byId = new Map(changes.map((c) => [c.id, c]));
  const linked = new Set<string>();
  const entries: HistoryEntry[] = [];
  const add = (kind: ShiftHistoryKind, at: Date | null, actorId: string | null, swapId: string | null, replacementId: string | null) => {
    if (at && actorId) entries.push({ kind, at, actorId, swapId, replacementId });
  };
  const change = (id: string | null) => {
    const c = id ? byId.get(id) : undefined;
    if (!c) return;
    linked.add(c.id);
    add('HOLDER_CHANGED', c.recordedAt, c.recordedById, null, c.id);
  };
  for (const s of [...swaps].sort((a, b) => a.offeredAt.getTime() - b.offeredAt.getTime())) {
    add('SWAP_OFFERED', s.offeredAt, s.offeredById, s.id, null);
    add('SWAP_TAKEN', s.takenAt, s.takenById, s.id, null);
    if (s.status === 'REFUSED') add('SWAP_REFUSED', s.decidedAt, s.decidedById, s.id, null);
    else if (s.decidedAt) {
      add('SWAP_APPROVED', s.decidedAt, s.decidedById, s.id, null);
      change(s.replacementId);
    }
    const ended = ENDED[s.status];
    if (ended) add(ended, s.endedAt, s.endedById, s.id, null);
    change(s.undoReplacementId);
  }
  for (const c of changes) if (!linked.has(c.id)) add('HOLDER_CHANGED', c.recordedAt, c.recordedById, null, c.id);
  // A stable sort: ties keep the order above.
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime());
}
