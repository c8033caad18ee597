// The desk's dates always carry the month ("lun. 30 nov., 08:30"), in Brussels time: the wall's
// formats (composables/useBrusselsTime.ts), not a copy.
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { serviceFormats } from '../composables/useBrusselsTime';

export const deskFormats = serviceFormats;

export function useDeskTime() {
  const { locale, t } = useI18n();
  const f = computed(() => serviceFormats(locale.value));
  const when = (iso: string | Date) => f.value.when.format(new Date(iso));
  return {
    when,
    day: (iso: string | Date) => f.value.day.format(new Date(iso)),
    /** An end: "ven. 11 déc. inclus" when it falls at midnight (the day before is the last one), else "lun. 30 nov., 08:30". */
    until: (iso: string) => {
      const d = new Date(iso);
      if (f.value.hourMinute.format(d) !== '00:00') return when(d);
      return t('desk.untilDay', { day: f.value.day.format(new Date(d.getTime() - 3_600_000)) });
    },
    /** "lun. 30 nov., 08:30 → 17:00", the end's day only when it differs. */
    span: (start: string, end: string) => {
      const sameDay = f.value.dayKey.format(new Date(start)) === f.value.dayKey.format(new Date(end));
      return `${when(start)} → ${sameDay ? f.value.time.format(new Date(end)) : when(end)}`;
    },
  };
}
