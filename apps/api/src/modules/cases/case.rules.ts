// Case-file rules: the status workflow, urgent situations (same-day action) and stale writes.

export const NEED_DOMAINS = ['HEALTH', 'HOUSING', 'EMPLOYMENT', 'FAMILY', 'FINANCES', 'OLD_AGE_AUTONOMY', 'DISABILITY', 'ACCESS_TO_RIGHTS'] as const;
export type NeedDomain = (typeof NEED_DOMAINS)[number];

// new request → assessment → active → suspended / closed, or redirected to another service.
// A suspended case resumes or closes; closed and redirected are final.
import { CASE_STATUSES, type CaseStatus } from '../../shared/vocabulary/cases.js';
export { CASE_STATUSES, type CaseStatus };
export const CASE_TRANSITIONS: Record<CaseStatus, CaseStatus[]> = {
  NEW_REQUEST: ['ASSESSMENT', 'REDIRECTED', 'CLOSED'],
  ASSESSMENT: ['ACTIVE', 'REDIRECTED', 'CLOSED'],
  ACTIVE: ['SUSPENDED', 'CLOSED', 'REDIRECTED'],
  SUSPENDED: ['ACTIVE', 'CLOSED', 'REDIRECTED'],
  CLOSED: [],
  REDIRECTED: [],
};

export function isLegalTransition(from: CaseStatus, to: CaseStatus): boolean {
  return CASE_TRANSITIONS[from].includes(to);
}

export function illegalTransitionMessage(from: CaseStatus, to: CaseStatus): string {
  const allowed = CASE_TRANSITIONS[from];
  return `A case file cannot go from ${from} to ${to}; from ${from} it may go to ${allowed.length ? allowed.join(', ') : 'nothing (final status)'}.`;
}

/** An urgent social situation needs action the same day: it is an alert until the action is recorded. */
export function isUrgentAlert(c: { urgentSince: Date | null; urgentActionAt: Date | null }): boolean {
  return c.urgentSince !== null && c.urgentActionAt === null;
}

/** Fields whose value differs between two snapshots, for a CONFLICT message. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null)).sort();
}
