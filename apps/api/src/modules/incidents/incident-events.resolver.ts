// Changes to incidents as a subscription (declared, status changed, document added). R5 holds here
// too: an event reaches only viewers who may read its incident, resolved afresh like `node`.
import { Arg, Authorized, Ctx, Field, ObjectType, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { StoredEvent } from '../../events/outbox.js';
import type { Context } from '../../graphql/context.js';
import { DateTime } from '../../graphql/scalars.js';
import { eventBase, freshLoaders, topicFeed } from '../../graphql/subscriptions.js';
import type { StaffViewer } from '../auth/index.js';
import { INCIDENT_READERS } from './incident.rules.js';
import type { IncidentService } from './incident.service.js';
import { Incident } from './incident.types.js';

@ObjectType({ description: 'A change to an incident you may read. `cursor` resumes a subscription after it.' })
export class IncidentEvent {
  @Field(() => String, { description: 'Give it as `after` to resume after this event.' })
  cursor!: string;

  @Field(() => String, { description: 'INCIDENT_DECLARED, INCIDENT_STATUS_CHANGED or INCIDENT_DOCUMENT_ADDED.' })
  type!: string;

  @Field(() => DateTime, { description: 'When the change was committed.' })
  occurredAt!: Date;

  @Field(() => Incident, { description: 'The incident as it is now.' })
  incident!: Incident;
}

const incidentOf = (e: StoredEvent) => (typeof e.payload.incidentId === 'string' ? e.payload.incidentId : null);
const staffOf = (ctx: Context): StaffViewer | null => (ctx.viewer?.kind === 'STAFF' ? ctx.viewer : null);

/** The `incident` topic of the outbox, keeping only events about incidents the viewer may read (R5). */
function incidentFeed(data: SubscribeResolverData<unknown, { after?: string | null }, Context>): AsyncIterable<StoredEvent> {
  const source = topicFeed('incident')(data);
  const { context } = data;
  const service = (context.container.get(IncidentEventsResolver) as IncidentEventsResolver).service;
  return (async function* () {
    try {
      for await (const e of source) {
        const id = incidentOf(e);
        const viewer = staffOf(context);
        if (id && viewer && (await service.readable(id, viewer))) yield e;
      }
    } finally {
      await (source as AsyncGenerator<StoredEvent>).return?.(undefined);
    }
  })();
}

@Resolver()
export class IncidentEventsResolver {
  constructor(readonly service: IncidentService) {}

  @Authorized(INCIDENT_READERS)
  @Subscription(() => IncidentEvent, {
    subscribe: incidentFeed,
    description: 'Changes to the incidents you may read (R5: a helper its own declarations, a social worker her sector’s, direction all).',
  })
  async incidentChanged(@Root() e: StoredEvent, @Arg('after', () => String, { nullable: true, description: 'A cursor from an earlier event: resume after it.' }) _after: string | null, @Ctx() ctx: Context): Promise<IncidentEvent> {
    const id = incidentOf(e);
    const viewer = staffOf(freshLoaders(ctx, e));
    const incident = id && viewer ? await this.service.byId(id, viewer, e.occurredAt) : null;
    if (!incident) throw new Error(`incident of event ${e.position} is not readable any more`);
    return { ...eventBase(e), incident };
  }
}
