// The flying social worker's planning: requests, items, assignments, preparation steps.
// Written once: the pgEnum (db/schema), the TypeScript type and the GraphQL enum (graphql/enums.ts)
// are made from these lists.
export const PLANNING_ITEM_STATUSES = ['PLANNED', 'REMOVED'] as const;
export const PLANNING_STATUSES = ['DRAFT', 'FIXED'] as const;
export const REQUEST_KINDS = ['REVISION', 'HELPER_CONTROL', 'ACCOMPANIMENT', 'MEETING_SUPPORT'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];
export const ASSIGNMENT_KINDS = ['SICKNESS_REPLACEMENT', 'ONBOARDING'] as const;
export type AssignmentKind = (typeof ASSIGNMENT_KINDS)[number];
// The relay social worker's administrative steps before a planned visit (DOMAIN "ASRC"): a letter
// announcing the visit, a request for income proofs (R2), and a contact with the property
// administrator when the beneficiary has one. Each is due some working days before the visit.
export const PREPARATION_STEP_KINDS = ['VISIT_LETTER', 'INCOME_PROOF_REQUEST', 'PROPERTY_ADMINISTRATOR_CONTACT'] as const;
export type PreparationStepKind = (typeof PREPARATION_STEP_KINDS)[number];
// R11, said by the planning rules and by the database's guard (graphql/constraint-rules.ts) alike.
export const R11_ONE_AT_A_TIME_MESSAGE = 'R11: the flying social worker replaces or onboards one social worker at a time; this overlaps another replacement.';
