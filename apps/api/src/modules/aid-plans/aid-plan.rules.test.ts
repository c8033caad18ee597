// R1 and the progress of a plan as pure functions.
import { describe, expect, it } from 'vitest';
import { isEvaluationOverdue, latestNextEvaluation, nextEvaluationError, progress } from './aid-plan.rules.js';

describe('aid plans', () => {
  it('progress is the share of actions done', () => {
    expect(progress([])).toBe(0);
    expect(progress(['DONE', 'TODO', 'DONE', 'IN_PROGRESS'])).toBe(0.5);
  });
  it('R1: the next evaluation is at most a year after the last one', () => {
    expect(latestNextEvaluation('2026-03-15')).toBe('2027-03-15');
    expect(latestNextEvaluation('2028-02-29')).toBe('2029-02-28');
    expect(nextEvaluationError('2026-03-15', '2027-03-15', '2026-03-15')).toBeNull();
    expect(nextEvaluationError('2026-03-15', '2027-03-16', '2026-03-15')).toMatchObject({ code: 'EVALUATION_TOO_LATE', message: expect.stringContaining('R1') });
    expect(nextEvaluationError('2026-03-15', '2026-03-15', '2026-03-15')?.code).toBe('NEXT_EVALUATION_TOO_EARLY');
    expect(nextEvaluationError('2026-03-15', '2026-04-01', '2026-04-02')?.code).toBe('NEXT_EVALUATION_IN_THE_PAST');
    expect(nextEvaluationError('2026-03-15', '2026-04-02', '2026-04-02')).toBeNull();
  });
  it('R1: a plan past its evaluation date is overdue', () => {
    expect(isEvaluationOverdue('2026-11-22', '2026-11-23')).toBe(true);
    expect(isEvaluationOverdue('2026-11-23', '2026-11-23')).toBe(false);
    expect(isEvaluationOverdue(null, '2026-11-23')).toBe(false);
  });
});
