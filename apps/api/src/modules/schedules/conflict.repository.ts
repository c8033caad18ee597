// Queries on stored conflicts, and the facts the conflict engine needs besides the entries
// (helpers, absences, agreed aid-plan hours), read from their tables as the engine needs them.
import { and, asc, desc, eq, getTableColumns, gt, inArray, isNull, isNotNull, lt, notInArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { alias } from 'drizzle-orm/pg-core';
import { absences, aidPlanVersions, caseFiles, scheduleConflicts, sectors, staff } from '../../db/schema/index.js';
import type { ConflictFactsData } from '../../db/schema/schedules.js';

export type ConflictRow = typeof scheduleConflicts.$inferSelect;
const NONE = '00000000-0000-0000-0000-000000000000';

// What the engine gives of a new conflict; the other columns start null (id: a new uuid, as its default).
const GIVEN = ['rule', 'severity', 'hard', 'key', 'scope', 'sectorId', 'helperId', 'caseFileId', 'entryIds', 'day', 'explanation', 'facts', 'openedAt'] as const;
export type NewConflict = Pick<typeof scheduleConflicts.$inferInsert, (typeof GIVEN)[number]>;
const columns = Object.entries(getTableColumns(scheduleConflicts));
const given = (name: string) => (GIVEN as readonly string[]).includes(name);
// An insert … select names every column in the table's order.
const INSERTED = sql.raw(columns.map(([name]) => (name === 'id' ? 'gen_random_uuid()' : given(name) ? `x."${name}"` : 'null')).join(', '));
const RECORD = sql.raw(columns.filter(([name]) => given(name)).map(([name, c]) => `"${name}" ${c.getSQLType()}`).join(', '));

export interface ConflictFilter {
  sectorId?: string;
  open?: boolean | null;
  helperId?: string;
}

export class ConflictRepository {
  constructor(private readonly db: Executor) {}

  helpers(ids: string[]) {
    return this.db
      .select({ id: staff.id, fullName: staff.fullName, role: staff.role, fte: staff.fte, sectorId: staff.sectorId })
      .from(staff)
      .where(inArray(staff.id, ids.length ? ids : [NONE]));
  }

  /** The helpers' absences (not cancelled) overlapping [from, to): what SCHEDULED_WHILE_ABSENT checks against. */
  absencesOverlapping(staffIds: string[], from: Date, to: Date) {
    return this.db
      .select({ id: absences.id, staffId: absences.staffId, kind: absences.kind, startsAt: absences.startsAt, endsAt: absences.endsAt })
      .from(absences)
      .where(and(isNull(absences.cancelledAt), lt(absences.startsAt, to), gt(absences.endsAt, from), inArray(absences.staffId, staffIds.length ? staffIds : [NONE])))
      .orderBy(asc(absences.startsAt));
  }

  /** The weekly hours of each case's latest agreed aid plan, for cases still being helped. */
  agreedPlanHours(caseIds?: string[]) {
    return this.db
      .selectDistinctOn([aidPlanVersions.caseFileId], {
        caseFileId: aidPlanVersions.caseFileId,
        sectorId: caseFiles.sectorId,
        familyHelperHours: aidPlanVersions.familyHelperHours,
        homeHelperHours: aidPlanVersions.homeHelperHours,
      })
      .from(aidPlanVersions)
      .innerJoin(caseFiles, eq(caseFiles.id, aidPlanVersions.caseFileId))
      .where(
        and(
          eq(aidPlanVersions.status, 'AGREED'),
          notInArray(caseFiles.status, ['CLOSED', 'REDIRECTED', 'SUSPENDED']),
          caseIds ? inArray(aidPlanVersions.caseFileId, caseIds.length ? caseIds : [NONE]) : undefined,
        ),
      )
      .orderBy(aidPlanVersions.caseFileId, desc(aidPlanVersions.number));
  }

  caseSectors(caseIds: string[]) {
    return this.db.select({ id: caseFiles.id, sectorId: caseFiles.sectorId }).from(caseFiles).where(inArray(caseFiles.id, caseIds.length ? caseIds : [NONE]));
  }

  openInScopes(scopes: string[]) {
    return this.db
      .select()
      .from(scheduleConflicts)
      // One array parameter: a full recheck asks 5,000 scopes at a time.
      .where(and(isNull(scheduleConflicts.resolvedAt), sql`${scheduleConflicts.scope} = any(${sql.param(scopes)}::text[])`))
      .for('update');
  }

  openScopesBetween(fromDay: string, toDay: string) {
    return this.db
      .selectDistinct({ scope: scheduleConflicts.scope })
      .from(scheduleConflicts)
      .where(and(isNull(scheduleConflicts.resolvedAt), sql`${scheduleConflicts.day} >= ${fromDay}`, sql`${scheduleConflicts.day} < ${toDay}`));
  }

  async insert(values: NewConflict[]): Promise<ConflictRow[]> {
    if (!values.length) return [];
    // The rows as one JSON parameter: drizzle builds a VALUES list parameter by parameter, which was
    // most of the Node time of a month's first recheck (2,000 conflicts × 13 columns, issue 14).
    // Another transaction may have opened the same cause a moment ago: keep theirs.
    return this.db
      .insert(scheduleConflicts)
      .select(sql`select ${INSERTED} from jsonb_to_recordset(${JSON.stringify(values)}::jsonb) as x(${RECORD})`)
      .onConflictDoNothing()
      .returning();
  }

  async resolve(ids: string[], at: Date): Promise<ConflictRow[]> {
    if (!ids.length) return [];
    return this.db.update(scheduleConflicts).set({ resolvedAt: at }).where(inArray(scheduleConflicts.id, ids)).returning();
  }

  async reword(id: string, explanation: string, facts: ConflictFactsData, entryIds: string[]) {
    await this.db.update(scheduleConflicts).set({ explanation, facts, entryIds }).where(eq(scheduleConflicts.id, id));
  }

  async acknowledge(id: string, byId: string, note: string, at: Date): Promise<ConflictRow | null> {
    const [row] = await this.db
      .update(scheduleConflicts)
      .set({ acknowledgedAt: at, acknowledgedById: byId, acknowledgementNote: note })
      .where(and(eq(scheduleConflicts.id, id), isNull(scheduleConflicts.resolvedAt)))
      .returning();
    return row ?? null;
  }

  byIds(ids: readonly string[]) {
    return this.db.select().from(scheduleConflicts).where(inArray(scheduleConflicts.id, ids.length ? [...ids] : [NONE]));
  }

  /** Most severe first, then newest. */
  /** Most severe first, each with its helper, who acknowledged it and its sector (read in the same statement). */
  list(f: ConflictFilter, limit: number) {
    const helper = alias(staff, 'helper');
    const acknowledgedBy = alias(staff, 'acknowledged_by');
    return this.db
      .select({ conflict: scheduleConflicts, helper, acknowledgedBy, sector: sectors })
      .from(scheduleConflicts)
      .leftJoin(helper, eq(helper.id, scheduleConflicts.helperId))
      .leftJoin(acknowledgedBy, eq(acknowledgedBy.id, scheduleConflicts.acknowledgedById))
      .leftJoin(sectors, eq(sectors.id, scheduleConflicts.sectorId))
      .where(
        and(
          f.sectorId ? eq(scheduleConflicts.sectorId, f.sectorId) : undefined,
          f.helperId ? eq(scheduleConflicts.helperId, f.helperId) : undefined,
          f.open === true ? isNull(scheduleConflicts.resolvedAt) : f.open === false ? isNotNull(scheduleConflicts.resolvedAt) : undefined,
        ),
      )
      .orderBy(sql`case ${scheduleConflicts.severity} when 'HIGH' then 0 when 'MEDIUM' then 1 else 2 end`, desc(scheduleConflicts.openedAt), asc(scheduleConflicts.id))
      .limit(limit)
      .then((rows) => rows.map(({ conflict, sector, helper: h, acknowledgedBy: a }) => ({ conflict, staff: [h, a].flatMap((p) => p ?? []), sector })));
  }
}
