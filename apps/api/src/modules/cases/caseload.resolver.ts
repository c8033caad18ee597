// The board's caseload counts: a field of Sector, and a subscription that carries only the new
// counts, so the kiosk (which sees no case event, R5) still updates within a second.
import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { EventFeed } from '../../events/feed.js';
import type { Context } from '../../graphql/context.js';
import { BOARD_READERS } from '../auth/index.js';
import { Sector, toSector } from '../org/index.js';
import { sameCaseload, type Caseload } from './caseload.rules.js';
import type { CaseloadService } from './caseload.service.js';
import { serviceDay } from '../../time/service-time.js';
import { SectorCaseload, SectorCaseloadEvent, toSectorCaseload } from './caseload.types.js';
import { afterPosition } from '../../graphql/event-cursor.js';

interface CaseloadChange {
  cursor: string;
  occurredAt: Date;
  caseloads: SectorCaseload[];
}


/**
 * Case events become counts here, before anything reaches the client: the event itself (which
 * names a case) is never sent. Only sectors whose counts moved since the last message are sent.
 */
function caseloadFeed({ args, context }: SubscribeResolverData<unknown, { after?: string | null }, Context>): AsyncIterable<CaseloadChange> {
  const { feed, caseloads, clock } = context.container.get(SectorCaseloadResolver) as SectorCaseloadResolver;
  const source = feed.subscribe(['case'], afterPosition(args.after), context.signal);
  const sent = new Map<string, Caseload>();
  return (async function* () {
    try {
      for await (const e of source) {
        // The live clock, not the operation's start: a screen stays subscribed for days.
        const now = clock();
        const counts = await caseloads.afterEvent(e.position, now);
        const changed = [...counts].filter(([id, c]) => !sameCaseload(sent.get(id), c));
        if (!changed.length) continue;
        for (const [id, c] of changed) sent.set(id, c);
        const day = serviceDay(now);
        yield { cursor: String(e.position), occurredAt: e.occurredAt, caseloads: changed.map(([id, c]) => toSectorCaseload(id, day, c)) };
      }
    } finally {
      await source.return?.();
    }
  })();
}

@Resolver(() => Sector)
export class SectorCaseloadFieldResolver {
  @Authorized(BOARD_READERS)
  @FieldResolver(() => SectorCaseload, { description: "Today's visits, overdue evaluations (R1) and urgent cases awaiting action: counts only." })
  caseload(@Root() sector: Sector, @Ctx() ctx: Context): Promise<SectorCaseload> {
    return ctx.loaders.sectorCaseload.load(sector.dbId);
  }
}

@Resolver(() => SectorCaseload)
export class SectorCaseloadResolver {
  // The subscription's feed reads them (caseloadFeed above).
  constructor(
    readonly feed: Pick<EventFeed, 'subscribe'>,
    readonly caseloads: Pick<CaseloadService, 'afterEvent'>,
    readonly clock: () => Date,
  ) {}

  @FieldResolver(() => Sector)
  async sector(@Root() caseload: SectorCaseload, @Ctx() ctx: Context): Promise<Sector> {
    const row = await ctx.loaders.sector.load(caseload.sectorDbId);
    if (!row) throw new Error(`sector ${caseload.sectorDbId} is missing`);
    return toSector(row);
  }

  @Authorized(BOARD_READERS)
  @Subscription(() => SectorCaseloadEvent, { subscribe: caseloadFeed, description: 'New caseload counts per sector after each change to a case file, visit or aid plan; counts only (R5).' })
  sectorCaseloadChanged(@Root() change: CaseloadChange, @Arg('after', () => String, { nullable: true }) _after: string | null, @Ctx() ctx: Context): SectorCaseloadEvent {
    // Each message is resolved against the database as it is now, with loaders its subscribers on
    // this process share (the counts are shared by CaseloadService.afterEvent).
    ctx.loaders = ctx.newLoaders(Number(change.cursor));
    return Object.assign(new SectorCaseloadEvent(), change);
  }
}
