// Visits, file checks and aid decisions.
// Written once: the pgEnum (db/schema), the TypeScript type and the GraphQL enum (graphql/enums.ts)
// are made from these lists.
export const AID_DECISION_KINDS = ['CONTINUE', 'SUSPEND', 'STOP'] as const;
export type AidDecisionKind = (typeof AID_DECISION_KINDS)[number];
export const AID_DECISION_STATUSES = ['PROPOSED', 'DECIDED', 'REJECTED'] as const;
export const FILE_CHECK_OUTCOMES = ['COMPLIANT', 'FOLLOW_UP_NEEDED'] as const;
export const VISIT_KINDS = ['NEW_REQUEST', 'REVISION', 'HELPER_CONTROL', 'ACCOMPANIMENT'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];
export const VISIT_STATUSES = ['PLANNED', 'DONE', 'CANCELLED'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];
