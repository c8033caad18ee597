// The service's local date turning: heard at local midnight (a 25-hour day when the clocks go back,
// a 23-hour one when they go forward), not at start, a jump noticed within the poll, one run at a
// time, a failed run reported, and no timer left once stopped.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DayTurns } from './day-turns.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A service clock that runs with the fake timers from `iso`. */
function running(iso: string) {
  const t0 = Date.now();
  const base = new Date(iso).getTime();
  return () => new Date(base + Date.now() - t0);
}

describe('DayTurns', () => {
  it('says each new Brussels date at its midnight, across the night the clocks go back (a 25-hour Sunday)', async () => {
    const clock = running('2026-10-24T21:59:59Z'); // Saturday 24 October, 23:59:59 CEST
    const heard: { day: string; at: string }[] = [];
    const turns = new DayTurns(clock, () => {}, 3_600_000);
    turns.start(async (day) => void heard.push({ day, at: clock().toISOString() }));
    await vi.advanceTimersByTimeAsync(999);
    expect(heard).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(heard).toEqual([{ day: '2026-10-25', at: '2026-10-24T22:00:00.000Z' }]);
    // Sunday lasts 25 hours: Monday begins at 23:00 UTC, not at 22:00.
    await vi.advanceTimersByTimeAsync(24 * 3_600_000);
    expect(heard).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(heard.at(-1)).toEqual({ day: '2026-10-26', at: '2026-10-25T23:00:00.000Z' });
    await turns.stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('the night the clocks go forward, Monday begins 23 hours after Sunday', async () => {
    const clock = running('2027-03-27T23:00:00Z'); // Sunday 28 March 2027, 00:00 CET
    const heard: string[] = [];
    const turns = new DayTurns(clock, () => {}, 3_600_000);
    turns.start(async () => void heard.push(clock().toISOString()));
    await vi.advanceTimersByTimeAsync(23 * 3_600_000);
    expect(heard).toEqual(['2027-03-28T22:00:00.000Z']);
    await turns.stop();
  });

  it('a clock that jumps to another date is heard within the poll; a run under way is followed by one more, not two at once; a failure is reported', async () => {
    const clock = { now: new Date('2026-10-30T22:59:58Z') };
    const errors: unknown[] = [];
    let active = 0;
    let most = 0;
    const days: string[] = [];
    const turns = new DayTurns(() => clock.now, (e) => errors.push(e), 1_000);
    turns.start(async (day) => {
      active++;
      most = Math.max(most, active);
      days.push(day);
      await new Promise((r) => setTimeout(r, 2_500));
      active--;
      if (day === '2026-11-01') throw new Error('database down');
    });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(days).toEqual([]); // the frozen clock stayed on the 30th
    clock.now = new Date('2026-10-30T23:00:01Z');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(days).toEqual(['2026-10-31']);
    clock.now = new Date('2026-10-31T23:00:01Z');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(days).toEqual(['2026-10-31']); // waits for the run under way
    await vi.advanceTimersByTimeAsync(5_000);
    expect(days).toEqual(['2026-10-31', '2026-11-01']);
    expect(most).toBe(1);
    expect(errors).toMatchObject([{ message: 'database down' }]);
    await turns.stop();
    expect(vi.getTimerCount()).toBe(0);
  });
});
