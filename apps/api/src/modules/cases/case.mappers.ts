// Rows to GraphQL objects that carry no confidential data (case files go through case.projection.ts).
import type { TransitionRow } from './case.repository.js';
import type { CaseStatus } from './case.rules.js';
import { CaseTransition } from './case.types.js';

export function toTransition(row: TransitionRow): CaseTransition {
  return Object.assign(new CaseTransition(), {
    dbId: row.id,
    byDbId: row.byId,
    from: row.fromStatus as CaseStatus,
    to: row.toStatus as CaseStatus,
    reason: row.reason,
    at: row.at,
  });
}
