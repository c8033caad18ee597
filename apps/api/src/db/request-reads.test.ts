// Reads are shared only inside a query request's scope, once it is known to be a query; elsewhere
// (mutations, subscriptions, jobs) every read goes to the database.
import { describe, expect, it } from 'vitest';
import { inSharedReads, madeRead, offerRead, shareReads, sharedRead, withRequestReads } from './request-reads.js';

function counter() {
  let n = 0;
  return { read: () => Promise.resolve([++n]), get n() { return n; } };
}

describe('reads shared within a query request', () => {
  it('reads every time outside a request, and in a request not (yet) known to be a query', async () => {
    const c = counter();
    await sharedRead('k', c.read);
    await sharedRead('k', c.read);
    await withRequestReads(async () => {
      expect(inSharedReads()).toBe(false);
      await sharedRead('k', c.read);
      await sharedRead('k', c.read);
    });
    expect(c.n).toBe(4);
  });

  it('reads once per key in a query request, hands out copies, and does not leak to the next request', async () => {
    const c = counter();
    const first = await withRequestReads(async () => {
      shareReads();
      const [a, b] = await Promise.all([sharedRead('k', c.read), sharedRead('k', c.read)]);
      a.push(99); // a caller changing its array does not change the next caller's
      const other = await sharedRead('other', c.read);
      return { a, b, again: await sharedRead('k', c.read), other };
    });
    expect(first.b).toEqual([1]);
    expect(first.again).toEqual([1]);
    expect(first.other).toEqual([2]);
    await withRequestReads(async () => {
      shareReads();
      expect(await sharedRead('k', c.read)).toEqual([3]);
    });
  });

  it('reads again after a failed read', async () => {
    let n = 0;
    await withRequestReads(async () => {
      shareReads();
      await expect(sharedRead('k', () => Promise.reject(new Error(`down ${++n}`)))).rejects.toThrow('down 1');
      await new Promise((r) => setTimeout(r, 0));
      expect(await sharedRead('k', () => Promise.resolve(++n))).toBe(2);
    });
  });
});

describe('reads already made in a query request', () => {
  it('hands out what an earlier shared read of the request read, and nothing outside a query or before the read', async () => {
    const c = counter();
    expect(madeRead('k')).toBeUndefined();
    await withRequestReads(async () => {
      expect(madeRead('k')).toBeUndefined();
      shareReads();
      expect(madeRead('k')).toBeUndefined();
      await sharedRead('k', c.read);
      expect(await madeRead('k')).toEqual([1]);
    });
    expect(c.n).toBe(1);
  });

  it('hands out a copy: a caller changing it does not change what the next one gets', async () => {
    await withRequestReads(async () => {
      shareReads();
      await sharedRead('k', () => Promise.resolve([1]));
      (await madeRead<number[]>('k'))!.push(99);
      expect(await madeRead('k')).toEqual([1]);
      expect(await sharedRead('k', () => Promise.resolve([2]))).toEqual([1]);
    });
  });

  it('takes rows a wider statement offered, in a query request only, and keeps a read already made', async () => {
    const c = counter();
    await withRequestReads(async () => {
      offerRead('k', [7]); // not yet a query: ignored
      shareReads();
      expect(madeRead('k')).toBeUndefined();
      offerRead('k', [7]);
      expect(await sharedRead('k', c.read)).toEqual([7]);
      await sharedRead('other', c.read);
      offerRead('other', [8]);
      expect(await madeRead('other')).toEqual([1]);
    });
    expect(c.n).toBe(1);
  });
});
