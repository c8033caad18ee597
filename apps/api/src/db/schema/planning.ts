// The flying social worker's monthly planning: requests (R6, R15), the generated planning with its
// items and recorded changes (R7–R9), and replacements / onboardings by the flying worker (R11);
// the relay social worker's preparation steps before visits.
import { relations, sql } from 'drizzle-orm';
import { bigserial, boolean, check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { caseFiles, visits } from './cases.js';
import { sectors, staff } from './org.js';
import { PLANNING_ITEM_STATUSES, PLANNING_STATUSES, REQUEST_KINDS } from '../../shared/vocabulary/planning.js';
import { ASSIGNMENT_KINDS } from '../../shared/vocabulary/planning.js';
import { PREPARATION_STEP_KINDS } from '../../shared/vocabulary/planning.js';

export const planningRequestKind = pgEnum('planning_request_kind', REQUEST_KINDS);
export const planningStatus = pgEnum('planning_status', PLANNING_STATUSES);
export const planningItemStatus = pgEnum('planning_item_status', PLANNING_ITEM_STATUSES);
export const flyingAssignmentKind = pgEnum('flying_assignment_kind', ASSIGNMENT_KINDS);
export const preparationStepKind = pgEnum('preparation_step_kind', PREPARATION_STEP_KINDS);

export interface UnplacedRequest {
  requestId: string;
  code: string;
  reason: string;
}

// A request to the flying social worker for a month ('YYYY-MM', Brussels). Refused requests are
// never stored: the refusal is a userError (R6, R15).
export const planningRequests = pgTable(
  'planning_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    month: text('month').notNull(),
    kind: planningRequestKind('kind').notNull(),
    sectorId: uuid('sector_id').notNull().references(() => sectors.id),
    caseFileId: uuid('case_file_id').references(() => caseFiles.id),
    helperId: uuid('helper_id').references(() => staff.id),
    // MEETING_SUPPORT: when the team meeting is held (R15).
    meetingAt: timestamp('meeting_at', { withTimezone: true }),
    note: text('note'),
    // R6: after the 20th of the month before, only direction accepts a request, as urgent.
    urgent: boolean('urgent').notNull().default(false),
    requestedById: uuid('requested_by_id').notNull().references(() => staff.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (t) => [index('planning_requests_month_idx').on(t.month, t.kind), check('planning_request_month', sql`${t.month} ~ '^[0-9]{4}-[0-9]{2}$'`)],
);

export const plannings = pgTable(
  'plannings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    month: text('month').notNull(),
    flyingWorkerId: uuid('flying_worker_id').notNull().references(() => staff.id),
    status: planningStatus('status').notNull().default('DRAFT'),
    unplaced: jsonb('unplaced').$type<UnplacedRequest[]>().notNull().default([]),
    version: integer('version').notNull().default(1),
    generatedById: uuid('generated_by_id').notNull().references(() => staff.id),
    generatedAt: timestamp('generated_at', { withTimezone: true }).notNull(),
    fixedById: uuid('fixed_by_id').references(() => staff.id),
    fixedAt: timestamp('fixed_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('plannings_month_worker_idx').on(t.month, t.flyingWorkerId)],
);

export const planningItems = pgTable(
  'planning_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planningId: uuid('planning_id').notNull().references(() => plannings.id),
    requestId: uuid('request_id').notNull().references(() => planningRequests.id),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    status: planningItemStatus('status').notNull().default('PLANNED'),
    // Set when the planning is fixed: the visit the item became in the case file.
    visitId: uuid('visit_id').references(() => visits.id),
  },
  (t) => [index('planning_items_planning_idx').on(t.planningId, t.startsAt), check('planning_item_span', sql`${t.endsAt} > ${t.startsAt}`)],
);

// Who changed the planning, when and why (kept for every adjustment; required reasons once fixed).
export const planningChanges = pgTable(
  'planning_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Insertion order: orders changes made within the same instant.
    position: bigserial('position', { mode: 'number' }).notNull().unique(),
    planningId: uuid('planning_id').notNull().references(() => plannings.id),
    itemId: uuid('item_id').references(() => planningItems.id),
    action: text('action').$type<'GENERATED' | 'MOVED' | 'REMOVED' | 'FIXED'>().notNull(),
    before: jsonb('before').$type<Record<string, unknown> | null>(),
    after: jsonb('after').$type<Record<string, unknown> | null>(),
    reason: text('reason'),
    afterFixing: boolean('after_fixing').notNull(),
    byId: uuid('by_id').notNull().references(() => staff.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('planning_changes_planning_idx').on(t.planningId, t.at)],
);

// R11: the flying worker replaces a sick social worker, or onboards a new one; one at a time.
export const flyingAssignments = pgTable(
  'flying_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: flyingAssignmentKind('kind').notNull(),
    flyingWorkerId: uuid('flying_worker_id').notNull().references(() => staff.id),
    socialWorkerId: uuid('social_worker_id').notNull().references(() => staff.id),
    sectorId: uuid('sector_id').notNull().references(() => sectors.id),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    // The replacement plan: which of the social worker's tasks the flying worker takes over.
    tasks: jsonb('tasks').$type<string[]>().notNull().default([]),
    approvedById: uuid('approved_by_id').notNull().references(() => staff.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }).notNull(),
    endedEarlyAt: timestamp('ended_early_at', { withTimezone: true }),
  },
  (t) => [index('flying_assignments_worker_idx').on(t.flyingWorkerId, t.startsAt), check('flying_assignment_span', sql`${t.endsAt} > ${t.startsAt}`)],
);

// The relay social worker's administrative steps before a visit, once done.
export const preparationSteps = pgTable(
  'preparation_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    visitId: uuid('visit_id').notNull().references(() => visits.id),
    kind: preparationStepKind('kind').notNull(),
    doneById: uuid('done_by_id').notNull().references(() => staff.id),
    doneAt: timestamp('done_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('preparation_steps_visit_kind_idx').on(t.visitId, t.kind)],
);

export const planningRequestsRelations = relations(planningRequests, ({ one }) => ({
  sector: one(sectors, { fields: [planningRequests.sectorId], references: [sectors.id] }),
  caseFile: one(caseFiles, { fields: [planningRequests.caseFileId], references: [caseFiles.id] }),
}));
export const planningsRelations = relations(plannings, ({ many }) => ({
  items: many(planningItems),
  changes: many(planningChanges),
}));
export const planningItemsRelations = relations(planningItems, ({ one }) => ({
  planning: one(plannings, { fields: [planningItems.planningId], references: [plannings.id] }),
  request: one(planningRequests, { fields: [planningItems.requestId], references: [planningRequests.id] }),
}));
export const planningChangesRelations = relations(planningChanges, ({ one }) => ({
  planning: one(plannings, { fields: [planningChanges.planningId], references: [plannings.id] }),
}));
