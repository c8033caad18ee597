// Team life (DOMAIN "Team life", R15 and around): team meetings of helpers with minutes, individual
// and corrective interviews, home controls and continuing training, recorded per helper.
import { relations } from 'drizzle-orm';
import { date, index, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { caseFiles } from './cases.js';
import { sectors, staff } from './org.js';
import { TEAM_RECORD_KINDS } from '../../shared/vocabulary/team.js';

export const teamRecordKind = pgEnum('team_record_kind', TEAM_RECORD_KINDS);

export const teamRecords = pgTable(
  'team_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: teamRecordKind('kind').notNull(),
    // Local date (Brussels) the meeting, interview, control or training took place.
    day: date('day', { mode: 'string' }).notNull(),
    // The helpers' sector: a sector's records are one index range.
    sectorId: uuid('sector_id').notNull().references(() => sectors.id),
    // The home where a helper's work was controlled (HOME_CONTROL only).
    caseFileId: uuid('case_file_id').references(() => caseFiles.id),
    title: text('title').notNull(),
    // Minutes of a meeting, notes of an interview, findings of a control, content of a training.
    notes: text('notes').notNull(),
    byId: uuid('by_id').notNull().references(() => staff.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('team_records_sector_day_idx').on(t.sectorId, t.day)],
);

// The helpers a record is about: several for a meeting or a training, one for an interview or a control.
export const teamRecordHelpers = pgTable(
  'team_record_helpers',
  {
    recordId: uuid('record_id').notNull().references(() => teamRecords.id, { onDelete: 'cascade' }),
    helperId: uuid('helper_id').notNull().references(() => staff.id),
  },
  (t) => [primaryKey({ columns: [t.recordId, t.helperId] }), index('team_record_helpers_helper_idx').on(t.helperId)],
);

export const teamRecordsRelations = relations(teamRecords, ({ many }) => ({ helpers: many(teamRecordHelpers) }));
export const teamRecordHelpersRelations = relations(teamRecordHelpers, ({ one }) => ({
  record: one(teamRecords, { fields: [teamRecordHelpers.recordId], references: [teamRecords.id] }),
}));
