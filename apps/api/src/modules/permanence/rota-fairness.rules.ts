// Fair week-end load (issue 12): what a shift counts towards its holders' load, each person's share
// of the closed days by FTE, the fairness figure, a fair hand-out of week-end shifts when the rota is
// generated, and when a change of holder makes the load unfair. Pure: no SQL, the calendar is given.
import { DateTime } from 'luxon';
import { addDays, localDay, SERVICE_TIME_ZONE } from '../../time/service-time.js';
import type { ShiftKind } from './coverage.rules.js';
import type { ClosedDay, RotaSpan } from './rota.rules.js';

/**
 * A local day counts for whoever holds the permanence at its noon (12:00 Brussels time): a week-end
 * is two days whatever the clocks do (a DST week-end is 62.5 or 64.5 hours, still one week-end), a
 * shift split by a replacement counts where most of the day went, and a day is never counted twice.
 */
const NOON = { hour: 12, minute: 0, second: 0, millisecond: 0 } as const;
const SATURDAY = 6;

export interface DayCount {
  /** Saturdays and Sundays held (a week-end is two). */
  weekendDays: number;
  /** Public holidays and closing days held that fall Monday to Friday. */
  holidayDays: number;
  /** Weekday (office-hours) shifts held. */
  weekdayShifts: number;
  /** Hours of weekday permanence held (a shift split by a replacement counts its part), by the local day it starts. */
  weekdayHours: number;
}

const zero = (): DayCount => ({ weekendDays: 0, holidayDays: 0, weekdayShifts: 0, weekdayHours: 0 });

/** The instant of a local date's noon, cached: a year's load asks the same few hundred days again and again. */
const noonCache = new Map<string, number>();
function noonOf(day: string): number {
  let t = noonCache.get(day);
  if (t === undefined) {
    if (noonCache.size > 20_000) noonCache.clear();
    t = DateTime.fromISO(day, { zone: SERVICE_TIME_ZONE }).set(NOON).toMillis();
    noonCache.set(day, t);
  }
  return t;
}

/** Monday 1 … Sunday 7 of a local date. */
const weekdayOf = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay() || 7;

/** What one shift counts for each of its holders; only days of `year` when given. */
export function shiftDays(span: { kind: ShiftKind; startsAt: Date; endsAt: Date }, closed: ClosedDay, year?: number): DayCount {
  const out = zero();
  const start = span.startsAt.getTime();
  const end = span.endsAt.getTime();
  const last = localDay(span.endsAt);
  if (span.kind === 'WEEKDAY' && (year === undefined || Number(localDay(span.startsAt).slice(0, 4)) === year)) out.weekdayHours = Math.max(0, end - start) / 3_600_000;
  // A shift is at most a few days; the cap only guards against a corrupt row.
  for (let day = localDay(span.startsAt), n = 0; day <= last && n < 400; day = addDays(day, 1), n++) {
    const noon = noonOf(day);
    if (noon < start || noon >= end) continue;
    if (year !== undefined && Number(day.slice(0, 4)) !== year) continue;
    if (span.kind === 'WEEKDAY') out.weekdayShifts += 1;
    else if (weekdayOf(day) >= SATURDAY) out.weekendDays += 1;
    else if (closed(day)) out.holidayDays += 1;
  }
  return out;
}

/** The closed days (week-end days and holidays) a week-end shift counts: the unit of the week-end load. */
export function closedDaysOf(span: { kind: ShiftKind; startsAt: Date; endsAt: Date }, closed: ClosedDay, year?: number): number {
  const d = shiftDays(span, closed, year);
  return d.weekendDays + d.holidayDays;
}

export interface HeldShift {
  kind: ShiftKind;
  startsAt: Date;
  endsAt: Date;
  /** The people on call: both members of a binôme, one person, or nobody. */
  holderIds: string[];
}

export interface RotaPerson {
  id: string;
  /** Full-time equivalent, in (0, 1]. */
  fte: number;
  /** On the week-end rota (a binôme member, or held a week-end shift): has a share of the closed days. Default true. */
  weekendRota?: boolean;
}

