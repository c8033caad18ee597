// Beneficiaries, case files with their status history, versioned aid plans, and the audit trail.
import { relations, sql } from 'drizzle-orm';
import { bigserial, boolean, check, date, doublePrecision, index, integer, jsonb, numeric, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sectors, staff } from './org.js';
import { CASE_STATUSES } from '../../shared/vocabulary/cases.js';
import { MARITAL_STATUSES } from '../../shared/vocabulary/cases.js';
import { AID_DECISION_KINDS, AID_DECISION_STATUSES, FILE_CHECK_OUTCOMES, VISIT_KINDS, VISIT_STATUSES } from '../../shared/vocabulary/visits.js';
import { AID_PLAN_STATUSES } from '../../shared/vocabulary/aid-plans.js';

export const maritalStatus = pgEnum('marital_status', MARITAL_STATUSES);
export const caseStatus = pgEnum('case_status', CASE_STATUSES);
export const visitKind = pgEnum('visit_kind', VISIT_KINDS);
export const visitStatus = pgEnum('visit_status', VISIT_STATUSES);
export const fileCheckOutcome = pgEnum('file_check_outcome', FILE_CHECK_OUTCOMES);
export const aidDecisionKind = pgEnum('aid_decision_kind', AID_DECISION_KINDS);
export const aidDecisionStatus = pgEnum('aid_decision_status', AID_DECISION_STATUSES);
export const aidPlanStatus = pgEnum('aid_plan_status', AID_PLAN_STATUSES);

export interface PersonNote {
  name: string;
  relation?: string | null;
  phone?: string | null;
  note?: string | null;
}

export interface NeedNote {
  domain: string;
  level: string;
  notes: string | null;
}

export interface PlanAction {
  domain: string;
  objective: string;
  kind: string;
  description: string;
  owner: string;
  dueDate: string | null;
  status: string;
  evaluationCriterion: string | null;
}

export const beneficiaries = pgTable(
  'beneficiaries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    birthDate: date('birth_date', { mode: 'string' }),
    street: text('street'),
    postalCode: text('postal_code'),
    city: text('city'),
    // Entered by hand (no geocoding service).
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    maritalStatus: maritalStatus('marital_status'),
    nationalRegisterNumber: text('national_register_number'),
    familyAllowanceNumber: text('family_allowance_number'),
    householdMembers: jsonb('household_members').$type<PersonNote[]>().notNull().default([]),
    informalCaregivers: jsonb('informal_caregivers').$type<PersonNote[]>().notNull().default([]),
    outsideProfessionals: jsonb('outside_professionals').$type<PersonNote[]>().notNull().default([]),
    propertyAdministrator: jsonb('property_administrator').$type<PersonNote | null>(),
    accessNotes: text('access_notes'),
    safetyNotes: text('safety_notes'),
    healthNotes: text('health_notes'),
    monthlyIncome: numeric('monthly_income', { precision: 10, scale: 2 }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('beneficiaries_nrn_idx').on(t.nationalRegisterNumber), index('beneficiaries_name_idx').on(t.lastName, t.firstName)],
);

export const caseFiles = pgTable(
  'case_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    beneficiaryId: uuid('beneficiary_id').notNull().references(() => beneficiaries.id),
    sectorId: uuid('sector_id').notNull().references(() => sectors.id),
    socialWorkerId: uuid('social_worker_id').notNull().references(() => staff.id),
    reasonForContact: text('reason_for_contact').notNull(),
    status: caseStatus('status').notNull().default('NEW_REQUEST'),
    redirectedTo: text('redirected_to'),
    // An urgent social situation needs action the same day: an alert until the action is recorded.
    urgentSince: timestamp('urgent_since', { withTimezone: true }),
    urgentActionTaken: text('urgent_action_taken'),
    urgentActionAt: timestamp('urgent_action_at', { withTimezone: true }),
    urgentActionById: uuid('urgent_action_by_id').references(() => staff.id),
    needs: jsonb('needs').$type<NeedNote[]>().notNull().default([]),
    version: integer('version').notNull().default(1),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('case_files_sector_status_idx').on(t.sectorId, t.status),
    index('case_files_social_worker_idx').on(t.socialWorkerId),
    index('case_files_beneficiary_idx').on(t.beneficiaryId),
  ],
);

