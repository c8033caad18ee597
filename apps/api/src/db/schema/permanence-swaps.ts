// Swaps of permanence shifts: one row per offer, carrying each step (taken, approved or refused,
// withdrawn, undone, cancelled) with who and when, so a shift's history stays readable.
import { relations, sql } from 'drizzle-orm';
import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { staff } from './org.js';
import { permanenceReplacements, permanenceShifts } from './permanence.js';
import { SWAP_STATUSES } from '../../shared/vocabulary/permanence.js';

export const swapStatus = pgEnum('swap_status', SWAP_STATUSES);

export const permanenceSwaps = pgTable(
  'permanence_swaps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shiftId: uuid('shift_id').notNull().references(() => permanenceShifts.id),
    status: swapStatus('status').notNull().default('OFFERED'),
    offeredById: uuid('offered_by_id').notNull().references(() => staff.id),
    offeredAt: timestamp('offered_at', { withTimezone: true }).notNull(),
    note: text('note'),
    // R13: an offer less than a week ahead carries the event that caused it.
    event: text('event'),
    takenById: uuid('taken_by_id').references(() => staff.id),
    takenAt: timestamp('taken_at', { withTimezone: true }),
    decidedById: uuid('decided_by_id').references(() => staff.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    refusalReason: text('refusal_reason'),
    // The change of holder the approval made, and the one its undo made.
    replacementId: uuid('replacement_id').references(() => permanenceReplacements.id),
    endedById: uuid('ended_by_id').references(() => staff.id),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    undoReplacementId: uuid('undo_replacement_id').references(() => permanenceReplacements.id),
  },
  (t) => [
    // One open swap per shift: of two offers at once, one lands, the other gets SWAP_ALREADY_OFFERED.
    uniqueIndex('permanence_swaps_one_open_idx').on(t.shiftId).where(sql`${t.status} in ('OFFERED', 'TAKEN')`),
    index('permanence_swaps_shift_idx').on(t.shiftId, t.offeredAt),
    index('permanence_swaps_status_idx').on(t.status, t.offeredAt),
  ],
);

export const permanenceSwapsRelations = relations(permanenceSwaps, ({ one }) => ({
  shift: one(permanenceShifts, { fields: [permanenceSwaps.shiftId], references: [permanenceShifts.id] }),
}));
