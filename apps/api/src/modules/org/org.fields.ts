// Staff referenced by other objects (holders, authors, deciders), loaded through the request's DataLoader.
import type { staff } from '../../db/schema/index.js';
import { toStaff } from './org.mappers.js';
import type { Staff } from './org.types.js';

/** The part of the request context these read: its staff DataLoader (graphql/loaders.ts). */
export interface StaffLoading {
  loaders: { staff: { load(id: string): Promise<typeof staff.$inferSelect | null> } };
}

export async function staffOrNull(ctx: StaffLoading, id: string | null): Promise<Staff | null> {
  if (!id) return null;
  const row = await ctx.loaders.staff.load(id);
  return row && toStaff(row);
}

/** For references that must exist (foreign keys): a missing row is a fault, not a null. */
export async function staffById(ctx: StaffLoading, id: string): Promise<Staff> {
  const found = await staffOrNull(ctx, id);
  if (!found) throw new Error(`staff ${id} is missing`);
  return found;
}
