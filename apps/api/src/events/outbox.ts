// The one way to publish a domain event: into the outbox, inside the transaction of the change.
import { sql } from 'drizzle-orm';
import type { Executor, Tx } from '../db/client.js';
import { events } from '../db/schema/index.js';

export const EVENTS_CHANNEL = 'relais_events';
// Held from the event's position being drawn until commit, so positions are handed out in commit
// order: a reader that has seen position n can never later meet a smaller one committing late.
const OUTBOX_LOCK = 7_245_001;

export type Topic = 'permanence' | 'absence' | 'alert' | 'case' | 'planning' | 'schedule' | 'holiday' | 'incident' | 'swap';

export interface DomainEvent {
  type: string;
  topic: Topic;
  subjectId?: string | null;
  actorId?: string | null;
  payload: Record<string, unknown>;
}

export interface StoredEvent extends Required<DomainEvent> {
  position: number;
  occurredAt: Date;
}

export async function publish(tx: Tx, event: DomainEvent): Promise<number> {
  const [position] = await publishAll(tx, [event]);
  return position;
}

/** Several events of one change, in order, with one lock and one notification (a bulk recheck may open thousands). */
export async function publishAll(tx: Tx, batch: DomainEvent[]): Promise<number[]> {
  if (!batch.length) return [];
  // Sent together, run in this order on the transaction's connection: lock, insert, notify.
  const [, rows] = await Promise.all([
    tx.execute(sql`select pg_advisory_xact_lock(${OUTBOX_LOCK})`),
    // One JSON parameter rather than a VALUES list drizzle builds parameter by parameter (a month's
    // recheck publishes thousands); positions drawn in the batch's order.
    tx.execute<{ position: string }>(sql`
      insert into ${events} (type, topic, subject_id, actor_id, payload)
      select e->>'type', e->>'topic', (e->>'subjectId')::uuid, (e->>'actorId')::uuid, e->'payload'
      from jsonb_array_elements(${JSON.stringify(batch)}::jsonb) with ordinality as b(e, n)
      order by n
      returning position`),
    // NOTIFY is delivered only after commit, and carries only the position: listeners read the table.
    // Under the lock the highest position is this batch's last.
    tx.execute(sql`select pg_notify(${EVENTS_CHANNEL}, (select max(${events.position}) from ${events})::text)`),
  ]);
  return rows.map((r) => Number(r.position)).sort((a, b) => a - b);
}

/** The outbox as a repository of the unit of work: events published with the change they describe. */
export class Outbox {
  // Only inside `uow.run`: the lock and the notification belong to the transaction of the change.
  constructor(private readonly tx: Executor) {}

  publish(event: DomainEvent): Promise<number> {
    return publish(this.tx as Tx, event);
  }

  publishAll(batch: DomainEvent[]): Promise<number[]> {
    return publishAll(this.tx as Tx, batch);
  }
}
