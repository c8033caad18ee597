import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { event } from '../testing/factories';
import { createFakeApi, runWithBoard } from '../testing/fakeApi';
import { useLiveEvents, type LiveEvent } from './useLiveEvents';

let stop = () => {};
afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('useLiveEvents', () => {
  it('hands every event of the three feeds to the board, with its topic', async () => {
    const api = createFakeApi();
    const seen: LiveEvent[] = [];
    stop = runWithBoard(api.board, () => useLiveEvents(['permanence', 'alert', 'absence'], (e) => seen.push(e))).stop;
    await nextTick();
    api.emit('BoardPermanenceChanged', { permanenceChanged: event('1') });
    api.emit('BoardAlertChanged', { alertChanged: event('2') });
    api.emit('BoardAbsenceChanged', { absenceChanged: event('3') });
    expect(seen.map((e) => [e.topic, e.cursor])).toEqual([
      ['permanence', '1'],
      ['alert', '2'],
      ['absence', '3'],
    ]);
  });

  it('starts live (no cursor), and resubscribes after the last cursor seen when the API ends the feed', async () => {
    vi.useFakeTimers();
    const api = createFakeApi();
    stop = runWithBoard(api.board, () => useLiveEvents(['alert'], () => {})).stop;
    await nextTick();
    expect(api.calls('BoardAlertChanged')[0]?.variables).toEqual({ after: null });

    api.emit('BoardAlertChanged', { alertChanged: event('41') });
    api.fail('BoardAlertChanged', 'server restarting');
    await vi.advanceTimersByTimeAsync(5_000);
    await nextTick();

    const again = api.calls('BoardAlertChanged');
    expect(again).toHaveLength(2);
    expect(again[1]?.variables).toEqual({ after: '41' });
    expect(api.openCount('BoardAlertChanged')).toBe(1);
  });
});
