// Sectors referenced by planning objects, loaded through the request's DataLoader (staff: org's staffOrNull).
import type { Context } from '../../graphql/context.js';
import { toSector, type Sector } from '../org/index.js';

/** For references that must exist (foreign keys): a missing row is a fault, not a null. */
export async function sectorOf(ctx: Context, id: string): Promise<Sector> {
  const row = await ctx.loaders.sector.load(id);
  if (!row) throw new Error(`sector ${id} missing`);
  return toSector(row);
}
