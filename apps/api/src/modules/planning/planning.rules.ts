// Rules on requests to the flying social worker: R6 (requests for month M close on the 20th of
// M-1, Brussels time) and R15 (team-meeting support: one a week, asked 15 days ahead).
import { DateTime } from 'luxon';
import { DIRECTION, type StaffRole } from '../org/index.js';
import { SERVICE_TIME_ZONE } from '../../time/service-time.js';
import { PLANNING_ITEM_STATUSES, PLANNING_STATUSES, REQUEST_KINDS, type RequestKind } from '../../shared/vocabulary/planning.js';
export { PLANNING_ITEM_STATUSES, PLANNING_STATUSES, REQUEST_KINDS, type RequestKind };


const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The first instant of a month 'YYYY-MM' in Brussels; null when malformed. */
export function monthStart(month: string): DateTime | null {
  const m = MONTH.exec(month);
  if (!m) return null;
  return DateTime.fromObject({ year: Number(m[1]), month: Number(m[2]), day: 1 }, { zone: SERVICE_TIME_ZONE });
}

/** [start, end) of a month in Brussels. */
export function monthSpan(month: string): { startsAt: Date; endsAt: Date } {
  const start = monthStart(month);
  if (!start) throw new RangeError(`month must be YYYY-MM, got "${month}"`);
  return { startsAt: start.toJSDate(), endsAt: start.plus({ months: 1 }).toJSDate() };
}

/** The month 'YYYY-MM' an instant falls in, in Brussels. */
export function monthOf(at: Date): string {
  return DateTime.fromJSDate(at, { zone: SERVICE_TIME_ZONE }).toFormat('yyyy-MM');
}

/**
 * R6: requests for month M must arrive by the 20th of M-1 (the whole 20th counts, Brussels time),
 * so they close at midnight starting the 21st of M-1. For March that is 20 February; for January,
 * 20 December of the year before.
 */
export function requestDeadline(month: string): Date {
  const start = monthStart(month);
  if (!start) throw new RangeError(`month must be YYYY-MM, got "${month}"`);
  return start.minus({ months: 1 }).set({ day: 21 }).startOf('day').toJSDate();
}

export type RequestTimingError = 'R6_REQUESTS_CLOSED' | 'R6_URGENT_NEEDS_DIRECTION';


/**
 * R6: on time, any request is accepted; late, it is refused, unless direction accepts it as urgent.
 * A late request marked urgent by someone else is refused with the reason that direction must do it.
 */
export function requestTiming(month: string, now: Date, urgent: boolean, requesterRole: StaffRole): RequestTimingError | null {
  if (now < requestDeadline(month)) return null;
  if (!urgent) return 'R6_REQUESTS_CLOSED';
  return DIRECTION.includes(requesterRole) ? null : 'R6_URGENT_NEEDS_DIRECTION';
}

export const R15_LEAD_DAYS = 15;

export type MeetingSupportError = 'R15_TOO_LATE' | 'R15_ONE_MEETING_A_WEEK' | 'MEETING_NOT_IN_MONTH';

/** The Brussels ISO week of an instant, e.g. '2027-W03'. */
export function weekOf(at: Date): string {
  return DateTime.fromJSDate(at, { zone: SERVICE_TIME_ZONE }).toFormat("kkkk-'W'WW");
}

/**
 * R15: the flying worker supports at most one team meeting a week, asked at least 15 days ahead.
 * `booked` are the meetings already requested (not withdrawn).
 */
export function meetingSupportError(month: string, meetingAt: Date, now: Date, booked: Date[]): MeetingSupportError | null {
  if (monthOf(meetingAt) !== month) return 'MEETING_NOT_IN_MONTH';
  if (meetingAt.getTime() - now.getTime() < R15_LEAD_DAYS * 86_400_000) return 'R15_TOO_LATE';
  const week = weekOf(meetingAt);
  if (booked.some((b) => weekOf(b) === week)) return 'R15_ONE_MEETING_A_WEEK';
  return null;
}

export type RequestShapeError = 'CASE_FILE_REQUIRED' | 'MEETING_AT_REQUIRED' | 'HELPER_REQUIRED';

/** What each kind needs: a case file for a revision or accompaniment, a helper for a control, a date for a meeting. */
export function requestShapeError(kind: RequestKind, r: { caseFileId: string | null; helperId: string | null; meetingAt: Date | null }): RequestShapeError | null {
  if ((kind === 'REVISION' || kind === 'ACCOMPANIMENT') && !r.caseFileId) return 'CASE_FILE_REQUIRED';
  if (kind === 'HELPER_CONTROL' && !r.helperId) return 'HELPER_REQUIRED';
  if (kind === 'MEETING_SUPPORT' && !r.meetingAt) return 'MEETING_AT_REQUIRED';
  return null;
}

/**
 * The board's month: the month under way once its planning is fixed (it is being carried out),
 * otherwise next month, the one being prepared (R6 requests, R7/R8 quotas).
 */
export function boardMonth(now: Date, currentFixed: boolean): { month: string; current: boolean } {
  const here = DateTime.fromJSDate(now, { zone: SERVICE_TIME_ZONE });
  return currentFixed ? { month: here.toFormat('yyyy-MM'), current: true } : { month: here.plus({ months: 1 }).toFormat('yyyy-MM'), current: false };
}

/** R11 on the board: the replacement running at `now`, else the next one; early ends count. */
export function boardReplacement<A extends { startsAt: Date; endsAt: Date; endedEarlyAt: Date | null }>(assignments: readonly A[], now: Date): (A & { inProgress: boolean; until: Date }) | null {
  const live = assignments.map((a) => ({ ...a, until: a.endedEarlyAt ?? a.endsAt })).filter((a) => a.until > now && a.startsAt < a.until);
  const running = live.find((a) => a.startsAt <= now);
  if (running) return { ...running, inProgress: true };
  const next = [...live].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
  return next ? { ...next, inProgress: false } : null;
}
