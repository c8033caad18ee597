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
type UnsafeOptions = { prepare?: boolean } & Record<string, unknown>;

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
      // postgres.js sends a statement without parameters by the simple protocol, where nothing is
      // prepared: PostgreSQL parsed and planned it again and sent its row description every time.
      // Object literals, not `{ ...options, … }`: on Node 20 (V8 11) adding a key after a spread
      // makes a new hidden class on every call (see docs/performance.md).
      const sent = options === undefined ? (prepare ? { prepare: true, simple: false } : { prepare: false }) : { ...options, prepare, ...(prepare && options.simple === undefined ? { simple: false } : {}) };
      return client.unsafe(query, params as postgres.ParameterOrJSON<never>[], sent);
    },
    begin: scoped('begin'),
    savepoint: scoped('savepoint'),
    end: (options?: { timeout?: number }) => (client as postgres.Sql).end?.(options),
  } as unknown as T;
}
