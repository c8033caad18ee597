// Subscriptions to schedule changes and conflicts, for one sector or the whole service, read from
// the outbox feed in commit order. R5: each event is kept or dropped, and projected, as the lists do
// (schedule.access.ts): a helper receives only their own visits, the kiosk no note and no visit.
import { Arg, Authorized, Ctx, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import type { StoredEvent } from '../../events/outbox.js';
import type { Context } from '../../graphql/context.js';
import { filterId } from '../../graphql/ids.js';
import { BOARD_READERS } from '../auth/index.js';
import type { ConflictService } from './conflict.service.js';
import type { ScheduleService } from './schedule.service.js';
import { scheduleAccess } from './schedule.access.js';
import { ConflictEvent, ScheduleEvent } from './schedule.payloads.js';
import { projectChange, projectConflict, projectEntry } from './schedule.projection.js';
import { scheduleViewerOf } from './schedule.viewer.js';
import { afterPosition } from '../../graphql/event-cursor.js';
import { perEvent } from '../../graphql/per-event.js';

type Args = { after?: string | null; sectorId?: string | null };
const CONFLICT_TYPES = new Set(['CONFLICT_OPENED', 'CONFLICT_RESOLVED', 'CONFLICT_ACKNOWLEDGED']);


/** The schedule feed, kept to one kind of event, one sector, and what the viewer may know of at all. */
function feed(conflicts: boolean) {
  return ({ args, context }: SubscribeResolverData<unknown, Args, Context>): AsyncIterableIterator<StoredEvent> => {
    const sectorId = filterId(args.sectorId, 'Sector', 'sectorId');
    const v = context.viewer?.kind === 'REPORTING' ? null : context.viewer;
    const inner = context.feed.subscribe(['schedule'], afterPosition(args.after), context.signal);
    const wanted = (e: StoredEvent) =>
      (conflicts ? CONFLICT_TYPES.has(e.type) : e.type.startsWith('SCHEDULE_')) &&
      (!sectorId || e.payload.sectorId === sectorId) &&
      scheduleAccess(v, { sectorId: (e.payload.sectorId as string | null) ?? null, helperIds: (e.payload.helperIds as string[] | undefined) ?? [] }) !== 'NONE';
    const it: AsyncIterableIterator<StoredEvent> = {
      next: async () => {
        for (;;) {
          const r = await inner.next();
          if (r.done || wanted(r.value)) return r;
        }
      },
      return: () => inner.return?.() ?? Promise.resolve({ value: undefined, done: true }),
      [Symbol.asyncIterator]: () => it,
    };
    return it;
  };
}

/** Loaders for this event, shared by its subscribers on this process (graphql/per-event.ts). */
function fresh(ctx: Context, e: StoredEvent): Context {
  ctx.loaders = ctx.newLoaders(e.position);
  return ctx;
}

const base = (e: StoredEvent) => ({ cursor: String(e.position), type: e.type, occurredAt: e.occurredAt });

@Resolver()
export class ScheduleEventsResolver {
  constructor(
    private readonly schedules: ScheduleService,
    private readonly conflicts: ConflictService,
  ) {}

  @Authorized(BOARD_READERS)
  @Subscription(() => ScheduleEvent, { subscribe: feed(false), description: 'Visits scheduled and changed (cancel, move, reassign, shorten).' })
  async scheduleChanged(
    @Root() e: StoredEvent,
    @Arg('sectorId', () => String, { nullable: true }) _sectorId: string | null,
    @Arg('after', () => String, { nullable: true }) _after: string | null,
    @Ctx() ctx: Context,
  ): Promise<ScheduleEvent> {
    const s = this.schedules;
    const viewer = await scheduleViewerOf(fresh(ctx, e));
    // The rows are read once per event for all its subscribers; each viewer's projection is its own.
    const [change] = e.payload.changeId ? await perEvent(s, e.position, 'change', () => s.changesByIds([e.payload.changeId as string])) : [];
    const [entry] = await perEvent(s, e.position, 'entry', () => s.entriesByIds([e.payload.entryId as string]));
    return { ...base(e), change: change ? projectChange(viewer, change) : null, entry: entry ? projectEntry(viewer, entry) : null };
  }

  @Authorized(BOARD_READERS)
  @Subscription(() => ConflictEvent, { subscribe: feed(true), description: 'Schedule conflicts opened, resolved and acknowledged.' })
  async conflictChanged(
    @Root() e: StoredEvent,
    @Arg('sectorId', () => String, { nullable: true }) _sectorId: string | null,
    @Arg('after', () => String, { nullable: true }) _after: string | null,
    @Ctx() ctx: Context,
  ): Promise<ConflictEvent> {
    fresh(ctx, e);
    const [row] = await perEvent(this.conflicts, e.position, 'conflict', () => this.conflicts.byIds([e.payload.conflictId as string]));
    if (!row) throw new Error(`conflict of event ${e.position} is missing`);
    const conflict = projectConflict(await scheduleViewerOf(ctx), row);
    // The feed let through only events of conflicts the viewer may know of.
    if (!conflict) throw new Error(`conflict of event ${e.position} is not the viewer's`);
    return { ...base(e), conflict };
  }
}
