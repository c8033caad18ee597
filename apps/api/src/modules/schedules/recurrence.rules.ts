// Weekly recurring visits: RFC 5545 RRULEs read and expanded by the `rrule` library in Brussels
// wall time ("floating" dates), then placed in Europe/Brussels with luxon, so a 09:00 visit
// stays at 09:00 local time on both sides of a daylight-saving change.
import * as rrule from 'rrule';
import { DateTime } from 'luxon';
import { isLocalDay, SERVICE_TIME_ZONE } from '../../time/service-time.js';

// rrule ships CommonJS for Node: its named exports sit on `default` when imported from ESM.
const lib: typeof rrule = (rrule as unknown as { default?: typeof rrule }).default ?? rrule;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export interface PatternSpec {
  rrule: string;
  startsOn: string;
  until: string;
  startTime: string;
  durationMinutes: number;
  exceptDates: string[];
}

export interface Occurrence {
  localDate: string;
  startsAt: Date;
  endsAt: Date;
}

/** Wall-clock fields of a local date and time as a "floating" UTC Date, the form rrule computes in. */
function floating(day: string, time = '00:00'): Date {
  return new Date(`${day}T${time}:00Z`);
}

function floatingOf(instant: Date): Date {
  const local = DateTime.fromJSDate(instant, { zone: SERVICE_TIME_ZONE });
  return new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second));
}

