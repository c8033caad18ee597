import { gql } from '@urql/vue';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi, runWithBoard } from '../testing/fakeApi';
import { useLiveQuery } from './useLiveQuery';

const Panel = gql<{ panel: { n: number } }, Record<string, never>>`query BoardPanel { panel { n } }`;

let stop = () => {};
afterEach(() => {
  stop();
  vi.useRealTimers();
});

/** A live panel on a board whose socket has not connected yet; reads counted. */
function panelOnNewScreen(connected = false) {
  vi.useFakeTimers();
  let n = 0;
  const api = createFakeApi({ BoardPanel: () => ({ data: { panel: { n: ++n } } }) }, { connected });
  const run = runWithBoard(api.board, () => useLiveQuery({ query: Panel, variables: {}, topics: ['alert'] }));
  stop = run.stop;
  return { api, data: run.result.data, reads: () => api.calls('BoardPanel').length };
}

describe('useLiveQuery: the first read and the socket’s first connection', () => {
  it('reads at once on a socket already connected', async () => {
    const { reads } = panelOnNewScreen(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(reads()).toBe(1);
  });

  it('waits for the first connection (up to 3 s), then reads once', async () => {
    const { api, reads, data } = panelOnNewScreen();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(reads()).toBe(0);
    api.reconnect();
    // A moment for the subscriptions to reach the API first.
    await vi.advanceTimersByTimeAsync(60);
    expect(reads()).toBe(1);
    expect(data.value).toEqual({ panel: { n: 1 } });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(reads()).toBe(1);
  });

  it('reads after 3 s without a socket, and does not wait longer', async () => {
    const { reads, data } = panelOnNewScreen();
    await vi.advanceTimersByTimeAsync(2_990);
    expect(reads()).toBe(0);
    await vi.advanceTimersByTimeAsync(20);
    expect(reads()).toBe(1);
    expect(data.value).toEqual({ panel: { n: 1 } });
    await vi.advanceTimersByTimeAsync(30_000);
    expect(reads()).toBe(1);
  });

  it('a socket that connects after the 3 s read: read once more, to catch up on what the feed missed meanwhile', async () => {
    const { api, reads, data } = panelOnNewScreen();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(reads()).toBe(1);
    await vi.advanceTimersByTimeAsync(4_000);
    api.reconnect();
    await vi.advanceTimersByTimeAsync(60);
    expect(reads()).toBe(2);
    expect(data.value).toEqual({ panel: { n: 2 } });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(reads()).toBe(2);
  });

  it('reads everything again on a reconnection after the first read', async () => {
    const { api, reads } = panelOnNewScreen();
    api.reconnect();
    await vi.advanceTimersByTimeAsync(60);
    expect(reads()).toBe(1);
    api.reconnect();
    await vi.advanceTimersByTimeAsync(60);
    expect(reads()).toBe(2);
  });
});
