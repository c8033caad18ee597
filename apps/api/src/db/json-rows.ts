// Rows of several tables in one statement: each row as a JSON object of its table's columns, read back
// into the row drizzle would have given. Numbers, timestamps and dates travel as text, exactly as the
// driver hands them to drizzle (a numeric `1.00` stays "1.00", not 1).
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

const AS_TEXT = /^Pg(Numeric|Timestamp|Date|Time|Interval|BigInt64)/;

/** `json_build_object(...)` of every column of `table` (named as in `from`), keyed by database column name. */
export function jsonRow(table: PgTable, alias: string): SQL {
  const parts = Object.values(getTableColumns(table)).map((c) => {
    const value = sql`${sql.identifier(alias)}.${sql.identifier(c.name)}`;
    return sql`${sql.raw(`'${c.name}'`)}, ${AS_TEXT.test(c.columnType) ? sql`${value}::text` : value}`;
  });
  return sql`json_build_object(${sql.join(parts, sql`, `)})`;
}

/** `coalesce(json_agg(row), '[]')` of the rows of `table` matching `where` (a subquery; `alias` names the table in it). */
export function jsonRows(table: PgTable, alias: string, where: SQL = sql`true`, orderBy?: SQL): SQL {
  return sql`(select coalesce(json_agg(${jsonRow(table, alias)}${orderBy ? sql` order by ${orderBy}` : sql``}), '[]'::json) from ${table} as ${sql.identifier(alias)} where ${where})`;
}

/** The row drizzle reads, from one of `jsonRow`'s objects. */
export function fromJsonRow<T extends PgTable>(table: T, json: Record<string, unknown>): T['$inferSelect'] {
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = json[column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as T['$inferSelect'];
}

export function fromJsonRows<T extends PgTable>(table: T, json: unknown): T['$inferSelect'][] {
  const rows = typeof json === 'string' ? (JSON.parse(json) as unknown) : json;
  return ((rows as Record<string, unknown>[] | null) ?? []).map((r) => fromJsonRow(table, r));
}
