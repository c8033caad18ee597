// `node(id:)` for case files and beneficiaries. R5: the same projection as every other path; null
// when the case is not the viewer's to see.
import type { NodeTypes } from '../../graphql/node-registry.js';
import type { CaseService } from './case.service.js';

export function caseNodes(cases: Pick<CaseService, 'byGlobalId' | 'beneficiaryByGlobalId'>): NodeTypes {
  return {
    CaseFile: (ctx, _id, globalId) => cases.byGlobalId(globalId, ctx.viewer),
    Beneficiary: (ctx, _id, globalId) => cases.beneficiaryByGlobalId(globalId, ctx.viewer),
  };
}
