// What a database error may tell: its code and the column at fault, never the statement or its
// parameters (drizzle puts both into the message, and they carry identity and health data).

/** The PostgreSQL error inside a drizzle/postgres.js error, if any. */
export interface DatabaseCause {
  code: string;
  column?: string;
  constraint?: string;
  table?: string;
}

type Loose = Record<string, unknown> & { cause?: unknown };

function asLoose(err: unknown): Loose | null {
  return err && typeof err === 'object' ? (err as Loose) : null;
}

/** The statement and parameters drizzle attached, kept only to find the column at fault. */
function statementOf(err: unknown): { query: string; params: unknown[] } | null {
  for (let e = asLoose(err), depth = 0; e && depth < 5; e = asLoose(e.cause), depth++) {
    if (typeof e.query === 'string' && Array.isArray(e.params)) return { query: e.query, params: e.params };
  }
  return null;
}

export function databaseCause(err: unknown): DatabaseCause | null {
  for (let e = asLoose(err), depth = 0; e && depth < 5; e = asLoose(e.cause), depth++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) && ('severity' in e || 'routine' in e)) {
      const str = (k: string) => (typeof e[k] === 'string' ? (e[k] as string) : undefined);
      return { code: e.code, column: str('column_name'), constraint: str('constraint_name'), table: str('table_name') };
    }
  }
  return null;
}

const camel = (column: string) => column.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

/** `"col" = $n` of an update, or the column list of a one-row insert: parameter index → column. */
function columnsByParameter(query: string): Map<number, string> {
  const columns = new Map<number, string>();
  for (const m of query.matchAll(/"([a-z0-9_]+)" = \$(\d+)/g)) columns.set(Number(m[2]) - 1, m[1]);
  const insert = /^insert into "[a-z0-9_]+" \(([^)]*)\) values \(([^)]*)\)/.exec(query);
  if (insert) {
    const names = insert[1].split(',').map((c) => c.trim().replace(/"/g, ''));
    insert[2].split(',').forEach((v, i) => {
      const p = /\$(\d+)/.exec(v);
      if (p && names[i]) columns.set(Number(p[1]) - 1, names[i]);
    });
  }
  return columns;
}

const asNumber = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+(\.\d+)?(e\d+)?$/i.test(v) ? Number(v) : NaN);

/** The parameter a data error is about, found in memory; only its column's name ever leaves. */
function suspectParameter(code: string, params: unknown[]): number {
  const text = params.map((p) => (typeof p === 'string' ? p : p == null ? '' : JSON.stringify(p)));
  if (code === '22021' || code === '22P05') return text.findIndex((t) => t.includes('\u0000') || t.includes('\\u0000'));
  if (code === '22001') return text.reduce((best, t, i) => (t.length > (text[best]?.length ?? -1) ? i : best), -1);
  if (code === '22003') {
    let best = -1;
    params.forEach((p, i) => {
      const n = Math.abs(asNumber(p));
      if (Number.isFinite(n) && (best < 0 || n > Math.abs(asNumber(params[best])))) best = i;
    });
    return best;
  }
  return -1;
}

/** The input field a database error is about (camelCase), where it can be told. */
export function faultyField(err: unknown): string | undefined {
  const cause = databaseCause(err);
  if (!cause) return undefined;
  if (cause.column) return camel(cause.column);
  const statement = statementOf(err);
  if (!statement) return undefined;
  const column = columnsByParameter(statement.query).get(suspectParameter(cause.code, statement.params));
  return column ? camel(column) : undefined;
}

// Quoted values in PostgreSQL messages ('invalid input syntax for type uuid: "…"') may be data.
const withoutValues = (message: string) => message.replace(/"[^"]*"/g, '"…"').replace(/\(([^)]*)\)=\(([^)]*)\)/g, '($1)=(…)');

/** The message an error may show: a drizzle error's statement and parameters replaced by the cause. */
export function safeMessage(err: unknown): string {
  const e = asLoose(err);
  if (!e) return String(err);
  if (statementOf(err)) {
    const cause = databaseCause(err);
    const inner = asLoose(e.cause);
    const why = inner && typeof inner.message === 'string' ? withoutValues(inner.message) : 'unknown cause';
    return `A database statement failed (${cause?.code ?? 'no code'}: ${why}); the statement and its parameters are not shown.`;
  }
  return typeof e.message === 'string' ? (databaseCause(err) ? withoutValues(e.message) : e.message) : String(err);
}

/** pino's `err` serializer: type, safe message, code and stack frames; never query, params or detail. */
export function serializeError(err: unknown): Record<string, unknown> {
  const e = asLoose(err);
  if (!e) return { message: String(err) };
  const db = databaseCause(err);
  const stack = typeof e.stack === 'string' ? e.stack.split('\n').filter((l) => /^\s+at /.test(l)).join('\n') : undefined;
  const name = typeof e.name === 'string' ? e.name : 'Error';
  return { type: (e.constructor as { name?: string } | undefined)?.name ?? name, message: safeMessage(err), ...(db ? { db } : {}), stack };
}
