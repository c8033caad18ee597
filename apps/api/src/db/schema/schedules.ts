// Helpers' schedules: recurring patterns, entries (one visit of a helper at a home), same-day
// changes with what they replaced, and the conflicts the engine opens and resolves (DOMAIN "Helpers' schedules").
import { relations, sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, numeric, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { caseFiles } from './cases.js';
import { absences, sectors, staff } from './org.js';
import { CONFLICT_SEVERITIES, HELP_KINDS, SCHEDULE_CHANGE_KINDS, SCHEDULE_CHANGE_REASONS, SCHEDULE_ENTRY_STATUSES } from '../../shared/vocabulary/schedules.js';
import { LEAVE_KINDS, LEAVE_STATUSES } from '../../shared/vocabulary/leave.js';

export const helpKind = pgEnum('help_kind', HELP_KINDS);
export const scheduleEntryStatus = pgEnum('schedule_entry_status', SCHEDULE_ENTRY_STATUSES);
export const scheduleChangeKind = pgEnum('schedule_change_kind', SCHEDULE_CHANGE_KINDS);
export const scheduleChangeReason = pgEnum('schedule_change_reason', SCHEDULE_CHANGE_REASONS);
export const conflictSeverity = pgEnum('conflict_severity', CONFLICT_SEVERITIES);

// A weekly recurring visit: an RFC 5545 RRULE in Brussels wall time, with dates taken out.
export const schedulePatterns = pgTable('schedule_patterns', {
  id: uuid('id').primaryKey().defaultRandom(),
  helperId: uuid('helper_id').notNull().references(() => staff.id),
  caseFileId: uuid('case_file_id').notNull().references(() => caseFiles.id),
  kind: helpKind('kind').notNull(),
  tasks: jsonb('tasks').$type<string[]>().notNull().default([]),
  rrule: text('rrule').notNull(),
  startsOn: date('starts_on', { mode: 'string' }).notNull(),
  until: date('until', { mode: 'string' }).notNull(),
  // Local wall time "HH:mm" in Europe/Brussels: a 09:00 visit stays 09:00 across DST.
  startTime: text('start_time').notNull(),
  durationMinutes: integer('duration_minutes').notNull(),
  exceptDates: jsonb('except_dates').$type<string[]>().notNull().default([]),
  // Bumped by each end or exception, so a social worker's write on a stale read is refused.
  version: integer('version').notNull().default(1),
  createdById: uuid('created_by_id').notNull().references(() => staff.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const scheduleEntries = pgTable(
  'schedule_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    helperId: uuid('helper_id').notNull().references(() => staff.id),
    caseFileId: uuid('case_file_id').notNull().references(() => caseFiles.id),
    // The case's sector, kept on the entry so a sector's day is one index range.
    sectorId: uuid('sector_id').notNull().references(() => sectors.id),
    kind: helpKind('kind').notNull(),
    tasks: jsonb('tasks').$type<string[]>().notNull().default([]),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    status: scheduleEntryStatus('status').notNull().default('PLANNED'),
    patternId: uuid('pattern_id').references(() => schedulePatterns.id),
    version: integer('version').notNull().default(1),
    createdById: uuid('created_by_id').notNull().references(() => staff.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('schedule_entries_helper_start_idx').on(t.helperId, t.startsAt),
    index('schedule_entries_sector_start_idx').on(t.sectorId, t.startsAt),
    index('schedule_entries_case_start_idx').on(t.caseFileId, t.startsAt),
    // A reporting token's months are computed one at a time: a month's entries by range, not a scan of every year's.
    index('schedule_entries_start_idx').on(t.startsAt),
    check('schedule_entry_span', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

// A same-day change: who, when, why, and the entry as it was before (what it replaced).
export const scheduleChanges = pgTable(
  'schedule_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entryId: uuid('entry_id').notNull().references(() => scheduleEntries.id),
    sectorId: uuid('sector_id').notNull().references(() => sectors.id),
    // Local date (Brussels) of the entry as it was: the day the change belongs to.
    day: date('day', { mode: 'string' }).notNull(),
    kind: scheduleChangeKind('kind').notNull(),
    reason: scheduleChangeReason('reason').notNull(),
    note: text('note'),
    before: jsonb('before').$type<EntrySnapshot>().notNull(),
    after: jsonb('after').$type<EntrySnapshot>().notNull(),
    byId: uuid('by_id').notNull().references(() => staff.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('schedule_changes_sector_day_idx').on(t.sectorId, t.day, t.at), index('schedule_changes_entry_idx').on(t.entryId)],
);

export interface EntrySnapshot {
  helperId: string;
  startsAt: string;
  endsAt: string;
  status: string;
}

// What a conflict's sentence is made of; each rule fills only what it uses. R5: no beneficiary name or health detail.
export interface ConflictFactsData {
  /** The visits (or the block of work) concerned, ISO instants. */
  spans?: { startsAt: string; endsAt: string }[];
  absenceKind?: string;
  gapMinutes?: number;
  km?: number;
  neededMinutes?: number;
  speedKmh?: number;
  /** Hours scheduled (day, week, block without a break). */
  hours?: number;
  /** The limit those hours go over (legal day, contract, hours without a break). */
  limitHours?: number;
  breakMinutes?: number;
  fte?: number;
  askedHours?: number;
  helpKind?: string;
  /** Personal-care tasks given to a household helper. */
  tasks?: string[];
  /** VISIT_ON_HOLIDAY: the holiday or closing day, by name and kind. */
  holidayName?: string;
  holidayKind?: string;
}

// A conflict is open while its cause holds; `key` names the cause so a recheck finds it again.
export const scheduleConflicts = pgTable(
  'schedule_conflicts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    rule: text('rule').notNull(),
    severity: conflictSeverity('severity').notNull(),
    hard: boolean('hard').notNull(),
    key: text('key').notNull(),
    // The recheck unit that produced it: "HD:<helper>:<day>", "HW:<helper>:<week>", "CW:<case>:<week>".
    scope: text('scope').notNull(),
    sectorId: uuid('sector_id').references(() => sectors.id),
    helperId: uuid('helper_id').references(() => staff.id),
    caseFileId: uuid('case_file_id').references(() => caseFiles.id),
    entryIds: jsonb('entry_ids').$type<string[]>().notNull().default([]),
    day: date('day', { mode: 'string' }).notNull(),
    explanation: text('explanation').notNull(),
    // The values the explanation is made of, so each client words it in its own language (null: checked before facts were kept).
    facts: jsonb('facts').$type<ConflictFactsData>(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    acknowledgedById: uuid('acknowledged_by_id').references(() => staff.id),
    acknowledgementNote: text('acknowledgement_note'),
  },
  (t) => [
    uniqueIndex('schedule_conflicts_open_key_idx').on(t.key).where(sql`${t.resolvedAt} is null`),
    index('schedule_conflicts_open_scope_idx').on(t.scope).where(sql`${t.resolvedAt} is null`),
    index('schedule_conflicts_sector_idx').on(t.sectorId, t.resolvedAt),
  ],
);

export const leaveKind = pgEnum('leave_kind', LEAVE_KINDS);
export const leaveStatus = pgEnum('leave_status', LEAVE_STATUSES);

// R12: a helper's request for leave or time off in lieu; once approved it is an absence the conflict engine sees.
export const leaveRequests = pgTable(
  'leave_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    helperId: uuid('helper_id').notNull().references(() => staff.id),
    kind: leaveKind('kind').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    hours: numeric('hours', { precision: 6, scale: 2 }).notNull(),
    note: text('note'),
    status: leaveStatus('status').notNull().default('REQUESTED'),
    requestedById: uuid('requested_by_id').notNull().references(() => staff.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    decidedById: uuid('decided_by_id').references(() => staff.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
    absenceId: uuid('absence_id').references(() => absences.id),
  },
  (t) => [index('leave_requests_helper_start_idx').on(t.helperId, t.startsAt), check('leave_span', sql`${t.endsAt} > ${t.startsAt}`), check('leave_hours', sql`${t.hours} > 0`)],
);

export const schedulePatternsRelations = relations(schedulePatterns, ({ many }) => ({ entries: many(scheduleEntries) }));
export const scheduleEntriesRelations = relations(scheduleEntries, ({ one, many }) => ({
  pattern: one(schedulePatterns, { fields: [scheduleEntries.patternId], references: [schedulePatterns.id] }),
  helper: one(staff, { fields: [scheduleEntries.helperId], references: [staff.id] }),
  changes: many(scheduleChanges),
}));
export const scheduleChangesRelations = relations(scheduleChanges, ({ one }) => ({
  entry: one(scheduleEntries, { fields: [scheduleChanges.entryId], references: [scheduleEntries.id] }),
}));
