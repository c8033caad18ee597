// R14's facts are the same for every viewer at an instant (R5 is applied later, per viewer, in the
// resolvers): a process reads them once and the requests of the next second answer from them, for
// the instants around now and for a few other instants asked again (the board's next change of shift).
// Dropped at once when this process commits a write (db/committed-writes.ts) or hears of another's
// change (the event feed); otherwise another process's change shows within SHARE_MS.
import type { WhoToCall } from './permanence.types.js';
import type { WhoToCallFacts } from './board-facts.repository.js';
import { daysAround } from './closed-days.js';

/** How long (real time) facts once read are used at most, and how far around now the shared read reaches. */
export const SHARE_MS = 1_000;
/** Instants other than now shared at once (the board asks one: its next change of shift). */
const OTHER_INSTANTS = 8;

export interface SharedFactsSource {
  /** Every sector's facts at any instant of [from, to), closing days of [closedFrom, closedTo). */
  during(from: Date, to: Date, closedFrom: string, closedTo: string): Promise<WhoToCallFacts>;
}

/** Facts read once for the instants [from, to) (epoch ms), and the answers worked out from them so far. */
export interface SharedFacts {
  from: number;
  to: number;
  facts: WhoToCallFacts;
  closedFrom: string;
  closedTo: string;
  /** By sector: an answer and the instants [from, until) it holds for (no span starts or ends, no day turns). */
  answers: Map<string, { from: number; until: number; answer: WhoToCall }>;
}

interface Held {
  /** performance.now() when its statement was sent, and the drops counted then. */
  sentAt: number;
  drops: number;
  facts: Promise<SharedFacts>;
}

export class WhoToCallShare {
  /** 'now' for the instants around now, else an instant's epoch ms; in the order first asked. */
  private readonly held = new Map<string, Held>();
  private drops = 0;

  constructor(
    private readonly source: SharedFactsSource,
    private readonly clock: () => Date,
    private readonly monotonic: () => number = () => performance.now(),
  ) {}

  /** Something they rest on may have changed: nothing held is used again, nor a read under way kept. */
  drop(): void {
    this.drops++;
    this.held.clear();
  }

  /** The shared facts of each instant, in order; null when too many other instants are asked (read for them alone then). */
  async factsAt(instants: readonly Date[]): Promise<SharedFacts[] | null> {
    const now = this.clock().getTime();
    const keys = instants.map((at) => (Math.abs(at.getTime() - now) <= SHARE_MS ? 'now' : String(at.getTime())));
    const byKey = new Map<string, number[]>();
    keys.forEach((key, i) => byKey.set(key, [...(byKey.get(key) ?? []), instants[i].getTime()]));
    if (byKey.size > OTHER_INSTANTS) return null;
    const asked = this.monotonic();
    const shared = new Map(await Promise.all([...byKey].map(async ([key, ats]) => [key, await this.factsFor(key, ats, key === 'now' ? now : ats[0], asked)] as const)));
    return keys.map((key) => shared.get(key)!);
  }

  private async factsFor(key: string, ats: number[], around: number, asked: number): Promise<SharedFacts> {
    const fits = (s: SharedFacts | null): s is SharedFacts => !!s && ats.every((at) => at >= s.from && at < s.to);
    const held = this.held.get(key);
    if (held && asked - held.sentAt < SHARE_MS) {
      const shared = await held.facts.catch(() => null);
      if (fits(shared)) return shared;
    }
    return this.read(key, around).facts;
  }

  private read(key: string, at: number): Held {
    const [from, to] = key === 'now' ? [at - SHARE_MS, at + 2 * SHARE_MS] : [at, at + 1];
    const days = daysAround([new Date(from), new Date(to - 1)]);
    const read: Held = {
      sentAt: this.monotonic(),
      drops: this.drops,
      facts: this.source.during(new Date(from), new Date(to), days.from, days.to).then((facts) => ({ from, to, facts, closedFrom: days.from, closedTo: days.to, answers: new Map() })),
    };
    this.held.delete(key);
    if (this.held.size >= OTHER_INSTANTS + 1) this.held.delete(this.held.keys().next().value!);
    this.held.set(key, read);
    // Read before a drop that came while it ran: used by who asked it, kept for nobody.
    const forget = () => {
      if (read.drops !== this.drops && this.held.get(key) === read) this.held.delete(key);
    };
    read.facts.then(forget, () => this.held.get(key) === read && this.held.delete(key));
    return read;
  }
}
