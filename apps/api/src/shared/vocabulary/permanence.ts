// Permanence shifts, their replacements and the alerts of an uncovered shift.
// Written once: the pgEnum (db/schema), the TypeScript type and the GraphQL enum (graphql/enums.ts)
// are made from these lists.
export const ALERT_SEVERITIES = ['CRITICAL', 'HIGH', 'WARNING'] as const;
export type Severity = (typeof ALERT_SEVERITIES)[number];
export const SHIFT_KINDS = ['WEEKDAY', 'WEEKEND'] as const;
export type ShiftKind = (typeof SHIFT_KINDS)[number];
export const REPLACEMENT_KINDS = ['PLANNED', 'SAME_DAY', 'EMERGENCY'] as const;
export type ReplacementKind = (typeof REPLACEMENT_KINDS)[number];
