// `node(id:)` for aid plan versions, through the case's projection (R5).
import type { NodeTypes } from '../../graphql/node-registry.js';
import type { AidPlanService } from './aid-plan.service.js';

export function aidPlanNodes(aidPlans: Pick<AidPlanService, 'byGlobalId'>): NodeTypes {
  return {
    AidPlanVersion: (ctx, _id, globalId) => aidPlans.byGlobalId(globalId, ctx.viewer, ctx.now),
  };
}
