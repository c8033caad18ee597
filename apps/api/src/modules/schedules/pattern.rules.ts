// What a social worker may do to a whole weekly pattern (pure: "today" is a parameter).
import type { FieldError } from './schedule.rules.js';
import { addDays, isLocalDay } from '../../time/service-time.js';

export interface PatternSpan {
  startsOn: string;
  until: string;
  exceptDates: string[];
}

/** Why the pattern can not end from `from` (the first day without visits), or null. */
export function endError(p: PatternSpan, from: string, today: string): FieldError | null {
  if (!isLocalDay(from)) return { field: 'from', code: 'BAD_DATE', message: '`from` must be a date YYYY-MM-DD.' };
  if (from < today) return { field: 'from', code: 'DAY_IN_PAST', message: 'A pattern ends from today or a later day, not in the past.' };
  if (from < p.startsOn) return { field: 'from', code: 'BEFORE_PATTERN_START', message: `The pattern starts on ${p.startsOn}; end it from that day or later.` };
  if (from > p.until) return { field: 'from', code: 'AFTER_PATTERN_END', message: `The pattern already ends on ${p.until}.` };
  return null;
}

/** The pattern's new last day when it ends from `from`. */
export const untilWhenEndingFrom = (from: string): string => addDays(from, -1);

/** Why `day` can not be taken out of the pattern, or null. `occurs`: the pattern has a visit that day. */
export function exceptionError(p: PatternSpan, day: string, today: string, occurs: boolean): FieldError | null {
  if (!isLocalDay(day)) return { field: 'day', code: 'BAD_DATE', message: '`day` must be a date YYYY-MM-DD.' };
  if (day < today) return { field: 'day', code: 'DAY_IN_PAST', message: 'Only today or a later day can be taken out.' };
  if (p.exceptDates.includes(day)) return { field: 'day', code: 'ALREADY_EXCEPTED', message: 'This day is already taken out of the pattern.' };
  if (day < p.startsOn || day > p.until || !occurs) return { field: 'day', code: 'NO_OCCURRENCE', message: 'The pattern has no visit on this day.' };
  return null;
}
