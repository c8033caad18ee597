// Rows of several tables in one statement: each row as a JSON object of its table's columns, read back
// into the row drizzle would have given. Numbers, timestamps and dates travel as text, exactly as the
// driver hands them to drizzle (a numeric `1.00` stays "1.00", not 1).
import { getTableColumns, is, sql, type SQL } from 'drizzle-orm';
import { PgTable, type PgColumn } from 'drizzle-orm/pg-core';

const AS_TEXT = /^Pg(Numeric|Timestamp|Date|Time|Interval|BigInt64)/;

/** A table, or some of its columns by property name (`{ id: staff.id, fullName: staff.fullName }`): only those are read. */
type Source = PgTable | Record<string, PgColumn>;
type RowOf<S extends Source> = S extends PgTable ? S['$inferSelect'] : { [K in keyof S]: S[K] extends PgColumn ? S[K]['_']['data'] | (S[K]['_']['notNull'] extends true ? never : null) : never };
const columnsOf = (source: Source): Record<string, PgColumn> => (is(source, PgTable) ? getTableColumns(source) : source);

/** `json_build_object(...)` of every column of `table` (named as in `from`), keyed by database column name. */
export function jsonRow(table: Source, alias: string): SQL {
  const parts = Object.values(columnsOf(table)).map((c) => {
    const value = sql`${sql.identifier(alias)}.${sql.identifier(c.name)}`;
    return sql`${sql.raw(`'${c.name}'`)}, ${AS_TEXT.test(c.columnType) ? sql`${value}::text` : value}`;
  });
  return sql`json_build_object(${sql.join(parts, sql`, `)})`;
}

/** `coalesce(json_agg(row), '[]')` of the rows of `table` matching `where` (a subquery; `alias` names the table in it). */
export function jsonRows(source: Source, alias: string, where: SQL = sql`true`, orderBy?: SQL): SQL {
  const table = is(source, PgTable) ? source : (Object.values(source)[0].table as PgTable);
  return sql`(select coalesce(json_agg(${jsonRow(source, alias)}${orderBy ? sql` order by ${orderBy}` : sql``}), '[]'::json) from ${table} as ${sql.identifier(alias)} where ${where})`;
}

/** The row drizzle reads, from one of `jsonRow`'s objects. */
export function fromJsonRow<T extends Source>(table: T, json: Record<string, unknown>): RowOf<T> {
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(columnsOf(table))) {
    const value = json[column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as RowOf<T>;
}

export function fromJsonRows<T extends Source>(table: T, json: unknown): RowOf<T>[] {
  const rows = typeof json === 'string' ? (JSON.parse(json) as unknown) : json;
  return ((rows as Record<string, unknown>[] | null) ?? []).map((r) => fromJsonRow(table, r));
}
