// Belgian public holidays (the legal ten, Easter-based ones computed) and the service's own closing
// days: on both the offices are closed, so the permanence covers them as it covers a week-end day.
// Pure: dates are local dates YYYY-MM-DD in the service's zone.

export const HOLIDAY_KINDS = ['PUBLIC_HOLIDAY', 'SERVICE_CLOSING_DAY'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

export interface Holiday {
  day: string;
  kind: HolidayKind;
  /** French first: the board shows it as is. */
  name: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function shift(day: string, days: number): string {
  const t = new Date(`${day}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

/** The ten legal public holidays of Belgium in a year, in date order. */
export function belgianPublicHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const h = (day: string, name: string): Holiday => ({ day, kind: 'PUBLIC_HOLIDAY', name });
  return [
    h(iso(year, 1, 1), 'Nouvel An'),
    h(shift(easter, 1), 'Lundi de Pâques'),
    h(iso(year, 5, 1), 'Fête du Travail'),
    h(shift(easter, 39), 'Ascension'),
    h(shift(easter, 50), 'Lundi de Pentecôte'),
    h(iso(year, 7, 21), 'Fête nationale'),
    h(iso(year, 8, 15), 'Assomption'),
    h(iso(year, 11, 1), 'Toussaint'),
    h(iso(year, 11, 11), 'Armistice'),
    h(iso(year, 12, 25), 'Noël'),
  ].sort((a, b) => a.day.localeCompare(b.day));
}

/** Public holidays and closing days in [from, to) (local dates), one per day, in date order; a public holiday wins over a closing day the same day. */
export function holidaysBetween(from: string, to: string, closingDays: readonly Holiday[]): Holiday[] {
  const byDay = new Map<string, Holiday>();
  for (const c of closingDays) if (c.day >= from && c.day < to) byDay.set(c.day, c);
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
    for (const h of belgianPublicHolidays(y)) if (h.day >= from && h.day < to) byDay.set(h.day, h);
  }
  return [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day));
}

/** Saturday or Sunday (a local date: its weekday does not depend on the zone). */
export function isWeekend(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

const weekdayName = (day: string) => (new Date(`${day}T00:00:00Z`).getUTCDay() === 0 ? 'Sunday' : 'Saturday');

export const MAX_CLOSING_DAYS = 30;
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** Closing days direction sets for one year: the first broken rule (its field as a path under `input`, the day's index included), or null. */
export function closingDaysError(year: number, days: readonly { day: string; name: string }[]): { field: string[]; code: string; message: string } | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return { field: ['year'], code: 'INVALID_YEAR', message: `\`year\` is a year from ${MIN_YEAR} to ${MAX_YEAR}.` };
  if (days.length > MAX_CLOSING_DAYS) return { field: ['days'], code: 'TOO_MANY', message: `At most ${MAX_CLOSING_DAYS} closing days a year.` };
  const seen = new Set<string>();
  const legal = new Set(belgianPublicHolidays(year).map((h) => h.day));
  for (const [i, d] of days.entries()) {
    const at = (f: 'day' | 'name') => ['days', String(i), f];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d.day) || Number.isNaN(Date.parse(`${d.day}T00:00:00Z`)) || new Date(`${d.day}T00:00:00Z`).toISOString().slice(0, 10) !== d.day) {
      return { field: at('day'), code: 'INVALID_DATE', message: `\`${d.day}\` is not a date YYYY-MM-DD.` };
    }
    if (!d.day.startsWith(`${year}-`)) return { field: at('day'), code: 'OUTSIDE_YEAR', message: `${d.day} is not in ${year}: closing days are set one year at a time.` };
    if (seen.has(d.day)) return { field: at('day'), code: 'DUPLICATE_DAY', message: `${d.day} is listed twice.` };
    if (legal.has(d.day)) return { field: at('day'), code: 'ALREADY_A_PUBLIC_HOLIDAY', message: `${d.day} is already a Belgian public holiday.` };
    // Decided: a closing day is a weekday. Offices are already closed on Saturdays and Sundays, so a
    // week-end "closing day" would change nothing and most likely is a typing mistake.
    if (isWeekend(d.day)) return { field: at('day'), code: 'WEEKEND_DAY', message: `${d.day} is a ${weekdayName(d.day)}: offices are already closed at week-ends, a closing day is a weekday.` };
    if (!d.name.trim() || d.name.trim().length > 80) return { field: at('name'), code: 'NAME_REQUIRED', message: `Name the closing day ${d.day} (1 to 80 characters).` };
    seen.add(d.day);
  }
  return null;
}
