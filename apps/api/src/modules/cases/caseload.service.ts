// Board caseloads: per sector, today's visits, R1 overdue evaluations and urgent cases awaiting
// action. Counts only — the meeting-room screen (kiosk) reads them, and never a name (R5).
import type { UnitOfWork } from '../../db/unit-of-work.js';
import type { CaseloadRepository } from './caseload.repository.js';
import { NO_CASELOAD, type Caseload } from './caseload.rules.js';
import { serviceDay } from '../../time/service-time.js';

export type CaseloadRepositories = { caseloads: Pick<CaseloadRepository, 'caseloads' | 'sectorsWithCaseloads'> };

export class CaseloadService {
  private readonly repo: CaseloadRepositories['caseloads'];
  // Every subscriber meets the same event: the counts after it are read once for all of them.
  private shared: { key: string; counts: Promise<Map<string, Caseload>> } | null = null;

  // Counts only read: the repository outside any transaction.
  constructor(uow: UnitOfWork<CaseloadRepositories>) {
    this.repo = uow.read.caseloads;
  }

  /** Counts of the given sectors at `now` (local day), zero where there is nothing. */
  async forSectors(sectorIds: readonly string[], now: Date): Promise<Map<string, Caseload>> {
    const rows = await this.repo.caseloads(serviceDay(now), sectorIds);
    const found = new Map(rows.map(({ sectorId, ...counts }) => [sectorId, counts]));
    return new Map(sectorIds.map((id) => [id, found.get(id) ?? NO_CASELOAD]));
  }

  /** Every sector (by code) with its counts at `now`, read in one statement (the board's caseload panel). */
  async everySector(now: Date): Promise<{ sector: Awaited<ReturnType<CaseloadRepository['sectorsWithCaseloads']>>[number]['sector']; counts: Caseload }[]> {
    const rows = await this.repo.sectorsWithCaseloads(serviceDay(now));
    return rows.map(({ sector, ...counts }) => ({ sector, counts }));
  }

  /** Counts of every sector as they stand after the event at `position`. */
  afterEvent(position: number, now: Date): Promise<Map<string, Caseload>> {
    const key = `${position}@${serviceDay(now).day}`;
    if (this.shared?.key !== key) {
      const counts = this.repo.caseloads(serviceDay(now), null).then((rows) => new Map(rows.map(({ sectorId, ...c }) => [sectorId, c])));
      // A failed read is not kept: the next subscriber (or event) tries again.
      counts.catch(() => {
        if (this.shared?.counts === counts) this.shared = null;
      });
      this.shared = { key, counts };
    }
    return this.shared.counts;
  }
}
