// `node(id:)` for income follow-ups, through the case's projection (R5).
import type { NodeTypes } from '../../graphql/node-registry.js';
import type { IncomeService } from './income.service.js';

export function incomeNodes(income: Pick<IncomeService, 'byGlobalId'>): NodeTypes {
  return {
    IncomeFollowUp: (ctx, _id, globalId) => income.byGlobalId(globalId, ctx.viewer),
  };
}
