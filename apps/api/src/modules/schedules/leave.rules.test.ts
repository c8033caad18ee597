import { describe, expect, it } from 'vitest';
import { leaveRequestError, monthDays, monthlyBalance } from './leave.rules.js';

const visit = (day: string, hours: number) => ({ startsAt: new Date(`${day}T08:00:00+01:00`), endsAt: new Date(`${day}T${String(8 + hours).padStart(2, '0')}:00:00+01:00`) });

describe('R12 leave rules', () => {
  it('a full-time helper has 152 h of leave a year; leave taken in earlier months counts against it', () => {
    const b = monthlyBalance('2026-03', 1, [{ kind: 'LEAVE', startsAt: new Date('2026-01-12T08:00:00Z'), hours: 15.2 }, { kind: 'LEAVE', startsAt: new Date('2026-03-02T08:00:00Z'), hours: 7.6 }], []);
    expect(b).toMatchObject({ leaveAllowanceHours: 152, leaveTakenInMonthHours: 7.6, leaveTakenToDateHours: 22.8, leaveRemainingHours: 129.2 });
  });

  it('time off in lieu is earned by the hours over the contract in a week, counted in the month the week starts', () => {
    // Week of Monday 30 March: 5 × 8 h = 40 h for 38 h → 2 h, earned in March even though it ends in April.
    const work = ['2026-03-30', '2026-03-31', '2026-04-01', '2026-04-02', '2026-04-03'].map((d) => visit(d, 8));
    expect(monthlyBalance('2026-03', 1, [], work)).toMatchObject({ toilEarnedInMonthHours: 2, toilBalanceHours: 2 });
    expect(monthlyBalance('2026-04', 1, [{ kind: 'TIME_OFF_IN_LIEU', startsAt: new Date('2026-04-10T12:00:00Z'), hours: 3 }], work)).toMatchObject({ toilEarnedInMonthHours: 0, toilTakenInMonthHours: 3, toilBalanceHours: -1 });
  });

  it('months and requests are checked', () => {
    expect(monthDays('2026-12')).toEqual({ first: '2026-12-01', next: '2027-01-01' });
    expect(monthDays('2026-13')).toBeNull();
    expect(leaveRequestError({ startsAt: new Date('2026-03-02T08:00:00Z'), endsAt: new Date('2026-03-02T10:00:00Z'), hours: 3 })?.field).toBe('hours');
  });
});
