/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AbsenceKind =
  | 'LEAVE'
  | 'OTHER'
  | 'SICKNESS'
  | 'TIME_OFF_IN_LIEU'
  | 'TRAINING';

export type AbsenceRecordInput = {
  /** Between 2000-01-01 and 2100-12-31. */
  endsAt: string;
  kind: AbsenceKind;
  /** At most 5000 characters. */
  note?: string | null | undefined;
  /** An ID this API gave out (at most 100 characters). */
  staffId: string | number;
  /** Between 2000-01-01 and 2100-12-31. */
  startsAt: string;
};

/** Say that someone at the desk has seen an alert and is handling it. */
export type AlertAcknowledgeInput = {
  /** An ID this API gave out (at most 100 characters). */
  alertId: string | number;
  /** What is being done about it (R5: read by who records absences and its author). At most 5000 characters. */
  note?: string | null | undefined;
};

export type AlertSeverity =
  | 'CRITICAL'
  | 'HIGH'
  | 'WARNING';

export type CallRole =
  | 'DIRECTION'
  | 'FLYING_SOCIAL_WORKER'
  | 'PERMANENCE'
  | 'SECTOR_SOCIAL_WORKER';

export type ConflictRule =
  | 'CONTRACT_WEEK_EXCEEDED'
  | 'DOUBLE_BOOKING'
  | 'LEGAL_DAY_EXCEEDED'
  | 'NO_BREAK'
  | 'PERSONAL_CARE_BY_HOME_HELPER'
  | 'PLAN_HOURS_NOT_COVERED'
  | 'SCHEDULED_WHILE_ABSENT'
  | 'TRAVEL_TIME'
  | 'VISIT_ON_HOLIDAY';

export type ConflictSeverity =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** An action of the permanence desk: permanenceReplace, absenceRecord, scheduleConflictAcknowledge, alertAcknowledge, permanenceSwapOffer (and take), permanenceSwapApprove (and refuse). */
export type DeskAction =
  | 'ABSENCE_RECORD'
  | 'ALERT_ACKNOWLEDGE'
  | 'CONFLICT_ACKNOWLEDGE'
  | 'PERMANENCE_REPLACE'
  | 'SWAP_APPROVE'
  | 'SWAP_OFFER';

/** R11: replacing a sick social worker, or onboarding a new one. */
export type FlyingAssignmentKind =
  | 'ONBOARDING'
  | 'SICKNESS_REPLACEMENT';

/** Why a permanence shift is a coverage gap: nobody holds it, every holder is away, or one member of the binôme is away. */
export type GapCause =
  | 'ALL_AWAY'
  | 'NOBODY'
  | 'ONE_AWAY';

/** FAMILY_CARE is given by a family helper (AF), HOUSEHOLD by a household helper (AMS). */
export type HelpKind =
  | 'FAMILY_CARE'
  | 'HOUSEHOLD';

/** PUBLIC_HOLIDAY: one of the ten Belgian legal holidays (computed); SERVICE_CLOSING_DAY: a day direction closed the service. */
export type HolidayKind =
  | 'PUBLIC_HOLIDAY'
  | 'SERVICE_CLOSING_DAY';

/** DECLARED → SENT_TO_INSURER (with the insurer’s reference) → CLOSED; a declaration may also be closed at once. A closed incident no longer changes. */
export type IncidentStatus =
  | 'CLOSED'
  | 'DECLARED'
  | 'SENT_TO_INSURER';

export type LoginInput = {
  /** At most 254 characters. */
  email: string;
  /** At most 200 characters. */
  password: string;
};

/** Give a shift to another person or binôme (exactly one of the two). */
export type PermanenceReplaceInput = {
  /** R13: required less than a week ahead — the event that caused the change. At most 5000 characters. */
  event?: string | null | undefined;
  /** An ID this API gave out (at most 100 characters). */
  holderBinomeId?: string | number | null | undefined;
  /** An ID this API gave out (at most 100 characters). */
  holderStaffId?: string | number | null | undefined;
  /** Why the replacement is programmed. At most 5000 characters. */
  reason?: string | null | undefined;
  /** An ID this API gave out (at most 100 characters). */
  shiftId: string | number;
};

/** A holder offers one of her shifts to her colleagues (R13: less than a week ahead, with the event that caused it). */
export type PermanenceSwapOfferInput = {
  /** R13: required less than a week ahead — the event that caused the change. At most 5000 characters. */
  event?: string | null | undefined;
  /** Why it is offered, for colleagues and approvers. At most 5000 characters. */
  note?: string | null | undefined;
  /** The shift offered; the viewer must hold it (herself or in her binôme). An ID this API gave out (at most 100 characters). */
  shiftId: string | number;
};

/** Refuse a pending swap, saying why. */
export type PermanenceSwapRefuseInput = {
  /** Why it is refused: required, read by the colleagues concerned. At most 5000 characters. */
  reason: string;
  /** The swap (a PermanenceSwap ID). An ID this API gave out (at most 100 characters). */
  swapId: string | number;
};

