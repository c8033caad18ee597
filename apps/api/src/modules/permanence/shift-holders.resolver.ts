// PermanenceShift.holdersInCallOrder: the holders, who answers first, who is away and until when.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Staff, staffById } from '../org/index.js';
import { PermanenceShift } from './permanence.types.js';
import { ShiftHolder } from './shift-holders.types.js';

@Resolver(() => PermanenceShift)
export class ShiftHoldersResolver {
  @FieldResolver(() => [ShiftHolder], {
    description: 'The holders in the order to call them: who answers first, then who is away (struck on the board, with until when). Empty for a gap.',
  })
  async holdersInCallOrder(@Root() shift: PermanenceShift, @Ctx() ctx: Context): Promise<ShiftHolder[]> {
    return (await ctx.loaders.holdersInCallOrder.load({ id: shift.dbId, startsAt: shift.startsAt, endsAt: shift.endsAt, ...shift.holding })).map((h) => Object.assign(new ShiftHolder(), { ...h, staffDbId: h.staffId }));
  }
}

@Resolver(() => ShiftHolder)
export class ShiftHolderResolver {
  @FieldResolver(() => Staff)
  person(@Root() h: ShiftHolder, @Ctx() ctx: Context): Promise<Staff> {
    return staffById(ctx, h.staffDbId);
  }
}
