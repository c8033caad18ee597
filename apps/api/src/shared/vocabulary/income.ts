// Income proofs and their follow-ups.
// Written once: the pgEnum (db/schema), the TypeScript type and the GraphQL enum (graphql/enums.ts)
// are made from these lists.
export const INCOME_FOLLOW_UP_REASONS = ['PROOFS_MISSING_AFTER_VISIT', 'PARTICIPATION_NOT_OK'] as const;
export type IncomeFollowUpReason = (typeof INCOME_FOLLOW_UP_REASONS)[number];
export const INCOME_PROOF_KINDS = ['PAY_SLIP', 'PENSION', 'SOCIAL_BENEFIT', 'UNEMPLOYMENT_BENEFIT', 'TAX_ASSESSMENT', 'OTHER'] as const;
export type IncomeProofKind = (typeof INCOME_PROOF_KINDS)[number];
export const INCOME_PROOF_STATUSES = ['RECEIVED', 'MISSING'] as const;
export type IncomeProofStatus = (typeof INCOME_PROOF_STATUSES)[number];
