// `node(id:)` for visits, file checks and aid decisions, through the case's projection (R5).
import type { NodeLoader, NodeTypes } from '../../graphql/node-registry.js';
import type { VisitService } from './visit.service.js';

export function visitNodes(visits: Pick<VisitService, 'byGlobalId'>): NodeTypes {
  const load: NodeLoader = (ctx, _id, globalId) => visits.byGlobalId(globalId, ctx.viewer);
  return { Visit: load, FileCheck: load, AidDecision: load };
}
