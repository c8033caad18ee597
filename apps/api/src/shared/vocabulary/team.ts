// Team life records (meetings, interviews, home controls, trainings).
// Written once: the pgEnum (db/schema), the TypeScript type and the GraphQL enum (graphql/enums.ts)
// are made from these lists.
export const TEAM_RECORD_KINDS = ['TEAM_MEETING', 'INDIVIDUAL_INTERVIEW', 'CORRECTIVE_INTERVIEW', 'HOME_CONTROL', 'TRAINING'] as const;
export type TeamRecordKind = (typeof TEAM_RECORD_KINDS)[number];
