// The conflict engine's rules: pure functions over a helper's day, a helper's week or a case's
// week, each returning the conflicts it finds with a sentence a social worker understands.
// No SQL, no clock: the service loads the facts and stores what these return.
import type { ConflictFactsData } from '../../db/schema/schedules.js';
import { dayBounds, dayInWords, localTime } from '../../time/service-time.js';
import type { ConflictSeverity, HelpKind } from './schedule.rules.js';

export type ConflictFacts = ConflictFactsData;

export type { HelpKind };
export type Severity = ConflictSeverity;
export type RuleName =
  | 'DOUBLE_BOOKING'
  | 'SCHEDULED_WHILE_ABSENT'
  | 'TRAVEL_TIME'
  | 'LEGAL_DAY_EXCEEDED'
  | 'CONTRACT_WEEK_EXCEEDED'
  | 'PERSONAL_CARE_BY_HOME_HELPER'
  | 'PLAN_HOURS_NOT_COVERED'
  | 'NO_BREAK'
  | 'VISIT_ON_HOLIDAY';

export interface RuleInfo {
  severity: Severity;
  hard: boolean;
  title: string;
}

export const RULES: Record<RuleName, RuleInfo> = {
  DOUBLE_BOOKING: { severity: 'HIGH', hard: true, title: 'Helper in two places at once' },
  SCHEDULED_WHILE_ABSENT: { severity: 'HIGH', hard: true, title: 'Helper scheduled while absent' },
  PERSONAL_CARE_BY_HOME_HELPER: { severity: 'HIGH', hard: true, title: 'Household helper given personal care' },
  LEGAL_DAY_EXCEEDED: { severity: 'HIGH', hard: true, title: 'Longer than the legal working day' },
  TRAVEL_TIME: { severity: 'MEDIUM', hard: false, title: 'Too little travel time between two homes' },
  CONTRACT_WEEK_EXCEEDED: { severity: 'MEDIUM', hard: false, title: 'More hours than the contract in a week' },
  PLAN_HOURS_NOT_COVERED: { severity: 'MEDIUM', hard: false, title: "Aid plan's weekly hours not covered" },
  NO_BREAK: { severity: 'LOW', hard: false, title: 'A working day without a break' },
  // Soft: helpers' visits continue on a holiday where the aid plan says so; the social worker then acknowledges it.
  VISIT_ON_HOLIDAY: { severity: 'MEDIUM', hard: false, title: 'A visit on a public holiday or closing day' },
};

// Tasks that are personal care: for family helpers (AF) only, never household helpers (AMS).
export const PERSONAL_CARE_TASKS = ['PERSONAL_HYGIENE', 'DRESSING', 'TOILETING', 'FEEDING', 'MOBILITY_HELP'] as const;
export const HOUSEHOLD_TASKS = ['CLEANING', 'LAUNDRY', 'IRONING', 'SHOPPING', 'MEAL_PREPARATION', 'ADMINISTRATIVE_HELP', 'ACCOMPANIMENT', 'CHILD_CARE'] as const;

export interface Settings {
  travelSpeedKmh: number;
  legalDayHours: number;
  weekHoursFullTime: number;
  maxHoursWithoutBreak: number;
  minBreakMinutes: number;
}

export const DEFAULT_SETTINGS: Settings = { travelSpeedKmh: 20, legalDayHours: 9, weekHoursFullTime: 38, maxHoursWithoutBreak: 6, minBreakMinutes: 30 };

export interface EntryFact {
  id: string;
  helperId: string;
  caseFileId: string;
  kind: HelpKind;
  tasks: string[];
  startsAt: Date;
  endsAt: Date;
  latitude: number | null;
  longitude: number | null;
}

export interface HelperFact {
  id: string;
  fullName: string;
  role: string;
  fte: number;
}

export interface AbsenceFact {
  id: string;
  kind: string;
  startsAt: Date;
  endsAt: Date;
}

export interface Found {
  rule: RuleName;
  key: string;
  helperId: string | null;
  caseFileId: string | null;
  entryIds: string[];
  day: string;
  explanation: string;
  /** The values of the explanation, for clients that word it in their own language. */
  facts: ConflictFacts;
}

