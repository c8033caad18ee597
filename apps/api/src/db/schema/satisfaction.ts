// The beneficiary's satisfaction check, recorded at a revision (R7) or a helper control (R8) that
// took place: one per visit, a score per domain (1–5), free comments (personal data, R5).
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgEnum, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { caseFiles, visits } from './cases.js';
import { staff } from './org.js';
import { SATISFACTION_DOMAINS } from '../../shared/vocabulary/satisfaction.js';

export const satisfactionDomain = pgEnum('satisfaction_domain', SATISFACTION_DOMAINS);

export const satisfactionChecks = pgTable(
  'satisfaction_checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    visitId: uuid('visit_id').notNull().references(() => visits.id),
    caseFileId: uuid('case_file_id').notNull().references(() => caseFiles.id),
    // What the beneficiary said in their own words (R5: never in reports, never to helpers).
    comment: text('comment'),
    recordedById: uuid('recorded_by_id').notNull().references(() => staff.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('satisfaction_checks_visit_idx').on(t.visitId), index('satisfaction_checks_case_idx').on(t.caseFileId)],
);

export const satisfactionScores = pgTable(
  'satisfaction_scores',
  {
    checkId: uuid('check_id').notNull().references(() => satisfactionChecks.id, { onDelete: 'cascade' }),
    domain: satisfactionDomain('domain').notNull(),
    score: smallint('score').notNull(),
    comment: text('comment'),
  },
  (t) => [primaryKey({ columns: [t.checkId, t.domain] }), check('satisfaction_score_scale', sql`${t.score} between 1 and 5`)],
);

// Direction's settings of the satisfaction figures: at most one row (none: the defaults), changed
// through satisfactionSettingsUpdate and kept in the audit trail.
export const satisfactionSettings = pgTable(
  'satisfaction_settings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Always true, and unique: a second row cannot exist (and an upsert finds the first).
    singleton: boolean('singleton').notNull().default(true).unique(),
    // An answer scoring at most this counts as low (dissatisfied) in the reports.
    lowScoreAtMost: smallint('low_score_at_most').notNull(),
    version: integer('version').notNull().default(1),
    updatedById: uuid('updated_by_id').notNull().references(() => staff.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [check('satisfaction_settings_singleton', sql`${t.singleton}`), check('satisfaction_low_score_scale', sql`${t.lowScoreAtMost} between 1 and 5`)],
);
