// Queries on R2 proofs of income and the relay social worker's follow-ups.
import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { incomeFollowUps, incomeProofs } from '../../db/schema/index.js';

export type IncomeProofRow = typeof incomeProofs.$inferSelect;
export type IncomeFollowUpRow = typeof incomeFollowUps.$inferSelect;

export class IncomeRepository {
  constructor(private readonly db: Executor) {}

  async proofsOfCases(ids: readonly string[]) {
    if (!ids.length) return [];
    return this.db.select().from(incomeProofs).where(inArray(incomeProofs.caseFileId, [...ids])).orderBy(asc(incomeProofs.kind));
  }

  async lockProof(caseFileId: string, kind: IncomeProofRow['kind']): Promise<IncomeProofRow | null> {
    const [row] = await this.db.select().from(incomeProofs).where(and(eq(incomeProofs.caseFileId, caseFileId), eq(incomeProofs.kind, kind))).for('update');
    return row ?? null;
  }

  async insertProof(values: typeof incomeProofs.$inferInsert) {
    const [row] = await this.db.insert(incomeProofs).values(values).returning();
    return row;
  }

  async updateProof(id: string, values: Partial<typeof incomeProofs.$inferInsert>) {
    const [row] = await this.db.update(incomeProofs).set(values).where(eq(incomeProofs.id, id)).returning();
    return row;
  }

  async openFollowUp(caseFileId: string): Promise<IncomeFollowUpRow | null> {
    const [row] = await this.db.select().from(incomeFollowUps).where(and(eq(incomeFollowUps.caseFileId, caseFileId), isNull(incomeFollowUps.closedAt))).for('update');
    return row ?? null;
  }

  /** Null when another transaction opened one first (the partial unique index keeps one open per case). */
  async insertFollowUp(values: typeof incomeFollowUps.$inferInsert): Promise<IncomeFollowUpRow | null> {
    const [row] = await this.db.insert(incomeFollowUps).values(values).onConflictDoNothing().returning();
    return row ?? null;
  }

  async closeFollowUp(id: string, values: { closedAt: Date; closedById: string }) {
    const [row] = await this.db.update(incomeFollowUps).set(values).where(eq(incomeFollowUps.id, id)).returning();
    return row;
  }

  async followUpById(id: string) {
    const [row] = await this.db.select().from(incomeFollowUps).where(eq(incomeFollowUps.id, id));
    return row ?? null;
  }

  async openFollowUpsOfCases(ids: readonly string[]) {
    if (!ids.length) return [];
    return this.db.select().from(incomeFollowUps).where(and(inArray(incomeFollowUps.caseFileId, [...ids]), isNull(incomeFollowUps.closedAt)));
  }

  /** Open follow-ups, oldest first; keyset on (opened_at, id). */
  openFollowUps(limit: number, after?: { openedAt: string; id: string }) {
    return this.db
      .select()
      .from(incomeFollowUps)
      .where(and(isNull(incomeFollowUps.closedAt), after ? sql`(${incomeFollowUps.openedAt}, ${incomeFollowUps.id}) > (${after.openedAt}::timestamptz, ${after.id}::uuid)` : undefined))
      .orderBy(asc(incomeFollowUps.openedAt), asc(incomeFollowUps.id))
      .limit(limit);
  }

  /** The open R2 follow-ups' count, as a statement not yet run (another may embed it). */
  openFollowUpsCount() {
    return this.db.select({ n: count() }).from(incomeFollowUps).where(isNull(incomeFollowUps.closedAt));
  }

  async countOpenFollowUps() {
    const [row] = await this.openFollowUpsCount();
    return row.n;
  }

  async followUpsOfCases(ids: readonly string[]) {
    if (!ids.length) return [];
    return this.db.select().from(incomeFollowUps).where(inArray(incomeFollowUps.caseFileId, [...ids])).orderBy(asc(incomeFollowUps.openedAt));
  }

  /** Anonymisation: the notes may name people; kinds, statuses and amounts stay for reporting. */
  async clearNotes(caseIds: readonly string[]) {
    if (!caseIds.length) return;
    await this.db.update(incomeProofs).set({ note: null }).where(inArray(incomeProofs.caseFileId, [...caseIds]));
  }
}