const H = 3_600_000;
const hoursOf = (ms: number) => Math.round((ms / H) * 10) / 10;
const span = (e: { startsAt: Date; endsAt: Date }) => `${localTime(e.startsAt)}–${localTime(e.endsAt)}`;
const iso = (e: { startsAt: Date; endsAt: Date }) => ({ startsAt: e.startsAt.toISOString(), endsAt: e.endsAt.toISOString() });
const byStart = (a: EntryFact, b: EntryFact) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id);

/** Great-circle distance in km (haversine). */
export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** A helper in two places at once: two planned entries that overlap. */
export function doubleBookings(helper: HelperFact, day: string, entries: EntryFact[]): Found[] {
  const sorted = [...entries].sort(byStart);
  const out: Found[] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j].startsAt < sorted[i].endsAt; j++) {
      const [a, b] = [sorted[i], sorted[j]];
      out.push({
        rule: 'DOUBLE_BOOKING', key: `DOUBLE_BOOKING:${a.id}:${b.id}`, helperId: helper.id, caseFileId: null, entryIds: [a.id, b.id], day,
        explanation: `${helper.fullName} is due at two homes at once on ${dayInWords(day)}: ${span(a)} and ${span(b)}.`,
        facts: { spans: [iso(a), iso(b)] },
      });
    }
  }
  return out;
}

/** A helper scheduled while on leave, sick, in training… (the org absences). */
export function scheduledWhileAbsent(helper: HelperFact, day: string, entries: EntryFact[], absences: AbsenceFact[]): Found[] {
  const out: Found[] = [];
  for (const e of entries) {
    for (const a of absences) {
      if (!(a.startsAt < e.endsAt && e.startsAt < a.endsAt)) continue;
      out.push({
        rule: 'SCHEDULED_WHILE_ABSENT', key: `SCHEDULED_WHILE_ABSENT:${e.id}:${a.id}`, helperId: helper.id, caseFileId: e.caseFileId, entryIds: [e.id], day,
        // Why someone is away is not everyone's to read (the kiosk): the kind stays in `facts`, which are guarded.
        explanation: `${helper.fullName} is absent but scheduled ${span(e)} on ${dayInWords(day)}.`,
        facts: { spans: [iso(e)], absenceKind: a.kind },
      });
    }
  }
  return out;
}

/** Too little time to travel from one home to the next at the configured speed. */
export function travelTooShort(helper: HelperFact, day: string, entries: EntryFact[], s: Settings): Found[] {
  const sorted = [...entries].sort(byStart);
  const out: Found[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [a, b] = [sorted[i], sorted[i + 1]];
    if (a.caseFileId === b.caseFileId || a.latitude === null || a.longitude === null || b.latitude === null || b.longitude === null) continue;
    const gapMin = (b.startsAt.getTime() - a.endsAt.getTime()) / 60_000;
    if (gapMin < 0) continue; // an overlap is a double booking, not a travel problem
    const exact = distanceKm({ latitude: a.latitude, longitude: a.longitude }, { latitude: b.latitude, longitude: b.longitude });
    const needMin = Math.ceil((exact / s.travelSpeedKmh) * 60);
    const km = Math.round(exact * 10) / 10;
    if (gapMin >= needMin) continue;
    out.push({
      rule: 'TRAVEL_TIME', key: `TRAVEL_TIME:${a.id}:${b.id}`, helperId: helper.id, caseFileId: null, entryIds: [a.id, b.id], day,
      explanation: `${helper.fullName} has ${gapMin} min between the visit ending at ${localTime(a.endsAt)} and the next at ${localTime(b.startsAt)}, ${km.toFixed(1)} km apart: about ${needMin} min at ${s.travelSpeedKmh} km/h.`,
      facts: { spans: [iso(a), iso(b)], gapMinutes: gapMin, km, neededMinutes: needMin, speedKmh: s.travelSpeedKmh },
    });
  }
  return out;
}

