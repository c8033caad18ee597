
// The service's choice: days before the visit by which each step is done, so the letter arrives
// and the proofs can be gathered in time.
import { PREPARATION_STEP_KINDS, type PreparationStepKind } from '../../shared/vocabulary/planning.js';
export { PREPARATION_STEP_KINDS, type PreparationStepKind };
export const STEP_LEAD_DAYS: Record<PreparationStepKind, number> = {
  INCOME_PROOF_REQUEST: 10,
  VISIT_LETTER: 7,
  PROPERTY_ADMINISTRATOR_CONTACT: 5,
};

export interface PreparationStep {
  kind: PreparationStepKind;
  dueAt: Date;
  done: boolean;
}

export function stepsBeforeVisit(visit: { plannedAt: Date; hasPropertyAdministrator: boolean; done: ReadonlySet<PreparationStepKind> }): PreparationStep[] {
  const kinds: PreparationStepKind[] = ['INCOME_PROOF_REQUEST', 'VISIT_LETTER'];
  if (visit.hasPropertyAdministrator) kinds.push('PROPERTY_ADMINISTRATOR_CONTACT');
  return kinds.map((kind) => ({ kind, dueAt: new Date(visit.plannedAt.getTime() - STEP_LEAD_DAYS[kind] * 86_400_000), done: visit.done.has(kind) }));
}
