// Staff and sectors referenced by schedule objects, loaded through the request's DataLoaders.
import type { Context } from '../../graphql/context.js';
import { toSector, toStaff, type Sector, type Staff } from '../org/index.js';

export async function staffOrNull(ctx: Context, id: string | null): Promise<Staff | null> {
  if (!id) return null;
  const row = await ctx.loaders.staff.load(id);
  return row && toStaff(row);
}

export async function sectorOrNull(ctx: Context, id: string | null): Promise<Sector | null> {
  const row = id ? await ctx.loaders.sector.load(id) : null;
  return row && toSector(row);
}
