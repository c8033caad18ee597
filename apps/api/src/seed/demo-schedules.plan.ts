// The demo's weekly schedules, built in memory: each sector's helpers share out the weekly hours of
// the agreed aid plans (AF for family care, AMS first for household help), a referent helper per case
// and kind, on distinct weekdays, in four two-hour slots a day with 30 minutes to travel between
// nearby homes and a lunch break, within ~90 % of the contract. Patterns are expanded with the API's
// own RRULE expansion for a year from the seed's week, then inserted in bulk by demo-schedules.ts.
import { randomUUID } from 'node:crypto';
import type { schedulePatterns, scheduleEntries } from '../db/schema/index.js';
import { distanceKm, DEFAULT_SETTINGS, type HelpKind } from '../modules/schedules/conflict.rules.js';
import { expandPattern } from '../modules/schedules/recurrence.rules.js';
import { addDays, dayBounds } from '../time/service-time.js';
import { prng } from './demo-random.js';

export const SLOTS = ['08:00', '10:30', '13:30', '16:00'];
export const VISIT_MINUTES = 120;
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR'];
// Spread visits over the week: Monday and Thursday before Monday and Tuesday.
const SPREAD: Record<number, number[][]> = {
  1: [[0], [1], [2], [3], [4]],
  2: [[0, 3], [1, 4], [0, 2], [2, 4], [1, 3], [0, 4]],
  3: [[0, 2, 4], [0, 1, 3], [1, 3, 4], [0, 2, 3], [1, 2, 4]],
  4: [[0, 1, 3, 4], [0, 1, 2, 3], [1, 2, 3, 4], [0, 2, 3, 4], [0, 1, 2, 4]],
  5: [[0, 1, 2, 3, 4]],
};

interface PlanHelper {
  id: string;
  role: string;
  fte: number;
}
interface PlanCase {
  id: string;
  latitude: number;
  longitude: number;
  elder: boolean;
  hours: Record<HelpKind, number>;
}
export interface PlanSector {
  sectorId: string;
  plannerId: string;
  helpers: PlanHelper[];
  cases: PlanCase[];
}
/** A sector as loaded for the demo: its plan, code and helpers (demo-schedules.ts and .today.ts). */
export interface DemoSectorStaff extends PlanSector {
  code: string;
  helperRows: { id: string; fullName: string; role: string; fte: number }[];
}

type Row<T extends { $inferInsert: unknown }> = T['$inferInsert'];
export interface DemoSchedule {
  patterns: Row<typeof schedulePatterns>[];
  entries: (Row<typeof scheduleEntries> & { id: string; startsAt: Date; endsAt: Date })[];
  /** Weekly hours asked by the plans and scheduled, to show the coverage. */
  askedHours: number;
  scheduledHours: number;
}

interface Load {
  helper: PlanHelper;
  free: number;
  busy: Set<string>;
  homes: PlanCase[];
}

/** Two-hour visits a helper may take in a week: ~90 % of the contract, the rest is travel and team time. */
const weeklySlots = (fte: number) => Math.floor((fte * DEFAULT_SETTINGS.weekHoursFullTime * 0.9) / (VISIT_MINUTES / 60));

/**
 * `closed`: public holidays and closing days. As planning does, patterns skip them (kept as the pattern's
 * exceptions), but for one elder's family care per sector whose aid plan asks for visits on holidays too: its
 * visits on holidays are the demo's deliberate VISIT_ON_HOLIDAY conflicts.
 */
