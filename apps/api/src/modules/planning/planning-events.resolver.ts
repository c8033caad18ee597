// planningChanged: requests, generated or adjusted plannings, replacement plans, from the outbox feed.
import { Arg, Authorized, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { StoredEvent } from '../../events/outbox.js';
import type { Context } from '../../graphql/context.js';
import type { FlyingAssignmentService } from './flying-assignment.service.js';
import { PLANNING_READERS } from './planning.access.js';
import type { PlanningService } from './planning.service.js';
import { PlanningEvent } from './planning-events.types.js';
import type { Planning, PlanningRequest } from './planning.types.js';
import { afterPosition } from '../../graphql/event-cursor.js';

const feed = ({ args, context }: SubscribeResolverData<unknown, { after?: string | null }, Context>) => context.feed.subscribe(['planning'], afterPosition(args.after), context.signal);

@Resolver()
export class PlanningEventsResolver {
  constructor(
    private readonly planning: PlanningService,
    private readonly assignments: FlyingAssignmentService,
  ) {}

  @Authorized(PLANNING_READERS)
  @Subscription(() => PlanningEvent, { subscribe: feed, description: 'Changes to the monthly planning and replacement plans (R6–R11).' })
  async planningChanged(@Root() e: StoredEvent, @Arg('after', () => String, { nullable: true }) _after: string | null): Promise<PlanningEvent> {
    const p = e.payload;
    const id = (k: string) => (typeof p[k] === 'string' ? (p[k] as string) : null);
    const planningId = id('planningId');
    const requestId = id('requestId');
    const assignmentId = id('assignmentId');
    return {
      cursor: String(e.position),
      type: e.type,
      occurredAt: e.occurredAt,
      month: id('month'),
      planning: planningId ? ((await this.planning.byDbId('Planning', planningId)) as Planning | null) : null,
      request: requestId ? ((await this.planning.byDbId('PlanningRequest', requestId)) as PlanningRequest | null) : null,
      assignment: assignmentId ? await this.assignments.byDbId(assignmentId) : null,
    };
  }
}
