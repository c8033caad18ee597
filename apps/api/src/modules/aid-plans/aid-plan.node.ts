// `node(id:)` for aid plan versions, through the case's projection (R5).
import type { NodeTypes } from '../../graphql/node-registry.js';
import type { AidPlanService } from './aid-plan.service.js';

export function aidPlanNodes(aidPlans: Pick<AidPlanService, 'byId'>): NodeTypes {
  return {
    AidPlanVersion: (ctx, id) => aidPlans.byId(id, ctx.viewer, ctx.now),
  };
}
