// Aid plans (versions DRAFT → PROPOSED → AGREED, action tracking, R1 evaluations), on top of the case
// files' core (modules/cases, reached through its index.ts): what other modules may name, and the
// factory the composition root uses. Other modules reach aid plans only through this file.
import type { Database, Executor } from '../../db/client.js';
import { unitOfWork } from '../../db/unit-of-work.js';
import { Outbox } from '../../events/outbox.js';
import { auditTrail, caseFiles } from '../cases/index.js';
import { AidPlanRepository } from './aid-plan.repository.js';
import { AidPlanService, type PlanHoursCheck } from './aid-plan.service.js';

export { latestNextEvaluation } from './aid-plan.rules.js';
export type { AidPlanRepositories, AidPlanService, PlanHoursCheck } from './aid-plan.service.js';
export { AidPlanVersion } from './aid-plan.types.js';
export { aidPlanNodes } from './aid-plan.node.js';
export { AidPlanResolver, CaseFileAidPlanResolver } from './aid-plan.resolver.js';

export interface AidPlanPorts {
  /** The schedules module's recheck of a case's coming weeks when a plan is agreed. */
  schedules: (executor: Executor) => PlanHoursCheck;
}

export function aidPlanService(db: Database, clock: () => Date, ports: AidPlanPorts): AidPlanService {
  return new AidPlanService(
    unitOfWork(db, (executor: Executor) => ({
      cases: caseFiles(executor, clock),
      plans: new AidPlanRepository(executor),
      audit: auditTrail(executor),
      outbox: new Outbox(executor),
      schedules: ports.schedules(executor),
    })),
  );
}

/** What aid plans hold about case files, for a beneficiary's export (anonymisation keeps them as they are). */
export function aidPlanRecords(executor: Executor) {
  const plans = new AidPlanRepository(executor);
  return {
    async exportOf(caseIds: readonly string[]) {
      return { aidPlanVersions: await plans.versionsOfCases(caseIds) };
    },
    eraseFreeText: async () => {},
  };
}
