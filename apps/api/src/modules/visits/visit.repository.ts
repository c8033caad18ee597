// Queries on visits, R3 file checks and R4 aid decisions.
import { and, asc, count, eq, gt, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { aidDecisions, caseFiles, fileChecks, staff, visits } from '../../db/schema/index.js';

export type VisitRow = typeof visits.$inferSelect;
export type FileCheckRow = typeof fileChecks.$inferSelect;
export type AidDecisionRow = typeof aidDecisions.$inferSelect;

export class VisitRepository {
  constructor(private readonly db: Executor) {}

  async insertVisit(values: typeof visits.$inferInsert) {
    const [row] = await this.db.insert(visits).values(values).returning();
    return row;
  }

  async lockVisit(id: string): Promise<VisitRow | null> {
    const [row] = await this.db.select().from(visits).where(eq(visits.id, id)).for('update');
    return row ?? null;
  }

  async updateVisit(id: string, values: Partial<typeof visits.$inferInsert>) {
    const [row] = await this.db.update(visits).set(values).where(eq(visits.id, id)).returning();
    return row;
  }

  async visitsOfCases(ids: readonly string[]) {
    if (!ids.length) return [];
    return this.db.select().from(visits).where(inArray(visits.caseFileId, [...ids])).orderBy(asc(visits.plannedAt), asc(visits.id));
  }

  async insertFileCheck(values: typeof fileChecks.$inferInsert) {
    const [row] = await this.db.insert(fileChecks).values(values).returning();
    return row;
  }

  async lockFileCheck(id: string): Promise<FileCheckRow | null> {
    const [row] = await this.db.select().from(fileChecks).where(eq(fileChecks.id, id)).for('update');
    return row ?? null;
  }

  async updateFileCheck(id: string, values: Partial<typeof fileChecks.$inferInsert>) {
    const [row] = await this.db.update(fileChecks).set(values).where(eq(fileChecks.id, id)).returning();
    return row;
  }

  async fileChecksOfCases(ids: readonly string[]) {
    if (!ids.length) return [];
    return this.db.select().from(fileChecks).where(inArray(fileChecks.caseFileId, [...ids])).orderBy(asc(fileChecks.openedAt));
  }

  private openWhere(open: boolean | null): SQL | undefined {
    return open === null ? undefined : open ? isNull(fileChecks.checkedAt) : undefined;
  }

  /** Oldest first; keyset on (opened_at, id). */
  fileChecks(open: boolean | null, limit: number, after?: { openedAt: string; id: string }) {
    return this.db
      .select()
      .from(fileChecks)
      .where(and(this.openWhere(open), after ? sql`(${fileChecks.openedAt}, ${fileChecks.id}) > (${after.openedAt}::timestamptz, ${after.id}::uuid)` : undefined))
      .orderBy(asc(fileChecks.openedAt), asc(fileChecks.id))
      .limit(limit);
  }

  /** The open R3 file checks' count, as a statement not yet run (another may embed it). */
  openFileChecksCount() {
    return this.db.select({ n: count() }).from(fileChecks).where(this.openWhere(true));
  }

  async countFileChecks(open: boolean | null) {
    const [row] = await this.db.select({ n: count() }).from(fileChecks).where(this.openWhere(open));
    return row.n;
  }

  async insertDecision(values: typeof aidDecisions.$inferInsert) {
    const [row] = await this.db.insert(aidDecisions).values(values).returning();
    return row;
  }

  async lockDecision(id: string): Promise<AidDecisionRow | null> {
    const [row] = await this.db.select().from(aidDecisions).where(eq(aidDecisions.id, id)).for('update');
    return row ?? null;
  }

  async updateDecision(id: string, values: Partial<typeof aidDecisions.$inferInsert>) {
    const [row] = await this.db.update(aidDecisions).set(values).where(eq(aidDecisions.id, id)).returning();
    return row;
  }

  async visitById(id: string) {
    const [row] = await this.db.select().from(visits).where(eq(visits.id, id));
    return row ?? null;
  }

  async fileCheckById(id: string) {
    const [row] = await this.db.select().from(fileChecks).where(eq(fileChecks.id, id));
    return row ?? null;
  }

  async decisionById(id: string) {
    const [row] = await this.db.select().from(aidDecisions).where(eq(aidDecisions.id, id));
    return row ?? null;
  }

  async decisionsOfCases(ids: readonly string[]) {
    if (!ids.length) return [];
    return this.db.select().from(aidDecisions).where(inArray(aidDecisions.caseFileId, [...ids])).orderBy(asc(aidDecisions.proposedAt), asc(aidDecisions.decidedAt));
  }

  /** R9: revision visits done by a flying social worker for a beneficiary (any of their case files) in a window. */
  flyingRevisionsDone(beneficiaryId: string, from: Date, to: Date) {
    return this.db
      .select({ id: visits.id, doneAt: visits.doneAt })
      .from(visits)
      .innerJoin(caseFiles, eq(caseFiles.id, visits.caseFileId))
      .innerJoin(staff, eq(staff.id, visits.visitorId))
      .where(and(eq(caseFiles.beneficiaryId, beneficiaryId), eq(visits.kind, 'REVISION'), eq(visits.status, 'DONE'), eq(staff.role, 'FLYING_SOCIAL_WORKER'), gt(visits.doneAt, from), lte(visits.doneAt, to)));
  }

  private handedWhere(staffId: string) {
    return and(eq(visits.handedToId, staffId), isNull(visits.handoverAcknowledgedAt));
  }

  /** R10: reports handed to a social worker and not yet acknowledged, oldest first; keyset on (handed_at, id). */
  handedReports(staffId: string, limit: number, after?: { handedAt: string; id: string }) {
    return this.db
      .select()
      .from(visits)
      .where(and(this.handedWhere(staffId), after ? sql`(${visits.handedAt}, ${visits.id}) > (${after.handedAt}::timestamptz, ${after.id}::uuid)` : undefined))
      .orderBy(asc(visits.handedAt), asc(visits.id))
      .limit(limit);
  }

  async countHandedReports(staffId: string) {
    const [row] = await this.db.select({ n: count() }).from(visits).where(this.handedWhere(staffId));
    return row.n;
  }
}
