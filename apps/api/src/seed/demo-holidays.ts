// The demo's closing days, set by direction: public holidays are computed, these are the service's own.
import { DateTime } from 'luxon';
import { holidaysBetween } from '../modules/holidays/index.js';
import { SERVICE_TIME_ZONE } from '../time/service-time.js';

const isoDate = (d: DateTime) => d.toISODate() as string;

/**
 * The service's closing days (set by direction) for this year and the next: the Fédération
 * Wallonie-Bruxelles' day (27 September), All Souls' (2 November) and Boxing Day (26 December) on
 * weekdays, and a service day two weeks from now, so a closed day always shows in the coming weeks.
 */
function demoClosingDays(now: Date): { day: string; name: string }[] {
  const today = DateTime.fromJSDate(now, { zone: SERVICE_TIME_ZONE }).startOf('day');
  const serviceDay = today.startOf('week').plus({ weeks: 2, days: 3 });
  const days = new Map<string, string>([[isoDate(serviceDay), 'Journée de service (fermeture)']]);
  for (const year of [today.year, today.year + 1]) {
    for (const [md, name] of [['09-27', 'Fête de la Fédération Wallonie-Bruxelles'], ['11-02', 'Jour des défunts'], ['12-26', 'Lendemain de Noël']]) {
      const day = DateTime.fromISO(`${year}-${md}`, { zone: SERVICE_TIME_ZONE });
      if (day.weekday <= 5 && !days.has(isoDate(day))) days.set(isoDate(day), name);
    }
  }
  const legal = new Set(holidaysBetween(`${today.year}-01-01`, `${today.year + 2}-01-01`, []).map((h) => h.day));
  return [...days].filter(([day]) => !legal.has(day)).map(([day, name]) => ({ day, name }));
}


/** The closing days to store, and which days the demo's rota treats as holidays (closing days and public holidays). */
export function demoHolidays(now: Date) {
  const closingDays = demoClosingDays(now);
  const today = DateTime.fromJSDate(now, { zone: SERVICE_TIME_ZONE });
  const legal = holidaysBetween(isoDate(today.minus({ weeks: 2 })), isoDate(today.plus({ weeks: 60 })), []);
  const closed = new Set([...closingDays, ...legal].map((h) => h.day));
  return { closingDays, closed: (day: string) => closed.has(day) };
}
