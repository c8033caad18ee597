// R2: a case file's proofs of income (one row per kind, received or missing) and the follow-up of
// files whose proofs are missing after a visit, by the relay & control social worker.
import { relations, sql } from 'drizzle-orm';
import { check, date, index, numeric, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { caseFiles, fileChecks, visits } from './cases.js';
import { staff } from './org.js';
import { INCOME_FOLLOW_UP_REASONS, INCOME_PROOF_KINDS, INCOME_PROOF_STATUSES } from '../../shared/vocabulary/income.js';

export const incomeProofKind = pgEnum('income_proof_kind', INCOME_PROOF_KINDS);
export const incomeProofStatus = pgEnum('income_proof_status', INCOME_PROOF_STATUSES);
export const incomeFollowUpReason = pgEnum('income_follow_up_reason', INCOME_FOLLOW_UP_REASONS);

export const incomeProofs = pgTable(
  'income_proofs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseFileId: uuid('case_file_id').notNull().references(() => caseFiles.id),
    kind: incomeProofKind('kind').notNull(),
    status: incomeProofStatus('status').notNull(),
    // Monthly net amount the proof shows (R5: never for helpers, telephonists or the kiosk).
    monthlyAmount: numeric('monthly_amount', { precision: 10, scale: 2 }),
    receivedOn: date('received_on', { mode: 'string' }),
    note: text('note'),
    recordedById: uuid('recorded_by_id').notNull().references(() => staff.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('income_proofs_case_kind_idx').on(t.caseFileId, t.kind),
    check('income_proof_received', sql`${t.status} = 'MISSING' or (${t.receivedOn} is not null and ${t.monthlyAmount} >= 0)`),
  ],
);

// At most one open follow-up per case file; it closes when the proofs are all received.
export const incomeFollowUps = pgTable(
  'income_follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseFileId: uuid('case_file_id').notNull().references(() => caseFiles.id),
    reason: incomeFollowUpReason('reason').notNull(),
    visitId: uuid('visit_id').references(() => visits.id),
    fileCheckId: uuid('file_check_id').references(() => fileChecks.id),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedById: uuid('closed_by_id').references(() => staff.id),
  },
  (t) => [
    uniqueIndex('income_follow_ups_open_idx').on(t.caseFileId).where(sql`${t.closedAt} is null`),
    index('income_follow_ups_list_idx').on(t.closedAt, t.openedAt),
  ],
);

export const incomeProofsRelations = relations(incomeProofs, ({ one }) => ({
  caseFile: one(caseFiles, { fields: [incomeProofs.caseFileId], references: [caseFiles.id] }),
}));
export const incomeFollowUpsRelations = relations(incomeFollowUps, ({ one }) => ({
  caseFile: one(caseFiles, { fields: [incomeFollowUps.caseFileId], references: [caseFiles.id] }),
}));
