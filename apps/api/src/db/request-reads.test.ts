// Reads are shared only within a query request's `RequestReads`, handed explicitly; without one
// (mutations, subscriptions, jobs) every read goes to the database. And the process turns on no
// async hook for it (issue 14: the AsyncLocalStorage it replaced cost every promise a hook).
import asyncHooks, { AsyncLocalStorage } from 'node:async_hooks';
import { syncBuiltinESMExports } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { PASSWORD, makeSector, makeStaff, makeTeam } from '@support/factories.js';
import { startTestServer } from '@support/server.js';
import { RequestReads, madeRead, offerRead, sharedRead } from './request-reads.js';

function counter() {
  let n = 0;
  return { read: () => Promise.resolve([++n]), get n() { return n; } };
}

describe('reads shared within a query request', () => {
  it('reads every time without a request’s reads (a mutation, a subscription, a job)', async () => {
    const c = counter();
    await sharedRead(undefined, 'k', c.read);
    await sharedRead(undefined, 'k', c.read);
    expect(c.n).toBe(2);
  });

  it('reads once per key in a query request, hands out copies, and does not leak to the next request', async () => {
    const c = counter();
    const reads = new RequestReads();
    const [a, b] = await Promise.all([sharedRead(reads, 'k', c.read), sharedRead(reads, 'k', c.read)]);
    a.push(99); // a caller changing its array does not change the next caller's
    const other = await sharedRead(reads, 'other', c.read);
    expect(b).toEqual([1]);
    expect(await sharedRead(reads, 'k', c.read)).toEqual([1]);
    expect(other).toEqual([2]);
    expect(await sharedRead(new RequestReads(), 'k', c.read)).toEqual([3]);
  });

  it('reads again after a failed read', async () => {
    let n = 0;
    const reads = new RequestReads();
    await expect(sharedRead(reads, 'k', () => Promise.reject(new Error(`down ${++n}`)))).rejects.toThrow('down 1');
    await new Promise((r) => setTimeout(r, 0));
    expect(await sharedRead(reads, 'k', () => Promise.resolve(++n))).toBe(2);
  });
});

describe('reads already made in a query request', () => {
  it('hands out what an earlier shared read of the request read, and nothing outside a query or before the read', async () => {
    const c = counter();
    const reads = new RequestReads();
    expect(madeRead(undefined, 'k')).toBeUndefined();
    expect(madeRead(reads, 'k')).toBeUndefined();
    await sharedRead(reads, 'k', c.read);
    expect(await madeRead(reads, 'k')).toEqual([1]);
    expect(madeRead(new RequestReads(), 'k')).toBeUndefined();
    expect(c.n).toBe(1);
  });

  it('hands out a copy: a caller changing it does not change what the next one gets', async () => {
    const reads = new RequestReads();
    await sharedRead(reads, 'k', () => Promise.resolve([1]));
    (await madeRead<number[]>(reads, 'k'))!.push(99);
    expect(await madeRead(reads, 'k')).toEqual([1]);
    expect(await sharedRead(reads, 'k', () => Promise.resolve([2]))).toEqual([1]);
  });

  it('takes rows a wider statement offered, in a query request only, and keeps a read already made', async () => {
    const c = counter();
    offerRead(undefined, 'k', [7]); // not a query: nothing to offer to
    const reads = new RequestReads();
    offerRead(reads, 'k', [7]);
    expect(await sharedRead(reads, 'k', c.read)).toEqual([7]);
    await sharedRead(reads, 'other', c.read);
    offerRead(reads, 'other', [8]);
    expect(await madeRead(reads, 'other')).toEqual([1]);
    expect(c.n).toBe(1);
  });
});

describe('no async hook', () => {
  const restore: (() => void)[] = [];
  afterAll(() => {
    for (const undo of restore) undo();
    syncBuiltinESMExports();
  });

  it('starting the app and serving queries and a mutation turns on no AsyncLocalStorage or async hook', async () => {
    const used: string[] = [];
    const proto = AsyncLocalStorage.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
    // An AsyncLocalStorage turns Node's promise hooks on at its first run/enterWith; createHook's at enable.
    for (const name of ['run', 'enterWith'] as const) {
      const original = proto[name];
      proto[name] = function (this: unknown, ...args: unknown[]) {
        used.push(`AsyncLocalStorage.${name}\n${new Error().stack}`);
        return original.apply(this, args);
      };
      restore.push(() => (proto[name] = original));
    }
    const createHook = asyncHooks.createHook;
    asyncHooks.createHook = (callbacks) => {
      used.push(`createHook\n${new Error().stack}`);
      return createHook(callbacks);
    };
    restore.push(() => (asyncHooks.createHook = createHook));
    syncBuiltinESMExports();

    const server = await startTestServer();
    try {
      const sector = await makeSector(server.db.db);
      const worker = await makeStaff(server.db.db, 'SOCIAL_WORKER', { sectorId: sector.id });
      await makeTeam(server.db.db, sector.id, worker.id);
      const token = await server.login(worker.email, PASSWORD);
      const read = await server.gql('{ sectors { id name socialWorker { id fullName phone } } }', {}, token);
      expect(read.errors).toBeUndefined();
      expect(read.data!.sectors.length).toBeGreaterThan(0);
      const logout = await server.gql('mutation { logout { loggedOut } }', {}, token);
      expect(logout.data?.logout.loggedOut).toBe(true);
    } finally {
      await server.close();
    }
    expect(used).toEqual([]);
  }, 60_000);
});
