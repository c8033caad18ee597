// Objects the permanence's types point at (binômes, holders, shifts), loaded through the request's DataLoaders.
import type { Context } from '../../graphql/context.js';
import { Binome, Staff, staffOrNull, toBinome } from '../org/index.js';
import { toShift } from './permanence.mappers.js';
import type { PermanenceShift } from './permanence.types.js';

export async function binomeOrNull(ctx: Context, id: string | null): Promise<Binome | null> {
  if (!id) return null;
  const row = await ctx.loaders.binome.load(id);
  return row && toBinome(row);
}

/** The people on call: both members of the binôme, or the one holder; empty for a gap. */
export async function shiftHolders(ctx: Context, shift: PermanenceShift): Promise<Staff[]> {
  if (shift.holderStaffDbId) return [await staffOrNull(ctx, shift.holderStaffDbId)].filter((s): s is Staff => !!s);
  const binome = shift.holderBinomeDbId ? await ctx.loaders.binome.load(shift.holderBinomeDbId) : null;
  if (!binome) return [];
  const people = await Promise.all([binome.firstMemberId, binome.secondMemberId].map((id) => staffOrNull(ctx, id)));
  return people.filter((s): s is Staff => !!s);
}

export async function shiftOrNull(ctx: Context, id: string | null): Promise<PermanenceShift | null> {
  if (!id) return null;
  const row = await ctx.loaders.shift.load(id);
  return row && toShift(row);
}

/** For references that must exist (foreign keys): a missing row is a fault, not a null. */
export async function shiftById(ctx: Context, id: string, what: string): Promise<PermanenceShift> {
  const shift = await shiftOrNull(ctx, id);
  if (!shift) throw new Error(`${what} without shift`);
  return shift;
}
