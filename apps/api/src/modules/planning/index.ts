// The planning module's public face (the flying social worker's month, R6–R11 and R15; the relay
// worker's list; the board's planning panel): the factory the composition root calls, the ports it
// declares, and what other modules may name.
import type { Database } from '../../db/client.js';
import { unitOfWork } from '../../db/unit-of-work.js';
import { FlyingAssignmentService } from './flying-assignment.service.js';
import { PlanningBoardService } from './planning-board.service.js';
import type { RelayQueueSources } from './planning.ports.js';
import { planningRepositories, type PlanningPortsOn } from './planning.repositories.js';
import { PlanningService } from './planning.service.js';
import { WorkListService } from './work-list.service.js';

export { PLANNING_READERS } from './planning.access.js';
export { planningNodes } from './planning.node.js';
export type { CaseVisits, PermanenceDuty, PlannedVisit, PlanningOrg, PlanningStaff, RelayQueueSources, Span } from './planning.ports.js';
export type { PlannedVisitRow, ProgrammedReplacementRow } from './planning.repository.js';
export { FlyingAssignmentService } from './flying-assignment.service.js';
export { PlanningBoardService } from './planning-board.service.js';
export { PlanningService } from './planning.service.js';
export { WorkListService } from './work-list.service.js';
export { FlyingAssignmentResolver } from './flying-assignment.resolver.js';
export { PlanningBoardReplacementResolver, PlanningBoardResolver } from './planning-board.resolver.js';
export { PlanningEventsResolver } from './planning-events.resolver.js';
export { PlanningChangeResolver, PlanningItemResolver, PlanningRequestResolver, PlanningResolver, SectorQuotaUseResolver, UnplacedRequestResolver } from './planning.resolver.js';

/** What planning needs from other modules, filled by the composition root. */
export interface PlanningPorts extends PlanningPortsOn {
  /** The relay worker's list: file checks (R3), income follow-ups (R2), visits and replacements as GraphQL objects. */
  relayQueue: RelayQueueSources;
}

export interface Planning {
  planning: PlanningService;
  flyingAssignments: FlyingAssignmentService;
  workList: WorkListService;
  planningBoard: PlanningBoardService;
}

export function planningModule(db: Database, ports: PlanningPorts): Planning {
  const uow = unitOfWork(db, (executor) => planningRepositories(executor, ports));
  const planning = new PlanningService(uow);
  const flyingAssignments = new FlyingAssignmentService(uow);
  const workList = new WorkListService(uow, ports.relayQueue);
  return { planning, flyingAssignments, workList, planningBoard: new PlanningBoardService(uow, workList) };
}
