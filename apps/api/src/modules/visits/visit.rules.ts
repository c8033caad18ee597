// Visit rules: who visits, R3 file checks after a visit, R4 who decides to continue/suspend/stop aid.
import type { StaffRole } from '../org/index.js';
import { localDay } from '../../time/service-time.js';
import { AID_DECISION_KINDS, AID_DECISION_STATUSES, FILE_CHECK_OUTCOMES, VISIT_KINDS, VISIT_STATUSES, type AidDecisionKind, type VisitKind, type VisitStatus } from '../../shared/vocabulary/visits.js';
export { AID_DECISION_KINDS, AID_DECISION_STATUSES, FILE_CHECK_OUTCOMES, VISIT_KINDS, VISIT_STATUSES, type AidDecisionKind, type VisitKind, type VisitStatus };


/** Visits are made by the sector's social worker, the flying or the relay social worker. */
export function mayVisit(visitor: { role: StaffRole; sectorId: string | null }, caseSectorId: string): boolean {
  if (visitor.role === 'FLYING_SOCIAL_WORKER' || visitor.role === 'RELAY_CONTROL_SOCIAL_WORKER') return true;
  return visitor.role === 'SOCIAL_WORKER' && visitor.sectorId === caseSectorId;
}

export type DecisionPower = 'DECIDE' | 'PROPOSE' | 'NONE';

/** R4: the sector's social worker and direction decide; the flying social worker only proposes. */
export function decisionPower(who: { role: StaffRole; sectorId: string | null }, caseSectorId: string): DecisionPower {
  if (who.role === 'DIRECTOR' || who.role === 'SOCIAL_POLE_HEAD') return 'DECIDE';
  if (who.role === 'SOCIAL_WORKER' && who.sectorId === caseSectorId) return 'DECIDE';
  if (who.role === 'FLYING_SOCIAL_WORKER') return 'PROPOSE';
  return 'NONE';
}

/** R4: a proposal is accepted or rejected by a decider who is not the one who proposed it. */
export function reviewError(reviewer: { staffId: string; power: DecisionPower }, proposal: { status: string; proposedById: string | null }): 'NOT_A_DECIDER' | 'SELF_APPROVAL' | 'NOT_PROPOSED' | null {
  if (reviewer.power !== 'DECIDE') return 'NOT_A_DECIDER';
  if (proposal.status !== 'PROPOSED') return 'NOT_PROPOSED';
  if (proposal.proposedById === reviewer.staffId) return 'SELF_APPROVAL';
  return null;
}

export interface VisitWarning {
  code: 'R9_REVISITED_LAST_YEAR';
  message: string;
}

function yearBefore(at: Date): Date {
  const d = new Date(at);
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  return d;
}

/** The window R9 looks back over: the 12 months before the planned visit. */
export function revisitWindow(plannedAt: Date): { from: Date; to: Date } {
  return { from: yearBefore(plannedAt), to: plannedAt };
}

/**
 * R9: the flying social worker's revision visits should go to beneficiaries it did not visit in the
 * previous 12 months. Not a refusal (a revision may still be needed): a warning on the payload.
 * `earlier` are revision visits done by a flying social worker for the same beneficiary.
 */
export function revisitWarning(plan: { kind: VisitKind; visitorRole: StaffRole; plannedAt: Date }, earlier: readonly { doneAt: Date | null }[]): VisitWarning | null {
  if (plan.kind !== 'REVISION' || plan.visitorRole !== 'FLYING_SOCIAL_WORKER') return null;
  const { from, to } = revisitWindow(plan.plannedAt);
  const last = earlier
    .map((v) => v.doneAt)
    .filter((d): d is Date => d !== null && d > from && d <= to)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  if (!last) return null;
  const day = localDay(last);
  return { code: 'R9_REVISITED_LAST_YEAR', message: `R9: the flying social worker already made a revision visit to this beneficiary on ${day}, less than 12 months before; another worker could take it.` };
}

/** R10: the flying social worker's report is handed to the sector's social worker. */
export function reportIsHandedOver(visitorRole: StaffRole): boolean {
  return visitorRole === 'FLYING_SOCIAL_WORKER';
}

/** R10: only the person it was handed to acknowledges a report, once. */
export function acknowledgeError(visit: { handedToId: string | null; handoverAcknowledgedAt: Date | null }, staffId: string): 'NOT_HANDED_TO_YOU' | 'ALREADY_ACKNOWLEDGED' | null {
  if (visit.handedToId !== staffId) return 'NOT_HANDED_TO_YOU';
  if (visit.handoverAcknowledgedAt) return 'ALREADY_ACKNOWLEDGED';
  return null;
}
