// Visits, R3 file checks and R4 aid decisions, on top of the case files' core (modules/cases, reached
// through its index.ts): what other modules may name, and the factory the composition root uses.
// Other modules reach visits only through this file (dependency-cruiser, rule module-border).
import type { Database, Executor } from '../../db/client.js';
import { unitOfWork } from '../../db/unit-of-work.js';
import { Outbox } from '../../events/outbox.js';
import { auditTrail, caseFiles } from '../cases/index.js';
import { VisitRepository } from './visit.repository.js';
import { VisitService, type IncomeFollowUpTrigger, type VisitStaff } from './visit.service.js';

export { FileCheck, toAidDecision, toFileCheck, toVisit, Visit } from './visit.types.js';
export type { IncomeFollowUpTrigger, VisitRepositories, VisitService, VisitStaff } from './visit.service.js';
export { visitNodes } from './visit.node.js';
export { AidDecisionResolver, CaseFileVisitsResolver, FileCheckResolver, VisitResolver } from './visit.resolver.js';
// For the composition root only: the planning module's ports read and plan visits with it.
export { VisitRepository } from './visit.repository.js';

export interface VisitPorts {
  /** Who visits and a sector's social workers (the org module's). */
  staff: (executor: Executor) => VisitStaff;
  /** R2: the income module's follow-up of the proofs, opened in the visit's transaction. */
  incomeFollowUps: (executor: Executor) => IncomeFollowUpTrigger;
  /** Reporting: a visit written in a month over first keeps that month's figures for tools, in its transaction. */
  closedMonths?: (executor: Executor) => { keep(instants: Date[], now: Date): Promise<void> };
}

export function visitService(db: Database, clock: () => Date, ports: VisitPorts): VisitService {
  return new VisitService(
    unitOfWork(db, (executor: Executor) => ({
      cases: caseFiles(executor, clock),
      visits: new VisitRepository(executor),
      staff: ports.staff(executor),
      audit: auditTrail(executor),
      outbox: new Outbox(executor),
      incomeFollowUps: ports.incomeFollowUps(executor),
      closedMonths: ports.closedMonths?.(executor),
    })),
  );
}

/** What visits hold about case files, for a beneficiary's export (anonymisation keeps them as they are). */
export function visitRecords(executor: Executor) {
  const visits = new VisitRepository(executor);
  return {
    async exportOf(caseIds: readonly string[]) {
      const [visitRows, fileChecks, aidDecisions] = await Promise.all([visits.visitsOfCases(caseIds), visits.fileChecksOfCases(caseIds), visits.decisionsOfCases(caseIds)]);
      return { visits: visitRows, fileChecks, aidDecisions };
    },
    eraseFreeText: async () => {},
  };
}
