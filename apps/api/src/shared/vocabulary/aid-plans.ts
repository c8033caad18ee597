// Aid plan versions: statuses.
// Written once: the pgEnum (db/schema), the TypeScript type and the GraphQL enum (graphql/enums.ts)
// are made from these lists.
export const AID_PLAN_STATUSES = ['DRAFT', 'PROPOSED', 'AGREED'] as const;
export type AidPlanStatus = (typeof AID_PLAN_STATUSES)[number];
