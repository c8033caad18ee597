// The beneficiary's satisfaction at revisions and controls (R7, R8): the composition root builds the
// service, its loaders and its node type from here; the reports read the scores in SQL (reporting/).
import type { Database, Executor } from '../../db/client.js';
import { unitOfWork } from '../../db/unit-of-work.js';
import { Outbox } from '../../events/outbox.js';
import { auditTrail, caseFiles } from '../cases/index.js';
import { satisfactionLoaders as loadersOver } from './satisfaction.loaders.js';
import { SatisfactionRepository } from './satisfaction.repository.js';
import { SatisfactionService } from './satisfaction.service.js';
import { SatisfactionSettingsRepository } from './satisfaction-settings.repository.js';
import { SatisfactionSettingsService } from './satisfaction-settings.service.js';

export { SatisfactionService } from './satisfaction.service.js';
export { CaseFileSatisfactionResolver, SatisfactionCheckResolver, VisitSatisfactionResolver } from './satisfaction.resolver.js';
export { satisfactionNodes } from './satisfaction.node.js';
export { SatisfactionSettingsResolver } from './satisfaction-settings.resolver.js';
export { SatisfactionSettingsService } from './satisfaction-settings.service.js';
export { SatisfactionCheck, SatisfactionScore } from './satisfaction.types.js';

export function satisfactionService(db: Database, clock: () => Date): SatisfactionService {
  return new SatisfactionService(
    unitOfWork(db, (executor: Executor) => ({ cases: caseFiles(executor, clock), satisfaction: new SatisfactionRepository(executor), audit: auditTrail(executor), outbox: new Outbox(executor) })),
  );
}

/** Direction's settings of the satisfaction figures (the low-score threshold). */
export function satisfactionSettingsService(db: Database): SatisfactionSettingsService {
  return new SatisfactionSettingsService(unitOfWork(db, (executor: Executor) => ({ settings: new SatisfactionSettingsRepository(executor), audit: auditTrail(executor) })));
}

/** The request's loaders of satisfaction checks (a fresh set per request). */
export function satisfactionLoaders(satisfaction: SatisfactionService) {
  return () => loadersOver(satisfaction);
}

/** What the satisfaction checks hold about case files, for a beneficiary's export and for anonymisation. */
export function satisfactionRecords(executor: Executor) {
  const repo = new SatisfactionRepository(executor);
  return {
    async exportOf(caseIds: readonly string[]) {
      return { satisfactionChecks: await repo.checksOfCases(caseIds) };
    },
    // What the beneficiary said may name people; the scores stay as figures for reporting.
    eraseFreeText: (caseIds: readonly string[]) => repo.clearComments(caseIds),
  };
}
