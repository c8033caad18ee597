// R11: the flying social worker replaces a sick social worker (or onboards a new one) for 3 days to
// 3 consecutive weeks, one social worker at a time; during it their other planned tasks are suspended.
import { DateTime } from 'luxon';
import { overlaps, type Span, type StaffRole } from '../org/index.js';
import { SERVICE_TIME_ZONE } from '../../time/service-time.js';
import { ASSIGNMENT_KINDS, R11_ONE_AT_A_TIME_MESSAGE, type AssignmentKind } from '../../shared/vocabulary/planning.js';
export { ASSIGNMENT_KINDS, type AssignmentKind };

export const R11_MIN_DAYS = 3;
export const R11_MAX_DAYS = 21;

/** The assignment of local dates [fromDate, toDate] (both included) as instants [start of first day, start of the day after). */
export function assignmentSpan(fromDate: string, toDate: string): Span | null {
  const from = DateTime.fromISO(fromDate, { zone: SERVICE_TIME_ZONE });
  const to = DateTime.fromISO(toDate, { zone: SERVICE_TIME_ZONE });
  if (!from.isValid || !to.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(fromDate) || !/^\d{4}-\d{2}-\d{2}$/.test(toDate)) return null;
  return { startsAt: from.startOf('day').toJSDate(), endsAt: to.plus({ days: 1 }).startOf('day').toJSDate() };
}

/** Calendar days of a span of whole local days (daylight saving makes some 23 or 25 hours). */
export function daysOf(span: Span): number {
  const s = DateTime.fromJSDate(span.startsAt, { zone: SERVICE_TIME_ZONE });
  const e = DateTime.fromJSDate(span.endsAt, { zone: SERVICE_TIME_ZONE });
  return Math.round(e.diff(s, 'days').days);
}

export type AssignmentError =
  | 'R11_TOO_SHORT'
  | 'R11_TOO_LONG'
  | 'R11_ONE_AT_A_TIME'
  | 'R11_NOT_A_SOCIAL_WORKER'
  | 'R11_NOT_THE_FLYING_WORKER'
  | 'R11_TASKS_REQUIRED'
  | 'INVALID_DATES';

export interface AssignmentFacts {
  span: Span | null;
  flyingRole: StaffRole;
  replaced: { role: StaffRole; sectorId: string | null };
  tasks: string[];
  /** The flying worker's other replacements and onboardings, not ended early. */
  others: Span[];
}

/** R11: the first rule the proposed replacement plan breaks, or null. */
export function assignmentError(f: AssignmentFacts): AssignmentError | null {
  if (!f.span || f.span.endsAt <= f.span.startsAt) return 'INVALID_DATES';
  if (f.flyingRole !== 'FLYING_SOCIAL_WORKER') return 'R11_NOT_THE_FLYING_WORKER';
  if (f.replaced.role !== 'SOCIAL_WORKER' || !f.replaced.sectorId) return 'R11_NOT_A_SOCIAL_WORKER';
  const days = daysOf(f.span);
  if (days < R11_MIN_DAYS) return 'R11_TOO_SHORT';
  if (days > R11_MAX_DAYS) return 'R11_TOO_LONG';
  if (!f.tasks.some((t) => t.trim())) return 'R11_TASKS_REQUIRED';
  const span = f.span;
  if (f.others.some((o) => overlaps(o, span))) return 'R11_ONE_AT_A_TIME';
  return null;
}

export const ASSIGNMENT_MESSAGES: Record<AssignmentError, string> = {
  R11_TOO_SHORT: `R11: a replacement by the flying social worker lasts at least ${R11_MIN_DAYS} days.`,
  R11_TOO_LONG: `R11: a replacement by the flying social worker lasts at most 3 consecutive weeks (${R11_MAX_DAYS} days).`,
  R11_ONE_AT_A_TIME: R11_ONE_AT_A_TIME_MESSAGE,
  R11_NOT_A_SOCIAL_WORKER: 'R11: the flying social worker replaces or onboards a sector social worker.',
  R11_NOT_THE_FLYING_WORKER: 'R11: replacements are made by the flying social worker.',
  R11_TASKS_REQUIRED: "R11: the replacement plan lists which of the social worker's tasks the flying worker takes over.",
  INVALID_DATES: '`fromDate` and `toDate` must be dates YYYY-MM-DD, `toDate` not before `fromDate`.',
};

/** R11: a planned item is suspended while a replacement or onboarding of its flying worker runs. */
export function suspendingAssignment<T extends Span>(item: Span, assignments: T[]): T | null {
  return assignments.find((a) => overlaps(a, item)) ?? null;
}
