// R14 as subscriptions: `whoToCallChanged(sectorId)` sends the new answer for a sector when it
// changes, `sectorsWhoToCallChanged` the changed answers of every sector (the board's sector cards).
// The same readers as the `whoToCall` query; the changes come from WhoToCallFeedService.
import { Arg, Authorized, Ctx, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { BOARD_READERS } from '../auth/index.js';
import type { WhoToCallChange, WhoToCallFeedService } from './who-to-call-feed.service.js';
import { SectorsWhoToCallEvent, WhoToCallEvent } from './who-to-call-events.types.js';

type FeedData = SubscribeResolverData<unknown, { sectorId?: string }, Context>;

/** Loaders the subscribers of one change share on this process (rows only; what each may see is decided per field): by event position, or by the instant the clock reached. */
function sharedLoaders(ctx: Context, change: WhoToCallChange): void {
  ctx.loaders = ctx.newLoaders(change.cursor ? Number(change.cursor) : -change.occurredAt.getTime());
}

// The changes come from the resolver the container built, with its feed service.
const feedOf = (context: Context) => (context.container.get(WhoToCallEventsResolver) as WhoToCallEventsResolver).feed;

function oneSector({ args, context }: FeedData) {
  // Not a sector's ID, or no such sector: BAD_USER_INPUT naming `sectorId` (UNKNOWN_SECTOR), as the query.
  return feedOf(context).changes({ sectorId: fromGlobalId(String(args.sectorId ?? ''), 'Sector')?.id ?? null }, context.signal);
}

function allSectors({ context }: FeedData) {
  return feedOf(context).changes('ALL', context.signal);
}

@Resolver()
export class WhoToCallEventsResolver {
  constructor(readonly feed: Pick<WhoToCallFeedService, 'changes'>) {}

  @Authorized(BOARD_READERS)
  @Subscription(() => WhoToCallEvent, {
    subscribe: oneSector,
    description:
      'R14: the new answer of `whoToCall` for a sector, each time it changes: after a write (absences, replacements, swaps, R11 replacements, closing days) and at the instant the service clock reaches a change (an absence, a shift or an R11 replacement starting or ending, office hours opening or closing, the day turning), within about a second: the API plans one timer for the next such instant, planned again after each write, and looks again as each minute turns. `cause` is CLOCK and `occurredAt` that instant then. Nothing is sent while the answer stays the same.',
  })
  whoToCallChanged(@Root() change: WhoToCallChange, @Arg('sectorId', () => ID, { description: 'The sector to follow.' }) _sectorId: string, @Ctx() ctx: Context): WhoToCallEvent {
    // The people of the answer are read afresh, with loaders the subscribers of this change share.
    sharedLoaders(ctx, change);
    return Object.assign(new WhoToCallEvent(), { cursor: change.cursor, cause: change.cause, occurredAt: change.occurredAt, whoToCall: change.answers[0] });
  }

  @Authorized(BOARD_READERS)
  @Subscription(() => SectorsWhoToCallEvent, {
    subscribe: allSectors,
    description: 'R14 for every sector: the answers of `whoToCall` that changed, each time some changed, at the same instants as `whoToCallChanged` (the board follows its sector cards with it).',
  })
  sectorsWhoToCallChanged(@Root() change: WhoToCallChange, @Ctx() ctx: Context): SectorsWhoToCallEvent {
    sharedLoaders(ctx, change);
    return Object.assign(new SectorsWhoToCallEvent(), change);
  }
}
