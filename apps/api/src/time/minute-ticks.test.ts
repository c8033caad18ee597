// The service clock's minutes: heard once per new minute of the (movable) service clock, a jump
// noticed within the poll, and no timer left once nobody listens.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MinuteTicks } from './minute-ticks.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('MinuteTicks', () => {
  it('says each new minute of the service clock once, including a jump, and stops when nobody listens', async () => {
    const clock = { now: new Date('2026-11-27T15:59:30Z') };
    const ticks = new MinuteTicks(() => clock.now, 1_000);
    const heard: string[] = [];
    const stop = ticks.on((m) => heard.push(m.toISOString()));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(heard).toEqual([]); // the service clock stood still
    clock.now = new Date('2026-11-27T15:59:59Z');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(heard).toEqual([]);
    clock.now = new Date('2026-11-27T16:00:00.500Z');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(heard).toEqual(['2026-11-27T16:00:00.000Z']);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(heard).toHaveLength(1); // the same minute is not said twice
    clock.now = new Date('2026-11-28T08:30:10Z'); // a jump (tests, a host waking up)
    await vi.advanceTimersByTimeAsync(1_000);
    expect(heard.at(-1)).toBe('2026-11-28T08:30:00.000Z');
    stop();
    expect(ticks.listening).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a listener that throws does not silence the others', async () => {
    const clock = { now: new Date('2026-11-27T15:59:59Z') };
    const ticks = new MinuteTicks(() => clock.now, 1_000);
    const heard: number[] = [];
    const a = ticks.on(() => {
      throw new Error('broken');
    });
    const b = ticks.on(() => heard.push(1));
    clock.now = new Date('2026-11-27T16:00:01Z');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(heard).toEqual([1]);
    a();
    b();
  });
});
