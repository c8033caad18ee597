// Helpers' schedules: kinds of help, entry statuses, changes and conflicts.
// Written once: the pgEnum (db/schema), the TypeScript type and the GraphQL enum (graphql/enums.ts)
// are made from these lists.
export const CONFLICT_SEVERITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type ConflictSeverity = (typeof CONFLICT_SEVERITIES)[number];
export const HELP_KINDS = ['FAMILY_CARE', 'HOUSEHOLD'] as const;
export type HelpKind = (typeof HELP_KINDS)[number];
export const SCHEDULE_CHANGE_KINDS = ['CANCEL', 'MOVE', 'REASSIGN', 'SHORTEN'] as const;
export type ScheduleChangeKind = (typeof SCHEDULE_CHANGE_KINDS)[number];
export const SCHEDULE_CHANGE_REASONS = ['HELPER_ILL', 'HELPER_UNAVAILABLE', 'BENEFICIARY_IN_HOSPITAL', 'BENEFICIARY_ABSENT', 'BENEFICIARY_REQUEST', 'PLAN_CHANGED', 'EMERGENCY', 'OTHER'] as const;
export const SCHEDULE_ENTRY_STATUSES = ['PLANNED', 'CANCELLED'] as const;
