// Board texts in French (default) and English; the choice is remembered on the screen.
import { createI18n } from 'vue-i18n';
import en from './locales/en.json';
import fr from './locales/fr.json';

export type MessageSchema = typeof fr;
export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const STORAGE_KEY = 'relais.board.locale';

export function savedLocale(): Locale {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    return saved === 'en' ? 'en' : 'fr';
  } catch {
    return 'fr';
  }
}

export function saveLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered; the board still switches.
  }
  document.documentElement.lang = locale;
}

/**
 * A message "none | one | many" (or "one | many") picks its form by the language's own plural rules
 * (Intl.PluralRules): in French 0 and 1 are singular ("1 autre", "0 alerte ouverte"), in English only 1.
 */
export function pluralChoice(lang: Locale) {
  const rules = new Intl.PluralRules(lang);
  return (n: number, choices: number): number => {
    const one = rules.select(n) === 'one';
    if (choices >= 3) return n === 0 ? 0 : one ? 1 : 2;
    return one ? 0 : 1;
  };
}

/**
 * Numbers as each language writes them (Intl.NumberFormat through vue-i18n's `n`): "1 231,14" in
 * French, "1,231.14" in English. `decimal`: counts and hours; `score`: a mean score, always two decimals.
 */
const NUMBER_FORMATS = {
  decimal: { style: 'decimal', maximumFractionDigits: 2 },
  score: { style: 'decimal', minimumFractionDigits: 2, maximumFractionDigits: 2 },
} as const;

export function createBoardI18n(locale: Locale = 'fr') {
  return createI18n<[MessageSchema], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'fr',
    messages: { fr, en },
    numberFormats: { fr: NUMBER_FORMATS, en: NUMBER_FORMATS },
    pluralRules: { fr: pluralChoice('fr'), en: pluralChoice('en') },
  });
}
