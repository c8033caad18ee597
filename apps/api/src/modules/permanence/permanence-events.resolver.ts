// Subscriptions to committed events, in commit order; `after` resumes after the last cursor seen.
import { Arg, Authorized, Ctx, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import type { StoredEvent, Topic } from '../../events/outbox.js';
import type { Context } from '../../graphql/context.js';
import { BOARD_READERS } from '../auth/index.js';
import { toAlert, toReplacement } from './permanence.mappers.js';
import { AlertEvent, PermanenceEvent } from './permanence.types.js';
import { afterPosition } from '../../graphql/event-cursor.js';
import { perEvent } from '../../graphql/per-event.js';


function feed(topic: Topic) {
  return ({ args, context }: SubscribeResolverData<unknown, { after?: string | null }, Context>) =>
    context.services.feed.subscribe([topic], afterPosition(args.after), context.signal);
}

/** Each event is resolved against the database as it is now, with loaders its subscribers on this process share. */
function fresh(ctx: Context, e: StoredEvent): Context {
  ctx.loaders = ctx.newLoaders(e.position);
  return ctx;
}

const base = (e: StoredEvent) => ({ cursor: String(e.position), type: e.type, occurredAt: e.occurredAt });

@Resolver()
export class PermanenceEventsResolver {
  @Authorized(BOARD_READERS)
  @Subscription(() => PermanenceEvent, { subscribe: feed('permanence'), description: 'Shifts created and holders changed.' })
  async permanenceChanged(
    @Root() e: StoredEvent,
    @Arg('after', () => String, { nullable: true }) _after: string | null,
    @Ctx() ctx: Context,
  ): Promise<PermanenceEvent> {
    const replacementId = e.payload.replacementId as string | undefined;
    const row = replacementId ? await fresh(ctx, e).loaders.replacement.load(replacementId) : null;
    return Object.assign(new PermanenceEvent(), { ...base(e), shiftDbId: e.payload.shiftId as string, replacement: row && toReplacement(row) });
  }

  @Authorized(BOARD_READERS)
  @Subscription(() => AlertEvent, { subscribe: feed('alert'), description: 'Alerts opened and resolved.' })
  async alertChanged(
    @Root() e: StoredEvent,
    @Arg('after', () => String, { nullable: true }) _after: string | null,
    @Ctx() ctx: Context,
  ): Promise<AlertEvent> {
    const row = await fresh(ctx, e).loaders.alert.load(e.payload.alertId as string);
    if (!row) throw new Error(`alert ${String(e.payload.alertId)} of event ${e.position} is missing`);
    return { ...base(e), alert: toAlert(row) };
  }
}
