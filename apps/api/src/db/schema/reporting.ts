// Reporting: every use of a reporting tool's token (a session of kind REPORTING), kept as its audit
// trail and counted for its own rate limit.
import { relations } from 'drizzle-orm';
import { bigserial, boolean, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sessions } from './auth.js';

export const reportingTokenUses = pgTable(
  'reporting_token_uses',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id),
    // What was asked: the operation's root fields, or the CSV's path.
    what: text('what').notNull(),
    // Refused by the rate limit or for asking beyond the reports (still recorded, not counted).
    refused: boolean('refused').notNull().default(false),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('reporting_token_uses_session_at_idx').on(t.sessionId, t.at)],
);

/**
 * Requests that came with a bearer token Relais does not know or no longer accepts (unknown, revoked,
 * expired), by client address: counted so that guessing or replaying tokens is throttled (HTTP 429).
 */
export const refusedTokenUses = pgTable(
  'refused_token_uses',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    // The client's address as Express reads it (TRUST_PROXY decides whether a proxy's header counts).
    address: text('address').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('refused_token_uses_address_at_idx').on(t.address, t.at)],
);

export const reportingTokenUsesRelations = relations(reportingTokenUses, ({ one }) => ({
  session: one(sessions, { fields: [reportingTokenUses.sessionId], references: [sessions.id] }),
}));

/**
 * A month's report figures as a reporting tool first received them, once the month was over: the rows
 * of each figure (`figures`: figure name → rows), never updated, so figures sent to a funder never move
 * when a visit or a schedule entry dated in that month is written later (issue 13). Direction reads the
 * month as it stands now; the difference is the correction.
 */
export const reportingMonthFigures = pgTable(
  'reporting_month_figures',
  {
    report: text('report').notNull(),
    month: text('month').notNull(),
    figures: jsonb('figures').notNull(),
    frozenAt: timestamp('frozen_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.report, t.month] })],
);
