// The service's time: its zone, its local days and weeks. Every "today", "this week" and local
// date of the API comes from here, so a day starts at local midnight everywhere (23- or 25-hour
// days when the clocks change) and the zone is written once.
import { DateTime } from 'luxon';

export const SERVICE_TIME_ZONE = 'Europe/Brussels';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** An instant in the service's zone; a RangeError for an invalid Date. */
export function inServiceZone(instant: Date): DateTime<true> {
  const t = DateTime.fromJSDate(instant, { zone: SERVICE_TIME_ZONE });
  if (!t.isValid) throw new RangeError(`not a valid instant: ${String(instant)}`);
  return t;
}

/** The local date (YYYY-MM-DD) of an instant. */
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: SERVICE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const dayOfInstant = new Map<number, string>();
export function localDay(at: Date): string {
  // Intl rather than luxon here, and kept by instant: called for every entry of a bulk recheck
  // (44,000 times a month's), whose visits start at a few hundred distinct instants.
  const ms = at.getTime();
  let day = dayOfInstant.get(ms);
  if (day === undefined) {
    if (Number.isNaN(ms)) return dayFormat.format(at); // the RangeError
    if (dayOfInstant.size >= 10_000) dayOfInstant.clear();
    dayOfInstant.set(ms, (day = dayFormat.format(at)));
  }
  return day;
}

/** "HH:mm" local, for explanations. */
const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: SERVICE_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
export function localTime(at: Date): string {
  return timeFormat.format(at);
}

/** An instant as people in the service read it ("Monday 3 March 2025 14:00", Brussels), for messages: never UTC. */
export function instantInWords(at: Date): string {
  return `${dayInWords(localDay(at))} ${localTime(at)}${zoneIfRepeated(at)}`;
}

const HOUR = 3_600_000;
const zoneFormat = new Intl.DateTimeFormat('en-GB', { timeZone: SERVICE_TIME_ZONE, timeZoneName: 'short' });
/**
 * " CEST" or " CET" when the local time of `at` comes twice that night (the clocks going back: 02:30
 * on the last Sunday of October is an hour apart twice), else nothing: words that name one instant.
 */
export function zoneIfRepeated(at: Date): string {
  const t = at.getTime();
  const text = localDay(at) + localTime(at);
  const repeated = [t - HOUR, t + HOUR].some((u) => { const d = new Date(u); return localDay(d) + localTime(d) === text; });
  return repeated ? ` ${zoneFormat.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? ''}` : '';
}

/** Memoised by its arguments: these calendar functions are pure and a recheck asks the same few days thousands of times. */
function memo<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args: A) => {
    const key = args.join('|');
    let hit = cache.get(key);
    if (hit === undefined) {
      if (cache.size > 20_000) cache.clear();
      hit = fn(...args);
      cache.set(key, hit);
    }
    return hit;
  };
}

/** A local date in words ("Monday 3 March 2025"), for explanations. */
export const dayInWords = memo((day: string): string => DateTime.fromISO(day, { zone: SERVICE_TIME_ZONE }).setLocale('en-GB').toFormat('cccc d LLLL yyyy'));

/** The Monday of the week holding a local date. */
export const weekOf = memo((day: string): string => DateTime.fromISO(day, { zone: SERVICE_TIME_ZONE }).startOf('week').toISODate() as string);

const bounds = memo((day: string, days: number) => {
  const start = DateTime.fromISO(day, { zone: SERVICE_TIME_ZONE }).startOf('day');
  return { from: start.toMillis(), to: start.plus({ days }).toMillis() };
});

/** The instants a local date (or a week from its Monday) begins and ends. */
export function dayBounds(day: string, days = 1): { from: Date; to: Date } {
  const b = bounds(day, days);
  return { from: new Date(b.from), to: new Date(b.to) };
}

export const addDays = memo((day: string, n: number): string => DateTime.fromISO(day).plus({ days: n }).toISODate() as string);

export function isLocalDay(day: string): boolean {
  return DAY.test(day) && DateTime.fromISO(day).isValid;
}

/**
 * The service's day holding `now`: its local date and the instants it starts and ends (a day of
 * 23 or 25 hours when the clocks change, so bounds come from the calendar, not from +24 h).
 */
export function serviceDay(now: Date): { day: string; from: Date; to: Date } {
  const start = DateTime.fromJSDate(now, { zone: SERVICE_TIME_ZONE }).startOf('day');
  return { day: start.toISODate() ?? '', from: start.toJSDate(), to: start.plus({ days: 1 }).toJSDate() };
}