// Who moved a case file from one status to another, when and why.
export const caseTransitions = pgTable(
  'case_transitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseFileId: uuid('case_file_id').notNull().references(() => caseFiles.id),
    fromStatus: caseStatus('from_status').notNull(),
    toStatus: caseStatus('to_status').notNull(),
    reason: text('reason').notNull(),
    // The case file's version after the move: orders moves made within the same instant.
    caseVersion: integer('case_version').notNull(),
    byId: uuid('by_id').notNull().references(() => staff.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_transitions_case_idx').on(t.caseFileId, t.at)],
);

// One row per version of a case's aid plan; an AGREED version is a record and never changes.
export const aidPlanVersions = pgTable(
  'aid_plan_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseFileId: uuid('case_file_id').notNull().references(() => caseFiles.id),
    number: integer('number').notNull(),
    status: aidPlanStatus('status').notNull().default('DRAFT'),
    copiedFromId: uuid('copied_from_id'),
    actions: jsonb('actions').$type<PlanAction[]>().notNull().default([]),
    familyHelperHours: numeric('family_helper_hours', { precision: 5, scale: 2 }).notNull().default('0'),
    homeHelperHours: numeric('home_helper_hours', { precision: 5, scale: 2 }).notNull().default('0'),
    lastEvaluatedOn: date('last_evaluated_on', { mode: 'string' }),
    nextEvaluationOn: date('next_evaluation_on', { mode: 'string' }),
    agreedByName: text('agreed_by_name'),
    agreedHow: text('agreed_how'),
    agreedAt: timestamp('agreed_at', { withTimezone: true }),
    recordedAgreementById: uuid('recorded_agreement_by_id').references(() => staff.id),
    revision: integer('revision').notNull().default(1),
    createdById: uuid('created_by_id').notNull().references(() => staff.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('aid_plan_versions_case_number_idx').on(t.caseFileId, t.number),
    check('aid_plan_hours', sql`${t.familyHelperHours} >= 0 and ${t.homeHelperHours} >= 0`),
  ],
);

// Action statuses of an agreed plan are tracked here, so the agreed text itself never changes.
export const aidPlanActionStatuses = pgTable(
  'aid_plan_action_statuses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    versionId: uuid('version_id').notNull().references(() => aidPlanVersions.id),
    actionIndex: integer('action_index').notNull(),
    status: text('status').notNull(),
    byId: uuid('by_id').notNull().references(() => staff.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('aid_plan_action_statuses_version_idx').on(t.versionId, t.actionIndex, t.at)],
);

// R1: evaluations of an agreed plan, each setting the next one (at most a year later).
export const aidPlanEvaluations = pgTable(
  'aid_plan_evaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    versionId: uuid('version_id').notNull().references(() => aidPlanVersions.id),
    evaluatedOn: date('evaluated_on', { mode: 'string' }).notNull(),
    nextEvaluationOn: date('next_evaluation_on', { mode: 'string' }).notNull(),
    notes: text('notes'),
    byId: uuid('by_id').notNull().references(() => staff.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('aid_plan_evaluations_version_idx').on(t.versionId, t.evaluatedOn)],
);

export const visits = pgTable(
  'visits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseFileId: uuid('case_file_id').notNull().references(() => caseFiles.id),
    kind: visitKind('kind').notNull(),
    status: visitStatus('status').notNull().default('PLANNED'),
    plannedAt: timestamp('planned_at', { withTimezone: true }).notNull(),
    visitorId: uuid('visitor_id').notNull().references(() => staff.id),
    report: text('report'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    cancelledReason: text('cancelled_reason'),
    // R10: the flying social worker's report goes to the sector's social worker, who acknowledges it.
    handedToId: uuid('handed_to_id').references(() => staff.id),
    handedAt: timestamp('handed_at', { withTimezone: true }),
    handoverAcknowledgedAt: timestamp('handover_acknowledged_at', { withTimezone: true }),
    createdById: uuid('created_by_id').notNull().references(() => staff.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('visits_case_idx').on(t.caseFileId, t.plannedAt),
    index('visits_visitor_idx').on(t.visitorId, t.plannedAt),
    index('visits_handed_to_idx').on(t.handedToId, t.handoverAcknowledgedAt),
  ],
);

// R3: after every home visit the relay & control social worker checks the file.
export const fileChecks = pgTable(
  'file_checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    visitId: uuid('visit_id').notNull().unique().references(() => visits.id),
    caseFileId: uuid('case_file_id').notNull().references(() => caseFiles.id),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
    encodingOk: boolean('encoding_ok'),
    financialParticipationOk: boolean('financial_participation_ok'),
    socialAspectsOk: boolean('social_aspects_ok'),
    outcome: fileCheckOutcome('outcome'),
    findings: text('findings'),
    checkedById: uuid('checked_by_id').references(() => staff.id),
    checkedAt: timestamp('checked_at', { withTimezone: true }),
  },
  (t) => [index('file_checks_open_idx').on(t.checkedAt, t.openedAt)],
);

// R4: continue / suspend / stop aid — decided by the sector social worker or direction; the
// flying social worker only proposes, and nobody approves their own proposal.
export const aidDecisions = pgTable(
  'aid_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseFileId: uuid('case_file_id').notNull().references(() => caseFiles.id),
    decision: aidDecisionKind('decision').notNull(),
    status: aidDecisionStatus('status').notNull(),
    proposedById: uuid('proposed_by_id').references(() => staff.id),
    proposedAt: timestamp('proposed_at', { withTimezone: true }),
    proposalReason: text('proposal_reason'),
    decidedById: uuid('decided_by_id').references(() => staff.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionReason: text('decision_reason'),
  },
  (t) => [
    index('aid_decisions_case_idx').on(t.caseFileId),
    check('aid_decision_not_self_approved', sql`${t.proposedById} is null or ${t.decidedById} is null or ${t.proposedById} <> ${t.decidedById}`),
  ],
);

// Append-only: changes (before/after) and reads of sensitive fields. No code path updates or deletes it.
export const auditEntries = pgTable(
  'audit_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Insertion order, for a stable newest-first listing.
    position: bigserial('position', { mode: 'number' }).notNull().unique(),
    kind: text('kind').$type<'CHANGE' | 'READ'>().notNull(),
    actorId: uuid('actor_id').references(() => staff.id),
    entity: text('entity').notNull(),
    entityId: uuid('entity_id').notNull(),
    caseFileId: uuid('case_file_id'),
    field: text('field'),
    entityVersion: integer('entity_version'),
    before: jsonb('before').$type<Record<string, unknown> | null>(),
    after: jsonb('after').$type<Record<string, unknown> | null>(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('audit_entries_entity_idx').on(t.entity, t.entityId, t.entityVersion)],
);

export const beneficiariesRelations = relations(beneficiaries, ({ many }) => ({
  caseFiles: many(caseFiles),
}));
export const caseFilesRelations = relations(caseFiles, ({ one, many }) => ({
  beneficiary: one(beneficiaries, { fields: [caseFiles.beneficiaryId], references: [beneficiaries.id] }),
  sector: one(sectors, { fields: [caseFiles.sectorId], references: [sectors.id] }),
  socialWorker: one(staff, { fields: [caseFiles.socialWorkerId], references: [staff.id] }),
  transitions: many(caseTransitions),
  aidPlanVersions: many(aidPlanVersions),
}));
export const caseTransitionsRelations = relations(caseTransitions, ({ one }) => ({
  caseFile: one(caseFiles, { fields: [caseTransitions.caseFileId], references: [caseFiles.id] }),
}));
export const aidPlanVersionsRelations = relations(aidPlanVersions, ({ one }) => ({
  caseFile: one(caseFiles, { fields: [aidPlanVersions.caseFileId], references: [caseFiles.id] }),
}));
