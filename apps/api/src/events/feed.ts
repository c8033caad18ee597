// Per-process fan-out of committed events: LISTEN for positions, read the outbox in order,
// hand each event once to the live subscribers. Catches up after every (re)connect.
import { and, asc, gt, inArray, lte, max } from 'drizzle-orm';
import type postgres from 'postgres';
import type { Database } from '../db/client.js';
import { events } from '../db/schema/index.js';
import { logger } from '../logger.js';
import { EVENTS_CHANNEL, type StoredEvent, type Topic } from './outbox.js';

type Listener = (event: StoredEvent) => void;
const PAGE = 500;
// A failed catch-up (the database went away) is tried again this soon, not at the next notification.
const RETRY_MS = 250;

function toStored(row: typeof events.$inferSelect): StoredEvent {
  return {
    position: row.position,
    type: row.type,
    topic: row.topic as Topic,
    subjectId: row.subjectId,
    actorId: row.actorId,
    payload: row.payload as Record<string, unknown>,
    occurredAt: row.occurredAt,
  };
}

export class EventFeed {
  private last = 0;
  private readonly listeners = new Set<Listener>();
  private running: Promise<void> | null = null;
  private again = false;
  private unlisten: (() => Promise<void>) | null = null;
  private retry: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly db: Database,
    private readonly sql: postgres.Sql,
  ) {}

  async start(): Promise<void> {
    const [row] = await this.db.select({ last: max(events.position) }).from(events);
    this.last = row?.last ?? 0;
    let listening = false;
    const sub = await this.sql.listen(
      EVENTS_CHANNEL,
      () => void this.catchUp(),
      // Called on every (re)connection of the listening connection (the driver LISTENs again after a
      // drop, retrying while the database refuses it): notifications may have been missed, so read
      // the outbox from the last position seen (db/client.ts keeps reconnects quick).
      () => {
        if (listening) logger.warn({ position: this.last }, 'event feed listening again after losing its connection; catching up');
        listening = true;
        void this.catchUp();
      },
    );
    this.unlisten = sub.unlisten;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    await this.unlisten?.();
    await this.running;
  }

  get position(): number {
    return this.last;
  }

  /** Reads everything after the last position seen, in order; one reader at a time. */
  catchUp(): Promise<void> {
    // The driver's unlisten misses a LISTEN it made again after a reconnect: notifications may still come.
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          for (;;) {
            const rows = await this.db.select().from(events).where(gt(events.position, this.last)).orderBy(asc(events.position)).limit(PAGE);
            for (const row of rows) {
              this.last = row.position;
              const event = toStored(row);
              for (const l of this.listeners) l(event);
            }
            if (rows.length < PAGE) break;
          }
        } while (this.again);
      } catch (err) {
        logger.warn({ code: (err as { code?: unknown }).code }, 'event feed catch-up failed; retrying');
        if (!this.stopped && !this.retry) {
          this.retry = setTimeout(() => {
            this.retry = null;
            void this.catchUp();
          }, RETRY_MS);
          this.retry.unref();
        }
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /**
   * Events of the given topics, live; with `after`, first every stored event after that position,
   * so a client that reconnects resumes without a gap and without a repeat. Written as a plain
   * iterator (not an async generator) so that `return()` ends it at once, even while it waits.
   */
  subscribe(topics: Topic[], after: number | null, signal?: AbortSignal): AsyncIterableIterator<StoredEvent> {
    const wanted = new Set<string>(topics);
    const queue: StoredEvent[] = [];
    let waiting: ((r: IteratorResult<StoredEvent>) => void) | null = null;
    let done = false;
    // Register before reading history; duplicates are then dropped by position.
    const liveFrom = this.last;
    let delivered = after ?? liveFrom;
    let replayFrom: number | null = after !== null && after < liveFrom ? after : null;
    let replayed: StoredEvent[] = [];

    const take = (): StoredEvent | null => {
      for (let e = queue.shift(); e; e = queue.shift()) {
        if (e.position > delivered) {
          delivered = e.position;
          return e;
        }
      }
      return null;
    };
    const listener: Listener = (e) => {
      if (done || !wanted.has(e.topic)) return;
      queue.push(e);
      if (waiting) {
        const next = take();
        if (next) {
          const resolve = waiting;
          waiting = null;
          resolve({ value: next, done: false });
        }
      }
    };
    const finish = () => {
      done = true;
      this.listeners.delete(listener);
      queue.length = 0;
      const resolve = waiting;
      waiting = null;
      resolve?.({ value: undefined, done: true });
    };
    this.listeners.add(listener);
    signal?.addEventListener('abort', finish);

    const iterator: AsyncIterableIterator<StoredEvent> = {
      next: async () => {
        while (!done && (replayFrom !== null || replayed.length)) {
          const e = replayed.shift();
          if (e) {
            delivered = e.position;
            return { value: e, done: false };
          }
          const rows = await this.db
            .select()
            .from(events)
            .where(and(gt(events.position, replayFrom as number), lte(events.position, liveFrom), inArray(events.topic, topics)))
            .orderBy(asc(events.position))
            .limit(PAGE);
          replayed = rows.map(toStored);
          replayFrom = rows.length === PAGE ? rows[rows.length - 1].position : null;
        }
        if (done) return { value: undefined, done: true };
        const next = take();
        if (next) return { value: next, done: false };
        return new Promise<IteratorResult<StoredEvent>>((resolve) => (waiting = resolve));
      },
      return: async () => {
        finish();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }
}
