// Queries of the planning module: requests, plannings with items and changes, R11 assignments,
// and the facts the generator and the relay social worker's work list read.
import { and, asc, eq, gt, gte, inArray, isNull, lt, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { fromJsonRow, fromJsonRows, jsonRow, jsonRows } from '../../db/json-rows.js';
import { sharedRead, type RequestReads } from '../../db/request-reads.js';
import type { PreparationStepKind } from '../../shared/vocabulary/planning.js';
import {
  beneficiaries,
  caseFiles,
  flyingAssignments,
  permanenceReplacements,
  permanenceShifts,
  planningChanges,
  planningItems,
  planningRequests,
  plannings,
  preparationSteps,
  sectors,
  staff,
  visits,
} from '../../db/schema/index.js';

export type RequestRow = typeof planningRequests.$inferSelect;
export type PlanningRow = typeof plannings.$inferSelect;
export type ItemRow = typeof planningItems.$inferSelect;
export type ChangeRow = typeof planningChanges.$inferSelect;
export type AssignmentRow = typeof flyingAssignments.$inferSelect;

/** What selects the visits planned in [from, to), and what each carries besides the visit. */
function plannedVisitParts(from: Date, to: Date) {
  return {
    where: and(eq(visits.status, 'PLANNED'), gte(visits.plannedAt, from), lt(visits.plannedAt, to))!,
    hasPropertyAdministrator: sql<boolean>`${beneficiaries.propertyAdministrator} is not null and ${beneficiaries.propertyAdministrator} <> 'null'::jsonb`,
    doneSteps: sql<PreparationStepKind[]>`array(select ${preparationSteps.kind}::text from ${preparationSteps} where ${preparationSteps.visitId} = ${visits.id})`,
  };
}

interface PlannedVisitJson {
  visit: Record<string, unknown>;
  sectorId: string;
  hasPropertyAdministrator: boolean;
  doneSteps: PreparationStepKind[];
}

export class PlanningRepository {
  constructor(private readonly db: Executor) {}

  async insertRequest(values: typeof planningRequests.$inferInsert) {
    const [row] = await this.db.insert(planningRequests).values(values).returning();
    return row;
  }

  /** Serialises the checks on one key (a month's requests for R15, a flying worker's R11 plans) until commit. */
  async lock(key: string) {
    await this.db.execute(sql`select pg_advisory_xact_lock(hashtext(${`planning:${key}`}))`);
  }

  async lockRequest(id: string): Promise<RequestRow | null> {
    const [row] = await this.db.select().from(planningRequests).where(eq(planningRequests.id, id)).for('update');
    return row ?? null;
  }

  async withdrawRequest(id: string, at: Date) {
    const [row] = await this.db.update(planningRequests).set({ withdrawnAt: at }).where(eq(planningRequests.id, id)).returning();
    return row;
  }

  requestsOfMonth(month: string) {
    return this.db.select().from(planningRequests).where(and(eq(planningRequests.month, month), isNull(planningRequests.withdrawnAt))).orderBy(asc(planningRequests.requestedAt), asc(planningRequests.id));
  }

  /** R15: meeting supports already asked around a date (the week may straddle two months). */
  meetingsBetween(from: Date, to: Date) {
    return this.db
      .select()
      .from(planningRequests)
      .where(and(eq(planningRequests.kind, 'MEETING_SUPPORT'), isNull(planningRequests.withdrawnAt), gte(planningRequests.meetingAt, from), lt(planningRequests.meetingAt, to)));
  }

  async requestsByIds(ids: readonly string[]) {
    if (!ids.length) return [];
    return this.db.select().from(planningRequests).where(inArray(planningRequests.id, [...ids]));
  }

  async caseFile(id: string) {
    const [row] = await this.db.select({ id: caseFiles.id, sectorId: caseFiles.sectorId, beneficiaryId: caseFiles.beneficiaryId }).from(caseFiles).where(eq(caseFiles.id, id));
    return row ?? null;
  }

  async caseFilesByIds(ids: readonly string[]) {
    if (!ids.length) return [];
    return this.db.select({ id: caseFiles.id, sectorId: caseFiles.sectorId, beneficiaryId: caseFiles.beneficiaryId }).from(caseFiles).where(inArray(caseFiles.id, [...ids]));
  }

  /** R9: beneficiaries whose revision the flying worker did or has planned in [from, to). */
  async revisitedBeneficiaries(flyingWorkerId: string, from: Date, to: Date): Promise<string[]> {
    const rows = await this.db
      .selectDistinct({ id: caseFiles.beneficiaryId })
      .from(visits)
      .innerJoin(caseFiles, eq(caseFiles.id, visits.caseFileId))
      .where(and(eq(visits.visitorId, flyingWorkerId), eq(visits.kind, 'REVISION'), inArray(visits.status, ['PLANNED', 'DONE']), gte(visits.plannedAt, from), lt(visits.plannedAt, to)));
    return rows.map((r) => r.id);
  }

  async lockPlanning(month: string, flyingWorkerId: string): Promise<PlanningRow | null> {
    const [row] = await this.db.select().from(plannings).where(and(eq(plannings.month, month), eq(plannings.flyingWorkerId, flyingWorkerId))).for('update');
    return row ?? null;
  }

  async lockPlanningById(id: string): Promise<PlanningRow | null> {
    const [row] = await this.db.select().from(plannings).where(eq(plannings.id, id)).for('update');
    return row ?? null;
  }

  /**
   * The board's planning panel in one statement: the months' plannings with their items, the
   * requests of the months (withdrawn ones too: an item may name one) and those the items name, the
   * flying and relay social workers, the R11 assignments of the flying workers overlapping
   * [from, to) with the social workers they replace, every sector (by code), and the visits planned
   * in `planned` with their done steps (the relay queue).
   */
  async boardFacts(months: readonly string[], from: Date, to: Date, planned: { from: Date; to: Date }) {
    const inMonths = sql`p.month in ${[...months]}`;
    const planningIds = sql`(select p.id from ${plannings} p where ${inMonths})`;
    const flyingIds = sql`(select s.id from ${staff} s where s.role = 'FLYING_SOCIAL_WORKER' union select p.flying_worker_id from ${plannings} p where ${inMonths})`;
    const assignmentsWhere = sql`a.flying_worker_id in ${flyingIds} and a.starts_at < ${to.toISOString()}::timestamptz and a.ends_at > ${from.toISOString()}::timestamptz`;
    const pv = plannedVisitParts(planned.from, planned.to);
    const [row] = await this.db.execute<Record<'plannings' | 'items' | 'requests' | 'staff' | 'assignments' | 'sectors' | 'planned', unknown>>(sql`select
      ${jsonRows(plannings, 'p', inMonths, sql`p.generated_at`)} as plannings,
      ${jsonRows(planningItems, 'i', sql`i.planning_id in ${planningIds}`, sql`i.starts_at, i.id`)} as items,
      ${jsonRows(planningRequests, 'r', sql`r.month in ${[...months]} or r.id in (select i.request_id from ${planningItems} i where i.planning_id in ${planningIds})`, sql`r.requested_at, r.id`)} as requests,
      ${jsonRows(staff, 's', sql`s.role in ('FLYING_SOCIAL_WORKER', 'RELAY_CONTROL_SOCIAL_WORKER') or s.id in (select a.social_worker_id from ${flyingAssignments} a where ${assignmentsWhere})`, sql`s.full_name, s.id`)} as staff,
      ${jsonRows(flyingAssignments, 'a', assignmentsWhere, sql`a.starts_at, a.id`)} as assignments,
      ${jsonRows(sectors, 'x', sql`true`, sql`x.code`)} as sectors,
      (select coalesce(json_agg(json_build_object('visit', ${jsonRow(visits, 'visits')}, 'sectorId', ${caseFiles.sectorId}, 'hasPropertyAdministrator', ${pv.hasPropertyAdministrator}, 'doneSteps', ${pv.doneSteps})
        order by ${visits.plannedAt}, ${visits.id}), '[]'::json)
        from ${visits} inner join ${caseFiles} on ${eq(caseFiles.id, visits.caseFileId)} inner join ${beneficiaries} on ${eq(beneficiaries.id, caseFiles.beneficiaryId)}
        where ${pv.where}) as planned`);
    return {
      plannings: fromJsonRows(plannings, row.plannings),
      items: fromJsonRows(planningItems, row.items),
      requests: fromJsonRows(planningRequests, row.requests),
      staff: fromJsonRows(staff, row.staff),
      assignments: fromJsonRows(flyingAssignments, row.assignments),
      sectors: fromJsonRows(sectors, row.sectors),
      plannedVisits: (row.planned as PlannedVisitJson[]).map((v): PlannedVisitRow => ({ ...v, visit: fromJsonRow(visits, v.visit) })),
    };
  }

  async planningsOfMonth(month: string, reads?: RequestReads) {
    return sharedRead(reads, `planningsOfMonth:${month}`, () => this.db.select().from(plannings).where(eq(plannings.month, month)).orderBy(asc(plannings.generatedAt)));
  }

  async planningsByIds(ids: readonly string[]) {
    if (!ids.length) return [];
    return this.db.select().from(plannings).where(inArray(plannings.id, [...ids]));
  }

  async insertPlanning(values: typeof plannings.$inferInsert) {
    const [row] = await this.db.insert(plannings).values(values).returning();
    return row;
  }

  async updatePlanning(id: string, values: Partial<typeof plannings.$inferInsert>) {
    const [row] = await this.db.update(plannings).set(values).where(eq(plannings.id, id)).returning();
    return row;
  }

  /** A draft is regenerated from scratch; its change history keeps the rows, without the items. */
  async clearItems(planningId: string) {
    const ids = this.db.select({ id: planningItems.id }).from(planningItems).where(eq(planningItems.planningId, planningId));
    await this.db.update(planningChanges).set({ itemId: null }).where(inArray(planningChanges.itemId, ids));
    await this.db.delete(planningItems).where(eq(planningItems.planningId, planningId));
  }

  insertItems(values: (typeof planningItems.$inferInsert)[]) {
    if (!values.length) return Promise.resolve([] as ItemRow[]);
    return this.db.insert(planningItems).values(values).returning();
  }

  async itemsOfPlannings(ids: readonly string[]) {
    if (!ids.length) return [];
    return this.db.select().from(planningItems).where(inArray(planningItems.planningId, [...ids])).orderBy(asc(planningItems.startsAt), asc(planningItems.id));
  }

  async itemById(id: string): Promise<ItemRow | null> {
    const [row] = await this.db.select().from(planningItems).where(eq(planningItems.id, id));
    return row ?? null;
  }

  async lockItem(id: string): Promise<ItemRow | null> {
    const [row] = await this.db.select().from(planningItems).where(eq(planningItems.id, id)).for('update');
    return row ?? null;
  }

  async updateItem(id: string, values: Partial<typeof planningItems.$inferInsert>) {
    const [row] = await this.db.update(planningItems).set(values).where(eq(planningItems.id, id)).returning();
    return row;
  }

  async insertChange(values: typeof planningChanges.$inferInsert) {
    const [row] = await this.db.insert(planningChanges).values(values).returning();
    return row;
  }

  async changesOfPlannings(ids: readonly string[]) {
    if (!ids.length) return [];
    return this.db.select().from(planningChanges).where(inArray(planningChanges.planningId, [...ids])).orderBy(asc(planningChanges.position));
  }

  /** R11: the flying worker's replacements and onboardings overlapping [from, to), not ended early. */
  assignmentsOf(flyingWorkerIds: string[], from: Date, to: Date, reads?: RequestReads) {
    if (!flyingWorkerIds.length) return Promise.resolve([] as AssignmentRow[]);
    return sharedRead(reads, `assignmentsOf:${[...flyingWorkerIds].sort().join(',')}:${from.toISOString()}:${to.toISOString()}`, () =>
      this.db
        .select()
        .from(flyingAssignments)
        .where(and(inArray(flyingAssignments.flyingWorkerId, flyingWorkerIds), lt(flyingAssignments.startsAt, to), gt(flyingAssignments.endsAt, from)))
        .orderBy(asc(flyingAssignments.startsAt)),
    );
  }

  /** R14: sickness replacements running at an instant in these sectors. */
  /** Sickness replacements in these sectors running at some instant of [from, to]. */
  replacementsInSectors(sectorIds: readonly string[], from: Date, to: Date) {
    if (!sectorIds.length) return Promise.resolve([]);
    return this.db
      .select()
      .from(flyingAssignments)
      .where(and(inArray(flyingAssignments.sectorId, [...sectorIds]), eq(flyingAssignments.kind, 'SICKNESS_REPLACEMENT'), lte(flyingAssignments.startsAt, to), sql`coalesce(${flyingAssignments.endedEarlyAt}, ${flyingAssignments.endsAt}) > ${from.toISOString()}::timestamptz`));
  }

  /** R14's feed timer: sickness replacements whose span, as ended early or not, overlaps [from, to). */
  replacementsOverlapping(from: Date, to: Date) {
    return this.db
      .select({ startsAt: flyingAssignments.startsAt, endsAt: flyingAssignments.endsAt, endedEarlyAt: flyingAssignments.endedEarlyAt })
      .from(flyingAssignments)
      .where(and(eq(flyingAssignments.kind, 'SICKNESS_REPLACEMENT'), lt(flyingAssignments.startsAt, to), sql`coalesce(${flyingAssignments.endedEarlyAt}, ${flyingAssignments.endsAt}) > ${from.toISOString()}::timestamptz`));
  }

  async insertAssignment(values: typeof flyingAssignments.$inferInsert) {
    const [row] = await this.db.insert(flyingAssignments).values(values).returning();
    return row;
  }

  async lockAssignment(id: string): Promise<AssignmentRow | null> {
    const [row] = await this.db.select().from(flyingAssignments).where(eq(flyingAssignments.id, id)).for('update');
    return row ?? null;
  }

  async updateAssignment(id: string, values: Partial<typeof flyingAssignments.$inferInsert>) {
    const [row] = await this.db.update(flyingAssignments).set(values).where(eq(flyingAssignments.id, id)).returning();
    return row;
  }

  async assignmentsByIds(ids: readonly string[]) {
    if (!ids.length) return [];
    return this.db.select().from(flyingAssignments).where(inArray(flyingAssignments.id, [...ids]));
  }

  /** Planned visits in [from, to), each with the kinds of its preparation steps done (in the same statement). */
  plannedVisits(from: Date, to: Date) {
    const p = plannedVisitParts(from, to);
    return this.db
      .select({ visit: visits, sectorId: caseFiles.sectorId, hasPropertyAdministrator: p.hasPropertyAdministrator, doneSteps: p.doneSteps })
      .from(visits)
      .innerJoin(caseFiles, eq(caseFiles.id, visits.caseFileId))
      .innerJoin(beneficiaries, eq(beneficiaries.id, caseFiles.beneficiaryId))
      .where(p.where)
      .orderBy(asc(visits.plannedAt), asc(visits.id));
  }

  async insertStep(values: typeof preparationSteps.$inferInsert) {
    const [row] = await this.db.insert(preparationSteps).values(values).onConflictDoNothing().returning();
    return row ?? null;
  }

  /** R13: replacements of permanence shifts still to come that this person programmed. */
  programmedReplacements(recordedById: string, from: Date) {
    return this.db
      .select({ replacement: permanenceReplacements, shift: permanenceShifts })
      .from(permanenceReplacements)
      .innerJoin(permanenceShifts, eq(permanenceShifts.id, permanenceReplacements.shiftId))
      .where(and(eq(permanenceReplacements.recordedById, recordedById), gt(permanenceShifts.endsAt, from)))
      .orderBy(asc(permanenceShifts.startsAt));
  }
}

export type PlannedVisitRow = Awaited<ReturnType<PlanningRepository['plannedVisits']>>[number];
export type ProgrammedReplacementRow = Awaited<ReturnType<PlanningRepository['programmedReplacements']>>[number]['replacement'];
