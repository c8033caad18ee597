// Aid-plan rules: versions (an agreed one is a record), progress, and R1 yearly evaluation.
import { AID_PLAN_STATUSES, type AidPlanStatus } from '../../shared/vocabulary/aid-plans.js';
export { AID_PLAN_STATUSES, type AidPlanStatus };

export const ACTION_STATUSES = ['TODO', 'IN_PROGRESS', 'DONE', 'DROPPED'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export function isEditable(status: AidPlanStatus): boolean {
  return status === 'DRAFT';
}

/** Progress = share of actions done (0 when there are none). */
export function progress(statuses: ActionStatus[]): number {
  if (!statuses.length) return 0;
  return statuses.filter((s) => s === 'DONE').length / statuses.length;
}

function addYears(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const t = new Date(Date.UTC(y + n, m - 1, d));
  // 29 February + 1 year = 28 February, not 1 March.
  if (t.getUTCMonth() !== m - 1) t.setUTCDate(0);
  return t.toISOString().slice(0, 10);
}

/** R1: the next evaluation of an active plan is at most a year after the last one (or the agreement). */
export function latestNextEvaluation(lastEvaluatedOn: string): string {
  return addYears(lastEvaluatedOn, 1);
}

/** R1: why `nextEvaluationOn` cannot follow an evaluation (or agreement) on `lastEvaluatedOn`, or null (local dates). */
export function nextEvaluationError(lastEvaluatedOn: string, nextEvaluationOn: string, today: string): { code: string; message: string } | null {
  if (nextEvaluationOn <= lastEvaluatedOn) return { code: 'NEXT_EVALUATION_TOO_EARLY', message: `The next evaluation must come after the last one (${lastEvaluatedOn}).` };
  if (nextEvaluationOn < today) return { code: 'NEXT_EVALUATION_IN_THE_PAST', message: `R1: the next evaluation is planned from today (${today}) on, not in the past: the plan would be overdue at once.` };
  const latest = latestNextEvaluation(lastEvaluatedOn);
  if (nextEvaluationOn > latest) return { code: 'EVALUATION_TOO_LATE', message: `R1: an active aid plan is evaluated at least once a year; the next evaluation is due by ${latest}.` };
  return null;
}

/** R1: overdue when the due date has passed (today is a local date, YYYY-MM-DD). */
export function isEvaluationOverdue(nextEvaluationOn: string | null, today: string): boolean {
  return nextEvaluationOn !== null && nextEvaluationOn < today;
}

/**
 * R1: an evaluation is dated between the plan's agreement and today (local dates, YYYY-MM-DD): one
 * dated earlier would make a fresh plan overdue, one in the future has not taken place.
 */
export function evaluationDateError(evaluatedOn: string, agreedOn: string | null, today: string): { code: 'EVALUATION_BEFORE_AGREEMENT' | 'IN_FUTURE'; message: string } | null {
  if (evaluatedOn > today) return { code: 'IN_FUTURE', message: `R1: an evaluation is recorded once it has taken place; ${evaluatedOn} is after today (${today}).` };
  if (agreedOn !== null && evaluatedOn < agreedOn) {
    return { code: 'EVALUATION_BEFORE_AGREEMENT', message: `R1: a plan is evaluated after it was agreed; ${evaluatedOn} is before its agreement on ${agreedOn}.` };
  }
  return null;
}