/** More hours in a day than the legal working day. */
export function legalDayExceeded(helper: HelperFact, day: string, entries: EntryFact[], s: Settings): Found[] {
  const { from, to } = dayBounds(day);
  const ms = entries.reduce((sum, e) => sum + Math.min(e.endsAt.getTime(), to.getTime()) - Math.max(e.startsAt.getTime(), from.getTime()), 0);
  if (ms <= s.legalDayHours * H) return [];
  return [{
    rule: 'LEGAL_DAY_EXCEEDED', key: `LEGAL_DAY_EXCEEDED:${helper.id}:${day}`, helperId: helper.id, caseFileId: null, entryIds: entries.map((e) => e.id), day,
    explanation: `${helper.fullName} is scheduled ${hoursOf(ms)} h on ${dayInWords(day)}; the legal working day is at most ${s.legalDayHours} h.`,
    facts: { hours: hoursOf(ms), limitHours: s.legalDayHours },
  }];
}

/** Work running longer than allowed without a long enough gap. */
export function noBreak(helper: HelperFact, day: string, entries: EntryFact[], s: Settings): Found[] {
  const sorted = [...entries].sort(byStart);
  let block: EntryFact[] = [];
  let worst: EntryFact[] = [];
  const length = (b: EntryFact[]) => (b.length ? Math.max(...b.map((e) => e.endsAt.getTime())) - b[0].startsAt.getTime() : 0);
  for (const e of sorted) {
    const end = block.length ? Math.max(...block.map((x) => x.endsAt.getTime())) : 0;
    if (block.length && e.startsAt.getTime() - end >= s.minBreakMinutes * 60_000) block = [];
    block.push(e);
    if (length(block) > length(worst)) worst = [...block];
  }
  if (length(worst) <= s.maxHoursWithoutBreak * H) return [];
  const end = new Date(Math.max(...worst.map((e) => e.endsAt.getTime())));
  return [{
    rule: 'NO_BREAK', key: `NO_BREAK:${helper.id}:${day}`, helperId: helper.id, caseFileId: null, entryIds: worst.map((e) => e.id), day,
    explanation: `${helper.fullName} works ${hoursOf(length(worst))} h without a ${s.minBreakMinutes}-minute break on ${dayInWords(day)} (${localTime(worst[0].startsAt)}–${localTime(end)}); more than ${s.maxHoursWithoutBreak} h needs one.`,
    facts: { spans: [iso({ startsAt: worst[0].startsAt, endsAt: end })], hours: hoursOf(length(worst)), limitHours: s.maxHoursWithoutBreak, breakMinutes: s.minBreakMinutes },
  }];
}

/** The explanation as said to who may not read the visit (R5: the kiosk): that personal-care tasks are given, not which. */
export const withoutTasks = (explanation: string) => explanation.replace(/(personal-care tasks) \([^)]*\)/, '$1');

/** A household helper (AMS) does no personal care: neither family-care visits nor personal-care tasks. */
export function personalCareByHomeHelper(helper: HelperFact, day: string, entries: EntryFact[]): Found[] {
  if (helper.role !== 'HOME_HELPER') return [];
  const care = new Set<string>(PERSONAL_CARE_TASKS);
  return entries.flatMap((e) => {
    const tasks = e.tasks.filter((t) => care.has(t));
    if (e.kind !== 'FAMILY_CARE' && !tasks.length) return [];
    const what = tasks.length ? `personal-care tasks (${tasks.map((t) => t.toLowerCase().replace(/_/g, ' ')).join(', ')})` : 'a family-care visit';
    return [{
      rule: 'PERSONAL_CARE_BY_HOME_HELPER' as const, key: `PERSONAL_CARE_BY_HOME_HELPER:${e.id}`, helperId: helper.id, caseFileId: e.caseFileId, entryIds: [e.id], day,
      explanation: `${helper.fullName} is a household helper (AMS) and may not give personal care, but is given ${what} ${span(e)} on ${dayInWords(day)}.`,
      facts: { spans: [iso(e)], helpKind: e.kind, tasks },
    }];
  });
}

