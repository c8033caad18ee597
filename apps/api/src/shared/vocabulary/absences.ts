// Why someone is away: the kinds of absence.
// Written once: the pgEnum (db/schema), the TypeScript type and the GraphQL enum (graphql/enums.ts)
// are made from these lists.
export const ABSENCE_KINDS = ['SICKNESS', 'LEAVE', 'TRAINING', 'TIME_OFF_IN_LIEU', 'OTHER'] as const;
export type AbsenceKind = (typeof ABSENCE_KINDS)[number];
