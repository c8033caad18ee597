// The period a report covers and the constants its figures are measured against. Pure: no SQL, no clock.
import type { UserErrorData } from '../../shared/outcome.js';

/** `to` at most this many days after `from` (2026-01-01 → 2027-02-05 is allowed): a year of figures from any day. */
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
  if (spanDays(from, to) - 1 > MAX_REPORT_DAYS) return { field: 'to', code: 'SPAN_TOO_LONG', message: `\`to\` may be at most ${MAX_REPORT_DAYS} days after \`from\`.` };
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

const lastDayOf = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

/**
 * The whole months a report covers: from the first day of `from`'s month to the last day of `to`'s.
 * A figure is never about part of a month, so two periods a day apart give the same figures, and
 * subtracting them singles nobody out (issue 13).
 */
export function wholeMonths(from: string, to: string): { from: string; to: string } {
  return { from: `${from.slice(0, 7)}-01`, to: lastDayOf(to.slice(0, 7)) };
}

/**
 * The months of a whole-month period over at `today` (a local day): the part whose small counts a
 * reporting tool may read (a month still under way would change day by day). Null when none is over.
 */
export function monthsOver(period: { from: string; to: string }, today: string): { from: string; to: string; lastMonth: string } | null {
  const current = today.slice(0, 7);
  const last = period.to.slice(0, 7) < current ? period.to.slice(0, 7) : monthsOf(period.from, `${current}-01`).at(-2);
  if (!last || last < period.from.slice(0, 7)) return null;
  return { from: period.from, to: lastDayOf(last), lastMonth: last };
}
