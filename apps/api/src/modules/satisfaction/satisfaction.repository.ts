// Queries on satisfaction checks and their scores; the visit a check is recorded at is read (and
// locked) from the visits table, so one check per visit holds when twenty arrive at once.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { satisfactionChecks, satisfactionScores, visits } from '../../db/schema/index.js';

export type SatisfactionCheckRow = typeof satisfactionChecks.$inferSelect;
export type SatisfactionScoreRow = typeof satisfactionScores.$inferSelect;
/** A check with its scores, in the domains' order. */
export type SatisfactionCheckRecord = SatisfactionCheckRow & { scores: SatisfactionScoreRow[] };
export type VisitFacts = Pick<typeof visits.$inferSelect, 'id' | 'caseFileId' | 'kind' | 'status' | 'visitorId' | 'doneAt'>;

const VISIT_FACTS = { id: visits.id, caseFileId: visits.caseFileId, kind: visits.kind, status: visits.status, visitorId: visits.visitorId, doneAt: visits.doneAt };

export class SatisfactionRepository {
  constructor(private readonly db: Executor) {}

  /** The visit, locked until the transaction ends (the checks of one visit are recorded one after the other). */
  async lockVisit(id: string): Promise<VisitFacts | null> {
    const [row] = await this.db.select(VISIT_FACTS).from(visits).where(eq(visits.id, id)).for('update');
    return row ?? null;
  }

  async checkOfVisit(visitId: string): Promise<SatisfactionCheckRow | null> {
    const [row] = await this.db.select().from(satisfactionChecks).where(eq(satisfactionChecks.visitId, visitId));
    return row ?? null;
  }

  async insertCheck(values: typeof satisfactionChecks.$inferInsert, scores: Omit<typeof satisfactionScores.$inferInsert, 'checkId'>[]): Promise<SatisfactionCheckRecord> {
    const [row] = await this.db.insert(satisfactionChecks).values(values).returning();
    const saved = scores.length ? await this.db.insert(satisfactionScores).values(scores.map((s) => ({ ...s, checkId: row.id }))).returning() : [];
    return { ...row, scores: saved.sort((a, b) => a.domain.localeCompare(b.domain)) };
  }

  private async withScores(rows: SatisfactionCheckRow[]): Promise<SatisfactionCheckRecord[]> {
    if (!rows.length) return [];
    const scores = await this.db.select().from(satisfactionScores).where(inArray(satisfactionScores.checkId, rows.map((r) => r.id))).orderBy(asc(satisfactionScores.domain));
    return rows.map((r) => ({ ...r, scores: scores.filter((s) => s.checkId === r.id) }));
  }

  async checkById(id: string): Promise<SatisfactionCheckRecord | null> {
    const [row] = await this.withScores(await this.db.select().from(satisfactionChecks).where(eq(satisfactionChecks.id, id)));
    return row ?? null;
  }

  async checksOfVisits(visitIds: readonly string[]): Promise<SatisfactionCheckRecord[]> {
    if (!visitIds.length) return [];
    return this.withScores(await this.db.select().from(satisfactionChecks).where(inArray(satisfactionChecks.visitId, [...visitIds])));
  }

  async checksOfCases(caseIds: readonly string[]): Promise<SatisfactionCheckRecord[]> {
    if (!caseIds.length) return [];
    return this.withScores(await this.db.select().from(satisfactionChecks).where(inArray(satisfactionChecks.caseFileId, [...caseIds])).orderBy(asc(satisfactionChecks.recordedAt), asc(satisfactionChecks.id)));
  }

  /** Anonymisation: what the beneficiary said goes; the scores stay as figures for reporting. */
  async clearComments(caseIds: readonly string[]): Promise<void> {
    if (!caseIds.length) return;
    const ids = this.db.select({ id: satisfactionChecks.id }).from(satisfactionChecks).where(inArray(satisfactionChecks.caseFileId, [...caseIds]));
    await this.db.update(satisfactionScores).set({ comment: null }).where(and(inArray(satisfactionScores.checkId, ids)));
    await this.db.update(satisfactionChecks).set({ comment: null }).where(inArray(satisfactionChecks.caseFileId, [...caseIds]));
  }
}
