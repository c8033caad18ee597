// Pure rules of ending a pattern and taking a day out: "today" is a parameter.
import { describe, expect, it } from 'vitest';
import { endError, exceptionError, untilWhenEndingFrom } from './pattern.rules.js';

const p = { startsOn: '2026-03-23', until: '2026-06-29', exceptDates: ['2026-04-06'] };

describe('pattern rules', () => {
  it('a pattern ends from today or later, within its span; its last day is the day before', () => {
    expect(endError(p, '2026-03-20', '2026-03-20')?.code).toBe('BEFORE_PATTERN_START');
    expect(endError(p, '2026-03-23', '2026-03-20')).toBeNull();
    expect(endError(p, '2026-03-24', '2026-03-25')?.code).toBe('DAY_IN_PAST');
    expect(endError(p, '2026-06-30', '2026-03-20')?.code).toBe('AFTER_PATTERN_END');
    expect(endError(p, '2026-02-30', '2026-03-20')?.code).toBe('BAD_DATE');
    expect(untilWhenEndingFrom('2026-03-01')).toBe('2026-02-28');
  });

  it('a day taken out must be a visit day of the pattern, today or later, not already out', () => {
    expect(exceptionError(p, '2026-04-13', '2026-03-20', true)).toBeNull();
    expect(exceptionError(p, '2026-04-06', '2026-03-20', false)?.code).toBe('ALREADY_EXCEPTED');
    expect(exceptionError(p, '2026-04-14', '2026-03-20', false)?.code).toBe('NO_OCCURRENCE');
    expect(exceptionError(p, '2026-03-19', '2026-03-20', true)?.code).toBe('DAY_IN_PAST');
  });
});
