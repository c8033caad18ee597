// `node(id:)` for visits, file checks and aid decisions, through the case's projection (R5).
import type { NodeTypes } from '../../graphql/node-registry.js';
import type { VisitService } from './visit.service.js';

export function visitNodes(visits: Pick<VisitService, 'byId'>): NodeTypes {
  return {
    Visit: (ctx, id) => visits.byId('Visit', id, ctx.viewer),
    FileCheck: (ctx, id) => visits.byId('FileCheck', id, ctx.viewer),
    AidDecision: (ctx, id) => visits.byId('AidDecision', id, ctx.viewer),
  };
}
