// Swaps as a subscription (offered, taken, approved, refused, withdrawn, undone, cancelled), so the
// desks' pending lists follow without re-asking. R5 holds here too: an event reaches only viewers
// who may read its swap (approvers all; a colleague hers and the open offers), resolved afresh.
import { Arg, Authorized, Ctx, Field, ObjectType, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { StoredEvent } from '../../events/outbox.js';
import type { Context } from '../../graphql/context.js';
import { DateTime } from '../../graphql/scalars.js';
import { eventBase, freshLoaders, topicFeed } from '../../graphql/subscriptions.js';
import { ABSENCE_RECORDERS, staffOnly } from '../auth/index.js';
import type { SwapService } from './swap.service.js';
import { PermanenceSwap } from './swap.types.js';

@ObjectType({ description: 'A step of a swap you may read. `cursor` resumes a subscription after it.' })
export class PermanenceSwapEvent {
  @Field(() => String, { description: 'Give it as `after` to resume after this event.' })
  cursor!: string;

  @Field(() => String, { description: 'SWAP_OFFERED, SWAP_TAKEN, SWAP_APPROVED, SWAP_REFUSED, SWAP_WITHDRAWN, SWAP_UNDONE or SWAP_CANCELLED.' })
  type!: string;

  @Field(() => DateTime, { description: 'When the step was committed.' })
  occurredAt!: Date;

  @Field(() => PermanenceSwap, { description: 'The swap as it is now.' })
  swap!: PermanenceSwap;
}

const swapOf = (e: StoredEvent) => (typeof e.payload.swapId === 'string' ? e.payload.swapId : null);

/** The `swap` topic of the outbox, keeping only events about swaps the viewer may read (R5). */
function swapFeed(data: SubscribeResolverData<unknown, { after?: string | null }, Context>): AsyncIterable<StoredEvent> {
  const source = topicFeed('swap')(data);
  const { context } = data;
  const swaps = (context.container.get(PermanenceSwapEventsResolver) as PermanenceSwapEventsResolver).swaps;
  return (async function* () {
    try {
      for await (const e of source) {
        const id = swapOf(e);
        const viewer = staffOnly(context.viewer);
        if (id && viewer && (await swaps.visible(id, viewer))) yield e;
      }
    } finally {
      await (source as AsyncGenerator<StoredEvent>).return?.(undefined);
    }
  })();
}

@Resolver()
export class PermanenceSwapEventsResolver {
  constructor(readonly swaps: Pick<SwapService, 'visible'>) {}

  @Authorized(ABSENCE_RECORDERS)
  @Subscription(() => PermanenceSwapEvent, { subscribe: swapFeed, description: 'Steps of the swaps you may read (approvers: all; a colleague: hers and the open offers).' })
  async permanenceSwapChanged(
    @Root() e: StoredEvent,
    @Arg('after', () => String, { nullable: true, description: 'A cursor from an earlier event: resume after it.' }) _after: string | null,
    @Ctx() ctx: Context,
  ): Promise<PermanenceSwapEvent> {
    const id = swapOf(e);
    const viewer = staffOnly(freshLoaders(ctx, e).viewer);
    const swap = id && viewer ? await this.swaps.visible(id, viewer) : null;
    if (!swap) throw new Error(`swap of event ${e.position} is not readable any more`);
    return { ...eventBase(e), swap };
  }
}
