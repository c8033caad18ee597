// Sessions: opaque tokens, stored only as their SHA-256, expiring and revocable.
import { relations } from 'drizzle-orm';
import { index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { staff } from './org.js';

export const sessionKind = pgEnum('session_kind', ['STAFF', 'KIOSK']);

export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: sessionKind('kind').notNull(),
    // Null for a kiosk: the meeting-room screen is nobody.
    staffId: uuid('staff_id').references(() => staff.id),
    label: text('label'),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('sessions_staff_idx').on(t.staffId)],
);

export const sessionsRelations = relations(sessions, ({ one }) => ({
  staff: one(staff, { fields: [sessions.staffId], references: [staff.id] }),
}));
