import { describe, expect, it } from 'vitest';
import { brusselsYear } from './weekendLoad';

describe('the desk’s week-end load year', () => {
  it('is the Brussels calendar year: New Year’s Eve 23:30 UTC is already the next year there', () => {
    expect(brusselsYear(new Date('2026-12-31T22:59:00Z'))).toBe(2026);
    expect(brusselsYear(new Date('2026-12-31T23:30:00Z'))).toBe(2027);
    expect(brusselsYear(new Date('2027-06-30T22:30:00Z'))).toBe(2027);
  });
});
