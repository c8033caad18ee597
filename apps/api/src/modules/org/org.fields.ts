// Staff referenced by other objects (holders, authors, deciders), loaded through the request's DataLoader.
import type { Context } from '../../graphql/context.js';
import { toStaff } from './org.mappers.js';
import type { Staff } from './org.types.js';

export async function staffOrNull(ctx: Context, id: string | null): Promise<Staff | null> {
  if (!id) return null;
  const row = await ctx.loaders.staff.load(id);
  return row && toStaff(row);
}
