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
    expect(nextEvaluationError('2026-03-15', '2027-03-15')).toBeNull();
    expect(nextEvaluationError('2026-03-15', '2027-03-16')).toContain('R1');
    expect(nextEvaluationError('2026-03-15', '2026-03-15')).not.toBeNull();
  });
  it('R1: a plan past its evaluation date is overdue', () => {
    expect(isEvaluationOverdue('2026-11-22', '2026-11-23')).toBe(true);
    expect(isEvaluationOverdue('2026-11-23', '2026-11-23')).toBe(false);
    expect(isEvaluationOverdue(null, '2026-11-23')).toBe(false);
  });
});
