// planningChanged: requests, generated or adjusted plannings, replacement plans, from the outbox feed.
import { Arg, Authorized, Ctx, Field, ObjectType, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { StoredEvent } from '../../events/outbox.js';
import type { Context } from '../../graphql/context.js';
import { DateTime } from '../../graphql/scalars.js';
import { FlyingAssignment } from './flying-assignment.types.js';
import { PLANNING_READERS } from './planning.resolver.js';
import { Planning, PlanningRequest } from './planning.types.js';
import { afterPosition } from '../../graphql/event-cursor.js';

@ObjectType({ description: 'A change to the monthly planning. `cursor` resumes a subscription after it.' })
export class PlanningEvent {
  @Field(() => String)
  cursor!: string;

  @Field(() => String, { description: 'PLANNING_REQUESTED, PLANNING_GENERATED, PLANNING_ITEM_MOVED, PLANNING_ITEM_REMOVED, PLANNING_FIXED, FLYING_ASSIGNMENT_APPROVED, FLYING_ASSIGNMENT_ENDED.' })
  type!: string;

  @Field(() => DateTime)
  occurredAt!: Date;

  @Field(() => String, { nullable: true })
  month!: string | null;

  @Field(() => Planning, { nullable: true })
  planning!: Planning | null;

  @Field(() => PlanningRequest, { nullable: true })
  request!: PlanningRequest | null;

  @Field(() => FlyingAssignment, { nullable: true })
  assignment!: FlyingAssignment | null;
}


const feed = ({ args, context }: SubscribeResolverData<unknown, { after?: string | null }, Context>) => context.services.feed.subscribe(['planning'], afterPosition(args.after), context.signal);

@Resolver()
export class PlanningEventsResolver {
  @Authorized(PLANNING_READERS)
  @Subscription(() => PlanningEvent, { subscribe: feed, description: 'Changes to the monthly planning and replacement plans (R6–R11).' })
  async planningChanged(@Root() e: StoredEvent, @Arg('after', () => String, { nullable: true }) _after: string | null, @Ctx() ctx: Context): Promise<PlanningEvent> {
    const p = e.payload;
    const id = (k: string) => (typeof p[k] === 'string' ? (p[k] as string) : null);
    const s = ctx.services;
    const planningId = id('planningId');
    const requestId = id('requestId');
    const assignmentId = id('assignmentId');
    return {
      cursor: String(e.position),
      type: e.type,
      occurredAt: e.occurredAt,
      month: id('month'),
      planning: planningId ? ((await s.planning.byDbId('Planning', planningId)) as Planning | null) : null,
      request: requestId ? ((await s.planning.byDbId('PlanningRequest', requestId)) as PlanningRequest | null) : null,
      assignment: assignmentId ? await s.flyingAssignments.byDbId(assignmentId) : null,
    };
  }
}
