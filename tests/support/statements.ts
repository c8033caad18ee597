// Counts the SQL statements an API process sends while `run` goes (its database client, wrapped), so
// a test can pin that a read or a fan-out does not grow with the number of rows or subscribers.
// Audit inserts of sensitive reads are counted apart: they are batched per tick, so how many batches
// the reads fall into depends on which query answers first.
import type { RunningApp } from '../../apps/api/src/http/app.js';

export async function countStatements(app: RunningApp, run: () => Promise<unknown>, seen?: string[]): Promise<{ n: number; audit: number }> {
  const client = (app.db as unknown as { $client: { unsafe: (...a: unknown[]) => unknown } }).$client;
  const original = client.unsafe;
  let n = 0;
  let audit = 0;
  client.unsafe = (...args: unknown[]) => {
    if (String(args[0]).startsWith('insert into "audit_entries"')) audit++;
    else {
      n++;
      seen?.push(String(args[0]));
    }
    return original.apply(client, args);
  };
  try {
    await run();
  } finally {
    client.unsafe = original;
  }
  return { n, audit };
}
