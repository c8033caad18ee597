// `node(id:)` for income follow-ups, through the case's projection (R5).
import type { NodeTypes } from '../../graphql/node-registry.js';
import type { IncomeService } from './income.service.js';

export function incomeNodes(income: Pick<IncomeService, 'byId'>): NodeTypes {
  return {
    IncomeFollowUp: (ctx, id) => income.byId(id, ctx.viewer),
  };
}
