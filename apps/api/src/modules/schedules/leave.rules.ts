// R12: helpers' leave and time off in lieu, checked at the end of each month: the balance of a
// month from the contract, the approved requests and the hours worked over the contract.
import { dayBounds, localDay, weekOf } from '../../time/service-time.js';
import { LEAVE_KINDS, LEAVE_STATUSES, type LeaveKind } from '../../shared/vocabulary/leave.js';
export { LEAVE_KINDS, LEAVE_STATUSES, type LeaveKind };

// Paid leave a year for a full-time helper: 20 days of 7.6 h (a 38 h week).
export const LEAVE_DAYS_PER_YEAR = 20;
export const HOURS_PER_DAY_FULL_TIME = 7.6;
export const WEEK_HOURS_FULL_TIME = 38;

export interface LeaveFact {
  kind: LeaveKind;
  startsAt: Date;
  hours: number;
}

export interface WorkFact {
  startsAt: Date;
  endsAt: Date;
}

export interface MonthlyBalance {
  leaveAllowanceHours: number;
  leaveTakenInMonthHours: number;
  leaveTakenToDateHours: number;
  leaveRemainingHours: number;
  toilEarnedInMonthHours: number;
  toilTakenInMonthHours: number;
  toilBalanceHours: number;
}

const round = (h: number) => Math.round(h * 100) / 100;

/** "2026-03" → the first day of the month and of the next. */
export function monthDays(month: string): { first: string; next: string } | null {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!m) return null;
  const y = Number(m[1]);
  const n = Number(m[2]);
  return { first: `${month}-01`, next: n === 12 ? `${y + 1}-01-01` : `${y}-${String(n + 1).padStart(2, '0')}-01` };
}

/**
 * R12: the balance at the end of `month`, counting from 1 January. Time off in lieu is earned by the
 * hours scheduled over the contract in a week (FTE × 38 h), counted in the month the week starts.
 */
export function monthlyBalance(month: string, fte: number, leave: LeaveFact[], work: WorkFact[]): MonthlyBalance {
  const days = monthDays(month);
  if (!days) throw new Error(`not a month: ${month}`);
  const yearStart = dayBounds(`${month.slice(0, 4)}-01-01`).from;
  const monthStart = dayBounds(days.first).from;
  const monthEnd = dayBounds(days.next).from;
  const sum = (xs: LeaveFact[]) => xs.reduce((s, x) => s + x.hours, 0);
  const ofKind = (k: LeaveKind, from: Date) => leave.filter((l) => l.kind === k && l.startsAt >= from && l.startsAt < monthEnd);

  const perWeek = new Map<string, number>();
  for (const w of work) {
    const week = weekOf(localDay(w.startsAt));
    perWeek.set(week, (perWeek.get(week) ?? 0) + (w.endsAt.getTime() - w.startsAt.getTime()) / 3_600_000);
  }
  const contract = fte * WEEK_HOURS_FULL_TIME;
  let earnedToDate = 0;
  let earnedInMonth = 0;
  for (const [week, hours] of perWeek) {
    const start = dayBounds(week).from;
    if (start < yearStart || start >= monthEnd) continue;
    const over = Math.max(0, hours - contract);
    earnedToDate += over;
    if (start >= monthStart) earnedInMonth += over;
  }
  const allowance = LEAVE_DAYS_PER_YEAR * HOURS_PER_DAY_FULL_TIME * fte;
  const leaveToDate = sum(ofKind('LEAVE', yearStart));
  return {
    leaveAllowanceHours: round(allowance),
    leaveTakenInMonthHours: round(sum(ofKind('LEAVE', monthStart))),
    leaveTakenToDateHours: round(leaveToDate),
    leaveRemainingHours: round(allowance - leaveToDate),
    toilEarnedInMonthHours: round(earnedInMonth),
    toilTakenInMonthHours: round(sum(ofKind('TIME_OFF_IN_LIEU', monthStart))),
    toilBalanceHours: round(earnedToDate - sum(ofKind('TIME_OFF_IN_LIEU', yearStart))),
  };
}

/** Why a request can not be made, or null. */
export function leaveRequestError(r: { startsAt: Date; endsAt: Date; hours: number }): { field: string; code: string; message: string } | null {
  if (r.endsAt <= r.startsAt) return { field: 'endsAt', code: 'ENDS_BEFORE_START', message: '`endsAt` must be after `startsAt`.' };
  const spanHours = (r.endsAt.getTime() - r.startsAt.getTime()) / 3_600_000;
  if (!(r.hours > 0) || r.hours > spanHours) return { field: 'hours', code: 'INVALID_HOURS', message: `\`hours\` must be more than 0 and at most the ${round(spanHours)} h of the span.` };
  if (spanHours > 31 * 24) return { field: 'endsAt', code: 'LEAVE_TOO_LONG', message: 'Ask for at most 31 days at a time.' };
  return null;
}