export function demoSchedule(monday: string, sectors: PlanSector[], closed: (day: string) => boolean = () => false, newId: () => string = randomUUID): DemoSchedule {
  const random = prng(20_260_404);
  const until = addDays(monday, 363);
  const window = { from: dayBounds(monday).from, to: dayBounds(until).to };
  const out: DemoSchedule = { patterns: [], entries: [], askedHours: 0, scheduledHours: 0 };
  // Patterns differ only by their days and slot: each distinct one is expanded once (the API's expansion).
  const expanded = new Map<string, ReturnType<typeof expandPattern>>();
  const expand = (p: Parameters<typeof expandPattern>[0]) => {
    const key = `${p.rrule}|${p.startTime}`;
    let occ = expanded.get(key);
    if (!occ) expanded.set(key, (occ = expandPattern(p, window)));
    return occ;
  };
  for (const sector of sectors) {
    let holidayVisitsKept = false;
    const loads: Load[] = sector.helpers.map((helper) => ({ helper, free: weeklySlots(helper.fte), busy: new Set(), homes: [] }));
    // West to east, so a helper's homes end up near each other.
    const cases = [...sector.cases].sort((a, b) => a.longitude - b.longitude);
    for (const c of cases) {
      for (const kind of ['FAMILY_CARE', 'HOUSEHOLD'] as HelpKind[]) {
        const units = Math.min(5, Math.round(c.hours[kind] / (VISIT_MINUTES / 60)));
        if (!units) continue;
        out.askedHours += c.hours[kind];
        const load = referent(loads, c, kind, units);
        if (!load) continue;
        for (const { slot, days } of placeVisits(load, units)) {
          const tasks = tasksFor(kind, c.elder, random);
          const onHolidays: boolean = !holidayVisitsKept && kind === 'FAMILY_CARE' && c.elder;
          holidayVisitsKept ||= onHolidays;
          const rrule = `FREQ=WEEKLY;BYDAY=${days.map((d) => DAYS[d]).join(',')}`;
          const all = expand({ rrule, startsOn: monday, until, startTime: SLOTS[slot], durationMinutes: VISIT_MINUTES, exceptDates: [] });
          const occurrences = all.filter((o) => onHolidays || !closed(o.localDate));
          const skipped = onHolidays ? [] : all.filter((o) => closed(o.localDate)).map((o) => o.localDate);
          const pattern = {
            id: newId(), helperId: load.helper.id, caseFileId: c.id, kind, tasks, rrule,
            startsOn: monday, until, startTime: SLOTS[slot], durationMinutes: VISIT_MINUTES, exceptDates: skipped, createdById: sector.plannerId,
          };
          out.patterns.push(pattern);
          for (const o of occurrences) {
            out.entries.push({
              id: newId(), helperId: load.helper.id, caseFileId: c.id, sectorId: sector.sectorId, kind, tasks, startsAt: o.startsAt, endsAt: o.endsAt, patternId: pattern.id, createdById: sector.plannerId,
            });
          }
          out.scheduledHours += (days.length * VISIT_MINUTES) / 60;
        }
        load.homes.push(c);
      }
    }
  }
  return out;
}

/** The helper who takes a case's visits of a kind: the nearest to their other homes with room left. */
function referent(loads: Load[], c: PlanCase, kind: HelpKind, units: number): Load | null {
  // A household helper (AMS) never gives family care; a family helper (AF) may do household help when no AMS is free.
  const tiers = kind === 'FAMILY_CARE' ? [['FAMILY_HELPER']] : [['HOME_HELPER'], ['FAMILY_HELPER']];
  for (const roles of tiers) {
    const fit = loads.filter((l) => roles.includes(l.helper.role) && l.free >= units);
    if (!fit.length) continue;
    const score = (l: Load) => {
      const km = l.homes.length ? Math.min(...l.homes.map((h) => distanceKm(h, c))) : 1.5;
      return km - l.free * 0.05;
    };
    return fit.reduce((best, l) => (score(l) < score(best) ? l : best));
  }
  return null;
}

/** Weekdays and slots for a case's visits: one slot on spread-out days when possible. */
function placeVisits(load: Load, units: number): { slot: number; days: number[] }[] {
  const take = (slot: number, days: number[]) => {
    for (const d of days) load.busy.add(`${d}:${slot}`);
    load.free -= days.length;
    return [{ slot, days }];
  };
  for (let slot = 0; slot < SLOTS.length; slot++) {
    for (const days of SPREAD[units]) if (days.every((d) => !load.busy.has(`${d}:${slot}`))) return take(slot, days);
  }
  // No single slot holds them all: each visit where there is room, one a day.
  const placed: { slot: number; days: number[] }[] = [];
  const used = new Set<number>();
  for (let n = 0; n < units; n++) {
    let spot: [number, number] | null = null;
    for (let slot = 0; slot < SLOTS.length && !spot; slot++) for (let d = 0; d < 5 && !spot; d++) if (!used.has(d) && !load.busy.has(`${d}:${slot}`)) spot = [d, slot];
    if (!spot) break;
    used.add(spot[0]);
    placed.push(...take(spot[1], [spot[0]]));
  }
  return placed;
}

function tasksFor(kind: HelpKind, elder: boolean, random: () => number): string[] {
  const pick = <T>(list: T[][]): T[] => list[Math.floor(random() * list.length)];
  if (kind === 'HOUSEHOLD') return pick([['CLEANING', 'LAUNDRY'], ['CLEANING', 'SHOPPING'], ['IRONING', 'CLEANING'], ['SHOPPING', 'MEAL_PREPARATION']]);
  return elder ? pick([['PERSONAL_HYGIENE', 'DRESSING'], ['PERSONAL_HYGIENE', 'MEAL_PREPARATION'], ['MOBILITY_HELP', 'ACCOMPANIMENT']]) : pick([['CHILD_CARE', 'MEAL_PREPARATION'], ['CHILD_CARE', 'ADMINISTRATIVE_HELP']]);
}
