import { describe, expect, it } from 'vitest';
import { askableRange, askedAt, brusselsLocalToIso, isoToBrusselsLocal } from './brusselsInput';

describe('Brussels date-and-time fields', () => {
  it('reads a winter time as UTC+1 and a summer time as UTC+2', () => {
    expect(brusselsLocalToIso('2026-11-30T08:30')).toBe('2026-11-30T07:30:00.000Z');
    expect(brusselsLocalToIso('2026-07-21T08:30')).toBe('2026-07-21T06:30:00.000Z');
  });

  it('reads the hours around the DST changes right', () => {
    expect(brusselsLocalToIso('2026-03-29T01:30')).toBe('2026-03-29T00:30:00.000Z');
    expect(brusselsLocalToIso('2026-03-29T03:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(brusselsLocalToIso('2026-10-25T04:00')).toBe('2026-10-25T03:00:00.000Z');
  });

  it('writes an instant back as Brussels clocks show it', () => {
    expect(isoToBrusselsLocal('2026-11-30T07:30:00.000Z')).toBe('2026-11-30T08:30');
    expect(isoToBrusselsLocal('2026-07-21T06:30:00.000Z')).toBe('2026-07-21T08:30');
  });

  it('refuses what is not a date and time', () => {
    expect(brusselsLocalToIso('')).toBeNull();
    expect(brusselsLocalToIso('30/11/2026 08:30')).toBeNull();
  });

  it('"who is on call at …" asks any instant within 400 days either way, and says so beyond (stop 19: only now + 24 h was offered)', () => {
    const now = Date.parse('2026-11-23T09:00:00.000Z');
    expect(askableRange(now)).toEqual({ min: '2025-10-19T11:00', max: '2027-12-28T10:00' }); // summer time then, winter time now
    expect(askedAt('2026-11-16T10:00', now)).toEqual({ at: '2026-11-16T09:00:00.000Z', outside: false });
    expect(askedAt('2027-06-12T14:00', now)).toEqual({ at: '2027-06-12T12:00:00.000Z', outside: false });
    expect(askedAt('2028-01-01T10:00', now)).toEqual({ at: null, outside: true });
    expect(askedAt('1999-01-01T10:00', now)).toEqual({ at: null, outside: true });
    expect(askedAt('', now)).toEqual({ at: null, outside: false });
  });
});
