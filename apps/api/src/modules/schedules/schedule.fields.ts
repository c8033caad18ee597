// Sectors referenced by schedule objects, loaded through the request's DataLoader (staff: org's staffOrNull).
import type { Context } from '../../graphql/context.js';
import { toSector, type Sector } from '../org/index.js';

export async function sectorOrNull(ctx: Context, id: string | null): Promise<Sector | null> {
  const row = id ? await ctx.loaders.sector.load(id) : null;
  return row && toSector(row);
}
