// Instants as the service lives them: Europe/Brussels, in the board's language. The one set of
// formats of the wall and the desk: a date always carries its month ("ven. 4 déc., 08:30").
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';

export const SERVICE_TIME_ZONE = 'Europe/Brussels';
const INTL_LOCALE: Record<string, string> = { fr: 'fr-BE', en: 'en-GB' };

export function serviceFormats(locale: string) {
  const tag = INTL_LOCALE[locale] ?? 'fr-BE';
  const base = { timeZone: SERVICE_TIME_ZONE } as const;
  return {
    time: new Intl.DateTimeFormat(tag, { ...base, hour: '2-digit', minute: '2-digit' }),
    seconds: new Intl.DateTimeFormat(tag, { ...base, hour: '2-digit', minute: '2-digit', second: '2-digit' }),
    /** "ven. 4 déc., 08:30" */
    when: new Intl.DateTimeFormat(tag, { ...base, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }),
    date: new Intl.DateTimeFormat(tag, { ...base, weekday: 'long', day: 'numeric', month: 'long' }),
    /** "ven. 4 déc." */
    day: new Intl.DateTimeFormat(tag, { ...base, weekday: 'short', day: 'numeric', month: 'short' }),
    hourMinute: new Intl.DateTimeFormat('en-GB', { ...base, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    dayKey: new Intl.DateTimeFormat('en-CA', { ...base, year: 'numeric', month: '2-digit', day: '2-digit' }),
  };
}

const DAY_KEY = new Intl.DateTimeFormat('en-CA', { timeZone: SERVICE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Calendar days from `now`'s Brussels date to `at`'s (0 today, 1 tomorrow), whatever the hours and
 * across a change of summer time: Thursday 23:59 → Friday 08:30 is 1, Friday 00:00 → 08:30 is 0.
 */
export function brusselsDaysBetween(now: Date, at: Date): number {
  const utcDay = (d: Date) => {
    const [y, m, day] = DAY_KEY.format(d).split('-').map(Number);
    return Date.UTC(y, m - 1, day);
  };
  return Math.round((utcDay(at) - utcDay(now)) / 86_400_000);
}

export function useBrusselsTime() {
  const { locale } = useI18n();
  const formats = computed(() => serviceFormats(locale.value));
  const toDate = (value: string | Date) => (typeof value === 'string' ? new Date(value) : value);
  const sameDay = (a: Date, b: Date) => formats.value.dayKey.format(a) === formats.value.dayKey.format(b);

  return {
    time: (value: string | Date) => formats.value.time.format(toDate(value)),
    timeWithSeconds: (value: string | Date) => formats.value.seconds.format(toDate(value)),
    date: (value: string | Date) => formats.value.date.format(toDate(value)),
    /** "jeu. 3 déc." */
    day: (value: string | Date) => formats.value.day.format(toDate(value)),
    /** The end of an absence: "ven. 11 déc." when it ends at midnight (the last day away), else with the time. */
    lastDay: (value: string | Date) => {
      const d = toDate(value);
      if (formats.value.hourMinute.format(d) !== '00:00') return formats.value.when.format(d);
      return formats.value.day.format(new Date(d.getTime() - 1));
    },
    /** "lun. 30 nov., 08:30": a date read on its own carries its month. */
    withMonth: (value: string | Date) => formats.value.when.format(toDate(value)),
    /** "14:00" today, otherwise "sam. 6 déc., 09:00" (every date carries its month). */
    when: (value: string | Date, now = new Date()) => {
      const d = toDate(value);
      return sameDay(d, now) ? formats.value.time.format(d) : formats.value.when.format(d);
    },
    /** "17:00 → 20:00" today, "ven. 4 déc., 08:30 → 17:00", "ven. 4 déc., 17:00 → lun. 7 déc., 08:30". */
    span: (start: string | Date, end: string | Date, now = new Date()) => {
      const s = toDate(start);
      const e = toDate(end);
      const from = sameDay(s, now) ? formats.value.time.format(s) : formats.value.when.format(s);
      const to = sameDay(s, e) ? formats.value.time.format(e) : formats.value.when.format(e);
      return `${from} → ${to}`;
    },
  };
}
