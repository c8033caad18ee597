// Visit rules: who visits, R3 file checks after a visit, R4 who decides to continue/suspend/stop aid.
import type { StaffRole } from '../org/org.rules.js';

export type VisitKind = 'NEW_REQUEST' | 'REVISION' | 'HELPER_CONTROL' | 'ACCOMPANIMENT';
export type VisitStatus = 'PLANNED' | 'DONE' | 'CANCELLED';
export type AidDecisionKind = 'CONTINUE' | 'SUSPEND' | 'STOP';

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
