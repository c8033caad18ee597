// Per-request DataLoaders of satisfaction checks: a visit's check and a case file's checks, one query per list.
import { groupedBy } from '../../graphql/loaders.js';
import type { SatisfactionService } from './satisfaction.service.js';

export function satisfactionLoaders(satisfaction: Pick<SatisfactionService, 'checksOfVisits' | 'checksOfCases'>) {
  return {
    satisfactionChecksOfVisit: groupedBy((ids) => satisfaction.checksOfVisits(ids), (r) => r.visitId),
    satisfactionChecksOfCase: groupedBy((ids) => satisfaction.checksOfCases(ids), (r) => r.caseFileId),
  };
}
