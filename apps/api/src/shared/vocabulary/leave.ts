// Leave requests of helpers.
// Written once: the pgEnum (db/schema), the TypeScript type and the GraphQL enum (graphql/enums.ts)
// are made from these lists.
export const LEAVE_KINDS = ['LEAVE', 'TIME_OFF_IN_LIEU'] as const;
export type LeaveKind = (typeof LEAVE_KINDS)[number];
export const LEAVE_STATUSES = ['REQUESTED', 'APPROVED', 'REJECTED'] as const;
