// Queries on team records (team_records and the helpers each is about).
import { and, asc, desc, eq, exists, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { caseFiles, staff, teamRecordHelpers, teamRecords } from '../../db/schema/index.js';

export type TeamRecordRow = typeof teamRecords.$inferSelect & { helperIds: string[] };
const NONE = '00000000-0000-0000-0000-000000000000';

export class TeamRepository {
  constructor(private readonly db: Executor) {}

  staffByIds(ids: string[]) {
    return this.db.select({ id: staff.id, role: staff.role, sectorId: staff.sectorId }).from(staff).where(inArray(staff.id, ids.length ? ids : [NONE]));
  }

  async caseSector(id: string): Promise<string | null> {
    const [row] = await this.db.select({ sectorId: caseFiles.sectorId }).from(caseFiles).where(eq(caseFiles.id, id));
    return row?.sectorId ?? null;
  }

  async insert(values: typeof teamRecords.$inferInsert, helperIds: string[]): Promise<TeamRecordRow> {
    const [row] = await this.db.insert(teamRecords).values(values).returning();
    await this.db.insert(teamRecordHelpers).values(helperIds.map((helperId) => ({ recordId: row.id, helperId })));
    return { ...row, helperIds };
  }

  /** Records of a helper or a sector with a day in [from, to), newest first. */
  async list(f: { helperId?: string; sectorId?: string; from: string; to: string }, limit: number): Promise<TeamRecordRow[]> {
    const about = f.helperId
      ? exists(this.db.select({ one: sql`1` }).from(teamRecordHelpers).where(and(eq(teamRecordHelpers.recordId, teamRecords.id), eq(teamRecordHelpers.helperId, f.helperId))))
      : undefined;
    const rows = await this.db
      .select()
      .from(teamRecords)
      .where(and(f.sectorId ? eq(teamRecords.sectorId, f.sectorId) : undefined, about, gte(teamRecords.day, f.from), lt(teamRecords.day, f.to)))
      .orderBy(desc(teamRecords.day), desc(teamRecords.createdAt), asc(teamRecords.id))
      .limit(limit);
    return this.withHelpers(rows);
  }

  async byIds(ids: readonly string[]): Promise<TeamRecordRow[]> {
    return this.withHelpers(await this.db.select().from(teamRecords).where(inArray(teamRecords.id, ids.length ? [...ids] : [NONE])));
  }

  private async withHelpers(rows: (typeof teamRecords.$inferSelect)[]): Promise<TeamRecordRow[]> {
    const links = rows.length ? await this.db.select().from(teamRecordHelpers).where(inArray(teamRecordHelpers.recordId, rows.map((r) => r.id))) : [];
    return rows.map((r) => ({ ...r, helperIds: links.filter((l) => l.recordId === r.id).map((l) => l.helperId).sort() }));
  }
}
