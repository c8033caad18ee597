// Rows to GraphQL objects.
import type { permanenceReplacements } from '../../db/schema/index.js';
import { toGlobalId } from '../../shared/global-id.js';
import { gapCause } from './coverage.rules.js';
import type { AlertRow, ShiftRow } from './permanence.repository.js';
import { Alert, PermanenceReplacement, PermanenceShift } from './permanence.types.js';
import type { SwapRow } from './swap.repository.js';
import { PermanenceSwap } from './swap.types.js';
import { recordedHoldings } from './shift-holders.rules.js';

export function toShift(row: ShiftRow): PermanenceShift {
  return Object.assign(new PermanenceShift(), {
    id: toGlobalId('PermanenceShift', row.id),
    dbId: row.id,
    holding: { holderStaffId: row.holderStaffId, holderBinomeId: row.holderBinomeId, substitutedMemberId: row.substitutedMemberId, substituteId: row.substituteId },
    kind: row.kind,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
  });
}

export function toReplacement(row: typeof permanenceReplacements.$inferSelect): PermanenceReplacement {
  return Object.assign(new PermanenceReplacement(), {
    id: toGlobalId('PermanenceReplacement', row.id),
    dbId: row.id,
    shiftDbId: row.shiftId,
    recordedByDbId: row.recordedById,
    previousStaffDbId: row.previousStaffId,
    previousBinomeDbId: row.previousBinomeId,
    newStaffDbId: row.newStaffId,
    newBinomeDbId: row.newBinomeId,
    ...recordedHoldings(row),
    kind: row.kind,
    reason: row.reason,
    event: row.event,
    recordedAt: row.recordedAt,
  });
}

export function toAlert(row: AlertRow): Alert {
  const gap = gapCause(row.causeKey);
  return Object.assign(new Alert(), {
    cause: gap?.cause ?? null,
    awayStaffDbId: gap?.awayStaffId ?? null,
    id: toGlobalId('Alert', row.id),
    dbId: row.id,
    shiftDbId: row.shiftId,
    kind: row.kind,
    severity: row.severity,
    message: row.message,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    openedAt: row.openedAt,
    resolvedAt: row.resolvedAt,
    acknowledgedAt: row.acknowledgedAt,
    acknowledgedByDbId: row.acknowledgedById,
    acknowledgementNoteText: row.acknowledgementNote,
  });
}

export function toSwap(row: SwapRow): PermanenceSwap {
  return Object.assign(new PermanenceSwap(), {
    id: toGlobalId('PermanenceSwap', row.id),
    dbId: row.id,
    shiftDbId: row.shiftId,
    offeredByDbId: row.offeredById,
    takenByDbId: row.takenById,
    decidedByDbId: row.decidedById,
    endedByDbId: row.endedById,
    replacementDbId: row.replacementId,
    undoReplacementDbId: row.undoReplacementId,
    noteText: row.note,
    eventText: row.event,
    refusalReasonText: row.refusalReason,
    status: row.status,
    offeredAt: row.offeredAt,
    takenAt: row.takenAt,
    decidedAt: row.decidedAt,
    endedAt: row.endedAt,
  });
}
