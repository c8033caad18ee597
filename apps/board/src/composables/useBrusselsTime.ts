// Instants as the service lives them: Europe/Brussels, in the board's language.
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';

export const SERVICE_TIME_ZONE = 'Europe/Brussels';
const WEEK_MS = 6 * 86_400_000;
const INTL_LOCALE: Record<string, string> = { fr: 'fr-BE', en: 'en-GB' };

export function useBrusselsTime() {
  const { locale } = useI18n();
  const formats = computed(() => {
    const tag = INTL_LOCALE[locale.value] ?? 'fr-BE';
    const base = { timeZone: SERVICE_TIME_ZONE } as const;
    return {
      time: new Intl.DateTimeFormat(tag, { ...base, hour: '2-digit', minute: '2-digit' }),
      seconds: new Intl.DateTimeFormat(tag, { ...base, hour: '2-digit', minute: '2-digit', second: '2-digit' }),
      dayTime: new Intl.DateTimeFormat(tag, { ...base, weekday: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }),
      farDayTime: new Intl.DateTimeFormat(tag, { ...base, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }),
      date: new Intl.DateTimeFormat(tag, { ...base, weekday: 'long', day: 'numeric', month: 'long' }),
      day: new Intl.DateTimeFormat(tag, { ...base, weekday: 'short', day: 'numeric', month: 'short' }),
      hourMinute: new Intl.DateTimeFormat('en-GB', { ...base, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
      dayKey: new Intl.DateTimeFormat('en-CA', { ...base, year: 'numeric', month: '2-digit', day: '2-digit' }),
    };
  });
  const toDate = (value: string | Date) => (typeof value === 'string' ? new Date(value) : value);
  const sameDay = (a: Date, b: Date) => formats.value.dayKey.format(a) === formats.value.dayKey.format(b);
  // Within the coming week the weekday says which day; further away the month is needed too.
  const dayTime = (d: Date, now: Date) =>
    Math.abs(d.getTime() - now.getTime()) < WEEK_MS ? formats.value.dayTime.format(d) : formats.value.farDayTime.format(d);

  return {
    time: (value: string | Date) => formats.value.time.format(toDate(value)),
    timeWithSeconds: (value: string | Date) => formats.value.seconds.format(toDate(value)),
    date: (value: string | Date) => formats.value.date.format(toDate(value)),
    /** "jeu. 3 déc." */
    day: (value: string | Date) => formats.value.day.format(toDate(value)),
    /** The end of an absence: "ven. 11 déc." when it ends at midnight (the last day away), else with the time. */
    lastDay: (value: string | Date) => {
      const d = toDate(value);
      if (formats.value.hourMinute.format(d) !== '00:00') return formats.value.farDayTime.format(d);
      return formats.value.day.format(new Date(d.getTime() - 1));
    },
    /** "lun. 30 nov., 08:30": a date read on its own carries its month. */
    withMonth: (value: string | Date) => formats.value.farDayTime.format(toDate(value)),
    /** "14:00" today, "sam. 6 09:00" this week, "sam. 27 mars 09:00" further. */
    when: (value: string | Date, now = new Date()) => {
      const d = toDate(value);
      return sameDay(d, now) ? formats.value.time.format(d) : dayTime(d, now);
    },
    /** "lun. 17:00 → mar. 08:00", "17:00 → 20:00" (the end's day only when it differs from the start's). */
    span: (start: string | Date, end: string | Date, now = new Date()) => {
      const s = toDate(start);
      const e = toDate(end);
      const from = sameDay(s, now) ? formats.value.time.format(s) : dayTime(s, now);
      const to = sameDay(s, e) ? formats.value.time.format(e) : dayTime(e, now);
      return `${from} → ${to}`;
    },
  };
}