/** One step on a swap: take, approve, refuse or undo it. */
export type PermanenceSwapStepInput = {
  /** R13: approving or undoing less than a week ahead needs the event that caused it (the offer's event counts for an approval). At most 5000 characters. */
  event?: string | null | undefined;
  /** The swap (a PermanenceSwap ID). An ID this API gave out (at most 100 characters). */
  swapId: string | number;
};

/** DRAFT: generated, adjustable; FIXED by the social pole head, changes are then recorded with a reason. */
export type PlanningStatus =
  | 'DRAFT'
  | 'FIXED';

/** R13: PLANNED at least a week ahead; SAME_DAY a later change recorded with its event; EMERGENCY a take-over by direction. */
export type ReplacementKind =
  | 'EMERGENCY'
  | 'PLANNED'
  | 'SAME_DAY';

export type ScheduleChangeKind =
  | 'CANCEL'
  | 'MOVE'
  | 'REASSIGN'
  | 'SHORTEN';

export type ScheduleChangeReason =
  | 'BENEFICIARY_ABSENT'
  | 'BENEFICIARY_IN_HOSPITAL'
  | 'BENEFICIARY_REQUEST'
  | 'EMERGENCY'
  | 'HELPER_ILL'
  | 'HELPER_UNAVAILABLE'
  | 'OTHER'
  | 'PLAN_CHANGED';

export type ScheduleConflictAcknowledgeInput = {
  /** An ID this API gave out (at most 100 characters). */
  conflictId: string | number;
  /** Why it is accepted or how it is handled. At most 5000 characters. */
  note: string;
};

/** Tasks from the aid plan. Personal care (family helpers only): PERSONAL_HYGIENE, DRESSING, TOILETING, FEEDING, MOBILITY_HELP. */
export type ScheduleTask =
  | 'ACCOMPANIMENT'
  | 'ADMINISTRATIVE_HELP'
  | 'CHILD_CARE'
  | 'CLEANING'
  | 'DRESSING'
  | 'FEEDING'
  | 'IRONING'
  | 'LAUNDRY'
  | 'MEAL_PREPARATION'
  | 'MOBILITY_HELP'
  | 'PERSONAL_HYGIENE'
  | 'SHOPPING'
  | 'TOILETING';

/** What the searched text was found in: the beneficiary's name or street. */
export type SectorSearchField =
  | 'NAME'
  | 'STREET';

export type ShiftKind =
  | 'WEEKDAY'
  | 'WEEKEND';

export type SkipReason =
  | 'AWAY'
  | 'NOBODY_ASSIGNED'
  | 'NOBODY_ON_CALL'
  | 'OFF_DUTY'
  | 'PERMANENCE_CLOSED';

/** Roles of DOMAIN.md "Who works there". */
export type StaffRole =
  | 'DIRECTOR'
  | 'FAMILY_HELPER'
  | 'FLYING_SOCIAL_WORKER'
  | 'HOME_HELPER'
  | 'RELAY_CONTROL_SOCIAL_WORKER'
  | 'SOCIAL_POLE_HEAD'
  | 'SOCIAL_WORKER'
  | 'TELEPHONIST'
  | 'TRAINEE';

/** OFFERED by a holder; TAKEN by a colleague (waiting for approval); APPROVED (the taker holds the shift) or REFUSED with a reason; WITHDRAWN before approval; UNDONE after approval, before the shift starts; CANCELLED when the shift changed hands another way. */
export type SwapStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'OFFERED'
  | 'REFUSED'
  | 'TAKEN'
  | 'UNDONE'
  | 'WITHDRAWN';

export type BoardAlertsQueryVariables = Exact<{
  first: number;
}>;


export type BoardAlertsQuery = { alerts: { totalCount: number, edges: Array<{ node: { id: string, kind: string, severity: AlertSeverity, message: string, cause: GapCause | null, startsAt: string, endsAt: string, openedAt: string, awayStaff: Array<{ id: string, fullName: string }>, shift: { id: string, kind: ShiftKind, holders: Array<{ id: string, fullName: string }> } | null } }> } };

export type BoardViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardViewerQuery = { viewer: { kind: string, staff: { id: string, fullName: string, role: StaffRole } | null } | null };

