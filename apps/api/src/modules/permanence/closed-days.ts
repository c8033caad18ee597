// Which local days around an instant or in a span are public holidays or closing days (the holidays
// module answers through its HolidayLookup port), as the rota rules want them.
import type { HolidayLookup } from './permanence.ports.js';
import { addDays, isLocalDay, localDay } from '../../time/service-time.js';

/** Public holidays and closing days in [from, to), by local date, with their names. */
export async function closedDays(lookup: HolidayLookup | null, from: string, to: string): Promise<Map<string, string>> {
  if (!lookup || !isLocalDay(from) || !isLocalDay(to) || to <= from) return new Map();
  return new Map((await lookup.holidaysBetween(from, to)).map((h) => [h.day, h.name]));
}

/**
 * For each instant, the day before, the day and the day after: enough for office hours and the planned
 * permanence. One read of the days from before the first instant to after the last.
 */
export async function closedAroundEach(lookup: HolidayLookup | null, instants: readonly Date[]) {
  if (!instants.length) return [];
  const { from, to } = daysAround(instants);
  return closedAroundEachOf(await closedDays(lookup, from, to), instants);
}

/** The local days `closedAroundEach` needs, [from, to). */
export function daysAround(instants: readonly Date[]): { from: string; to: string } {
  const sorted = instants.map((at) => localDay(at)).sort();
  return { from: addDays(sorted[0], -1), to: addDays(sorted[sorted.length - 1], 2) };
}

/** `closedAroundEach` from the closed days already known (by local date, with their names). */
export function closedAroundEachOf(days: ReadonlyMap<string, string>, instants: readonly Date[]) {
  return instants.map((at) => localDay(at)).map((today) => ({ closed: (day: string) => days.has(day), today: days.get(today) ?? null }));
}

/** The rota's closed days for [from, to) local dates, and a month beyond for a stretch that runs past `to`. */
export async function closedForRota(lookup: HolidayLookup | null, from: string, to: string): Promise<(day: string) => boolean> {
  const days = await closedDays(lookup, from, addDays(to, 32));
  return (day) => days.has(day);
}
