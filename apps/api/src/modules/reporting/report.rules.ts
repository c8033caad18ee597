// The period a report covers and the constants its figures are measured against. Pure: no SQL, no clock.
import type { UserErrorData } from '../../shared/outcome.js';

/** At most a year and a bit: a year of figures from any day. */
export const MAX_REPORT_DAYS = 400;
/** DOMAIN "Time and workload targets": 20 accompaniments per full-time social worker. */
export const ACCOMPANIMENTS_PER_FTE = 20;
/** A full-time helper's contract week (schedules' conflict settings, weekHoursFullTime; a test keeps them equal). */
export const WEEK_HOURS_FULL_TIME = 38;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function realDay(v: string): boolean {
  const m = DAY.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]) && Number(m[1]) >= 2000 && Number(m[1]) <= 2100;
}

/** Days from `from` to `to`, both included (local days, Europe/Brussels). */
export function spanDays(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** What is wrong with a report's period, naming the parameter, or null. */
export function periodError(from: string, to: string): Omit<UserErrorData, 'field'> & { field: 'from' | 'to' } | null {
  if (!realDay(from)) return { field: 'from', code: 'BAD_DATE', message: '`from` must be a day YYYY-MM-DD (2000–2100).' };
  if (!realDay(to)) return { field: 'to', code: 'BAD_DATE', message: '`to` must be a day YYYY-MM-DD (2000–2100).' };
  if (to < from) return { field: 'to', code: 'BEFORE_FROM', message: '`to` must be on or after `from`.' };
  if (spanDays(from, to) > MAX_REPORT_DAYS) return { field: 'to', code: 'SPAN_TOO_LONG', message: `A report covers at most ${MAX_REPORT_DAYS} days.` };
  return null;
}

/** The months (YYYY-MM) a period touches, in order. */
export function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number);
  const last = to.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    out.push(month);
    if (month >= last) return out;
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
}
