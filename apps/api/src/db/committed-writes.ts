// This process's writes, told as they end (committed or not): a cache of this process drops what it
// holds (who to call's shared facts), so a read after a write sees it. Module-wide, as "this process"
// is: every client made by connect() tells it, the API's own and a test's or a script's alike.
import type postgres from 'postgres';

type Client = postgres.Sql | postgres.TransactionSql;
type Listener = () => void;

const listeners = new Set<Listener>();
// A statement outside a transaction that may change rows (a select's `for update` counted too).
const WRITE = /\b(insert|update|delete|merge|truncate)\b/i;

/** `listener` after each write of this process ends; returns its removal. */
export function onCommittedWrite(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function told(): void {
  for (const listener of listeners) listener();
}

/**
 * The client drizzle is given, telling onCommittedWrite's listeners when a transaction ends and when
 * a write outside one does, before whoever awaits it goes on. A plain object, as namingStatements':
 * tests replace `unsafe` on it.
 */
export function tellingWrites<T extends Client>(client: T): T {
  type Begin = (...args: unknown[]) => Promise<unknown>;
  const inner = client as unknown as Record<string, Begin> & { unsafe: (...args: unknown[]) => postgres.PendingQuery<postgres.Row[]> };
  const after = <R>(work: PromiseLike<R>): Promise<R> => Promise.resolve(work).finally(told);
  return {
    options: (client as { options?: unknown }).options,
    unsafe: (query: string, ...rest: unknown[]) => {
      const pending = inner.unsafe(query, ...rest);
      if (!WRITE.test(query)) return pending;
      // What drizzle does with the statement: await it, or its rows as arrays.
      return { values: () => after(pending.values()), then: (ok?: (v: unknown) => unknown, failed?: (e: unknown) => unknown) => after(pending).then(ok, failed) };
    },
    begin: (...args: unknown[]) => after(inner.begin.apply(client, args)),
    savepoint: (...args: unknown[]) => inner.savepoint.apply(client, args),
    end: (options?: { timeout?: number }) => (client as postgres.Sql).end?.(options),
  } as unknown as T;
}
