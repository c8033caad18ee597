// Sessions: opaque tokens, stored only as their SHA-256, expiring and revocable.
import { relations } from 'drizzle-orm';
import { boolean, bigserial, index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { staff } from './org.js';

export const sessionKind = pgEnum('session_kind', ['STAFF', 'KIOSK', 'REPORTING']);

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
    // Opened through the board's own (trusted) login document: held to the board's documents when
    // RELAIS_TRUSTED_DOCUMENTS_ONLY is on. A tool's login (any other document) leaves it false.
    board: boolean('board').notNull().default(false),
    // Reporting tokens: the direction member who made it and the one who revoked it (issue 13).
    createdById: uuid('created_by_id').references(() => staff.id),
    revokedById: uuid('revoked_by_id').references(() => staff.id),
  },
  (t) => [index('sessions_staff_idx').on(t.staffId)],
);

export const sessionsRelations = relations(sessions, ({ one }) => ({
  staff: one(staff, { fields: [sessions.staffId], references: [staff.id] }),
}));

export const loginOutcome = pgEnum('login_outcome', ['PENDING', 'FAILED', 'SUCCEEDED', 'REFUSED']);

// Login attempts per account and client address, so that guessing is slowed on every API process.
// PENDING is written before the password is checked: parallel guesses count at once.
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    // The email as typed, lower-cased: unknown accounts are throttled alike, so none is revealed.
    account: text('account').notNull(),
    address: text('address').notNull(),
    outcome: loginOutcome('outcome').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('login_attempts_account_idx').on(t.account, t.at), index('login_attempts_address_idx').on(t.address, t.at)],
);
