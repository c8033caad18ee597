// Staff and sectors referenced by planning objects, loaded through the request's DataLoaders.
import type { Context } from '../../graphql/context.js';
import { toSector, toStaff, type Sector, type Staff } from '../org/index.js';

export async function staffOrNull(ctx: Context, id: string | null): Promise<Staff | null> {
  if (!id) return null;
  const row = await ctx.loaders.staff.load(id);
  return row && toStaff(row);
}

/** For references that must exist (foreign keys): a missing row is a fault, not a null. */
export async function sectorOf(ctx: Context, id: string): Promise<Sector> {
  const row = await ctx.loaders.sector.load(id);
  if (!row) throw new Error(`sector ${id} missing`);
  return toSector(row);
}
