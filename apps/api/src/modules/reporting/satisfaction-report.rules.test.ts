// Which whole months a satisfaction report covers, and what a small group shows.
import { describe, expect, it } from 'vitest';
import { satisfactionMonths, shownFigures, SATISFACTION_MIN_GROUP } from './satisfaction-report.rules.js';

describe('satisfactionMonths', () => {
  it('covers the whole months the period touches, and the current one up to the end of today, flagged partial (local time)', () => {
    // 10 April 2026: March is the last month over; April counts up to the end of 10 April (22:00 UTC, summer time).
    const now = new Date('2026-04-10T10:00:00Z');
    expect(satisfactionMonths('2026-01-15', '2026-04-30', now)).toEqual({ firstMonth: '2026-01', lastMonth: '2026-04', fromAt: '2025-12-31T23:00:00.000Z', toAt: '2026-04-10T22:00:00.000Z', partialUntil: '2026-04-10' });
    expect(satisfactionMonths('2026-01-15', '2026-03-31', now)).toEqual({ firstMonth: '2026-01', lastMonth: '2026-03', fromAt: '2025-12-31T23:00:00.000Z', toAt: '2026-03-31T22:00:00.000Z', partialUntil: null });
    expect(satisfactionMonths('2026-02-28', '2026-02-28', now)).toMatchObject({ firstMonth: '2026-02', lastMonth: '2026-02', toAt: '2026-02-28T23:00:00.000Z', partialUntil: null });
    expect(satisfactionMonths('2026-04-01', '2026-04-09', now)).toMatchObject({ firstMonth: '2026-04', lastMonth: '2026-04', partialUntil: '2026-04-10' });
    expect(satisfactionMonths('2026-05-01', '2026-05-31', now)).toBeNull();
  });

  it('without the current month (a reporting tool): the months over only', () => {
    const now = new Date('2026-04-10T10:00:00Z');
    const tool = { currentMonth: false };
    expect(satisfactionMonths('2026-01-15', '2026-04-30', now, tool)).toEqual({ firstMonth: '2026-01', lastMonth: '2026-03', fromAt: '2025-12-31T23:00:00.000Z', toAt: '2026-03-31T22:00:00.000Z', partialUntil: null });
    expect(satisfactionMonths('2026-04-01', '2026-04-09', now, tool)).toBeNull();
    expect(satisfactionMonths('2025-12-01', '2026-01-31', new Date('2026-01-05T10:00:00Z'), tool)).toMatchObject({ lastMonth: '2025-12', partialUntil: null });
  });

  it('uses Brussels months and days: at 23:59 on 31 December there December is partial; half an hour after midnight it is over and January has begun', () => {
    expect(satisfactionMonths('2025-12-01', '2025-12-31', new Date('2025-12-31T22:59:00Z'))).toEqual({ firstMonth: '2025-12', lastMonth: '2025-12', fromAt: '2025-11-30T23:00:00.000Z', toAt: '2025-12-31T23:00:00.000Z', partialUntil: '2025-12-31' });
    expect(satisfactionMonths('2025-12-01', '2025-12-31', new Date('2025-12-31T23:30:00Z'))).toEqual({ firstMonth: '2025-12', lastMonth: '2025-12', fromAt: '2025-11-30T23:00:00.000Z', toAt: '2025-12-31T23:00:00.000Z', partialUntil: null });
    expect(satisfactionMonths('2025-12-01', '2026-01-31', new Date('2025-12-31T23:30:00Z'))).toMatchObject({ lastMonth: '2026-01', toAt: '2026-01-01T23:00:00.000Z', partialUntil: '2026-01-01' });
    expect(satisfactionMonths('2025-11-01', '2026-01-31', new Date('2027-01-01T00:00:00Z'))).toMatchObject({ firstMonth: '2025-11', lastMonth: '2026-01', toAt: '2026-01-31T23:00:00.000Z', partialUntil: null });
  });
});

describe('shownFigures', () => {
  it(`withholds a domain answered by fewer than ${SATISFACTION_MIN_GROUP} beneficiaries`, () => {
    expect(shownFigures({ beneficiaries: 2, mean: 4.5, satisfied: 2, dissatisfied: 0 })).toEqual({ meanScore: null, satisfied: null, dissatisfied: null, withheld: true });
    expect(shownFigures({ beneficiaries: 0, mean: null, satisfied: 0, dissatisfied: 0 })).toMatchObject({ withheld: true });
    expect(shownFigures({ beneficiaries: 3, mean: 11 / 3, satisfied: 2, dissatisfied: 1 })).toEqual({ meanScore: 3.67, satisfied: 2, dissatisfied: 1, withheld: false });
  });
});
