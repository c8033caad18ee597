// The outbox: every domain event, written in the transaction of its change, read by position.
import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const events = pgTable(
  'events',
  {
    position: bigserial('position', { mode: 'number' }).primaryKey(),
    type: text('type').notNull(),
    topic: text('topic').notNull(),
    subjectId: uuid('subject_id'),
    actorId: uuid('actor_id'),
    payload: jsonb('payload').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('events_topic_position_idx').on(t.topic, t.position)],
);