export interface PersonLoad extends DayCount {
  staffId: string;
  fte: number;
  /** Off the week-end rota (weekday permanence only): listed, with no share of the closed days and out of the fairness figure. */
  weekendRota: boolean;
  /** weekendDays / 2. */
  weekends: number;
  /** weekendDays + holidayDays: what the fairness is about. */
  closedDays: number;
  /** The person's share of all the closed days held, by their own FTE; 0 off the week-end rota. */
  expectedClosedDays: number;
  /** closedDays − expectedClosedDays: above zero carries more than the share. */
  deviation: number;
}

export interface YearLoad {
  people: PersonLoad[];
  /** Σ closedDays of the people (a binôme's day counts for both members). */
  totalClosedDays: number;
  meanClosedDaysPerFte: number | null;
  /** The coefficient of variation of closedDays / fte: 0 is perfectly fair. */
  fairness: number | null;
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** How evenly a load is spread over people: mean, population standard deviation and their ratio. */
export interface Spread {
  people: number;
  mean: number | null;
  stdDev: number | null;
  /** stdDev / mean, to 3 decimals: 0 is perfectly even; null when there is nobody or nothing held. */
  coefficientOfVariation: number | null;
  min: number | null;
  max: number | null;
}

/**
 * The one definition of the week-end fairness figure, used by the permanence report (reporting:
 * week-end hours per person) and by permanenceLoad (closed days per FTE): the population standard
 * deviation divided by the mean (the coefficient of variation), to 3 decimals; the others to 2.
 */
export function spread(values: number[]): Spread {
  if (!values.length) return { people: 0, mean: null, stdDev: null, coefficientOfVariation: null, min: null, max: null };
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const stdDev = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length);
  return {
    people: values.length,
    mean: round(mean),
    stdDev: round(stdDev),
    coefficientOfVariation: mean === 0 ? null : round(stdDev / mean, 3),
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
  };
}

/** The fairness figure of `spread`. */
export function coefficientOfVariation(values: number[]): number | null {
  return spread(values).coefficientOfVariation;
}

/**
 * Each person's load over a calendar year and the fairness figure; people with no shift count as zero.
 * People off the week-end rota (weekday permanence only) are listed with their weekday hours, but have
 * no share of the closed days and stay out of the totals and the fairness figure.
 */
export function yearLoad(year: number, shifts: HeldShift[], people: RotaPerson[], closed: ClosedDay): YearLoad {
  const counts = new Map(people.map((p) => [p.id, zero()]));
  for (const shift of shifts) {
    if (!shift.holderIds.length) continue;
    const d = shiftDays(shift, closed, year);
    for (const id of new Set(shift.holderIds)) {
      const c = counts.get(id);
      if (!c) continue;
      c.weekendDays += d.weekendDays;
      c.holidayDays += d.holidayDays;
      c.weekdayShifts += d.weekdayShifts;
      c.weekdayHours += d.weekdayHours;
    }
  }
  const rota = people.filter((p) => p.weekendRota !== false);
  const totalFte = rota.reduce((a, p) => a + p.fte, 0);
  const closedOf = (c: DayCount) => c.weekendDays + c.holidayDays;
  const totalClosedDays = rota.reduce((a, p) => a + closedOf(counts.get(p.id) as DayCount), 0);
  const loads = people.map((p): PersonLoad => {
    const c = counts.get(p.id) as DayCount;
    const onRota = p.weekendRota !== false;
    const expected = onRota && totalFte > 0 ? (totalClosedDays * p.fte) / totalFte : 0;
    const deviation = onRota ? closedOf(c) - expected : 0;
    return { staffId: p.id, fte: p.fte, weekendRota: onRota, ...c, weekdayHours: round(c.weekdayHours), weekends: c.weekendDays / 2, closedDays: closedOf(c), expectedClosedDays: round(expected), deviation: round(deviation) };
  });
  const perFte = loads.filter((l) => l.weekendRota).map((l) => l.closedDays / l.fte);
  return {
    people: loads,
    totalClosedDays,
    meanClosedDaysPerFte: perFte.length ? round(perFte.reduce((a, b) => a + b, 0) / perFte.length) : null,
    fairness: coefficientOfVariation(perFte),
  };
}

export interface FairHolder {
  id: string;
  /**
   * The people on call with it (a binôme's two members), each with their own FTE: each person's share
   * is measured against their own FTE, not the binôme's mean (issue 12).
   */
  members?: RotaPerson[];
  /** Without `members`: the FTE the holder stands for (a person, or a holder measured as one). */
  weight?: number;
  /** Without `members`: closed days already held in the window (shifts the generation keeps). */
  load?: number;
}

