// The roles of the staff (DOMAIN.md).
// Written once: the pgEnum (db/schema), the TypeScript type and the GraphQL enum (graphql/enums.ts)
// are made from these lists.
// In role order: the order the demo lists its logins in.
export const STAFF_ROLES = [
  'SOCIAL_WORKER',
  'FLYING_SOCIAL_WORKER',
  'RELAY_CONTROL_SOCIAL_WORKER',
  'FAMILY_HELPER',
  'HOME_HELPER',
  'TELEPHONIST',
  'DIRECTOR',
  'SOCIAL_POLE_HEAD',
  'TRAINEE',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
