// Staff referenced by other objects (holders, authors, deciders), loaded through the request's DataLoader.
import type { GraphQLResolveInfo } from 'graphql';
import type { staff } from '../../db/schema/index.js';
import { selectsField } from '../../graphql/selection.js';
import type { PlainStaffRow } from './org.repository.js';
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

/**
 * A person whose plain columns (PLAIN_STAFF) were read with the facts that named them: answered from
 * that row unless the query asks `calendarUrl`, which needs the secret, then through the loader.
 */
export function staffFromPlainRow(ctx: StaffLoading, id: string | null, row: PlainStaffRow | null | undefined, info: GraphQLResolveInfo): Staff | null | Promise<Staff | null> {
  if (!id) return null;
  if (row && !selectsField(info, 'calendarUrl')) return toStaff(row);
  return staffOrNull(ctx, id);
}