/** More hours in a week than the contract: FTE × the full-time week. */
export function contractWeekExceeded(helper: HelperFact, week: string, entries: EntryFact[], s: Settings): Found[] {
  const ms = entries.reduce((sum, e) => sum + e.endsAt.getTime() - e.startsAt.getTime(), 0);
  const contract = helper.fte * s.weekHoursFullTime;
  if (ms <= contract * H + 1) return [];
  return [{
    rule: 'CONTRACT_WEEK_EXCEEDED', key: `CONTRACT_WEEK_EXCEEDED:${helper.id}:${week}`, helperId: helper.id, caseFileId: null, entryIds: entries.map((e) => e.id), day: week,
    explanation: `${helper.fullName} is scheduled ${hoursOf(ms)} h in the week of ${dayInWords(week)}; the contract (${helper.fte} FTE) is ${hoursOf(contract * H)} h.`,
    facts: { hours: hoursOf(ms), limitHours: hoursOf(contract * H), fte: helper.fte },
  }];
}

/** The weekly hours an agreed aid plan asks for, by kind of help, not all scheduled. */
export function planHoursNotCovered(caseFileId: string, week: string, plan: Record<HelpKind, number>, entries: EntryFact[]): Found[] {
  const words: Record<HelpKind, string> = { FAMILY_CARE: 'family care (AF)', HOUSEHOLD: 'household help (AMS)' };
  return (Object.keys(words) as HelpKind[]).flatMap((kind) => {
    const asked = plan[kind];
    if (!asked) return [];
    const mine = entries.filter((e) => e.kind === kind);
    const ms = mine.reduce((sum, e) => sum + e.endsAt.getTime() - e.startsAt.getTime(), 0);
    if (ms + 60_000 >= asked * H) return [];
    return [{
      rule: 'PLAN_HOURS_NOT_COVERED' as const, key: `PLAN_HOURS_NOT_COVERED:${caseFileId}:${week}:${kind}`, helperId: null, caseFileId, entryIds: mine.map((e) => e.id), day: week,
      explanation: `The aid plan asks for ${asked} h of ${words[kind]} a week; only ${hoursOf(ms)} h are scheduled in the week of ${dayInWords(week)}.`,
      facts: { askedHours: asked, helpKind: kind, hours: hoursOf(ms) },
    }];
  });
}

/** The public holiday or service closing day a local day is, when it is one. */
export interface ClosedDayFact {
  name: string;
  kind: 'PUBLIC_HOLIDAY' | 'SERVICE_CLOSING_DAY';
}

/**
 * An ordinary visit on a public holiday or closing day: offices are closed and helpers' visits
 * continue only where the aid plan says so (DOMAIN), so each visit planned then is flagged; the
 * social worker acknowledges the ones the plan asks for.
 */
export function visitOnHoliday(helper: HelperFact, day: string, entries: EntryFact[], closed: ClosedDayFact | null): Found[] {
  if (!closed) return [];
  const what = closed.kind === 'PUBLIC_HOLIDAY' ? 'a public holiday' : 'a closing day of the service';
  return entries.map((e) => ({
    rule: 'VISIT_ON_HOLIDAY' as const, key: `VISIT_ON_HOLIDAY:${e.id}`, helperId: helper.id, caseFileId: e.caseFileId, entryIds: [e.id], day,
    explanation: `${helper.fullName} is scheduled ${span(e)} on ${dayInWords(day)}, ${what} (${closed.name}): offices are closed and visits continue only where the aid plan says so.`,
    facts: { spans: [iso(e)], holidayName: closed.name, holidayKind: closed.kind },
  }));
}

/** Everything wrong with one helper's day (`closed`: the holiday or closing day it is, if any). */
export function helperDayConflicts(helper: HelperFact, day: string, entries: EntryFact[], absences: AbsenceFact[], s: Settings, closed: ClosedDayFact | null = null): Found[] {
  return [
    ...doubleBookings(helper, day, entries),
    ...scheduledWhileAbsent(helper, day, entries, absences),
    ...travelTooShort(helper, day, entries, s),
    ...legalDayExceeded(helper, day, entries, s),
    ...noBreak(helper, day, entries, s),
    ...personalCareByHomeHelper(helper, day, entries),
    ...visitOnHoliday(helper, day, entries, closed),
  ];
}
