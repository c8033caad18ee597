// The case file as every use case reaches it (R5): the viewer as the policy needs them, and a case
// file the viewer may change, locked in the caller's transaction at the version they read. The
// core's services and the sibling modules (aid plans, visits, income) all go through it.
import type { Executor } from '../../db/client.js';
import { violation } from '../../shared/outcome.js';
import type { StaffViewer, Viewer } from '../auth/index.js';
import { isHelper } from '../org/index.js';
import { AuditRepository } from './audit.repository.js';
import { AuditTrail } from './audit.trail.js';
import { caseAccess, CASE_WRITERS, type CaseViewer } from './case.access.js';
import { CaseRepository, type CaseRow } from './case.repository.js';

// R5: a helper keeps what it needs of a home while it goes there, and a month after its last visit.
const SERVED_WITHIN_MS = 30 * 86_400_000;

/** The port: what a use case needs of case files, bound to its transaction. */
export interface CaseFiles {
  /** The viewer as the R5 policy needs them (helpers: the case files they are scheduled at). */
  viewerOf(viewer: Viewer | null): Promise<CaseViewer | null>;
  /** A case file the viewer may change, locked, at the version they read (null: any version). */
  writable(caseId: string, viewer: StaffViewer, expectedVersion: number | null): Promise<CaseRow>;
  byIds(ids: readonly string[]): Promise<CaseRow[]>;
}

export class CaseFileGate implements CaseFiles {
  constructor(
    private readonly repo: Pick<CaseRepository, 'lockCase' | 'casesByIds' | 'servedCaseIds'>,
    private readonly audit: Pick<AuditTrail, 'staleWrite'>,
    private readonly clock: () => Date,
  ) {}

  async viewerOf(viewer: Viewer | null): Promise<CaseViewer | null> {
    if (viewer?.kind !== 'STAFF') return null;
    const servedCaseIds = isHelper(viewer.role) ? await this.repo.servedCaseIds(viewer.staffId, new Date(this.clock().getTime() - SERVED_WITHIN_MS)) : new Set<string>();
    return { staffId: viewer.staffId, role: viewer.role, sectorId: viewer.sectorId, servedCaseIds };
  }

  async writable(caseId: string, viewer: StaffViewer, expectedVersion: number | null): Promise<CaseRow> {
    const row = await this.repo.lockCase(caseId);
    // A case outside the viewer's scope is reported exactly like one that does not exist.
    const cv = await this.viewerOf(viewer);
    if (!row || caseAccess(cv, row) !== 'FULL' || !CASE_WRITERS.includes(viewer.role)) {
      throw violation('caseFileId', 'UNKNOWN_CASE_FILE', 'No case file you may change has this ID.');
    }
    if (expectedVersion !== null && row.version !== expectedVersion) throw await this.audit.staleWrite('CaseFile', row.id, expectedVersion, row.version);
    return row;
  }

  byIds(ids: readonly string[]): Promise<CaseRow[]> {
    return this.repo.casesByIds(ids);
  }
}

export function caseFiles(executor: Executor, clock: () => Date): CaseFiles {
  return new CaseFileGate(new CaseRepository(executor), new AuditTrail(new AuditRepository(executor)), clock);
}
