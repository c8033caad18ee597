// R14 over GraphQL: `whoToCall(sectorId:)`, the same on the sector (`sector { whoToCall }`); the people
// of the answer and of each step come with it (WhoToCall.person), the reasons per viewer (R5).
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DateTime } from '../../graphql/scalars.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { BOARD_READERS } from '../auth/index.js';
import { Sector, mayKnowWhyAway, toSector } from '../org/index.js';
import { staffOnly } from '../../shared/viewer.js';
import { WhoToCall, WhoToCallStep } from './permanence.types.js';
import type { WhoToCallService } from './who-to-call.service.js';
import { askedInstant } from './permanence.rules.js';

@Resolver(() => WhoToCall)
export class WhoToCallResolver {
  constructor(private readonly calls: WhoToCallService) {}

  @Authorized(BOARD_READERS)
  @Query(() => WhoToCall, { description: 'R14: who to call for a sector at `at` (now by default; within 400 days of now, else BAD_USER_INPUT naming `at`), with the chain of skipped steps.' })
  whoToCall(@Arg('sectorId', () => ID) sectorId: string, @Arg('at', () => DateTime, { nullable: true }) at: Date | null, @Ctx() ctx: Context): Promise<WhoToCall> {
    // Not a sector's ID, or no such sector: the service answers BAD_USER_INPUT (UNKNOWN_SECTOR) for both.
    return this.calls.whoToCall(fromGlobalId(sectorId, 'Sector')?.id ?? null, askedInstant(at, ctx.now), ctx.reads);
  }

  @FieldResolver(() => Sector)
  async sector(@Root() w: WhoToCall, @Ctx() ctx: Context): Promise<Sector> {
    const row = await ctx.loaders.sector.load(w.sectorDbId);
    if (!row) throw new Error('who-to-call without sector');
    return toSector(row);
  }
}

@Resolver(() => WhoToCallStep)
export class WhoToCallStepResolver {
  // R5: per viewer, in every path (query, node, subscriptions share the step rows, never this text).
  @FieldResolver(() => String, { nullable: true, description: 'Why the step was skipped. That someone is away is for every reader; why (leave, training…) only for who may know it (R5).' })
  reason(@Root() s: WhoToCallStep, @Ctx() ctx: Context): string | null {
    const viewer = staffOnly(ctx.viewer);
    return s.reasonWhy && s.staffDbId && viewer && mayKnowWhyAway(viewer, s.staffDbId) ? s.reasonWhy : s.reason;
  }
}

@Resolver(() => Sector)
export class SectorWhoToCallResolver {
  // Through the request's loader: every sector the board asks at one instant is answered from one set of reads.
  @FieldResolver(() => WhoToCall, { description: 'R14: who to call for this sector at `at` (now by default; within 400 days of now, else BAD_USER_INPUT naming `at`).' })
  whoToCall(@Root() sector: Sector, @Arg('at', () => DateTime, { nullable: true }) at: Date | null, @Ctx() ctx: Context): Promise<WhoToCall> {
    return ctx.loaders.whoToCall.load(`${askedInstant(at, ctx.now).getTime()}|${sector.dbId}`);
  }
}
