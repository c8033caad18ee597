// The FR/EN switch.
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { LOCALES, saveLocale, type Locale } from '../i18n';

export function useLocale() {
  const { locale } = useI18n();
  const current = computed(() => (locale.value === 'en' ? 'en' : 'fr') as Locale);
  function set(next: Locale) {
    locale.value = next;
    saveLocale(next);
  }
  return {
    locale: current,
    locales: LOCALES,
    set,
    toggle: () => set(current.value === 'fr' ? 'en' : 'fr'),
  };
}
