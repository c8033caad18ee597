// Issue 12: a replacement made (or a swap, if approved), but it leaves someone more than a week-end above their share of the
// year's week-ends and holidays by FTE. Worded for the person it names (no "il/elle"), numbers in
// the board's language.
export interface LoadWarningLike {
  year: number;
  closedDays: number;
  expectedClosedDays: number;
  deviation: number;
  staff: { fullName: string };
}

type Translate = (key: string, values?: Record<string, unknown>, plural?: number) => string;

/** `key`: the replacement made (`desk.replace.loadWarning`) or a swap waiting for approval (`desk.swaps.loadWarning`). */
export function loadWarningSentence(w: LoadWarningLike, t: Translate, locale: string, key = 'desk.replace.loadWarning'): string {
  const n = (x: number) => new Intl.NumberFormat(locale === 'fr' ? 'fr-BE' : 'en-GB', { maximumFractionDigits: 1 }).format(x);
  return t(key, { name: w.staff.fullName, year: w.year, days: n(w.closedDays), share: n(w.expectedClosedDays), over: n(w.deviation) });
}
