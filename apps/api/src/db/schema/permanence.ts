// The permanence rota: one row per shift, replacements as history, coverage alerts.
import { relations, sql } from 'drizzle-orm';
import { check, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { binomes, staff } from './org.js';
import { ALERT_SEVERITIES, SHIFT_KINDS } from '../../shared/vocabulary/permanence.js';
import { REPLACEMENT_KINDS } from '../../shared/vocabulary/permanence.js';

export const shiftKind = pgEnum('shift_kind', SHIFT_KINDS);
export const replacementKind = pgEnum('replacement_kind', REPLACEMENT_KINDS);
export const alertSeverity = pgEnum('alert_severity', ALERT_SEVERITIES);

export const permanenceShifts = pgTable(
  'permanence_shifts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: shiftKind('kind').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    // Held by a binôme or by one person, or by nobody (a coverage gap).
    holderBinomeId: uuid('holder_binome_id').references(() => binomes.id),
    holderStaffId: uuid('holder_staff_id').references(() => staff.id),
    // A binôme member who handed over her place on this shift (an approved swap) and who holds it in
    // her place: the shift is then held by the other member and the substitute (shift-holders.rules.ts).
    substitutedMemberId: uuid('substituted_member_id').references(() => staff.id),
    substituteId: uuid('substitute_id').references(() => staff.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // "Who is on call at t" is one range lookup on this index.
    index('permanence_shifts_span_idx').on(t.startsAt, t.endsAt),
    index('permanence_shifts_binome_idx').on(t.holderBinomeId),
    index('permanence_shifts_staff_idx').on(t.holderStaffId),
    index('permanence_shifts_substitute_idx').on(t.substituteId),
    check('shift_span', sql`${t.endsAt} > ${t.startsAt}`),
    check('shift_one_holder', sql`${t.holderBinomeId} is null or ${t.holderStaffId} is null`),
    check('shift_substitution', sql`(${t.substitutedMemberId} is null) = (${t.substituteId} is null) and (${t.substitutedMemberId} is null or ${t.holderBinomeId} is not null)`),
  ],
);

// R13: every change of holder is kept, with its kind and (for same-day changes) the event behind it.
export const permanenceReplacements = pgTable(
  'permanence_replacements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shiftId: uuid('shift_id').notNull().references(() => permanenceShifts.id),
    kind: replacementKind('kind').notNull(),
    previousBinomeId: uuid('previous_binome_id').references(() => binomes.id),
    previousStaffId: uuid('previous_staff_id').references(() => staff.id),
    newBinomeId: uuid('new_binome_id').references(() => binomes.id),
    newStaffId: uuid('new_staff_id').references(() => staff.id),
    // The binôme member's substitution before and after the change (none: both null).
    previousSubstitutedMemberId: uuid('previous_substituted_member_id').references(() => staff.id),
    previousSubstituteId: uuid('previous_substitute_id').references(() => staff.id),
    newSubstitutedMemberId: uuid('new_substituted_member_id').references(() => staff.id),
    newSubstituteId: uuid('new_substitute_id').references(() => staff.id),
    reason: text('reason'),
    event: text('event'),
    recordedById: uuid('recorded_by_id').notNull().references(() => staff.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('permanence_replacements_shift_idx').on(t.shiftId, t.recordedAt)],
);

export const alerts = pgTable(
  'alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    severity: alertSeverity('severity').notNull(),
    // Identifies the cause, so the same gap is one alert however often it is re-checked.
    causeKey: text('cause_key').notNull(),
    shiftId: uuid('shift_id').references(() => permanenceShifts.id),
    message: text('message').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    // Someone at the desk has seen it and is handling it; the alert stays open until its cause goes.
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    acknowledgedById: uuid('acknowledged_by_id').references(() => staff.id),
    acknowledgementNote: text('acknowledgement_note'),
  },
  (t) => [
    uniqueIndex('alerts_open_cause_idx').on(t.causeKey).where(sql`${t.resolvedAt} is null`),
    index('alerts_open_idx').on(t.resolvedAt, t.severity, t.startsAt),
    index('alerts_shift_idx').on(t.shiftId),
  ],
);

export const permanenceShiftsRelations = relations(permanenceShifts, ({ one, many }) => ({
  holderBinome: one(binomes, { fields: [permanenceShifts.holderBinomeId], references: [binomes.id] }),
  holderStaff: one(staff, { fields: [permanenceShifts.holderStaffId], references: [staff.id] }),
  replacements: many(permanenceReplacements),
}));
export const permanenceReplacementsRelations = relations(permanenceReplacements, ({ one }) => ({
  shift: one(permanenceShifts, { fields: [permanenceReplacements.shiftId], references: [permanenceShifts.id] }),
}));
export const alertsRelations = relations(alerts, ({ one }) => ({
  shift: one(permanenceShifts, { fields: [alerts.shiftId], references: [permanenceShifts.id] }),
}));
