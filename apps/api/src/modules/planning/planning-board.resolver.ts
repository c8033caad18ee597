// The board's planning panel over GraphQL: `planningBoard` and `planningBoardChanged`, readable by
// the kiosk because they carry counts and staff/sector names only, never a beneficiary (R5).
import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { StoredEvent } from '../../events/outbox.js';
import type { Context } from '../../graphql/context.js';
import { primed } from '../../graphql/read-along.js';
import { BadInput } from '../../shared/outcome.js';
import { BOARD_READERS, staffOnly } from '../auth/index.js';
import { Sector, Staff, staffOrNull } from '../org/index.js';
import type { PlanningBoardService } from './planning-board.service.js';
import { PlanningBoard, PlanningBoardEvent, PlanningBoardReplacement } from './planning-board.types.js';
import { monthStart } from './planning.rules.js';
import { sectorOf } from './planning.fields.js';
import { mayKnowWhyAway } from '../org/index.js';
import { FlyingAssignmentKindEnum } from './flying-assignment.types.js';
import type { AssignmentKind } from './flying-assignment.rules.js';
import { afterPosition } from '../../graphql/event-cursor.js';



// Case events that move the relay worker's queue (visits planned, done or cancelled, R3 file checks).
const QUEUE_EVENTS = new Set(['VISIT_PLANNED', 'VISIT_DONE', 'VISIT_CANCELLED', 'FILE_CHECK_OPENED', 'FILE_CHECK_RECORDED', 'INCOME_FOLLOW_UP_OPENED', 'INCOME_FOLLOW_UP_CLOSED']);

/** Planning events, and the case events that move the relay queue; only their type and position go out (R5). */
function feed({ args, context }: SubscribeResolverData<unknown, { after?: string | null }, Context>): AsyncIterable<StoredEvent> {
  const source = context.feed.subscribe(['planning', 'case'], afterPosition(args.after), context.signal);
  return (async function* () {
    try {
      for await (const e of source) if (e.topic === 'planning' || QUEUE_EVENTS.has(e.type)) yield e;
    } finally {
      await source.return?.();
    }
  })();
}

@Resolver(() => PlanningBoard)
export class PlanningBoardResolver {
  constructor(private readonly board: PlanningBoardService) {}

  @Authorized(BOARD_READERS)
  @Query(() => PlanningBoard, { description: "The board's planning panel: the month's status, quota use per sector (R7, R8), the R11 replacement, the relay queue size. Counts only (R5)." })
  async planningBoard(@Arg('month', () => String, { nullable: true, description: 'YYYY-MM; default: the month under way if fixed, else next month.' }) month: string | null | undefined, @Ctx() ctx: Context) {
    if (month != null && !monthStart(month)) throw new BadInput('month', '`month` must be YYYY-MM.');
    return primed(ctx, await this.board.board(ctx.now, month ?? null));
  }

  @Authorized(BOARD_READERS)
  @Subscription(() => PlanningBoardEvent, { subscribe: feed, description: 'The planning, a replacement or the relay queue changed: read `planningBoard` again. Type and cursor only (R5).' })
  planningBoardChanged(@Root() e: StoredEvent, @Arg('after', () => String, { nullable: true }) _after: string | null): PlanningBoardEvent {
    return { cursor: String(e.position), type: e.type, occurredAt: e.occurredAt };
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The flying social worker.' })
  flyingWorker(@Root() b: PlanningBoard, @Ctx() ctx: Context) {
    return staffOrNull(ctx, b.flyingWorkerDbId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The relay & control social worker.' })
  relayWorker(@Root() b: PlanningBoard, @Ctx() ctx: Context) {
    return staffOrNull(ctx, b.relayWorkerDbId);
  }
}

@Resolver(() => PlanningBoardReplacement)
export class PlanningBoardReplacementResolver {
  @FieldResolver(() => FlyingAssignmentKindEnum, {
    nullable: true,
    description: 'Replacing a sick social worker or onboarding one: it says why, so only for who records absences and the person (R5); null for the kiosk and others.',
  })
  kind(@Root() r: PlanningBoardReplacement, @Ctx() ctx: Context): AssignmentKind | null {
    const v = staffOnly(ctx.viewer);
    return v && mayKnowWhyAway(v, r.socialWorkerDbId) ? r.kind : null;
  }

  @FieldResolver(() => Staff)
  async flyingWorker(@Root() r: PlanningBoardReplacement, @Ctx() ctx: Context) {
    const s = await staffOrNull(ctx, r.flyingWorkerDbId);
    if (!s) throw new Error('replacement without flying worker');
    return s;
  }

  @FieldResolver(() => Staff, { description: 'The sick social worker replaced, or the new one onboarded.' })
  async socialWorker(@Root() r: PlanningBoardReplacement, @Ctx() ctx: Context) {
    const s = await staffOrNull(ctx, r.socialWorkerDbId);
    if (!s) throw new Error('replacement without social worker');
    return s;
  }

  @FieldResolver(() => Sector)
  sector(@Root() r: PlanningBoardReplacement, @Ctx() ctx: Context) {
    return sectorOf(ctx, r.sectorDbId);
  }
}
