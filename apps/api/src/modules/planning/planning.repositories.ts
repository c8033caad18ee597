// What the planning use cases work on inside one unit of work: their repository, the outbox, and
// the ports other modules fill (composition/planning.ports.ts), bound to the same transaction.
import type { Executor } from '../../db/client.js';
import { Outbox } from '../../events/outbox.js';
import type { CaseVisits, ClosedDays, PermanenceDuty, PlanningOrg } from './planning.ports.js';
import { PlanningRepository } from './planning.repository.js';

export interface PlanningRepositories {
  planning: PlanningRepository;
  outbox: Pick<Outbox, 'publish' | 'publishAll'>;
  org: PlanningOrg;
  duty: PermanenceDuty;
  visits: CaseVisits;
  closedDays: ClosedDays;
}

export interface PlanningPortsOn {
  org: (executor: Executor) => PlanningOrg;
  duty: (executor: Executor) => PermanenceDuty;
  visits: (executor: Executor) => CaseVisits;
  closedDays: (executor: Executor) => ClosedDays;
}

export function planningRepositories(executor: Executor, ports: PlanningPortsOn): PlanningRepositories {
  return { planning: new PlanningRepository(executor), outbox: new Outbox(executor), org: ports.org(executor), duty: ports.duty(executor), visits: ports.visits(executor), closedDays: ports.closedDays(executor) };
}
