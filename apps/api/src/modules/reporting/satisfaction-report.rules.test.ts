// Which whole months a satisfaction report covers, and what a small group shows.
import { describe, expect, it } from 'vitest';
import { satisfactionMonths, shownFigures, SATISFACTION_MIN_GROUP } from './satisfaction-report.rules.js';

describe('satisfactionMonths', () => {
  it('covers the whole months the period touches, up to the last month over (local time)', () => {
    // 10 April 2026: March is the last month over.
    const now = new Date('2026-04-10T10:00:00Z');
    expect(satisfactionMonths('2026-01-15', '2026-04-30', now)).toEqual({ firstMonth: '2026-01', lastMonth: '2026-03', fromAt: '2025-12-31T23:00:00.000Z', toAt: '2026-03-31T22:00:00.000Z' });
    expect(satisfactionMonths('2026-02-28', '2026-02-28', now)).toMatchObject({ firstMonth: '2026-02', lastMonth: '2026-02', toAt: '2026-02-28T23:00:00.000Z' });
    expect(satisfactionMonths('2026-04-01', '2026-04-09', now)).toBeNull();
  });

  it('uses Brussels months: December is over at 23:00 UTC on the 31st (midnight there), not before', () => {
    expect(satisfactionMonths('2025-12-01', '2025-12-31', new Date('2025-12-31T22:59:00Z'))).toBeNull();
    expect(satisfactionMonths('2025-12-01', '2025-12-31', new Date('2025-12-31T23:30:00Z'))).toEqual({ firstMonth: '2025-12', lastMonth: '2025-12', fromAt: '2025-11-30T23:00:00.000Z', toAt: '2025-12-31T23:00:00.000Z' });
    expect(satisfactionMonths('2025-11-01', '2026-01-31', new Date('2027-01-01T00:00:00Z'))).toMatchObject({ firstMonth: '2025-11', lastMonth: '2026-01', toAt: '2026-01-31T23:00:00.000Z' });
  });
});

describe('shownFigures', () => {
  it(`withholds a domain answered by fewer than ${SATISFACTION_MIN_GROUP} beneficiaries`, () => {
    expect(shownFigures({ beneficiaries: 2, mean: 4.5, satisfied: 2, dissatisfied: 0 })).toEqual({ meanScore: null, satisfied: null, dissatisfied: null, withheld: true });
    expect(shownFigures({ beneficiaries: 0, mean: null, satisfied: 0, dissatisfied: 0 })).toMatchObject({ withheld: true });
    expect(shownFigures({ beneficiaries: 3, mean: 11 / 3, satisfied: 2, dissatisfied: 1 })).toEqual({ meanScore: 3.67, satisfied: 2, dissatisfied: 1, withheld: false });
  });
});