export type BoardLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type BoardLoginMutation = { login: { token: string | null, expiresAt: string | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type BoardLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type BoardLogoutMutation = { logout: { loggedOut: boolean } };

export type BoardSectorCaseloadsQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardSectorCaseloadsQuery = { sectors: Array<{ id: string, caseload: { day: string, dayEndsAt: string, visitsToday: number, evaluationsOverdue: number, urgentOpen: number } }> };

export type BoardSectorCaseloadChangedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type BoardSectorCaseloadChangedSubscription = { sectorCaseloadChanged: { cursor: string, occurredAt: string, caseloads: Array<{ day: string, dayEndsAt: string, visitsToday: number, evaluationsOverdue: number, urgentOpen: number, sector: { id: string } }> } };

export type DeskViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskViewerQuery = { viewer: { kind: string, actions: Array<DeskAction>, staff: { id: string, fullName: string, role: StaffRole } | null } | null };

export type DeskCallChainQueryVariables = Exact<{
  at?: string | null | undefined;
}>;


export type DeskCallChainQuery = { permanenceOnCall: { at: string, current: { id: string, kind: ShiftKind, startsAt: string, endsAt: string, holders: Array<{ id: string, fullName: string, phone: string | null }> } | null }, sectors: Array<{ id: string, code: string, name: string, whoToCall: { at: string, gap: boolean, role: CallRole | null, person: { id: string, fullName: string, phone: string | null } | null, chain: Array<{ role: CallRole, skipped: boolean, reasonCode: SkipReason | null, until: string | null, person: { id: string, fullName: string, phone: string | null } | null }> } }> };

export type DeskShiftsQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type DeskShiftsQuery = { permanenceShifts: { edges: Array<{ node: { id: string, kind: ShiftKind, startsAt: string, endsAt: string, holders: Array<{ id: string, fullName: string }> } }> }, staffMembers: Array<{ id: string, fullName: string, role: StaffRole }> };

export type DeskAlertsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskAlertsQuery = { alerts: { totalCount: number, edges: Array<{ node: { id: string, severity: AlertSeverity, cause: GapCause | null, startsAt: string, endsAt: string, acknowledgedAt: string | null, acknowledgementNote: string | null, acknowledgedBy: { id: string, fullName: string } | null, awayStaff: Array<{ id: string, fullName: string }>, shift: { id: string, kind: ShiftKind, holders: Array<{ id: string, fullName: string }> } | null } }> } };

export type DeskConflictsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskConflictsQuery = { scheduleConflicts: { totalCount: number, edges: Array<{ node: { id: string, rule: ConflictRule, severity: ConflictSeverity, hard: boolean, explanation: string, day: string, acknowledgedAt: string | null, acknowledgementNote: string | null, facts: { gapMinutes: number | null, km: number | null, neededMinutes: number | null, speedKmh: number | null, hours: number | null, limitHours: number | null, breakMinutes: number | null, fte: number | null, askedHours: number | null, helpKind: HelpKind | null, tasks: Array<ScheduleTask>, holidayName: string | null, spans: Array<{ startsAt: string, endsAt: string }> } | null, helper: { id: string, fullName: string } | null, sector: { id: string, name: string } | null } }> } };

export type DeskReplaceMutationVariables = Exact<{
  input: PermanenceReplaceInput;
}>;


export type DeskReplaceMutation = { permanenceReplace: { shift: { id: string, holders: Array<{ id: string, fullName: string }> } | null, replacement: { id: string, kind: ReplacementKind } | null, loadWarnings: Array<{ code: string, year: number, closedDays: number, expectedClosedDays: number, deviation: number, staff: { id: string, fullName: string } }>, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type DeskAbsenceMutationVariables = Exact<{
  input: AbsenceRecordInput;
}>;


export type DeskAbsenceMutation = { absenceRecord: { absence: { id: string } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type DeskConflictAcknowledgeMutationVariables = Exact<{
  input: ScheduleConflictAcknowledgeInput;
}>;


export type DeskConflictAcknowledgeMutation = { scheduleConflictAcknowledge: { conflict: { id: string, acknowledgedAt: string | null } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type DeskAlertAcknowledgeMutationVariables = Exact<{
  input: AlertAcknowledgeInput;
}>;


export type DeskAlertAcknowledgeMutation = { alertAcknowledge: { alert: { id: string, acknowledgedAt: string | null } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type BoardPermanenceChangedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type BoardPermanenceChangedSubscription = { permanenceChanged: { cursor: string, type: string, occurredAt: string } };

export type BoardAlertChangedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type BoardAlertChangedSubscription = { alertChanged: { cursor: string, type: string, occurredAt: string } };

export type BoardAbsenceChangedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type BoardAbsenceChangedSubscription = { absenceChanged: { cursor: string, type: string, occurredAt: string } };

export type BoardScheduleChangedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type BoardScheduleChangedSubscription = { scheduleChanged: { cursor: string, type: string, occurredAt: string } };

export type BoardConflictChangedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type BoardConflictChangedSubscription = { conflictChanged: { cursor: string, type: string, occurredAt: string } };

export type DeskIncidentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskIncidentsQuery = { incidents: { totalCount: number, edges: Array<{ node: { id: string, status: IncidentStatus, occurredAt: string, description: string, insurerReference: string | null, sector: { id: string, name: string }, declaredBy: { id: string, fullName: string }, documents: Array<{ id: string, fileName: string, downloadPath: string }> } }> } };

export type BoardShiftFragment = { id: string, kind: ShiftKind, startsAt: string, endsAt: string, holderBinome: { id: string, name: string } | null, holders: Array<{ id: string, fullName: string, phone: string | null, role: StaffRole }>, holdersInCallOrder: Array<{ answers: boolean, callOrder: number | null, awayFrom: string | null, awayUntil: string | null, person: { id: string, fullName: string, phone: string | null } }>, replacements: Array<{ id: string, kind: ReplacementKind, reason: string | null, event: string | null, recordedAt: string }>, holidays: Array<{ day: string, kind: HolidayKind, name: string }> };

export type BoardOnCallQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardOnCallQuery = { permanenceOnCall: { at: string, current: { id: string, kind: ShiftKind, startsAt: string, endsAt: string, holderBinome: { id: string, name: string } | null, holders: Array<{ id: string, fullName: string, phone: string | null, role: StaffRole }>, holdersInCallOrder: Array<{ answers: boolean, callOrder: number | null, awayFrom: string | null, awayUntil: string | null, person: { id: string, fullName: string, phone: string | null } }>, replacements: Array<{ id: string, kind: ReplacementKind, reason: string | null, event: string | null, recordedAt: string }>, holidays: Array<{ day: string, kind: HolidayKind, name: string }> } | null, next: { id: string, kind: ShiftKind, startsAt: string, endsAt: string, holderBinome: { id: string, name: string } | null, holders: Array<{ id: string, fullName: string, phone: string | null, role: StaffRole }>, holdersInCallOrder: Array<{ answers: boolean, callOrder: number | null, awayFrom: string | null, awayUntil: string | null, person: { id: string, fullName: string, phone: string | null } }>, replacements: Array<{ id: string, kind: ReplacementKind, reason: string | null, event: string | null, recordedAt: string }>, holidays: Array<{ day: string, kind: HolidayKind, name: string }> } | null, weekend: { id: string, kind: ShiftKind, startsAt: string, endsAt: string, holderBinome: { id: string, name: string } | null, holders: Array<{ id: string, fullName: string, phone: string | null, role: StaffRole }>, holdersInCallOrder: Array<{ answers: boolean, callOrder: number | null, awayFrom: string | null, awayUntil: string | null, person: { id: string, fullName: string, phone: string | null } }>, replacements: Array<{ id: string, kind: ReplacementKind, reason: string | null, event: string | null, recordedAt: string }>, holidays: Array<{ day: string, kind: HolidayKind, name: string }> } | null } };

export type BoardPlanningQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardPlanningQuery = { planningBoard: { month: string, currentMonth: boolean, status: PlanningStatus | null, requests: number, revisions: number, revisionLimit: number, controls: number, controlLimit: number, unplaced: number, suspended: number, relayQueueSize: number, flyingWorker: { id: string, fullName: string } | null, relayWorker: { id: string, fullName: string } | null, sectors: Array<{ revisions: number, revisionQuota: number, controls: number, controlQuota: number, unplaced: number, sector: { id: string, code: string, name: string } }>, replacement: { kind: FlyingAssignmentKind | null, inProgress: boolean, startsAt: string, endsAt: string, flyingWorker: { id: string, fullName: string }, socialWorker: { id: string, fullName: string }, sector: { id: string, code: string, name: string } } | null } };

export type BoardPlanningChangedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type BoardPlanningChangedSubscription = { planningBoardChanged: { cursor: string, type: string, occurredAt: string } };

export type BoardReportsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type BoardReportsQuery = { activityReport: { visits: Array<{ month: string, sectorCode: string, kind: string, status: string, visits: number }> }, hoursReport: { help: Array<{ month: string, sectorCode: string, helpKind: string, agreedHours: number, plannedHours: number, doneHours: number, cancelledHours: number }> }, caseloadReport: { socialWorkers: Array<{ month: string, sectorCode: string | null, socialWorker: string, activePerFte: number, targetPerFte: number }> }, permanenceReport: { weekendLoad: Array<{ person: string, weekendHours: number }>, weekendFairness: { people: number, meanHours: number | null, stdDevHours: number | null, coefficientOfVariation: number | null } }, satisfactionReport: { lastMonth: string | null, minGroupSize: number, figures: Array<{ month: string, sectorCode: string, domain: string, checks: number, answers: number, meanScore: number | null, withheld: boolean }> } };

export type BoardScheduleQueryVariables = Exact<{
  day: string;
  first: number;
}>;


export type BoardScheduleQuery = { scheduleChanges: { totalCount: number, edges: Array<{ node: { id: string, kind: ScheduleChangeKind, reason: ScheduleChangeReason | null, at: string, sector: { id: string, name: string } | null, by: { id: string, fullName: string } | null, before: { startsAt: string, endsAt: string, helper: { id: string, fullName: string } | null }, after: { startsAt: string, endsAt: string, helper: { id: string, fullName: string } | null } } }> }, scheduleConflicts: { totalCount: number, edges: Array<{ node: { id: string, rule: ConflictRule, title: string, severity: ConflictSeverity, hard: boolean, explanation: string, day: string, acknowledgedAt: string | null, facts: { gapMinutes: number | null, km: number | null, neededMinutes: number | null, speedKmh: number | null, hours: number | null, limitHours: number | null, breakMinutes: number | null, fte: number | null, askedHours: number | null, helpKind: HelpKind | null, tasks: Array<ScheduleTask>, holidayName: string | null, spans: Array<{ startsAt: string, endsAt: string }> } | null, helper: { id: string, fullName: string } | null, sector: { id: string, code: string, name: string } | null } }> } };

export type SectorSearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type SectorSearchQuery = { sectorSearch: { more: boolean, matches: Array<{ matchedOn: SectorSearchField, beneficiaryName: string | null, street: string | null, postalCode: string | null, city: string | null, sector: { id: string, code: string, name: string } }> } };

export type DeskSwapsPendingQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskSwapsPendingQuery = { permanenceSwapsPending: Array<{ id: string, status: SwapStatus, note: string | null, event: string | null, offeredAt: string, offeredBy: { id: string, fullName: string }, takenBy: { id: string, fullName: string } | null, shift: { id: string, kind: ShiftKind, startsAt: string, endsAt: string, holders: Array<{ id: string, fullName: string }> } }> };

export type DeskSwapOfferMutationVariables = Exact<{
  input: PermanenceSwapOfferInput;
}>;


export type DeskSwapOfferMutation = { permanenceSwapOffer: { swap: { id: string, status: SwapStatus } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type DeskSwapTakeMutationVariables = Exact<{
  input: PermanenceSwapStepInput;
}>;


export type DeskSwapTakeMutation = { permanenceSwapTake: { swap: { id: string, status: SwapStatus } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type DeskSwapApproveMutationVariables = Exact<{
  input: PermanenceSwapStepInput;
}>;


export type DeskSwapApproveMutation = { permanenceSwapApprove: { swap: { id: string, status: SwapStatus } | null, shift: { id: string, holders: Array<{ id: string, fullName: string }> } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type DeskSwapRefuseMutationVariables = Exact<{
  input: PermanenceSwapRefuseInput;
}>;


export type DeskSwapRefuseMutation = { permanenceSwapRefuse: { swap: { id: string, status: SwapStatus, refusalReason: string | null } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type DeskSwapUndoMutationVariables = Exact<{
  input: PermanenceSwapStepInput;
}>;


export type DeskSwapUndoMutation = { permanenceSwapUndo: { swap: { id: string, status: SwapStatus } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type BoardWhoToCallFragment = { at: string, gap: boolean, role: CallRole | null, person: { id: string, fullName: string, phone: string | null, role: StaffRole } | null, chain: Array<{ role: CallRole, skipped: boolean, reasonCode: SkipReason | null, reason: string | null, until: string | null, person: { id: string, fullName: string } | null }> };

export type BoardSectorsQueryVariables = Exact<{
  nextAt?: string | null | undefined;
  withNext: boolean;
}>;


export type BoardSectorsQuery = { sectors: Array<{ id: string, code: string, name: string, socialWorker: { id: string, fullName: string, phone: string | null } | null, now: { at: string, gap: boolean, role: CallRole | null, person: { id: string, fullName: string, phone: string | null, role: StaffRole } | null, chain: Array<{ role: CallRole, skipped: boolean, reasonCode: SkipReason | null, reason: string | null, until: string | null, person: { id: string, fullName: string } | null }> }, next?: { at: string, gap: boolean, role: CallRole | null, person: { id: string, fullName: string, phone: string | null, role: StaffRole } | null, chain: Array<{ role: CallRole, skipped: boolean, reasonCode: SkipReason | null, reason: string | null, until: string | null, person: { id: string, fullName: string } | null }> } }> };

export type BoardSectorsNextQueryVariables = Exact<{
  nextAt: string;
}>;


export type BoardSectorsNextQuery = { sectors: Array<{ id: string, next: { at: string, gap: boolean, role: CallRole | null, person: { id: string, fullName: string, phone: string | null, role: StaffRole } | null, chain: Array<{ role: CallRole, skipped: boolean, reasonCode: SkipReason | null, reason: string | null, until: string | null, person: { id: string, fullName: string } | null }> } }> };

export type BoardSectorsWhoToCallChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type BoardSectorsWhoToCallChangedSubscription = { sectorsWhoToCallChanged: { cursor: string | null, cause: string, occurredAt: string, answers: Array<{ at: string, gap: boolean, role: CallRole | null, sector: { id: string }, person: { id: string, fullName: string, phone: string | null, role: StaffRole } | null, chain: Array<{ role: CallRole, skipped: boolean, reasonCode: SkipReason | null, reason: string | null, until: string | null, person: { id: string, fullName: string } | null }> }> } };

export const BoardShiftFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardShift"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PermanenceShift"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"holderBinome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holdersInCallOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"callOrder"}},{"kind":"Field","name":{"kind":"Name","value":"awayFrom"}},{"kind":"Field","name":{"kind":"Name","value":"awayUntil"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"replacements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BoardShiftFragment, unknown>;
export const BoardWhoToCallFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardWhoToCall"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WhoToCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<BoardWhoToCallFragment, unknown>;
export const BoardAlertsDocument = {"__meta__":{"hash":"sha256:cfa57b8f5da42d1ca3de8e5bc4118d43031d791f6c6102bb7906b0547f51cdc4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"awayStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BoardAlertsQuery, BoardAlertsQueryVariables>;
export const BoardViewerDocument = {"__meta__":{"hash":"sha256:66db10b720c7c7095682b207a7581bbb22a0de59ea480d2a1330cccbbae14805"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<BoardViewerQuery, BoardViewerQueryVariables>;
export const BoardLoginDocument = {"__meta__":{"hash":"sha256:d093818256ae81f41dab136b50b94649d01ac89dd323c4ce8094328d7e14946e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BoardLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BoardLoginMutation, BoardLoginMutationVariables>;
export const BoardLogoutDocument = {"__meta__":{"hash":"sha256:fd742d7896988ad07238eca2e7c97cffc01640d0c917a45a1b0c41d18147f54f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BoardLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loggedOut"}}]}}]}}]} as unknown as DocumentNode<BoardLogoutMutation, BoardLogoutMutationVariables>;
export const BoardSectorCaseloadsDocument = {"__meta__":{"hash":"sha256:cc7fc5433d564ccff31ecc33ef9210c7a5f3b7e41e2b09f8f8154ccaf97855d4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardSectorCaseloads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"dayEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"visitsToday"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationsOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"urgentOpen"}}]}}]}}]}}]} as unknown as DocumentNode<BoardSectorCaseloadsQuery, BoardSectorCaseloadsQueryVariables>;
export const BoardSectorCaseloadChangedDocument = {"__meta__":{"hash":"sha256:abc8f4ecfa9fc54613a81a437c09a6538972241dce89f3acdaa308a9535587ce"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BoardSectorCaseloadChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectorCaseloadChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseloads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"dayEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"visitsToday"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationsOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"urgentOpen"}}]}}]}}]}}]} as unknown as DocumentNode<BoardSectorCaseloadChangedSubscription, BoardSectorCaseloadChangedSubscriptionVariables>;
export const DeskViewerDocument = {"__meta__":{"hash":"sha256:e751a548e1d022e3c70e2c6d26017f6f136510d7c5a2c4b8a8f3d7923b1dabeb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<DeskViewerQuery, DeskViewerQueryVariables>;
export const DeskCallChainDocument = {"__meta__":{"hash":"sha256:fd7efc912706edd31fc0dc11deb37ec5b2ec2a876d54b0bfa733aa58aca76326"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskCallChain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permanenceOnCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"whoToCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeskCallChainQuery, DeskCallChainQueryVariables>;
export const DeskShiftsDocument = {"__meta__":{"hash":"sha256:c3153a85e9e68f198f2047e07cad05c8848b1d484172e45744e2f6020085c6c3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskShifts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permanenceShifts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"60"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<DeskShiftsQuery, DeskShiftsQueryVariables>;
export const DeskAlertsDocument = {"__meta__":{"hash":"sha256:1109910c14d6d5072ca0e76f34c0e3c8b7a732911188fe0fc5360fd722beabd2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgementNote"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awayStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeskAlertsQuery, DeskAlertsQueryVariables>;
export const DeskConflictsDocument = {"__meta__":{"hash":"sha256:3280e7125b07c25e15f788cd86e3bd5be83ba9a9bbad3bee42ec0503e726c882"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskConflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleConflicts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"open"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"hard"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gapMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"km"}},{"kind":"Field","name":{"kind":"Name","value":"neededMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"speedKmh"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"limitHours"}},{"kind":"Field","name":{"kind":"Name","value":"breakMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"askedHours"}},{"kind":"Field","name":{"kind":"Name","value":"helpKind"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"}},{"kind":"Field","name":{"kind":"Name","value":"holidayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"helper"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgementNote"}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeskConflictsQuery, DeskConflictsQueryVariables>;
export const DeskReplaceDocument = {"__meta__":{"hash":"sha256:40462728b4a8fca233f98cbef1aaa5888d6f15e5d3d6e38a9385cfa09708a5a4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeskReplace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PermanenceReplaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permanenceReplace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"replacement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loadWarnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"closedDays"}},{"kind":"Field","name":{"kind":"Name","value":"expectedClosedDays"}},{"kind":"Field","name":{"kind":"Name","value":"deviation"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeskReplaceMutation, DeskReplaceMutationVariables>;
export const DeskAbsenceDocument = {"__meta__":{"hash":"sha256:cc86c96d2513d6af09243b846e010f8dde8c72a9801333f8077b1c7454dc625f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeskAbsence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AbsenceRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"absenceRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"absence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeskAbsenceMutation, DeskAbsenceMutationVariables>;
export const DeskConflictAcknowledgeDocument = {"__meta__":{"hash":"sha256:891705499d2532e64b9e821300937b970d78e8047a9feeabb06f2207a34c2695"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeskConflictAcknowledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleConflictAcknowledgeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleConflictAcknowledge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conflict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeskConflictAcknowledgeMutation, DeskConflictAcknowledgeMutationVariables>;
export const DeskAlertAcknowledgeDocument = {"__meta__":{"hash":"sha256:781d156ce31adf553bc9975d85248eb1df3907a4f0321c935a1aba3663c24c80"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeskAlertAcknowledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertAcknowledgeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertAcknowledge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeskAlertAcknowledgeMutation, DeskAlertAcknowledgeMutationVariables>;
export const BoardPermanenceChangedDocument = {"__meta__":{"hash":"sha256:041e44abc32d752f06db3d52ddc47a74a733d9f164ed94b4c3cf6189c6f25595"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BoardPermanenceChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permanenceChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<BoardPermanenceChangedSubscription, BoardPermanenceChangedSubscriptionVariables>;
export const BoardAlertChangedDocument = {"__meta__":{"hash":"sha256:87d4e8e81bbbd5eed5fcd6c79ecfd2828ffb602226e26c0ee6a52bfa3f007285"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BoardAlertChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<BoardAlertChangedSubscription, BoardAlertChangedSubscriptionVariables>;
export const BoardAbsenceChangedDocument = {"__meta__":{"hash":"sha256:f3cf795bf40c780fefaf214fb38151b02fd1c86e05224ffb865e34c3b9fb21d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BoardAbsenceChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"absenceChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<BoardAbsenceChangedSubscription, BoardAbsenceChangedSubscriptionVariables>;
export const BoardScheduleChangedDocument = {"__meta__":{"hash":"sha256:ebbdfc394fc870cf6deaea352743d0bead4fdad2d4862d68a8f142b461580ea2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BoardScheduleChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<BoardScheduleChangedSubscription, BoardScheduleChangedSubscriptionVariables>;
export const BoardConflictChangedDocument = {"__meta__":{"hash":"sha256:2ea84d56766cbf655c6cbefade6b962baa5040a6ad38ccc94ad2b45e16117fc9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BoardConflictChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conflictChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<BoardConflictChangedSubscription, BoardConflictChangedSubscriptionVariables>;
export const DeskIncidentsDocument = {"__meta__":{"hash":"sha256:3f6d23479c86cc628e2f2c49a8fec837b3bc163f7dd05e9e89f0ad99fba36674"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskIncidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"insurerReference"}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declaredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeskIncidentsQuery, DeskIncidentsQueryVariables>;
export const BoardOnCallDocument = {"__meta__":{"hash":"sha256:849a149b99124ad7a46186570fca0f3da4ce9a074e89014058b6b91152213a0c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardOnCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permanenceOnCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardShift"}}]}},{"kind":"Field","name":{"kind":"Name","value":"next"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardShift"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weekend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardShift"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardShift"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PermanenceShift"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"holderBinome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holdersInCallOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"callOrder"}},{"kind":"Field","name":{"kind":"Name","value":"awayFrom"}},{"kind":"Field","name":{"kind":"Name","value":"awayUntil"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"replacements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BoardOnCallQuery, BoardOnCallQueryVariables>;
export const BoardPlanningDocument = {"__meta__":{"hash":"sha256:ec61898524daacb1358dddd2dc6cc2730d9e6169343db58fca03cfd14ea45ffc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardPlanning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planningBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"currentMonth"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"}},{"kind":"Field","name":{"kind":"Name","value":"revisionLimit"}},{"kind":"Field","name":{"kind":"Name","value":"controls"}},{"kind":"Field","name":{"kind":"Name","value":"controlLimit"}},{"kind":"Field","name":{"kind":"Name","value":"unplaced"}},{"kind":"Field","name":{"kind":"Name","value":"suspended"}},{"kind":"Field","name":{"kind":"Name","value":"relayQueueSize"}},{"kind":"Field","name":{"kind":"Name","value":"flyingWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relayWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"}},{"kind":"Field","name":{"kind":"Name","value":"revisionQuota"}},{"kind":"Field","name":{"kind":"Name","value":"controls"}},{"kind":"Field","name":{"kind":"Name","value":"controlQuota"}},{"kind":"Field","name":{"kind":"Name","value":"unplaced"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replacement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"flyingWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BoardPlanningQuery, BoardPlanningQueryVariables>;
export const BoardPlanningChangedDocument = {"__meta__":{"hash":"sha256:298834def4901ce9278626dbb6e2d80bcd36f070ab2180e24f124cedd191c329"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BoardPlanningChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planningBoardChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<BoardPlanningChangedSubscription, BoardPlanningChangedSubscriptionVariables>;
export const BoardReportsDocument = {"__meta__":{"hash":"sha256:c9b8f81e8a69e81a78c9eb562d29bfe02dfd5679ef6170c0bedab6685562abc5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"sectorCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hoursReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"sectorCode"}},{"kind":"Field","name":{"kind":"Name","value":"helpKind"}},{"kind":"Field","name":{"kind":"Name","value":"agreedHours"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"doneHours"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledHours"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseloadReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialWorkers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"sectorCode"}},{"kind":"Field","name":{"kind":"Name","value":"socialWorker"}},{"kind":"Field","name":{"kind":"Name","value":"activePerFte"}},{"kind":"Field","name":{"kind":"Name","value":"targetPerFte"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"permanenceReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekendLoad"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"}},{"kind":"Field","name":{"kind":"Name","value":"weekendHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weekendFairness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"meanHours"}},{"kind":"Field","name":{"kind":"Name","value":"stdDevHours"}},{"kind":"Field","name":{"kind":"Name","value":"coefficientOfVariation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastMonth"}},{"kind":"Field","name":{"kind":"Name","value":"minGroupSize"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"sectorCode"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"checks"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"meanScore"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}}]}}]}}]} as unknown as DocumentNode<BoardReportsQuery, BoardReportsQueryVariables>;
export const BoardScheduleDocument = {"__meta__":{"hash":"sha256:c27150afa322f988a6e4520c5618cd9f163f4463f0d807c7f117c701994b56d7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"day"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"helper"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"helper"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduleConflicts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"open"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"hard"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gapMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"km"}},{"kind":"Field","name":{"kind":"Name","value":"neededMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"speedKmh"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"limitHours"}},{"kind":"Field","name":{"kind":"Name","value":"breakMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"askedHours"}},{"kind":"Field","name":{"kind":"Name","value":"helpKind"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"}},{"kind":"Field","name":{"kind":"Name","value":"holidayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"helper"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BoardScheduleQuery, BoardScheduleQueryVariables>;
export const SectorSearchDocument = {"__meta__":{"hash":"sha256:b314c6271ea475c9f32b99c3ad9ba22a8d73cfbf064f59ea49cc56a95c59ef2c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectorSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectorSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"more"}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryName"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SectorSearchQuery, SectorSearchQueryVariables>;
export const DeskSwapsPendingDocument = {"__meta__":{"hash":"sha256:9d6576e7df874ef16cf403fce2e2578fc8cacfe91ac8ebe57a5206d62723f7a6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskSwapsPending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permanenceSwapsPending"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"offeredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"takenBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeskSwapsPendingQuery, DeskSwapsPendingQueryVariables>;
export const DeskSwapOfferDocument = {"__meta__":{"hash":"sha256:c8f184ace71c008b32394d62f50e5d0a00c0b00152ed8198ad454768e176e5b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeskSwapOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PermanenceSwapOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permanenceSwapOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"swap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeskSwapOfferMutation, DeskSwapOfferMutationVariables>;
export const DeskSwapTakeDocument = {"__meta__":{"hash":"sha256:fe80a2ab178a888752ff283ec32a9be7809a6322972fbfc36aaf76db63c67846"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeskSwapTake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PermanenceSwapStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permanenceSwapTake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"swap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeskSwapTakeMutation, DeskSwapTakeMutationVariables>;
export const DeskSwapApproveDocument = {"__meta__":{"hash":"sha256:9b61faa2d041fe5f292659a122697908faf46164e823881139ba97770e8bd481"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeskSwapApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PermanenceSwapStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permanenceSwapApprove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"swap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeskSwapApproveMutation, DeskSwapApproveMutationVariables>;
export const DeskSwapRefuseDocument = {"__meta__":{"hash":"sha256:879747fe9659a9a4527f4403a8610ef14723644b12d72f47a68d51ac225385a0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeskSwapRefuse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PermanenceSwapRefuseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permanenceSwapRefuse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"swap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeskSwapRefuseMutation, DeskSwapRefuseMutationVariables>;
export const DeskSwapUndoDocument = {"__meta__":{"hash":"sha256:652f4693c24c085bbee391fef2961a54a4fba448bc1b232c2dd1bb4b08cb7420"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeskSwapUndo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PermanenceSwapStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permanenceSwapUndo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"swap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeskSwapUndoMutation, DeskSwapUndoMutationVariables>;
export const BoardSectorsDocument = {"__meta__":{"hash":"sha256:b4d71af8b856e37bb07fc8729437af06b1cd247c7fcb97c000564f9292d0e661"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardSectors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nextAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withNext"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"socialWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"now"},"name":{"kind":"Name","value":"whoToCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardWhoToCall"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"next"},"name":{"kind":"Name","value":"whoToCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nextAt"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withNext"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardWhoToCall"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardWhoToCall"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WhoToCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<BoardSectorsQuery, BoardSectorsQueryVariables>;
export const BoardSectorsNextDocument = {"__meta__":{"hash":"sha256:b0f970684d5f4c1804e755626085606fc03624f319fd4a657268c0186bcac277"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardSectorsNext"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nextAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"next"},"name":{"kind":"Name","value":"whoToCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nextAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardWhoToCall"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardWhoToCall"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WhoToCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<BoardSectorsNextQuery, BoardSectorsNextQueryVariables>;
export const BoardSectorsWhoToCallChangedDocument = {"__meta__":{"hash":"sha256:12d05dfaa6fc62dff8042c5f6a1f3aa80a3bdc794c6bd639fc6e638b93355412"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BoardSectorsWhoToCallChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectorsWhoToCallChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardWhoToCall"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardWhoToCall"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WhoToCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<BoardSectorsWhoToCallChangedSubscription, BoardSectorsWhoToCallChangedSubscriptionVariables>;