/** What a kept span counts for: its holder's members, or the people named (a person holding it after a replacement). */
export interface KeptSpan {
  holderId: string | null;
  personIds?: string[];
}

/**
 * Hands week-end shifts out by FTE, spread over the year: each goes to the holder whose most loaded
 * member, measured against their own FTE, would be lowest after taking it ((load + cost) / fte, a
 * weighted fair queue per person). A binôme of a full-timer and a half-timer so takes turns at the
 * half-timer's pace: nobody is handed a week-end that puts them further above their own share than
 * another holder's members would be, so the half-timer never carries a full-timer's load because her
 * binôme's mean FTE is 0.75. Holders of one person (or given by `weight`) stay within one shift's
 * closed days of their share at every point of the year (a 0.5 FTE holds about every other turn of a
 * full-time one, never a block). Ties go to the holder named first. Weekday shifts go round day by
 * day, as before. `kept(span)` names a span already in the rota: what it counts goes to its holder's
 * members (or to the people it names), and the span is not handed out again.
 */
export function fairRotation<T extends RotaSpan>(spans: T[], holders: FairHolder[], closed: ClosedDay, kept: (span: T) => KeptSpan | null = () => null): (T & { holderBinomeId: string })[] {
  if (!holders.length) throw new RangeError('fairRotation needs at least one holder');
  const members = holders.map((h) => h.members ?? [{ id: `holder:${h.id}`, fte: h.weight ?? Number.NaN }]);
  if (members.some((ms) => !ms.length || ms.some((m) => !(m.fte > 0)))) throw new RangeError('every holder needs a weight (or members with an FTE) above zero');
  const load = new Map<string, number>();
  holders.forEach((h, i) => {
    if (!h.members) load.set(members[i][0].id, h.load ?? 0);
  });
  const add = (ids: string[], cost: number) => {
    for (const id of new Set(ids)) load.set(id, (load.get(id) ?? 0) + cost);
  };
  const score = (i: number, cost: number) => Math.max(...members[i].map((m) => ((load.get(m.id) ?? 0) + cost) / m.fte));
  const out: (T & { holderBinomeId: string })[] = [];
  let weekday = 0;
  for (const span of spans) {
    const cost = span.kind === 'WEEKEND' ? Math.max(1, closedDaysOf(span, closed)) : 0;
    const existing = kept(span);
    if (existing) {
      const i = holders.findIndex((h) => h.id === existing.holderId);
      add(existing.personIds ?? (i >= 0 ? members[i].map((m) => m.id) : []), cost);
      if (span.kind === 'WEEKDAY') weekday++;
      continue;
    }
    if (span.kind === 'WEEKDAY') {
      out.push({ ...span, holderBinomeId: holders[weekday++ % holders.length].id });
      continue;
    }
    let best = 0;
    let bestScore = score(0, cost);
    for (let i = 1; i < holders.length; i++) {
      const s = score(i, cost);
      if (s < bestScore - 1e-9) [best, bestScore] = [i, s];
    }
    add(members[best].map((m) => m.id), cost);
    out.push({ ...span, holderBinomeId: holders[best].id });
  }
  return out;
}

/** How far above the FTE share a person may go before a change is flagged: one week-end. */
export const UNFAIR_TOLERANCE_DAYS = 2;

export interface FairnessWarningRule {
  staffId: string;
  closedDays: number;
  expectedClosedDays: number;
  deviation: number;
  deviationBefore: number;
}

/**
 * A change of holder is flagged (not refused) for each new holder it leaves more than one week-end
 * above their FTE share for the year, when the change made it worse: a sick colleague must still be
 * replaced, but whoever programs it sees who now carries too much and can balance it later.
 */
export function unfairAfterChange(before: YearLoad, after: YearLoad, newHolderIds: string[]): FairnessWarningRule[] {
  const was = new Map(before.people.map((p) => [p.staffId, p]));
  return after.people
    .filter((p) => newHolderIds.includes(p.staffId))
    .filter((p) => p.deviation > UNFAIR_TOLERANCE_DAYS && p.deviation > (was.get(p.staffId)?.deviation ?? -Infinity))
    .map((p) => ({ staffId: p.staffId, closedDays: p.closedDays, expectedClosedDays: p.expectedClosedDays, deviation: p.deviation, deviationBefore: was.get(p.staffId)?.deviation ?? 0 }));
}
