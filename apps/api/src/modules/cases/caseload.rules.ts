// Board caseload rules: which local day "today" is, and when a sector's counts changed.
import { DateTime } from 'luxon';

export const SERVICE_TIME_ZONE = 'Europe/Brussels';

export interface Caseload {
  visitsToday: number;
  evaluationsOverdue: number;
  urgentOpen: number;
}

export const NO_CASELOAD: Caseload = { visitsToday: 0, evaluationsOverdue: 0, urgentOpen: 0 };

/**
 * The service's day holding `now`: its local date and the instants it starts and ends (a day of
 * 23 or 25 hours when the clocks change, so bounds come from the calendar, not from +24 h).
 */
export function serviceDay(now: Date): { day: string; from: Date; to: Date } {
  const start = DateTime.fromJSDate(now, { zone: SERVICE_TIME_ZONE }).startOf('day');
  return { day: start.toISODate() ?? '', from: start.toJSDate(), to: start.plus({ days: 1 }).toJSDate() };
}

export function sameCaseload(a: Caseload | undefined, b: Caseload): boolean {
  return !!a && a.visitsToday === b.visitsToday && a.evaluationsOverdue === b.evaluationsOverdue && a.urgentOpen === b.urgentOpen;
}
