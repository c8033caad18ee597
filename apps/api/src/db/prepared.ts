// Queries built once: drizzle builds a query's SQL text on every call (its `is()` checks and `sql`
// builder were a sixth of the API's CPU under load); a prepared query keeps the text and only binds
// its placeholders. Built per executor (the database, or one transaction), on first use.
import { sql, type Column, type SQL } from 'drizzle-orm';

const built = new WeakMap<object, Map<string, unknown>>();

/** The query `build()` makes, built once for this executor and key. */
export function preparedOnce<Q>(executor: object, key: string, build: () => Q): Q {
  let queries = built.get(executor);
  if (!queries) built.set(executor, (queries = new Map()));
  let query = queries.get(key) as Q | undefined;
  if (query === undefined) queries.set(key, (query = build()));
  return query;
}

/** `column = any($name::uuid[])`: one statement text for any number of ids (`inArray` makes one per count). */
export function anyUuid(column: Column, name: string): SQL {
  return sql`${column} = any(${sql.placeholder(name)}::uuid[])`;
}
