// Organisation tables: sectors, staff, teams, binômes and absences (DOMAIN "Who works there", R11).
import { relations, sql } from 'drizzle-orm';
import { check, index, numeric, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ABSENCE_KINDS } from '../../shared/vocabulary/absences.js';
import { STAFF_ROLES } from '../../shared/vocabulary/staff.js';

export const staffRole = pgEnum('staff_role', STAFF_ROLES);

export const absenceKind = pgEnum('absence_kind', ABSENCE_KINDS);

export const sectors = pgTable('sectors', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  // Secret part of the sector's iCalendar feed URL; null once direction revoked it.
  calendarSecret: text('calendar_secret').unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const staff = pgTable(
  'staff',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fullName: text('full_name').notNull(),
    email: text('email').notNull(),
    phone: text('phone'),
    role: staffRole('role').notNull(),
    fte: numeric('fte', { precision: 3, scale: 2 }).notNull().default('1.00'),
    sectorId: uuid('sector_id').references(() => sectors.id),
    passwordHash: text('password_hash'),
    // Null once revoked: the person's feed link then answers 404 until a new one is made.
    calendarSecret: text('calendar_secret').unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('staff_email_lower_idx').on(sql`lower(${t.email})`),
    index('staff_sector_role_idx').on(t.sectorId, t.role),
    check('staff_fte_range', sql`${t.fte} > 0 and ${t.fte} <= 1`),
  ],
);

// A team is one social worker and the helpers of their sector.
export const teams = pgTable('teams', {
  id: uuid('id').primaryKey().defaultRandom(),
  sectorId: uuid('sector_id').notNull().unique().references(() => sectors.id),
  socialWorkerId: uuid('social_worker_id').notNull().references(() => staff.id),
});

export const teamMembers = pgTable(
  'team_members',
  {
    teamId: uuid('team_id').notNull().references(() => teams.id),
    helperId: uuid('helper_id').notNull().references(() => staff.id),
  },
  (t) => [uniqueIndex('team_members_pk').on(t.teamId, t.helperId), uniqueIndex('team_members_helper_idx').on(t.helperId)],
);

// A binôme: two social workers who share a permanence.
export const binomes = pgTable(
  'binomes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    firstMemberId: uuid('first_member_id').notNull().references(() => staff.id),
    secondMemberId: uuid('second_member_id').notNull().references(() => staff.id),
  },
  (t) => [check('binome_two_people', sql`${t.firstMemberId} <> ${t.secondMemberId}`)],
);

export const absences = pgTable(
  'absences',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    staffId: uuid('staff_id').notNull().references(() => staff.id),
    kind: absenceKind('kind').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    note: text('note'),
    recordedById: uuid('recorded_by_id').references(() => staff.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (t) => [
    index('absences_staff_span_idx').on(t.staffId, t.startsAt, t.endsAt),
    check('absence_span', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

export const sectorsRelations = relations(sectors, ({ many, one }) => ({
  staff: many(staff),
  team: one(teams),
}));
export const staffRelations = relations(staff, ({ one, many }) => ({
  sector: one(sectors, { fields: [staff.sectorId], references: [sectors.id] }),
  absences: many(absences),
}));
export const teamsRelations = relations(teams, ({ one, many }) => ({
  sector: one(sectors, { fields: [teams.sectorId], references: [sectors.id] }),
  socialWorker: one(staff, { fields: [teams.socialWorkerId], references: [staff.id] }),
  members: many(teamMembers),
}));
export const teamMembersRelations = relations(teamMembers, ({ one }) => ({
  team: one(teams, { fields: [teamMembers.teamId], references: [teams.id] }),
  helper: one(staff, { fields: [teamMembers.helperId], references: [staff.id] }),
}));
export const absencesRelations = relations(absences, ({ one }) => ({
  staff: one(staff, { fields: [absences.staffId], references: [staff.id] }),
}));
