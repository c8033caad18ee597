// R14 as a feed: the answer for a sector is recomputed when something it depends on changes (an
// absence recorded or ended, a holder replaced or swapped, an R11 replacement, closing days) and
// at the instant the service clock reaches the next known change (an absence, a shift or a
// replacement starts or ends, office hours open or close, the day turns: one timer, planned again
// after each write), with the minute's turn as a safety net; a subscriber is sent an answer only when it differs from the last one
// it had. The answers for all sectors are computed once per trigger and shared by the subscribers
// of this process, so 5,000 screens cost one computation.
import type { StoredEvent, Topic } from '../../events/outbox.js';
import { BadInput } from '../../shared/outcome.js';
import type { WhoToCall } from './permanence.types.js';
import type { WhoToCallService } from './who-to-call.service.js';

/** The outbox feed, as this service reads it (events/feed.ts). */
export interface WhoToCallEventSource {
  subscribe(topics: Topic[], after: number | null, signal?: AbortSignal): AsyncIterableIterator<StoredEvent>;
  readonly position: number;
}

/** The service clock's minutes (time/minute-ticks.ts). */
export interface WhoToCallTicks {
  on(listener: (minute: Date) => void): () => void;
}

/** The next instant an answer may change (time/planned-instants.ts, planned by WhoToCallService.nextChangeAfter). */
export interface WhoToCallInstants {
  on(listener: (instant: Date) => void): () => void;
  /** A write on the feed (its outbox position) may move the next instant. */
  replan(position: number): void;
}

export interface WhoToCallChange {
  /** The outbox position of the change that caused it; null when the clock reached a change. */
  cursor: string | null;
  /** The event's type (ABSENCE_RECORDED, SERVICE_CLOSING_DAYS_SET…), or CLOCK. */
  cause: string;
  occurredAt: Date;
  /** The new answers, only for the sectors whose answer changed. */
  answers: WhoToCall[];
}

// What R14 depends on: absences, the rota and its holders (replacements, swaps), the planning's R11
// replacements, and the holidays and closing days.
const TOPICS: Topic[] = ['absence', 'permanence', 'planning', 'holiday'];
const SHARED_MS = 2_000;
const KEPT = 64;

interface Trigger {
  key: string;
  cause: string;
  cursor: string | null;
  occurredAt: Date;
}

/** The same answer as far as a caller is concerned: the person, the role, the gap and the chain's reasons (not the instant). */
export function sameAnswer(a: WhoToCall | undefined, b: WhoToCall): boolean {
  if (!a) return false;
  const steps = (w: WhoToCall) => JSON.stringify(w.chain.map((s) => [s.role, s.staffDbId, s.skipped, s.reasonCode, s.reason, s.reasonWhy ?? null, s.until?.getTime() ?? null]));
  return a.role === b.role && a.staffDbId === b.staffDbId && a.gap === b.gap && steps(a) === steps(b);
}

export class WhoToCallFeedService {
  private readonly shared = new Map<string, { at: number; value: Promise<Map<string, WhoToCall>> }>();

  constructor(
    private readonly calls: WhoToCallService,
    private readonly events: WhoToCallEventSource,
    private readonly ticks: WhoToCallTicks,
    private readonly clock: () => Date,
    private readonly instants: WhoToCallInstants | null = null,
  ) {}

  /** Every sector's answer now, computed once per trigger for all subscribers on this process. */
  private answers(key: string): Promise<Map<string, WhoToCall>> {
    const wall = Date.now();
    const hit = this.shared.get(key);
    if (hit && wall - hit.at <= SHARED_MS) return hit.value;
    // An event's change (maybe another process's): not from facts shared before it was heard.
    if (key.startsWith('e')) this.calls.factsChanged();
    const value = this.calls.forAllSectors(this.clock());
    value.catch(() => this.shared.delete(key));
    this.shared.set(key, { at: wall, value });
    if (this.shared.size > KEPT) this.shared.delete(this.shared.keys().next().value as string);
    return value;
  }

  private nowKey(): string {
    return `${this.events.position}@${Math.floor(this.clock().getTime() / 1000)}`;
  }

  /**
   * Changes of the answer for one sector (`sectorId`, a database id; null when the client's ID named
   * no sector) or for every sector (`ALL`). The answer at subscription is the baseline and is not
   * sent: the client has just asked `whoToCall`. An unknown sector is BAD_USER_INPUT (UNKNOWN_SECTOR).
   */
  async changes(sectors: { sectorId: string | null } | 'ALL', signal?: AbortSignal): Promise<AsyncIterableIterator<WhoToCallChange>> {
    const only = sectors === 'ALL' ? null : sectors.sectorId;
    if (sectors !== 'ALL' && !only) throw new BadInput('sectorId', '`sectorId` is not a sector.', 'UNKNOWN_SECTOR');
    const pick = (all: Map<string, WhoToCall>) => new Map([...all].filter(([id]) => only === null || id === only));

    const pending: Trigger[] = [];
    let done = false;
    let wake: (() => void) | null = null;
    const poke = () => {
      const w = wake;
      wake = null;
      w?.();
    };
    const push = (t: Trigger) => {
      if (done) return;
      pending.push(t);
      poke();
    };
    // Listening before the baseline is read: a change meanwhile is compared against it, not lost.
    const source = this.events.subscribe(TOPICS, null, signal);
    const atInstant = (instant: Date) => push({ key: `${this.events.position}@${instant.getTime() / 1000}`, cause: 'CLOCK', cursor: null, occurredAt: instant });
    // The planned instant says a change at once; the minute's turn catches what no plan foresaw.
    const stopInstants = this.instants?.on(atInstant);
    const stopTicks = this.ticks.on(atInstant);
    const finish = () => {
      if (done) return;
      done = true;
      stopInstants?.();
      stopTicks();
      void source.return?.();
      poke();
    };
    void (async () => {
      try {
        for await (const e of source) {
          this.instants?.replan(e.position);
          push({ key: `e${e.position}`, cause: e.type, cursor: String(e.position), occurredAt: e.occurredAt });
        }
      } catch {
        // The feed ended in error: the subscription ends.
      } finally {
        finish();
      }
    })();
    signal?.addEventListener('abort', finish);
    let last: Map<string, WhoToCall>;
    try {
      const baseline = await this.answers(this.nowKey());
      if (only && !baseline.has(only)) throw new BadInput('sectorId', '`sectorId` is not a sector.', 'UNKNOWN_SECTOR');
      last = pick(baseline);
    } catch (err) {
      finish();
      throw err;
    }

    const self = this;
    const run = async function* (): AsyncGenerator<WhoToCallChange> {
      try {
        while (!done) {
          if (!pending.length) {
            await new Promise<void>((resolve) => (wake = resolve));
            continue;
          }
          // Everything that happened meanwhile is answered by one computation at the latest trigger.
          const batch = pending.splice(0);
          const trigger = batch[batch.length - 1];
          const fresh = pick(await self.answers(trigger.key));
          const changed = [...fresh.values()].filter((a) => !sameAnswer(last.get(a.sectorDbId), a));
          if (!changed.length) continue;
          for (const a of changed) last.set(a.sectorDbId, a);
          yield { cursor: trigger.cursor, cause: trigger.cause, occurredAt: trigger.occurredAt, answers: changed };
        }
      } finally {
        finish();
      }
    };
    const gen = run();
    // A plain iterator around the generator, so that `return()` ends it at once, even while it waits.
    const iterator: AsyncIterableIterator<WhoToCallChange> = {
      next: () => gen.next(),
      return: async () => {
        finish();
        await gen.return(undefined);
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }
}
