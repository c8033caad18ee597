// The beneficiary's satisfaction check at a revision or control visit (R7, R8): the domains it is
// scored on and the scale. Written once: the pgEnum (db/schema), the TypeScript type and the GraphQL
// enum are made from these lists.
export const SATISFACTION_DOMAINS = ['PUNCTUALITY', 'QUALITY_OF_HELP', 'RELATIONSHIP_WITH_HELPER', 'COMMUNICATION_WITH_SERVICE'] as const;
export type SatisfactionDomain = (typeof SATISFACTION_DOMAINS)[number];

/** The scale: 1 very dissatisfied, 2 dissatisfied, 3 neither, 4 satisfied, 5 very satisfied. */
export const SATISFACTION_SCORE = { min: 1, max: 5 } as const;

/** A "low" (dissatisfied) answer scores at most this, unless direction has set another threshold. */
export const SATISFACTION_LOW_SCORE_DEFAULT = 2;

/** The visit kinds a satisfaction check is recorded at: R7 revisions and R8 helper controls. */
export const SATISFACTION_VISIT_KINDS = ['REVISION', 'HELPER_CONTROL'] as const;
