// A schedule conflict's sentence in the board's language, from its rule, its facts and its helper's
// name; the API's English explanation when the facts are missing (a conflict not rechecked since).
import type { BoardScheduleQuery } from '@relais/schema';

type Conflict = Pick<BoardScheduleQuery['scheduleConflicts']['edges'][number]['node'], 'rule' | 'facts' | 'helper' | 'explanation'>;
/** vue-i18n's `t`; with `plural`, the form for that number by the language's rules (0 has its own words). */
type Translate = (key: string, values?: Record<string, unknown>, plural?: number) => string;

export interface Wording {
  t: Translate;
  /** "HH:mm" in Europe/Brussels. */
  time: (iso: string) => string;
  /** A number in the board's language (18,6 in French). */
  num: (n: number) => string;
}

const NEEDS_HELPER = new Set(['DOUBLE_BOOKING', 'SCHEDULED_WHILE_ABSENT', 'TRAVEL_TIME', 'LEGAL_DAY_EXCEEDED', 'NO_BREAK', 'PERSONAL_CARE_BY_HOME_HELPER', 'CONTRACT_WEEK_EXCEEDED', 'VISIT_ON_HOLIDAY']);

export function conflictSentence(c: Conflict, { t, time, num }: Wording): string {
  const f = c.facts;
  const name = c.helper?.fullName;
  if (!f || (NEEDS_HELPER.has(c.rule) && !name)) return c.explanation;
  const span = (i: number) => (f.spans[i] ? `${time(f.spans[i].startsAt)}–${time(f.spans[i].endsAt)}` : '');
  const [first] = f.spans;
  const values: Record<string, unknown> = {
    name,
    first: span(0),
    second: span(1),
    from: first ? time(first.startsAt) : '',
    to: first ? time(first.endsAt) : '',
    end: first ? time(first.endsAt) : '',
    start: f.spans[1] ? time(f.spans[1].startsAt) : '',
    gap: f.gapMinutes ?? '',
    km: f.km != null ? num(f.km) : '',
    need: f.neededMinutes ?? '',
    speed: f.speedKmh != null ? num(f.speedKmh) : '',
    hours: f.hours != null ? num(f.hours) : '',
    limit: f.limitHours != null ? num(f.limitHours) : '',
    pause: f.breakMinutes ?? '',
    fte: f.fte != null ? num(f.fte) : '',
    asked: f.askedHours != null ? num(f.askedHours) : '',
    kind: f.helpKind ? t(`schedule.conflict.kind.${f.helpKind}`) : '',
    holiday: f.holidayName ?? '',
    // R4: a household helper's personal-care tasks, or a whole family-care visit; R5: the kiosk is
    // not told which tasks (none come), only that personal care is given.
    what: f.tasks.length ? f.tasks.map((task) => t(`schedule.conflict.task.${task}`)).join(', ') : t(f.helpKind === 'FAMILY_CARE' ? 'schedule.conflict.familyCareVisit' : 'schedule.conflict.personalCare'),
  };
  // A number that may be 0 or 1 takes its own words: "aucune heure n'est prévue", never "seulement 0 h sont prévues".
  const count = c.rule === 'TRAVEL_TIME' ? f.gapMinutes : c.rule === 'PLAN_HOURS_NOT_COVERED' ? f.hours : null;
  const key = `schedule.conflict.${c.rule}`;
  return count == null ? t(key, values) : t(key, values, count);
}
