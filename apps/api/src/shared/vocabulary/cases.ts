// Case files and beneficiaries: statuses.
// Written once: the pgEnum (db/schema), the TypeScript type and the GraphQL enum (graphql/enums.ts)
// are made from these lists.
export const CASE_STATUSES = ['NEW_REQUEST', 'ASSESSMENT', 'ACTIVE', 'SUSPENDED', 'CLOSED', 'REDIRECTED'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const MARITAL_STATUSES = ['SINGLE', 'MARRIED', 'LEGAL_COHABITATION', 'DE_FACTO_COHABITATION', 'SEPARATED', 'DIVORCED', 'WIDOWED'] as const;
