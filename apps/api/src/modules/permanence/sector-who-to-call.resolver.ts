// R14 on the sector itself (`sector { whoToCall }`): the permanence adds this field to org's Sector.
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DateTime } from '../../graphql/scalars.js';
import { Sector } from '../org/index.js';
import { WhoToCall } from './permanence.types.js';

@Resolver(() => Sector)
export class SectorWhoToCallResolver {
  @FieldResolver(() => WhoToCall, { description: 'R14: who to call for this sector at `at` (now by default).' })
  whoToCall(@Root() sector: Sector, @Arg('at', () => DateTime, { nullable: true }) at: Date | null, @Ctx() ctx: Context): Promise<WhoToCall> {
    return ctx.services.permanence.whoToCallFor(sector.dbId, at ?? ctx.now);
  }
}