// Bounds that keep every expansion finite and small: a pattern spans at most a year, so a year of
// visits every day (367) is the most a valid one has; the rule text is short by nature.
export const MAX_RRULE_LENGTH = 200;
export const MAX_INTERVAL_WEEKS = 52;
export const MAX_OCCURRENCES = 400;
const MAX_SPAN_DAYS = 366;
const WEEKDAYS = new Set(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
const SPAN_PARTS = new Set(['COUNT', 'UNTIL', 'DTSTART']);
const RULE_MESSAGE = '`rrule` is not an RFC 5545 recurrence rule (e.g. "FREQ=WEEKLY;BYDAY=MO,TH").';

/**
 * Why a rule text can not be used, or null. Read here, before the rrule library sees it: only the
 * parts a weekly home visit needs (FREQ=WEEKLY, INTERVAL 1–52, plain BYDAY, WKST). A negative or
 * zero INTERVAL, a sub-daily frequency or BYHOUR/BYSECOND lists would make the library loop for
 * ever or expand millions of dates, so anything else is refused by name.
 */
export function rruleError(text: string): string | null {
  if (text.length > MAX_RRULE_LENGTH) return `\`rrule\` is at most ${MAX_RRULE_LENGTH} characters.`;
  const parts = new Map<string, string>();
  for (const part of text.replace(/^RRULE:/i, '').split(';')) {
    const m = /^([A-Za-z]+)=([A-Za-z0-9,+-]+)$/.exec(part);
    if (!m) return RULE_MESSAGE;
    const key = m[1].toUpperCase();
    if (parts.has(key)) return `\`rrule\` gives ${key} twice.`;
    parts.set(key, m[2].toUpperCase());
  }
  if (!parts.has('FREQ')) return RULE_MESSAGE;
  if (parts.get('FREQ') !== 'WEEKLY') return '`rrule` must repeat weekly (FREQ=WEEKLY).';
  for (const [key, value] of parts) {
    if (SPAN_PARTS.has(key)) return `Give the span with \`startsOn\` and \`until\` (at most a year), not ${key} inside \`rrule\`.`;
    if (key === 'INTERVAL' && !(/^\d{1,2}$/.test(value) && Number(value) >= 1 && Number(value) <= MAX_INTERVAL_WEEKS)) {
      return `\`rrule\` INTERVAL must be a whole number of weeks from 1 to ${MAX_INTERVAL_WEEKS}.`;
    }
    if (key === 'BYDAY') {
      const days = value.split(',');
      if (days.some((d) => !WEEKDAYS.has(d)) || new Set(days).size !== days.length) return '`rrule` BYDAY lists plain weekdays (MO to SU), each once, without ordinals.';
    }
    if (key === 'WKST' && !WEEKDAYS.has(value)) return '`rrule` WKST must be a weekday (MO to SU).';
    if (!['FREQ', 'INTERVAL', 'BYDAY', 'WKST'].includes(key)) return `\`rrule\` part ${key} is not supported: a visit repeats with FREQ=WEEKLY, INTERVAL, BYDAY and WKST only.`;
  }
  try {
    lib.RRule.parseString(text.replace(/^RRULE:/i, ''));
  } catch {
    return RULE_MESSAGE;
  }
  return null;
}

/** Why a pattern can not be used (field, message), or null. Only weekly rules: schedules repeat by the week. */
export function patternError(p: PatternSpec): { field: string; message: string } | null {
  const rule = rruleError(p.rrule);
  if (rule) return { field: 'rrule', message: rule };
  if (!isLocalDay(p.startsOn)) return { field: 'startsOn', message: '`startsOn` must be a date YYYY-MM-DD.' };
  if (!isLocalDay(p.until)) return { field: 'until', message: '`until` must be a date YYYY-MM-DD.' };
  if (p.until < p.startsOn) return { field: 'until', message: '`until` must not be before `startsOn`.' };
  if (DateTime.fromISO(p.until).diff(DateTime.fromISO(p.startsOn), 'days').days > MAX_SPAN_DAYS) return { field: 'until', message: 'A pattern spans at most a year; add another one after.' };
  if (!TIME.test(p.startTime)) return { field: 'startTime', message: '`startTime` must be a local time HH:mm.' };
  if (!Number.isInteger(p.durationMinutes) || p.durationMinutes < 15 || p.durationMinutes > 12 * 60) return { field: 'durationMinutes', message: '`durationMinutes` must be from 15 to 720.' };
  if (p.exceptDates.length > MAX_OCCURRENCES) return { field: 'exceptDates', message: `At most ${MAX_OCCURRENCES} days are taken out of a pattern.` };
  const bad = p.exceptDates.find((d) => !DAY.test(d));
  if (bad) return { field: 'exceptDates', message: `"${bad.slice(0, 20)}" is not a date YYYY-MM-DD.` };
  return null;
}

/**
 * The occurrences of a pattern that overlap [from, to), in order. Every caller (pattern queries,
 * entry creation, the seed) goes through here, so the bounds hold for all: a pattern that is not
 * valid (e.g. stored before these checks) expands to nothing, and never more than MAX_OCCURRENCES.
 */
export function expandPattern(p: PatternSpec, window: { from: Date; to: Date }): Occurrence[] {
  if (patternError(p)) return [];
  const set = new lib.RRuleSet();
  set.rrule(
    new lib.RRule({
      // RFC 5545 names are case-insensitive; the library reads upper case only.
      ...lib.RRule.parseString(p.rrule.replace(/^RRULE:/i, '').toUpperCase()),
      dtstart: floating(p.startsOn, p.startTime),
      until: floating(p.until, '23:59'),
    }),
  );
  for (const d of p.exceptDates) set.exdate(floating(d, p.startTime));
  // Start early by the duration so a visit begun before the window but still running is kept.
  const from = new Date(floatingOf(window.from).getTime() - p.durationMinutes * 60_000 - 3_600_000);
  const to = floatingOf(window.to);
  const out: Occurrence[] = [];
  for (const f of set.between(from, to, true, (_d, n) => n < MAX_OCCURRENCES)) {
    const localDate = f.toISOString().slice(0, 10);
    const start = DateTime.fromObject(
      { year: f.getUTCFullYear(), month: f.getUTCMonth() + 1, day: f.getUTCDate(), hour: f.getUTCHours(), minute: f.getUTCMinutes() },
      { zone: SERVICE_TIME_ZONE },
    );
    const startsAt = start.toJSDate();
    const endsAt = start.plus({ minutes: p.durationMinutes }).toJSDate();
    if (startsAt < window.to && endsAt > window.from) out.push({ localDate, startsAt, endsAt });
  }
  return out;
}
