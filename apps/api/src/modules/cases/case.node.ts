// `node(id:)` for case files and beneficiaries. R5: the same projection as every other path; null
// when the case is not the viewer's to see.
import type { NodeTypes } from '../../graphql/node-registry.js';
import type { CaseService } from './case.service.js';

export function caseNodes(cases: Pick<CaseService, 'byId' | 'beneficiaryById'>): NodeTypes {
  return {
    CaseFile: (ctx, id) => cases.byId(id, ctx.viewer),
    Beneficiary: (ctx, id) => cases.beneficiaryById(id, ctx.viewer),
  };
}
