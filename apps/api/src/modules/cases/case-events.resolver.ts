// Changes to case files as a subscription. R5 holds here too: an event reaches only viewers who
// may see its case file, and the case comes through the same projection as every query.
import { Arg, Authorized, Ctx, Field, ObjectType, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { EventFeed } from '../../events/feed.js';
import type { StoredEvent } from '../../events/outbox.js';
import type { Context } from '../../graphql/context.js';
import { DateTime } from '../../graphql/scalars.js';
import { Forbidden } from '../../shared/outcome.js';
import { caseListRefusal } from './case.access.js';
import { projectCase } from './case.projection.js';
import type { CaseService } from './case.service.js';
import { CaseFile } from './case.types.js';
import { afterPosition } from '../../graphql/event-cursor.js';

@ObjectType({ description: 'A change to a case file you may see. `cursor` resumes a subscription after it.' })
export class CaseFileEvent {
  @Field(() => String)
  cursor!: string;

  @Field(() => String, { description: 'CASE_OPENED, CASE_STATUS_CHANGED, CASE_UPDATED, CASE_URGENT_ACTION, AID_PLAN_…, VISIT_…, INCOME_PROOF_RECORDED, INCOME_FOLLOW_UP_OPENED / _CLOSED, SATISFACTION_CHECK_RECORDED' })
  type!: string;

  @Field(() => DateTime)
  occurredAt!: Date;

  @Field(() => CaseFile)
  caseFile!: CaseFile;
}


/** The outbox feed of the `case` topic, keeping only events about case files the viewer may see (the resolver built by the container). */
function caseFeed({ args, context }: SubscribeResolverData<unknown, { after?: string | null }, Context>): Promise<AsyncIterable<StoredEvent>> {
  return (context.container.get(CaseEventsResolver) as CaseEventsResolver).visibleEvents(args.after, context);
}

@Resolver()
export class CaseEventsResolver {
  constructor(
    private readonly cases: Pick<CaseService, 'casesByIds' | 'caseViewer'>,
    private readonly feed: Pick<EventFeed, 'subscribe'>,
  ) {}

  private async visibleCase(ctx: Context, e: StoredEvent): Promise<CaseFile | null> {
    const id = e.payload.caseFileId;
    if (typeof id !== 'string') return null;
    const [row] = await this.cases.casesByIds([id]);
    return row ? projectCase(await this.cases.caseViewer(ctx.viewer), row) : null;
  }

  async visibleEvents(after: string | null | undefined, context: Context): Promise<AsyncIterable<StoredEvent>> {
    // R5: a feed of every case file's changes is a register too; refused before it starts, not left silent.
    const refused = caseListRefusal(await this.cases.caseViewer(context.viewer));
    if (refused) throw new Forbidden(refused);
    const source = this.feed.subscribe(['case'], afterPosition(after), context.signal);
    const visible = (e: StoredEvent) => this.visibleCase(context, e);
    return (async function* () {
      try {
        for await (const e of source) if (await visible(e)) yield e;
      } finally {
        await source.return?.();
      }
    })();
  }

  @Authorized()
  @Subscription(() => CaseFileEvent, { subscribe: caseFeed, description: "Changes to the case files you may see (R5 applies). FORBIDDEN to the telephonist (no feed of beneficiaries; she finds a caller's sector with `sectorSearch`)." })
  async caseFileChanged(@Root() e: StoredEvent, @Arg('after', () => String, { nullable: true }) _after: string | null, @Ctx() ctx: Context): Promise<CaseFileEvent> {
    ctx.loaders = ctx.newLoaders();
    const caseFile = await this.visibleCase(ctx, e);
    if (!caseFile) throw new Error(`case file of event ${e.position} is not visible any more`);
    return { cursor: String(e.position), type: e.type, occurredAt: e.occurredAt, caseFile };
  }
}
