// Board counts per sector: one grouped query for visits, one for case files, whatever the number of sectors.
import { and, count, eq, gte, inArray, lt, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { caseFiles, sectors, visits } from '../../db/schema/index.js';
import { evaluationOverdueOn, urgentAlertOpen } from './case.repository.js';

export interface CaseloadWindow {
  /** The local date (R1 compares evaluation dates with it). */
  day: string;
  /** The instants the local day starts and ends. */
  from: Date;
  to: Date;
}

export interface CaseloadRow {
  sectorId: string;
  visitsToday: number;
  evaluationsOverdue: number;
  urgentOpen: number;
}

export class CaseloadRepository {
  constructor(private readonly db: Executor) {}

  /** Counts for the given sectors (null = every sector), one row per sector, zeros included. */
  async caseloads(w: CaseloadWindow, sectorIds: readonly string[] | null): Promise<CaseloadRow[]> {
    const inSectors = sectorIds === null ? undefined : inArray(caseFiles.sectorId, [...sectorIds]);
    if (sectorIds !== null && !sectorIds.length) return [];
    const [allSectors, visitRows, caseRows] = await Promise.all([
      sectorIds === null ? this.db.select({ id: sectors.id }).from(sectors) : sectorIds.map((id) => ({ id })),
      // Today's visits: planned or already done, not the cancelled ones.
      this.db
        .select({ sectorId: caseFiles.sectorId, n: count() })
        .from(visits)
        .innerJoin(caseFiles, eq(caseFiles.id, visits.caseFileId))
        .where(and(inSectors, gte(visits.plannedAt, w.from), lt(visits.plannedAt, w.to), ne(visits.status, 'CANCELLED')))
        .groupBy(caseFiles.sectorId),
      this.db
        .select({
          sectorId: caseFiles.sectorId,
          evaluationsOverdue: sql<number>`count(*) filter (where ${evaluationOverdueOn(w.day)})`.mapWith(Number),
          urgentOpen: sql<number>`count(*) filter (where ${urgentAlertOpen})`.mapWith(Number),
        })
        .from(caseFiles)
        .where(inSectors)
        .groupBy(caseFiles.sectorId),
    ]);
    const bySector = new Map(allSectors.map(({ id }): [string, CaseloadRow] => [id, { sectorId: id, visitsToday: 0, evaluationsOverdue: 0, urgentOpen: 0 }]));
    for (const v of visitRows) Object.assign(bySector.get(v.sectorId) ?? {}, { visitsToday: v.n });
    for (const c of caseRows) Object.assign(bySector.get(c.sectorId) ?? {}, { evaluationsOverdue: c.evaluationsOverdue, urgentOpen: c.urgentOpen });
    return [...bySector.values()];
  }
}
