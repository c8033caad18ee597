// Tells a database outage (stopped, restarting, unreachable) from any other fault, so callers can
// answer "try again" instead of a bare internal error.

// postgres.js connection states and Node's socket errors.
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'CONNECT_TIMEOUT', 'CONNECTION_CLOSED', 'CONNECTION_DESTROYED', 'CONNECTION_ENDED']);
// SQLSTATE: class 08 (connection exception), 57P01-57P03 (shutdown, crash, not yet accepting).
const SQLSTATE = /^(08...|57P0[123])$/;

/** True when the error (or what it wraps: drizzle's `cause`, GraphQL's `originalError`) is the database being unreachable. */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e: unknown = err, hops = 0; e && typeof e === 'object' && hops < 8; hops++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (CONNECTION_CODES.has(code) || SQLSTATE.test(code))) return true;
    if (e instanceof AggregateError && e.errors.some(isDatabaseUnavailable)) return true;
    e = (e as { cause?: unknown }).cause ?? (e as { originalError?: unknown }).originalError;
  }
  return false;
}
