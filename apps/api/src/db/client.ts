// The database handle: drizzle over postgres.js. Only repositories and infrastructure import it.
import postgres from 'postgres';
import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import * as schema from './schema/index.js';
import { namingStatements } from './named-statements.js';
import { tellingWrites } from './committed-writes.js';

export type Database = PostgresJsDatabase<typeof schema>;
// A transaction handle has the same query surface as the database.
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
export type Executor = Database | Tx;

export interface DatabaseHandle {
  db: Database;
  sql: postgres.Sql;
  close: () => Promise<void>;
}

/** 10, 20, 40 … ms, at most 250 ms between attempts while the database is away. */
const reconnectDelaySeconds = (attempt: number) => Math.min(0.01 * 2 ** attempt, 0.25);

export function connect(url: string, options: { max?: number } = {}): DatabaseHandle {
  const sql = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    // After a database restart, reconnect (and re-LISTEN, see events/feed.ts) within a quarter of a
    // second: the driver's own backoff grows to 20 s, and live screens stalled for seconds.
    backoff: reconnectDelaySeconds,
    connect_timeout: 5,
  });
  // Named statements; this process's writes told as they end (committed-writes.ts).
  const db = drizzle(tellingWrites(namingStatements(sql)), { schema, casing: 'snake_case' });
  return { db, sql, close: () => sql.end({ timeout: 5 }) };
}
