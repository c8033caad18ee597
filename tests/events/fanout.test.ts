// Live fan-out: the subscribers of one event on a process share the reads made for it, so a change
// costs the same SQL for 2 screens as for 12 (it was one query per subscriber).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '@support/server.js';
import { countStatements } from '@support/statements.js';
import { head, recordAbsence, subscribe, twoProcesses, type Subscriber } from './subscriber.js';

let server: TestServer;
let token: string;
let worker: Awaited<ReturnType<typeof twoProcesses>>['worker'];

beforeAll(async () => {
  ({ server, token, worker } = await twoProcesses());
});

afterAll(async () => {
  await server?.close();
});

/** Statements the main process sends while `run` goes. */
const statements = async (run: () => Promise<unknown>) => (await countStatements(server.app, run)).n;

/** SQL on the main process for one absence delivered to `count` subscribers there. */
async function oneChangeTo(count: number): Promise<number> {
  const from = await head(server.db.db);
  const subscribers: Subscriber[] = Array.from({ length: count }, () => subscribe(server.url, token, 'absenceChanged', from));
  // A first change shows every subscription is live; the second is the one counted.
  await recordAbsence(server.url, token, worker.gid);
  await Promise.all(subscribers.map((s) => s.received(1)));
  const n = await statements(async () => {
    await recordAbsence(server.url, token, worker.gid);
    await Promise.all(subscribers.map((s) => s.received(2)));
  });
  expect(subscribers.flatMap((s) => s.errors)).toEqual([]);
  await Promise.all(subscribers.map((s) => s.close()));
  return n;
}

describe('live fan-out', () => {
  it('costs the same SQL for one change whether 2 or 12 screens receive it', async () => {
    const few = await oneChangeTo(2);
    const many = await oneChangeTo(12);
    // The feed may read the outbox once more or less, as notifications fall; ten more subscribers
    // reading the absence each would add ten.
    expect(many).toBeLessThanOrEqual(few + 2);
  });
});
