// The one way a shift changes hands, inside the caller's unit of work: the holder set (a shift under
// way split at now, the hours already held staying with their holder), the change kept as history
// (R13), the event written for the board and who-to-call, open swaps of the shift cancelled, and
// coverage rechecked. Used by replacements, take-overs and swaps.
import type { PermanenceRepositories } from './permanence.repositories.js';
import type { ShiftRow } from './permanence.repository.js';
import type { Holder } from './holder.check.js';
import type { ReplacementKind } from './permanence.rules.js';
import { reconcileCoverage } from './coverage.service.js';

export interface HolderChangeWhy {
  kind: ReplacementKind;
  reason: string | null;
  event: string | null;
  actorId: string;
  /** Set when a swap's approval or undo makes the change: the swap's own status is already written. */
  swapId?: string | null;
}

export async function changeHolderIn(repos: PermanenceRepositories, shift: ShiftRow, next: Holder, why: HolderChangeWhy, now: Date) {
  const { permanence: repo, swaps, outbox } = repos;
  const updated =
    shift.startsAt < now
      ? (await repo.endShiftAt(shift.id, now), await repo.insertShift({ kind: shift.kind, startsAt: now, endsAt: shift.endsAt, ...next, createdAt: now, updatedAt: now }))
      : await repo.setHolder(shift.id, next, now);
  const replacement = await repo.insertReplacement({
    shiftId: updated.id,
    kind: why.kind,
    previousStaffId: shift.holderStaffId,
    previousBinomeId: shift.holderBinomeId,
    previousSubstitutedMemberId: shift.substitutedMemberId,
    previousSubstituteId: shift.substituteId,
    newStaffId: next.holderStaffId,
    newBinomeId: next.holderBinomeId,
    newSubstitutedMemberId: next.substitutedMemberId,
    newSubstituteId: next.substituteId,
    reason: why.reason?.trim() || null,
    event: why.event?.trim() || null,
    recordedById: why.actorId,
    recordedAt: now,
  });
  // An offer made to the previous holder no longer stands once the shift is someone else's.
  const cancelled = await swaps.cancelOpenOfShift(shift.id, why.actorId, now);
  await outbox.publish({
    type: 'SHIFT_HOLDER_CHANGED',
    topic: 'permanence',
    subjectId: updated.id,
    actorId: why.actorId,
    payload: { shiftId: updated.id, replacementId: replacement.id, kind: replacement.kind, splitFromShiftId: updated.id === shift.id ? null : shift.id, swapId: why.swapId ?? null },
  });
  for (const s of cancelled) await outbox.publish({ type: 'SWAP_CANCELLED', topic: 'swap', subjectId: s.id, actorId: why.actorId, payload: { swapId: s.id, shiftId: s.shiftId } });
  await reconcileCoverage(repos, [shift.id, updated.id], now, why.actorId);
  return { shift: updated, replacement };
}
