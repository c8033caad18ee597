// Which module loads which type for `node(id:)`: each module's `*.node.ts`, wired to its services.
import { NodeRegistry } from '../graphql/node-registry.js';
import { authNodes } from '../modules/auth/auth.node.js';
import { aidPlanNodes } from '../modules/aid-plans/index.js';
import { caseNodes } from '../modules/cases/case.node.js';
import { incomeNodes } from '../modules/income/index.js';
import { satisfactionNodes } from '../modules/satisfaction/index.js';
import { visitNodes } from '../modules/visits/index.js';
import { orgNodes } from '../modules/org/org.node.js';
import { permanenceNodes } from '../modules/permanence/permanence.node.js';
import { planningNodes } from '../modules/planning/index.js';
import { scheduleNodes } from '../modules/schedules/index.js';
import { teamNodes } from '../modules/team/index.js';
import { incidentNodes } from '../modules/incidents/index.js';
import type { Services } from './services.js';

export function nodeRegistry(services: Services): NodeRegistry {
  return new NodeRegistry([
    authNodes,
    orgNodes(services.org),
    permanenceNodes(services.swaps),
    caseNodes(services.cases),
    aidPlanNodes(services.aidPlans),
    visitNodes(services.visits),
    incomeNodes(services.income),
    satisfactionNodes(services.satisfaction),
    planningNodes(services.planning, services.flyingAssignments),
    scheduleNodes(services),
    teamNodes(services.team),
    incidentNodes(services.incidents),
  ]);
}
