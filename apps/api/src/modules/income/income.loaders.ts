// Per-request DataLoaders of R2: a case file's proofs and open follow-up, one query per list.
import { groupedBy } from '../../graphql/loaders.js';
import type { IncomeRepository } from './income.repository.js';

export function incomeLoaders(income: Pick<IncomeRepository, 'proofsOfCases' | 'openFollowUpsOfCases'>) {
  return {
    incomeProofsOfCase: groupedBy((ids) => income.proofsOfCases(ids), (r) => r.caseFileId),
    incomeFollowUpsOfCase: groupedBy((ids) => income.openFollowUpsOfCases(ids), (r) => r.caseFileId),
  };
}
