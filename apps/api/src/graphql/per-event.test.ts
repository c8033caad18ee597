import { describe, expect, it } from 'vitest';
import { perEvent } from './per-event.js';

describe('perEvent', () => {
  it('gives every subscriber of one event the same read', () => {
    const owner = {};
    let made = 0;
    const a = perEvent(owner, 7, 'loaders', () => ({ n: ++made }), 1_000);
    const b = perEvent(owner, 7, 'loaders', () => ({ n: ++made }), 1_500);
    expect(b).toBe(a);
    expect(made).toBe(1);
  });

  it('reads again for another event, another key, another process and after the moment has passed', () => {
    const owner = {};
    const first = perEvent(owner, 7, 'loaders', () => ({}), 1_000);
    expect(perEvent(owner, 8, 'loaders', () => ({}), 1_000)).not.toBe(first);
    expect(perEvent(owner, 7, 'absence', () => ({}), 1_000)).not.toBe(first);
    expect(perEvent({}, 7, 'loaders', () => ({}), 1_000)).not.toBe(first);
    expect(perEvent(owner, 7, 'loaders', () => ({}), 3_001)).not.toBe(first);
  });

  it('keeps a bounded number of reads', () => {
    const owner = {};
    const first = perEvent(owner, 0, 'k', () => ({}), 0);
    for (let p = 1; p <= 256; p++) perEvent(owner, p, 'k', () => ({}), 0);
    expect(perEvent(owner, 0, 'k', () => ({}), 0)).not.toBe(first);
  });
});

describe('perEvent with a query builder', () => {
  it('runs a thenable that runs again at each `then` (a drizzle query) only once', async () => {
    let runs = 0;
    const query = { then: (ok: (v: number) => unknown) => Promise.resolve(++runs).then(ok) };
    const owner = {};
    const a = perEvent(owner, 1, 'row', () => query);
    const b = perEvent(owner, 1, 'row', () => query);
    expect(await a).toBe(1);
    expect(await b).toBe(1);
    expect(runs).toBe(1);
  });
});
