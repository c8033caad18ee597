// Rows read inside one json-aggregated statement (`to_jsonb(t)` per row, `jsonb_agg` per list), mapped
// back to what drizzle's own select of the table gives: a panel's several reads become one statement
// and its code keeps working on the usual row types.
import { getTableColumns, type Table } from 'drizzle-orm';

/** `json`: rows as `to_jsonb(<table row>)` made them (database column names). */
export function rowsFromJson<T extends Table>(table: T, json: readonly Record<string, unknown>[] | null): T['$inferSelect'][] {
  if (!json) return [];
  const columns = Object.entries(getTableColumns(table));
  return json.map((j) => {
    const row: Record<string, unknown> = {};
    for (const [key, column] of columns) {
      const value = j[column.name];
      if (value == null) row[key] = null;
      // A json column's value is already parsed (a JSON string would otherwise be parsed again).
      else if (column.columnType === 'PgJsonb' || column.columnType === 'PgJson') row[key] = value;
      // jsonb drops a numeric's trailing zeros ('1.00' → 1): give it back as the driver spells it.
      else if (column.columnType === 'PgNumeric' && typeof value === 'number') {
        const scale = (column as unknown as { scale?: number }).scale;
        row[key] = scale === undefined ? String(value) : value.toFixed(scale);
      } else row[key] = column.mapFromDriverValue(value);
    }
    return row as T['$inferSelect'];
  });
}
