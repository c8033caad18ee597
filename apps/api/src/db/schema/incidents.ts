// Civil-liability incidents (DOMAIN "Team life"): damage at a beneficiary's home, declared by a
// helper or the social worker, followed until closed with the insurer, with documents kept here.
import { relations, sql } from 'drizzle-orm';
import { check, customType, index, uniqueIndex, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { caseFiles } from './cases.js';
import { sectors, staff } from './org.js';
import { INCIDENT_STATUSES } from '../../shared/vocabulary/incidents.js';

export const incidentStatus = pgEnum('incident_status', INCIDENT_STATUSES);

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

export const incidents = pgTable(
  'incidents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseFileId: uuid('case_file_id').notNull().references(() => caseFiles.id),
    // The case file's sector when declared: R5 scopes a sector's incidents by it.
    sectorId: uuid('sector_id').notNull().references(() => sectors.id),
    declaredById: uuid('declared_by_id').notNull().references(() => staff.id),
    declaredAt: timestamp('declared_at', { withTimezone: true }).notNull(),
    // When the damage happened: the instant, and the zone it was told in (the service's).
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    occurredZone: text('occurred_zone').notNull(),
    description: text('description').notNull(),
    // Staff involved (the helper at work, usually) and anyone else, in words.
    involvedStaffIds: uuid('involved_staff_ids').array().notNull().default(sql`'{}'::uuid[]`),
    otherPeopleInvolved: text('other_people_involved'),
    insurerReference: text('insurer_reference'),
    status: incidentStatus('status').notNull().default('DECLARED'),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('incidents_sector_idx').on(t.sectorId, t.occurredAt),
    index('incidents_declared_by_idx').on(t.declaredById),
    // Sent to the insurer means the insurer has a reference for it.
    check('incident_sent_has_reference', sql`${t.status} <> 'SENT_TO_INSURER' or ${t.insurerReference} is not null`),
  ],
);

// Append-only: every status change, in order.
export const incidentStatusChanges = pgTable(
  'incident_status_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    incidentId: uuid('incident_id').notNull().references(() => incidents.id),
    fromStatus: incidentStatus('from_status'),
    toStatus: incidentStatus('to_status').notNull(),
    note: text('note'),
    byId: uuid('by_id').notNull().references(() => staff.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    // The incident's version this change made: two changes cannot make the same one.
    incidentVersion: integer('incident_version').notNull(),
  },
  (t) => [uniqueIndex('incident_status_changes_version_idx').on(t.incidentId, t.incidentVersion)],
);

// Files kept in PostgreSQL with their SHA-256, checked again on every download.
export const incidentDocuments = pgTable(
  'incident_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    incidentId: uuid('incident_id').notNull().references(() => incidents.id),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedById: uuid('uploaded_by_id').notNull().references(() => staff.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  },
  // The same file twice on one incident is one document (twenty identical uploads at once keep one).
  (t) => [uniqueIndex('incident_documents_file_idx').on(t.incidentId, t.sha256), check('incident_document_size', sql`${t.sizeBytes} = octet_length(${t.content})`)],
);

export const incidentsRelations = relations(incidents, ({ many }) => ({ statusChanges: many(incidentStatusChanges), documents: many(incidentDocuments) }));
export const incidentStatusChangesRelations = relations(incidentStatusChanges, ({ one }) => ({
  incident: one(incidents, { fields: [incidentStatusChanges.incidentId], references: [incidents.id] }),
}));
export const incidentDocumentsRelations = relations(incidentDocuments, ({ one }) => ({
  incident: one(incidents, { fields: [incidentDocuments.incidentId], references: [incidents.id] }),
}));
