// R13: replacements are programmed at least a week ahead, unless recorded with the event behind them;
// past shifts are history and are never rewritten.
import { SOCIAL_ROLES, type StaffRole } from '../org/index.js';
import type { ShiftKind } from './coverage.rules.js';
import { inServiceZone, instantInWords } from '../../time/service-time.js';
import { BadInput } from '../../shared/outcome.js';
import { REPLACEMENT_KINDS, type ReplacementKind } from '../../shared/vocabulary/permanence.js';
export { REPLACEMENT_KINDS, type ReplacementKind };

export const REPLACEMENT_LEAD_DAYS = 7;
const DAY = 86_400_000;

export type RuleError = { field: string; code: string; message: string };

// "Who is on call at …" is asked of any instant a person would ask (last week, next week-ends, a
// holiday next spring): the rota is made at most a year and a month ahead, and a year back is history
// enough. Beyond, a date typed wrong: named, not answered with an empty rota.
export const ASKED_INSTANT_DAYS = 400;

/** The instant asked (now when none), or BAD_USER_INPUT naming `at` beyond ASKED_INSTANT_DAYS of now. */
export function askedInstant(at: Date | null | undefined, now: Date): Date {
  if (!at) return now;
  const bound = ASKED_INSTANT_DAYS * DAY;
  if (Math.abs(at.getTime() - now.getTime()) <= bound) return at;
  const [from, to] = [new Date(now.getTime() - bound), new Date(now.getTime() + bound)];
  throw new BadInput('at', `\`at\` must be within ${ASKED_INSTANT_DAYS} days of now: from ${instantInWords(from)} to ${instantInWords(to)} (Brussels time).`, 'AT_OUT_OF_RANGE');
}

// Only social-working roles hold the social permanence.
export const PERMANENCE_ROLES: StaffRole[] = [...SOCIAL_ROLES];

export function replacementLeadTime(input: {
  shiftStartsAt: Date;
  shiftEndsAt: Date;
  now: Date;
  event: string | null | undefined;
  emergency?: boolean;
}): { kind: ReplacementKind } | { error: RuleError } {
  const { shiftStartsAt, shiftEndsAt, now } = input;
  const event = input.event?.trim();
  if (shiftEndsAt <= now) {
    return { error: { field: 'shiftId', code: 'SHIFT_ENDED', message: 'This shift is over: past shifts are history and are not changed.' } };
  }
  if (input.emergency) {
    if (!event) return { error: { field: 'event', code: 'EVENT_REQUIRED', message: 'An emergency take-over records the event that caused it.' } };
    return { kind: 'EMERGENCY' };
  }
  const lead = shiftStartsAt.getTime() - now.getTime();
  // "A week ahead" on the service's wall clock: the same local time seven days before, so a week
  // across a clock change (167 or 169 hours) is still a week.
  if (now <= inServiceZone(shiftStartsAt).minus({ days: REPLACEMENT_LEAD_DAYS }).toJSDate()) return { kind: 'PLANNED' };
  if (!event) {
    const days = Math.max(0, Math.floor(lead / DAY));
    return {
      error: {
        field: 'event',
        code: 'REPLACEMENT_TOO_LATE',
        message: `R13: replacements are programmed at least ${REPLACEMENT_LEAD_DAYS} days ahead; this shift starts ${days === 0 ? 'within a day' : days === 1 ? 'in 1 day' : `in ${days} days`}. Record it as a same-day change with the event that caused it.`,
      },
    };
  }
  return { kind: 'SAME_DAY' };
}

export function canHoldPermanence(role: StaffRole): boolean {
  return PERMANENCE_ROLES.includes(role);
}

// A weekday shift covers one day's office hours; the week-end one runs Friday evening to Monday
// morning (three days, a little more across a daylight-saving change). Longer is a typing error.
export const MAX_SHIFT_HOURS: Record<ShiftKind, number> = { WEEKDAY: 24, WEEKEND: 4 * 24 };

/** The longest a shift of this kind may last; null when it fits. */
export function shiftTooLong(kind: ShiftKind, startsAt: Date, endsAt: Date): number | null {
  const max = MAX_SHIFT_HOURS[kind];
  return endsAt.getTime() - startsAt.getTime() > max * 3_600_000 ? max : null;
}

interface OnCallSpan {
  kind: string;
  startsAt: Date;
  endsAt: Date;
}

/**
 * Among shifts read around an instant: the one covering it (the latest started), the next (the first
 * starting when the current one ends, or at the instant) and the coming week-end (the current one
 * when it is a week-end shift, else the first week-end shift starting at or after the instant).
 */
export function onCallOf<S extends OnCallSpan>(shifts: S[], at: Date): { current: S | null; next: S | null; weekend: S | null } {
  const byStart = [...shifts].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const current = byStart.filter((s) => s.startsAt <= at && s.endsAt > at).pop() ?? null;
  const from = current?.endsAt ?? at;
  const next = byStart.find((s) => s.startsAt >= from) ?? null;
  const weekend = current?.kind === 'WEEKEND' ? current : (byStart.find((s) => s.kind === 'WEEKEND' && s.startsAt >= at) ?? null);
  return { current, next, weekend };
}
