// The service clock reaching a planned instant: heard once at that instant (not at the minute),
// planned again after it and after a write, a clock that goes back planned afresh, a failed read
// retried, and no timer left once nobody listens.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlannedInstants } from './planned-instants.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A service clock that runs with the fake timers from `iso`. */
function running(iso: string) {
  const t0 = Date.now();
  const base = new Date(iso).getTime();
  return { now: () => new Date(base + Date.now() - t0) };
}

describe('PlannedInstants', () => {
  it('says the planned instant when the clock reaches it, to the millisecond, then plans the next', async () => {
    const clock = running('2026-11-24T09:30:20Z');
    const planned: string[] = [];
    const plan = vi.fn(async (after: Date) => {
      planned.push(after.toISOString());
      return new Date(after.getTime() < new Date('2026-11-24T09:30:23.500Z').getTime() ? '2026-11-24T09:30:23.500Z' : '2026-11-24T16:00:00Z');
    });
    const instants = new PlannedInstants(clock.now, plan, 1_000);
    const heard: { at: string; clock: string }[] = [];
    const stop = instants.on((at) => heard.push({ at: at.toISOString(), clock: clock.now().toISOString() }));
    await vi.advanceTimersByTimeAsync(3_499);
    expect(heard).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(heard).toEqual([{ at: '2026-11-24T09:30:23.500Z', clock: '2026-11-24T09:30:23.500Z' }]);
    expect(planned).toEqual(['2026-11-24T09:30:20.000Z', '2026-11-24T09:30:23.500Z']);
    expect(instants.next?.toISOString()).toBe('2026-11-24T16:00:00.000Z');
    stop();
    expect(instants.listening).toBe(0);
    expect(instants.next).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a write plans again (once per outbox position); a clock that goes back is planned afresh', async () => {
    const clock = { now: new Date('2026-11-24T09:30:20Z') };
    let next = new Date('2026-11-24T16:00:00Z');
    const plan = vi.fn(async (after: Date) => (next > after ? next : new Date('2026-11-24T16:00:00Z')));
    const instants = new PlannedInstants(() => clock.now, plan, 1_000);
    const heard: string[] = [];
    instants.on((at) => heard.push(at.toISOString()));
    await vi.advanceTimersByTimeAsync(10);
    next = new Date('2026-11-24T09:30:25Z');
    instants.replan(7);
    instants.replan(7); // the same write heard by another subscriber
    await vi.advanceTimersByTimeAsync(10);
    expect(plan).toHaveBeenCalledTimes(2);
    expect(instants.next?.toISOString()).toBe('2026-11-24T09:30:25.000Z');
    clock.now = new Date('2026-11-24T09:30:25.010Z'); // the (frozen) clock jumps past it
    await vi.advanceTimersByTimeAsync(1_000);
    expect(heard).toEqual(['2026-11-24T09:30:25.000Z']);
    next = new Date('2026-11-24T08:00:00Z');
    clock.now = new Date('2026-11-24T07:00:00Z'); // back in time (a test's beforeEach)
    await vi.advanceTimersByTimeAsync(1_000);
    expect(instants.next?.toISOString()).toBe('2026-11-24T08:00:00.000Z');
    expect(heard).toHaveLength(1);
  });

  it('an instant not after the plan’s own is not waited for (no spin): it is planned again later', async () => {
    const clock = { now: new Date('2026-11-24T09:30:20Z') };
    const plan = vi.fn().mockResolvedValueOnce(new Date('2026-11-24T09:30:20Z')).mockResolvedValue(new Date('2026-11-24T16:00:00Z'));
    const instants = new PlannedInstants(() => clock.now, plan, 1_000, 5_000);
    const heard: Date[] = [];
    instants.on((at) => heard.push(at));
    await vi.advanceTimersByTimeAsync(5_100);
    expect(heard).toEqual([]);
    expect(plan).toHaveBeenCalledTimes(2);
    expect(instants.next?.toISOString()).toBe('2026-11-24T16:00:00.000Z');
  });

  it('a failed read is tried again after the retry delay', async () => {
    const clock = { now: new Date('2026-11-24T09:30:20Z') };
    const plan = vi.fn().mockRejectedValueOnce(new Error('database down')).mockResolvedValue(new Date('2026-11-24T16:00:00Z'));
    const instants = new PlannedInstants(() => clock.now, plan, 1_000, 5_000);
    const stop = instants.on(() => {});
    await vi.advanceTimersByTimeAsync(4_000);
    expect(instants.next).toBeNull();
    await vi.advanceTimersByTimeAsync(1_100);
    expect(instants.next?.toISOString()).toBe('2026-11-24T16:00:00.000Z');
    stop();
    expect(vi.getTimerCount()).toBe(0);
  });
});
