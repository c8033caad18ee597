// `node(id:)` for plannings, requests, items and flying assignments: for the social roles and
// direction, not for helpers or the kiosk.
import type { Context } from '../../graphql/context.js';
import type { NodeTypes } from '../../graphql/node-registry.js';
import type { FlyingAssignmentService } from './flying-assignment.service.js';
import { PLANNING_READERS } from './planning.access.js';
import type { PlanningService } from './planning.service.js';

const mayRead = (ctx: Context) => ctx.viewer?.kind === 'STAFF' && PLANNING_READERS.includes(ctx.viewer.role);

export function planningNodes(planning: Pick<PlanningService, 'byDbId'>, flyingAssignments: Pick<FlyingAssignmentService, 'byDbId'>): NodeTypes {
  return {
    Planning: async (ctx, id) => (mayRead(ctx) ? planning.byDbId('Planning', id) : null),
    PlanningRequest: async (ctx, id) => (mayRead(ctx) ? planning.byDbId('PlanningRequest', id) : null),
    PlanningItem: async (ctx, id) => (mayRead(ctx) ? planning.byDbId('PlanningItem', id) : null),
    FlyingAssignment: async (ctx, id) => (mayRead(ctx) ? flyingAssignments.byDbId(id) : null),
  };
}
