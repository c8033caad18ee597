// The desk's dates always carry the month ("lun. 30 nov., 08:30"), in Brussels time.
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { SERVICE_TIME_ZONE } from '../composables/useBrusselsTime';

const INTL_LOCALE: Record<string, string> = { fr: 'fr-BE', en: 'en-GB' };

export function deskFormats(locale: string) {
  const tag = INTL_LOCALE[locale] ?? 'fr-BE';
  const base = { timeZone: SERVICE_TIME_ZONE } as const;
  return {
    when: new Intl.DateTimeFormat(tag, { ...base, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }),
    day: new Intl.DateTimeFormat(tag, { ...base, weekday: 'short', day: 'numeric', month: 'short' }),
    time: new Intl.DateTimeFormat(tag, { ...base, hour: '2-digit', minute: '2-digit' }),
    dayKey: new Intl.DateTimeFormat('en-CA', { ...base, year: 'numeric', month: '2-digit', day: '2-digit' }),
  };
}

export function useDeskTime() {
  const { locale, t } = useI18n();
  const f = computed(() => deskFormats(locale.value));
  const when = (iso: string | Date) => f.value.when.format(new Date(iso));
  return {
    when,
    day: (iso: string | Date) => f.value.day.format(new Date(iso)),
    /** An end: "ven. 11 déc. inclus" when it falls at midnight (the day before is the last one), else "lun. 30 nov., 08:30". */
    until: (iso: string) => {
      const d = new Date(iso);
      if (f.value.time.format(d) !== '00:00') return when(d);
      return t('desk.untilDay', { day: f.value.day.format(new Date(d.getTime() - 3_600_000)) });
    },
    /** "lun. 30 nov., 08:30 → 17:00", the end's day only when it differs. */
    span: (start: string, end: string) => {
      const sameDay = f.value.dayKey.format(new Date(start)) === f.value.dayKey.format(new Date(end));
      return `${when(start)} → ${sameDay ? f.value.time.format(new Date(end)) : when(end)}`;
    },
  };
}
