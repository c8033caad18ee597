import { describe, expect, it } from 'vitest';
import { sameCaseload } from './caseload.rules.js';
import { serviceDay } from '../../time/service-time.js';

describe('serviceDay', () => {
  it('is the Brussels calendar day: just after midnight local time is already the next day', () => {
    expect(serviceDay(new Date('2026-11-24T23:30:00Z'))).toEqual({ day: '2026-11-25', from: new Date('2026-11-24T23:00:00Z'), to: new Date('2026-11-25T23:00:00Z') });
  });

  it('has 23 hours on the day the clocks go forward, 25 when they go back', () => {
    const spring = serviceDay(new Date('2026-03-29T12:00:00Z'));
    expect((spring.to.getTime() - spring.from.getTime()) / 3_600_000).toBe(23);
    const autumn = serviceDay(new Date('2026-10-25T12:00:00Z'));
    expect((autumn.to.getTime() - autumn.from.getTime()) / 3_600_000).toBe(25);
  });
});

describe('sameCaseload', () => {
  it('compares every count, and a sector never sent is not the same', () => {
    const c = { visitsToday: 1, evaluationsOverdue: 2, urgentOpen: 3 };
    expect(sameCaseload({ ...c }, c)).toBe(true);
    expect(sameCaseload({ ...c, urgentOpen: 4 }, c)).toBe(false);
    expect(sameCaseload(undefined, c)).toBe(false);
  });
});
