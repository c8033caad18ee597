// Instants as the service lives them: Europe/Brussels, in the board's language.
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';

export const SERVICE_TIME_ZONE = 'Europe/Brussels';
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
      date: new Intl.DateTimeFormat(tag, { ...base, weekday: 'long', day: 'numeric', month: 'long' }),
      dayKey: new Intl.DateTimeFormat('en-CA', { ...base, year: 'numeric', month: '2-digit', day: '2-digit' }),
    };
  });
  const toDate = (value: string | Date) => (typeof value === 'string' ? new Date(value) : value);
  const sameDay = (a: Date, b: Date) => formats.value.dayKey.format(a) === formats.value.dayKey.format(b);

  return {
    time: (value: string | Date) => formats.value.time.format(toDate(value)),
    timeWithSeconds: (value: string | Date) => formats.value.seconds.format(toDate(value)),
    date: (value: string | Date) => formats.value.date.format(toDate(value)),
    /** "14:00" today, "sam. 6, 09:00" another day. */
    when: (value: string | Date, now = new Date()) => {
      const d = toDate(value);
      return sameDay(d, now) ? formats.value.time.format(d) : formats.value.dayTime.format(d);
    },
    /** "lun. 17:00 → 08:00" (the end's day only when it differs from the start's). */
    span: (start: string | Date, end: string | Date, now = new Date()) => {
      const s = toDate(start);
      const e = toDate(end);
      const from = sameDay(s, now) ? formats.value.time.format(s) : formats.value.dayTime.format(s);
      const to = sameDay(s, e) ? formats.value.time.format(e) : formats.value.dayTime.format(e);
      return `${from} → ${to}`;
    },
  };
}
