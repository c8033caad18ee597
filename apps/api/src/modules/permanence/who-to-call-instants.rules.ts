// R14 as a feed, on time: the next instant at which the answer of `whoToCall` may change. The answer
// depends on the hour (office hours open and close, a local day begins: a holiday's closed offices)
// and on spans that start or end (absences, shifts, R11 replacements); the feed sets one timer for
// the earliest of them, so a change is sent at its instant, not at the next minute. Pure: the
// spans and the instant are given.
import { DateTime } from 'luxon';
import { SERVICE_TIME_ZONE } from '../../time/service-time.js';
import { OFFICE_HOURS } from './rota.rules.js';

export interface TimedSpan {
  startsAt: Date;
  endsAt: Date;
}

// The local times at which office hours or the day may turn, every day (a week-end or holiday
// instant among them is only a recomputation that finds nothing new).
const DAY_TURNS = [{ hour: 0, minute: 0 }, OFFICE_HOURS.opens, OFFICE_HOURS.closes];

/**
 * The first instant strictly after `after` at which a span starts or ends or the calendar turns
 * (local midnight, office opening, office closing, in Brussels time whatever the clocks do). Never
 * later than the next local midnight, so whoever plans with it needs spans up to that day only.
 */
export function nextWhoToCallChange(after: Date, spans: readonly TimedSpan[]): Date {
  const t = after.getTime();
  const today = DateTime.fromJSDate(after, { zone: SERVICE_TIME_ZONE }).startOf('day');
  let next = Infinity;
  for (const day of [today, today.plus({ days: 1 })]) {
    for (const turn of DAY_TURNS) {
      const at = day.set({ hour: turn.hour, minute: turn.minute }).toMillis();
      if (at > t && at < next) next = at;
    }
  }
  for (const s of spans) {
    for (const at of [s.startsAt.getTime(), s.endsAt.getTime()]) if (at > t && at < next) next = at;
  }
  return new Date(next);
}

/** How far ahead the spans must be read: up to the next local midnight (the latest answer above). */
export function nextChangeHorizon(after: Date): Date {
  return DateTime.fromJSDate(after, { zone: SERVICE_TIME_ZONE }).startOf('day').plus({ days: 1 }).toJSDate();
}
