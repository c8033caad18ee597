// drizzle sends every query it did not `.prepare()` as an unnamed statement (postgres.js
// `prepare: false`): with parameters that is two round trips (Parse/Describe, then Bind/Execute) and
// PostgreSQL parses and plans it again each time. The client drizzle is given here names them
// instead, as postgres.js does for its own queries: the first run on a connection prepares, later
// runs only bind and execute. Query texts are bounded (`inArray` makes one text per list length):
// past MAX_TEXTS distinct texts, new ones go unnamed as before; DDL (migrations) is never named.
import type postgres from 'postgres';

const MAX_TEXTS = 1_000;
const DDL = /^\s*(create|alter|drop|comment|grant|revoke|truncate|do|set|reset|lock|vacuum|analyze|refresh|listen|unlisten)\b/i;

type Client = postgres.Sql | postgres.TransactionSql;
type UnsafeOptions = { prepare?: boolean; simple?: boolean };

// What postgres.js is handed, in two fixed shapes. Not `{ ...options, prepare }`: on Node 20 (V8 11) a
// key added after a spread makes a new hidden class on every call (node --log-maps showed one per query).
const sentOptions = (prepare: boolean, options: UnsafeOptions | undefined) =>
  prepare
    // postgres.js sends a statement without parameters by the simple protocol, where nothing is
    // prepared: PostgreSQL parsed and planned it again and sent its row description every time.
    ? { prepare: true, simple: options?.simple ?? false }
    // Unnamed: postgres.js chooses (the simple protocol without parameters, for DDL and scripts).
    : options?.simple === undefined ? { prepare: false } : { prepare: false, simple: options.simple };

type Pending = postgres.PendingQuery<postgres.Row[]>;

/**
 * The statement's rows handed to whoever awaits it in an array of their own, the driver's emptied.
 * Whatever postgres.js resolved a statement with stayed reachable past the request that asked for it
 * (not from anything alive: a heap snapshot finds none, so an old unreachable object V8's young
 * collections still trust, not found which): every row of a 50-case list outlived two young
 * collections and was promoted, 1.3 MB per collection at 10 clients, pauses 4.2 ms; with the rows
 * handed over 0.2 MB and 2.5 ms. A plain thenable, as drizzle awaits it (`then`, `values()`), so the
 * driver's own promise is left as it is (a `then` put on a promise slows every `await` in V8).
 */
function handingOver(pending: Pending) {
  let statement: PromiseLike<unknown> = pending;
  let handed: Promise<unknown> | null = null;
  const query = {
    values: () => {
      statement = pending.values();
      return query;
    },
    then: <A, B>(ok?: ((rows: unknown) => A | PromiseLike<A>) | null, failed?: ((error: unknown) => B | PromiseLike<B>) | null) =>
      (handed ??= Promise.resolve(statement.then(handOver))).then(ok, failed),
  };
  return query;
}

function handOver(result: unknown): unknown {
  // Several statements' results (a simple-protocol script) are an array of results: left as they are.
  if (!Array.isArray(result) || !('command' in result)) return result;
  const rows = result.slice();
  const r = result as unknown as Record<string, unknown>;
  Object.defineProperties(rows, {
    count: { value: r.count, writable: true },
    command: { value: r.command, writable: true },
    columns: { value: r.columns, writable: true },
    statement: { value: r.statement, writable: true },
    state: { value: r.state, writable: true },
  });
  result.length = 0;
  return rows;
}

export function namingStatements<T extends Client>(client: T, texts = new Set<string>()): T {
  const named = (query: string) => {
    if (texts.has(query)) return true;
    if (texts.size >= MAX_TEXTS || DDL.test(query)) return false;
    texts.add(query);
    return true;
  };
  const wrap = <C extends Client>(inner: C): C => namingStatements(inner, texts);
  type Begin = (...args: unknown[]) => unknown;
  const scoped = (method: 'begin' | 'savepoint') =>
    (...args: unknown[]) => {
      const last = args.length - 1;
      const work = args[last] as (tx: postgres.TransactionSql) => unknown;
      const call = (client as unknown as Record<string, Begin>)[method];
      return call.apply(client, [...args.slice(0, last), (tx: postgres.TransactionSql) => work(wrap(tx))]);
    };
  // A plain object, not a Proxy: tests that count statements replace `unsafe` on it (tests/support/statements.ts).
  return {
    options: (client as { options?: unknown }).options,
    unsafe: (query: string, params?: unknown[], options?: UnsafeOptions) => {
      const prepare = options?.prepare === true || named(query);
      return handingOver(client.unsafe(query, params as postgres.ParameterOrJSON<never>[], sentOptions(prepare, options)));
    },
    begin: scoped('begin'),
    savepoint: scoped('savepoint'),
    end: (options?: { timeout?: number }) => (client as postgres.Sql).end?.(options),
  } as unknown as T;
}
