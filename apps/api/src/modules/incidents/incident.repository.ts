// Queries on incidents, their status history and their documents (the files' bytes only on download).
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { incidentDocuments, incidents, incidentStatusChanges, staff } from '../../db/schema/index.js';

export type IncidentRow = typeof incidents.$inferSelect;
export type IncidentStatusChangeRow = typeof incidentStatusChanges.$inferSelect;
export type IncidentDocumentRow = Omit<typeof incidentDocuments.$inferSelect, 'content'>;
export type IncidentDocumentFile = typeof incidentDocuments.$inferSelect;

const NONE = '00000000-0000-0000-0000-000000000000';
const some = (ids: readonly string[]) => (ids.length ? [...ids] : [NONE]);
const documentMeta = {
  id: incidentDocuments.id,
  incidentId: incidentDocuments.incidentId,
  fileName: incidentDocuments.fileName,
  mediaType: incidentDocuments.mediaType,
  sizeBytes: incidentDocuments.sizeBytes,
  sha256: incidentDocuments.sha256,
  uploadedById: incidentDocuments.uploadedById,
  uploadedAt: incidentDocuments.uploadedAt,
};

export class IncidentRepository {
  constructor(private readonly db: Executor) {}

  staffByIds(ids: readonly string[]) {
    return this.db.select({ id: staff.id, role: staff.role, sectorId: staff.sectorId }).from(staff).where(inArray(staff.id, some(ids)));
  }

  /** Serialises declarations at one home until commit, so the same one sent twice at once is seen as such. */
  async lockDeclarations(caseFileId: string): Promise<void> {
    await this.db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`incident:${caseFileId}`}, 0))`);
  }

  /** The declarant's incident at this home at this very instant, if already declared. */
  async sameDeclaration(f: { caseFileId: string; declaredById: string; occurredAt: Date }): Promise<IncidentRow | null> {
    const [row] = await this.db
      .select()
      .from(incidents)
      .where(and(eq(incidents.caseFileId, f.caseFileId), eq(incidents.declaredById, f.declaredById), eq(incidents.occurredAt, f.occurredAt)))
      .limit(1);
    return row ?? null;
  }

  async insert(values: typeof incidents.$inferInsert): Promise<IncidentRow> {
    const [row] = await this.db.insert(incidents).values(values).returning();
    return row;
  }

  async lock(id: string): Promise<IncidentRow | null> {
    const [row] = await this.db.select().from(incidents).where(eq(incidents.id, id)).for('update');
    return row ?? null;
  }

  async update(id: string, values: Partial<typeof incidents.$inferInsert>): Promise<IncidentRow> {
    const [row] = await this.db.update(incidents).set(values).where(eq(incidents.id, id)).returning();
    return row;
  }

  async insertStatusChange(values: typeof incidentStatusChanges.$inferInsert): Promise<void> {
    await this.db.insert(incidentStatusChanges).values(values);
  }

  byIds(ids: readonly string[]): Promise<IncidentRow[]> {
    return this.db.select().from(incidents).where(inArray(incidents.id, some(ids)));
  }

  /** The incidents at these homes, oldest first (a beneficiary's export). */
  ofCases(caseIds: readonly string[]): Promise<IncidentRow[]> {
    return this.db.select().from(incidents).where(inArray(incidents.caseFileId, some(caseIds))).orderBy(asc(incidents.occurredAt), asc(incidents.id));
  }

  /** Anonymisation: what happened, who else was there and the notes go; statuses, dates and documents' metadata stay. */
  async eraseFreeText(caseIds: readonly string[]): Promise<void> {
    if (!caseIds.length) return;
    const ids = this.db.select({ id: incidents.id }).from(incidents).where(inArray(incidents.caseFileId, [...caseIds]));
    await this.db.update(incidentStatusChanges).set({ note: null }).where(inArray(incidentStatusChanges.incidentId, ids));
    await this.db.update(incidents).set({ description: 'ANONYMISED', otherPeopleInvolved: null }).where(inArray(incidents.caseFileId, [...caseIds]));
  }

  /** Incidents in a scope (a sector, a declarant, or all), newest first. */
  list(f: { sectorId?: string; declaredById?: string; status?: string }, limit: number): Promise<IncidentRow[]> {
    return this.db
      .select()
      .from(incidents)
      .where(
        and(
          f.sectorId ? eq(incidents.sectorId, f.sectorId) : undefined,
          f.declaredById ? eq(incidents.declaredById, f.declaredById) : undefined,
          f.status ? sql`${incidents.status} = ${f.status}` : undefined,
        ),
      )
      .orderBy(desc(incidents.occurredAt), asc(incidents.id))
      .limit(limit);
  }

  statusChangesOf(incidentIds: readonly string[]): Promise<IncidentStatusChangeRow[]> {
    return this.db.select().from(incidentStatusChanges).where(inArray(incidentStatusChanges.incidentId, some(incidentIds))).orderBy(asc(incidentStatusChanges.incidentVersion));
  }

  documentsOf(incidentIds: readonly string[]): Promise<IncidentDocumentRow[]> {
    return this.db.select(documentMeta).from(incidentDocuments).where(inArray(incidentDocuments.incidentId, some(incidentIds))).orderBy(asc(incidentDocuments.uploadedAt), asc(incidentDocuments.id));
  }

  documentsByIds(ids: readonly string[]): Promise<IncidentDocumentRow[]> {
    return this.db.select(documentMeta).from(incidentDocuments).where(inArray(incidentDocuments.id, some(ids)));
  }

  async documentFile(id: string): Promise<IncidentDocumentFile | null> {
    const [row] = await this.db.select().from(incidentDocuments).where(eq(incidentDocuments.id, id));
    return row ?? null;
  }

  async countDocuments(incidentId: string): Promise<number> {
    const [row] = await this.db.select({ n: sql<number>`count(*)::int` }).from(incidentDocuments).where(eq(incidentDocuments.incidentId, incidentId));
    return row?.n ?? 0;
  }

  async insertDocument(values: typeof incidentDocuments.$inferInsert): Promise<IncidentDocumentRow> {
    const [row] = await this.db.insert(incidentDocuments).values(values).returning(documentMeta);
    return row;
  }
}
