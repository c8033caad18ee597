// Issue 12 on the desk: the year shown (Brussels time) and when a row stands out (more than one
// week-end, 2 closed days, above the FTE share: the API's own threshold for its warnings).
export const UNFAIR_ABOVE_DAYS = 2;

const yearFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric' });

/** The calendar year in Brussels at an instant (New Year's Eve 23:30 UTC is already next year there). */
export function brusselsYear(at: Date): number {
  return Number(yearFormat.format(at));
}
