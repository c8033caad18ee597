// Subscriptions to committed changes of the rota and its alerts, in commit order; `after` resumes
// after the last cursor seen.
import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root, Subscription } from 'type-graphql';
import type { StoredEvent } from '../../events/outbox.js';
import type { Context } from '../../graphql/context.js';
import { eventBase, freshLoaders, topicFeed } from '../../graphql/subscriptions.js';
import { BOARD_READERS } from '../auth/index.js';
import { shiftById } from './permanence.fields.js';
import { toAlert, toReplacement } from './permanence.mappers.js';
import { AlertEvent, PermanenceEvent, PermanenceShift } from './permanence.types.js';

@Resolver()
export class PermanenceEventsResolver {
  @Authorized(BOARD_READERS)
  @Subscription(() => PermanenceEvent, { subscribe: topicFeed('permanence'), description: 'Shifts created and holders changed.' })
  async permanenceChanged(@Root() e: StoredEvent, @Arg('after', () => String, { nullable: true }) _after: string | null, @Ctx() ctx: Context): Promise<PermanenceEvent> {
    const replacementId = e.payload.replacementId as string | undefined;
    const row = replacementId ? await freshLoaders(ctx, e).loaders.replacement.load(replacementId) : null;
    return Object.assign(new PermanenceEvent(), { ...eventBase(e), shiftDbId: e.payload.shiftId as string, replacement: row && toReplacement(row) });
  }

  @Authorized(BOARD_READERS)
  @Subscription(() => AlertEvent, { subscribe: topicFeed('alert'), description: 'Alerts opened and resolved.' })
  async alertChanged(@Root() e: StoredEvent, @Arg('after', () => String, { nullable: true }) _after: string | null, @Ctx() ctx: Context): Promise<AlertEvent> {
    const row = await freshLoaders(ctx, e).loaders.alert.load(e.payload.alertId as string);
    if (!row) throw new Error(`alert ${String(e.payload.alertId)} of event ${e.position} is missing`);
    return { ...eventBase(e), alert: toAlert(row) };
  }
}

@Resolver(() => PermanenceEvent)
export class PermanenceEventResolver {
  @FieldResolver(() => PermanenceShift)
  shift(@Root() e: PermanenceEvent, @Ctx() ctx: Context): Promise<PermanenceShift> {
    return shiftById(ctx, e.shiftDbId, 'event');
  }
}
