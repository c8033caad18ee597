// Objects the permanence's types point at (binômes, holders, shifts), loaded through the request's DataLoaders.
import type { Context } from '../../graphql/context.js';
import { Binome, Staff, staffOrNull, toBinome } from '../org/index.js';
import { toShift } from './permanence.mappers.js';
import type { PermanenceShift } from './permanence.types.js';
import { shiftHolderIds, type Holding } from './shift-holders.rules.js';

export async function binomeOrNull(ctx: Context, id: string | null): Promise<Binome | null> {
  if (!id) return null;
  const row = await ctx.loaders.binome.load(id);
  return row && toBinome(row);
}

/** The people on call: the one holder, or the binôme's members (one substituted); empty for a gap. */
export function shiftHolders(ctx: Context, shift: PermanenceShift): Promise<Staff[]> {
  return holdersOfHolding(ctx, shift.holding);
}

/** The people a holding puts on call (a shift's, or one a change of holder recorded). */
export async function holdersOfHolding(ctx: Context, holding: Holding): Promise<Staff[]> {
  const binome = holding.holderBinomeId ? await ctx.loaders.binome.load(holding.holderBinomeId) : null;
  const ids = shiftHolderIds(holding, () => (binome ? [binome.firstMemberId, binome.secondMemberId] : undefined));
  const people = await Promise.all(ids.map((id) => staffOrNull(ctx, id)));
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
