// Board counts per sector: one grouped query over the case files (today's visits counted beside them), whatever the number of sectors.
import { and, asc, eq, gte, inArray, lt, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
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

  /** The counts per sector of its case files, grouped (a sector without case files has no row). */
  private counts(w: CaseloadWindow, sectorIds: readonly string[] | null) {
    // Today's visits of the sector's case files, planned or already done, not the cancelled ones: counted
    // once per sector in a grouped read joined to the case files' groups (not a subquery run per group).
    // A sector without case files has no visits either: its row is zeros.
    const visited = alias(caseFiles, 'visited');
    const today = this.db
      .select({ sectorId: visited.sectorId, n: sql<number>`count(*)`.as('visits_today') })
      .from(visits)
      .innerJoin(visited, eq(visited.id, visits.caseFileId))
      .where(and(gte(visits.plannedAt, w.from), lt(visits.plannedAt, w.to), ne(visits.status, 'CANCELLED'), sectorIds === null ? undefined : inArray(visited.sectorId, [...sectorIds])))
      .groupBy(visited.sectorId)
      .as('today');
    return this.db
      .select({
        sectorId: caseFiles.sectorId,
        visitsToday: sql<number>`coalesce(${today.n}, 0)`.mapWith(Number).as('visits_today'),
        evaluationsOverdue: sql<number>`count(*) filter (where ${evaluationOverdueOn(w.day)})`.mapWith(Number).as('evaluations_overdue'),
        urgentOpen: sql<number>`count(*) filter (where ${urgentAlertOpen})`.mapWith(Number).as('urgent_open'),
      })
      .from(caseFiles)
      .leftJoin(today, eq(today.sectorId, caseFiles.sectorId))
      .where(sectorIds === null ? undefined : inArray(caseFiles.sectorId, [...sectorIds]))
      .groupBy(caseFiles.sectorId, today.n);
  }

  /** Every sector (by code) with its counts, zeros included, in one statement: the board's caseload panel. */
  sectorsWithCaseloads(w: CaseloadWindow) {
    const c = this.counts(w, null).as('counts');
    return this.db
      .select({
        sector: sectors,
        visitsToday: sql<number>`coalesce(${c.visitsToday}, 0)`.mapWith(Number),
        evaluationsOverdue: sql<number>`coalesce(${c.evaluationsOverdue}, 0)`.mapWith(Number),
        urgentOpen: sql<number>`coalesce(${c.urgentOpen}, 0)`.mapWith(Number),
      })
      .from(sectors)
      .leftJoin(c, eq(c.sectorId, sectors.id))
      .orderBy(asc(sectors.code));
  }

  /** Counts for the given sectors (null = every sector), one row per sector, zeros included. */
  async caseloads(w: CaseloadWindow, sectorIds: readonly string[] | null): Promise<CaseloadRow[]> {
    if (sectorIds !== null && !sectorIds.length) return [];
    const [allSectors, caseRows] = await Promise.all([
      sectorIds === null ? this.db.select({ id: sectors.id }).from(sectors) : sectorIds.map((id) => ({ id })),
      this.counts(w, sectorIds),
    ]);
    const bySector = new Map(allSectors.map(({ id }): [string, CaseloadRow] => [id, { sectorId: id, visitsToday: 0, evaluationsOverdue: 0, urgentOpen: 0 }]));
    for (const c of caseRows) Object.assign(bySector.get(c.sectorId) ?? {}, { visitsToday: c.visitsToday, evaluationsOverdue: c.evaluationsOverdue, urgentOpen: c.urgentOpen });
    return [...bySector.values()];
  }
}
