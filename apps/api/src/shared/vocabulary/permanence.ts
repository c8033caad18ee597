// Permanence shifts, their replacements and the alerts of an uncovered shift.
// Written once: the pgEnum (db/schema), the TypeScript type and the GraphQL enum (graphql/enums.ts)
// are made from these lists.
export const ALERT_SEVERITIES = ['CRITICAL', 'HIGH', 'WARNING'] as const;
export type Severity = (typeof ALERT_SEVERITIES)[number];
export const SHIFT_KINDS = ['WEEKDAY', 'WEEKEND'] as const;
export type ShiftKind = (typeof SHIFT_KINDS)[number];
export const REPLACEMENT_KINDS = ['PLANNED', 'SAME_DAY', 'EMERGENCY'] as const;
export type ReplacementKind = (typeof REPLACEMENT_KINDS)[number];
// Swaps and take-overs of a shift: offered by a holder, taken by a colleague, approved or refused by
// whoever programs replacements; withdrawn (pending) or undone (approved) before the shift starts;
// cancelled when the shift changes hands another way.
export const SWAP_STATUSES = ['OFFERED', 'TAKEN', 'APPROVED', 'REFUSED', 'WITHDRAWN', 'UNDONE', 'CANCELLED'] as const;
export type SwapStatus = (typeof SWAP_STATUSES)[number];
/** What a shift's history lists: each step of its swaps, and each change of holder (R13). */
export const SHIFT_HISTORY_KINDS = ['SWAP_OFFERED', 'SWAP_TAKEN', 'SWAP_APPROVED', 'SWAP_REFUSED', 'SWAP_WITHDRAWN', 'SWAP_UNDONE', 'SWAP_CANCELLED', 'HOLDER_CHANGED'] as const;
export type ShiftHistoryKind = (typeof SHIFT_HISTORY_KINDS)[number];
