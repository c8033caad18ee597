// R2, proofs of income and the financial participation: the composition root builds the service
// and the follow-up trigger (the visits module's port) from here.
import type { Database, Executor } from '../../db/client.js';
import { unitOfWork } from '../../db/unit-of-work.js';
import { Outbox } from '../../events/outbox.js';
import { auditTrail, caseFiles } from '../cases/index.js';
import { incomeLoaders as loadersOver } from './income.loaders.js';
import { IncomeRepository } from './income.repository.js';
import { IncomeService } from './income.service.js';

export { IncomeService } from './income.service.js';
export { incomeFollowUpTrigger, type FollowUpEvent } from './income-follow-up.js';
export { IncomeFollowUp, IncomeFollowUpConnection, IncomeProof, FinancialParticipation, toIncomeFollowUp } from './income.types.js';
// Until planning reads them through a port of its own (issue 10, planning's part).
export { IncomeRepository } from './income.repository.js';

export function incomeService(db: Database, clock: () => Date): IncomeService {
  return new IncomeService(
    unitOfWork(db, (executor: Executor) => ({ cases: caseFiles(executor, clock), income: new IncomeRepository(executor), audit: auditTrail(executor), outbox: new Outbox(executor) })),
  );
}

/** The request's R2 loaders (a fresh set per request). */
export function incomeLoaders(db: Database) {
  const income = new IncomeRepository(db);
  return () => loadersOver(income);
}

/** What R2 holds about case files, for a beneficiary's export and for anonymisation. */
export function incomeRecords(executor: Executor) {
  const income = new IncomeRepository(executor);
  return {
    async exportOf(caseIds: readonly string[]) {
      const [incomeProofs, incomeFollowUps] = await Promise.all([income.proofsOfCases(caseIds), income.followUpsOfCases(caseIds)]);
      return { incomeProofs, incomeFollowUps };
    },
    // R2: proof kinds and amounts stay as figures for reporting; free-text notes go.
    eraseFreeText: (caseIds: readonly string[]) => income.clearNotes(caseIds),
  };
}
export { incomeNodes } from './income.node.js';
