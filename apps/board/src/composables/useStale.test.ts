import { describe, expect, it } from 'vitest';
import { minutesSince } from './useStale';

describe('minutesSince', () => {
  it('counts whole minutes, never negative', () => {
    const t = new Date('2026-03-04T09:00:00Z');
    expect(minutesSince(t, new Date('2026-03-04T09:00:59Z'))).toBe(0);
    expect(minutesSince(t, new Date('2026-03-04T09:07:30Z'))).toBe(7);
    expect(minutesSince(t, new Date('2026-03-04T08:59:00Z'))).toBe(0);
  });
});
