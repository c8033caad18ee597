// Queries on aid-plan versions, their action statuses and evaluations.
import { and, asc, desc, eq, inArray, max } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { aidPlanActionStatuses, aidPlanEvaluations, aidPlanVersions } from '../../db/schema/index.js';

export type AidPlanRow = typeof aidPlanVersions.$inferSelect;
export type ActionStatusRow = typeof aidPlanActionStatuses.$inferSelect;
export type EvaluationRow = typeof aidPlanEvaluations.$inferSelect;

export class AidPlanRepository {
  constructor(private readonly db: Executor) {}

  async lockVersion(id: string): Promise<AidPlanRow | null> {
    const [row] = await this.db.select().from(aidPlanVersions).where(eq(aidPlanVersions.id, id)).for('update');
    return row ?? null;
  }

  async latestOfCase(caseFileId: string): Promise<AidPlanRow | null> {
    const [row] = await this.db.select().from(aidPlanVersions).where(eq(aidPlanVersions.caseFileId, caseFileId)).orderBy(desc(aidPlanVersions.number)).limit(1);
    return row ?? null;
  }

  async insertVersion(values: typeof aidPlanVersions.$inferInsert) {
    const [row] = await this.db.insert(aidPlanVersions).values(values).returning();
    return row;
  }

  async updateVersion(id: string, values: Partial<typeof aidPlanVersions.$inferInsert>) {
    const [row] = await this.db.update(aidPlanVersions).set(values).where(eq(aidPlanVersions.id, id)).returning();
    return row;
  }

  async versionsByIds(ids: readonly string[]) {
    if (!ids.length) return [];
    return this.db.select().from(aidPlanVersions).where(inArray(aidPlanVersions.id, [...ids]));
  }

  async versionsOfCases(caseIds: readonly string[]) {
    if (!caseIds.length) return [];
    return this.db.select().from(aidPlanVersions).where(inArray(aidPlanVersions.caseFileId, [...caseIds])).orderBy(asc(aidPlanVersions.number));
  }

  async insertActionStatus(values: typeof aidPlanActionStatuses.$inferInsert) {
    await this.db.insert(aidPlanActionStatuses).values(values);
  }

  async actionStatusesOfVersions(ids: readonly string[]) {
    if (!ids.length) return [];
    return this.db.select().from(aidPlanActionStatuses).where(inArray(aidPlanActionStatuses.versionId, [...ids])).orderBy(asc(aidPlanActionStatuses.at), asc(aidPlanActionStatuses.id));
  }

  async insertEvaluation(values: typeof aidPlanEvaluations.$inferInsert) {
    const [row] = await this.db.insert(aidPlanEvaluations).values(values).returning();
    return row;
  }

  async evaluationsOfVersions(ids: readonly string[]) {
    if (!ids.length) return [];
    return this.db.select().from(aidPlanEvaluations).where(inArray(aidPlanEvaluations.versionId, [...ids])).orderBy(asc(aidPlanEvaluations.evaluatedOn), asc(aidPlanEvaluations.at));
  }

  async lastNumber(caseFileId: string) {
    const [row] = await this.db.select({ n: max(aidPlanVersions.number) }).from(aidPlanVersions).where(and(eq(aidPlanVersions.caseFileId, caseFileId)));
    return row?.n ?? 0;
  }
}
