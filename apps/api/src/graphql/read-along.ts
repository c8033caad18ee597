// Rows a service read along with a result (the staff and sectors it names), handed to the resolver
// so the request's loaders hold them and the result's fields read nothing more.
import type { sectors, staff } from '../db/schema/index.js';
import type { Context } from './context.js';

/** The staff and sectors a result names, read with it. */
export interface ReadAlong {
  staff: (typeof staff.$inferSelect)[];
  sectors: (typeof sectors.$inferSelect)[];
}

/** Primes the request's staff and sector loaders with what `result` read along, and returns it. */
export function primed<T extends { read: ReadAlong }>(ctx: Context, result: T): T {
  for (const row of result.read.staff) ctx.loaders.staff.prime(row.id, row);
  for (const row of result.read.sectors) ctx.loaders.sector.prime(row.id, row);
  return result;
}
