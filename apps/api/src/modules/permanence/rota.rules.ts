// The permanence rota's calendar: which shifts exist and when the permanence is planned open,
// in Brussels local time (so daylight-saving changes stretch or shrink the week-end shift, not move it).
import { DateTime } from 'luxon';
import { inServiceZone, SERVICE_TIME_ZONE } from '../../time/service-time.js';
import type { ShiftKind } from './coverage.rules.js';

export interface LocalTime {
  hour: number;
  minute: number;
}

/** Luxon weekday numbers: Monday is 1, Sunday is 7. */
export const MONDAY = 1;
export const FRIDAY = 5;

// The service's choice: the office is open Monday to Friday, 08:30 to 17:00 local time. Sector social
// workers and the flying social worker are on duty then; nights and week-ends they are off duty.
// On a public holiday or a closing day (the holidays module says which) the office is closed too.
export const OFFICE_HOURS = { firstDay: MONDAY, lastDay: FRIDAY, opens: { hour: 8, minute: 30 }, closes: { hour: 17, minute: 0 } } as const;

// The service's choice: the weekday permanence covers the office hours, Monday to Friday.
export const WEEKDAY_PERMANENCE = { firstDay: MONDAY, lastDay: FRIDAY, starts: OFFICE_HOURS.opens, ends: OFFICE_HOURS.closes } as const;

// The service's choice: the week-end permanence runs from Friday when the office closes to Monday
// when it opens. Weekday nights are planned empty: no permanence, so not a coverage gap.
export const WEEKEND_PERMANENCE = {
  startDay: FRIDAY,
  starts: OFFICE_HOURS.closes,
  endDay: MONDAY,
  ends: OFFICE_HOURS.opens,
  /** Calendar days from the Friday start to the Monday end. */
  lengthDays: 3,
} as const;

/** Whether a local date (YYYY-MM-DD) is a public holiday or a closing day of the service. */
export type ClosedDay = (day: string) => boolean;
const NO_HOLIDAYS: ClosedDay = () => false;

/** A day the office does not open: a week-end day, a public holiday or a closing day. */
function isClosed(day: DateTime, closed: ClosedDay): boolean {
  return day.weekday < OFFICE_HOURS.firstDay || day.weekday > OFFICE_HOURS.lastDay || closed(day.toISODate() as string);
}

export interface RotaSpan {
  kind: ShiftKind;
  startsAt: Date;
  endsAt: Date;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function dayStart(date: string, name: string): DateTime {
  const day = ISO_DATE.test(date) ? DateTime.fromISO(date, { zone: SERVICE_TIME_ZONE }) : null;
  if (!day?.isValid) throw new RangeError(`${name} must be a date YYYY-MM-DD, got "${date}"`);
  return day.startOf('day');
}

function at(day: DateTime, time: LocalTime): Date {
  // Permanence hours never fall in the 02:00–03:00 hour that daylight saving skips or repeats.
  return day.set({ hour: time.hour, minute: time.minute, second: 0, millisecond: 0 }).toJSDate();
}

/**
 * Every shift whose local start date is in [fromDate, toDate), in start order. A holiday is held like
 * a week-end day: the days the office stays closed (week-end, holidays, closing days) make one
 * WEEKEND shift from the office closing on the last open day to its opening on the next one, so
 * Easter Monday lengthens the week-end and a Thursday holiday is a shift of its own.
 */
export function rotaSpans(fromDate: string, toDate: string, closed: ClosedDay = NO_HOLIDAYS): RotaSpan[] {
  const to = dayStart(toDate, 'toDate');
  const spans: RotaSpan[] = [];
  for (let day = dayStart(fromDate, 'fromDate'); day < to; day = day.plus({ days: 1 })) {
    if (isClosed(day, closed)) continue;
    spans.push({ kind: 'WEEKDAY', startsAt: at(day, WEEKDAY_PERMANENCE.starts), endsAt: at(day, WEEKDAY_PERMANENCE.ends) });
    let reopens = day.plus({ days: 1 });
    if (!isClosed(reopens, closed)) continue;
    // Adding calendar days in the zone keeps 08:30 local on the day it reopens, whatever the clocks did.
    for (let n = 0; isClosed(reopens, closed) && n < MAX_CLOSED_RUN_DAYS; n++) reopens = reopens.plus({ days: 1 });
    spans.push({ kind: 'WEEKEND', startsAt: at(day, WEEKEND_PERMANENCE.starts), endsAt: at(reopens, WEEKEND_PERMANENCE.ends) });
  }
  return spans;
}

/** A closed stretch longer than this is cut into shifts of at most this many days (never met in practice). */
const MAX_CLOSED_RUN_DAYS = 31;

function minutesOfDay(t: DateTime | LocalTime): number {
  return t.hour * 60 + t.minute;
}

/** Monday to Friday but holidays, office hours opening time included, closing time excluded. */
export function workingHours(instant: Date, closed: ClosedDay = NO_HOLIDAYS): boolean {
  const t = inServiceZone(instant);
  if (isClosed(t, closed)) return false;
  const m = minutesOfDay(t);
  return m >= minutesOfDay(OFFICE_HOURS.opens) && m < minutesOfDay(OFFICE_HOURS.closes);
}

/** Which permanence is planned at an instant: null on a weekday night, when nobody is meant to be on call. */
export function plannedShiftKind(instant: Date, closed: ClosedDay = NO_HOLIDAYS): ShiftKind | null {
  const t = inServiceZone(instant);
  const m = minutesOfDay(t);
  if (isClosed(t, closed)) return 'WEEKEND';
  // An open day: the closed stretch before it runs until the office opens, the one after it from when it closes.
  if (m < minutesOfDay(WEEKEND_PERMANENCE.ends) && isClosed(t.minus({ days: 1 }), closed)) return 'WEEKEND';
  if (m >= minutesOfDay(WEEKEND_PERMANENCE.starts) && isClosed(t.plus({ days: 1 }), closed)) return 'WEEKEND';
  if (m >= minutesOfDay(WEEKDAY_PERMANENCE.starts) && m < minutesOfDay(WEEKDAY_PERMANENCE.ends)) return 'WEEKDAY';
  return null;
}

/** Whether a permanence is planned at this instant (a weekday night is planned empty, not a gap). */
export function isPlannedOpen(instant: Date, closed: ClosedDay = NO_HOLIDAYS): boolean {
  return plannedShiftKind(instant, closed) !== null;
}

/** The local date (YYYY-MM-DD) of the Monday of the rota week holding an instant. */
export function rotaWeekStart(instant: Date): string {
  return inServiceZone(instant).startOf('week').toISODate();
}

/** Hands spans to binômes in turn: weekdays day by day, week-ends week by week. */
export function rotation<T extends RotaSpan>(spans: T[], binomeIds: string[]): (T & { holderBinomeId: string })[] {
  if (!binomeIds.length) throw new RangeError('rotation needs at least one binôme');
  let weekday = 0;
  let weekend = 0;
  return spans.map((span) => ({
    ...span,
    holderBinomeId: binomeIds[(span.kind === 'WEEKEND' ? weekend++ : weekday++) % binomeIds.length],
  }));
}
