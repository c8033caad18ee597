// Generates the flying social worker's planning proposal for a month from plain data: R7 (at most
// 14 revisions, about 2 per sector), R8 (at most 7 helper controls, 1 per sector), R9 (not the
// beneficiaries revisited last year), working days and hours, absences and permanence duties.
// What cannot be placed is listed with the rule or reason that kept it out.
import { DateTime } from 'luxon';
import { overlaps, type Span } from '../org/index.js';
import { OFFICE_HOURS } from '../permanence/index.js';
import { SERVICE_TIME_ZONE } from '../../time/service-time.js';
import { monthStart, type RequestKind } from './planning.rules.js';

export const R7_MAX_REVISIONS = 14;
export const R7_REVISIONS_PER_SECTOR = 2;
export const R8_MAX_CONTROLS = 7;
export const R8_CONTROLS_PER_SECTOR = 1;
export const VISIT_MINUTES = 90;
export const MEETING_MINUTES = 120;
// The service's choice: visits start at these local times, inside office hours (08:30–17:00).
export const VISIT_STARTS = [
  { hour: 9, minute: 0 },
  { hour: 11, minute: 0 },
  { hour: 14, minute: 0 },
] as const;

export interface PlanRequest {
  id: string;
  kind: RequestKind;
  sectorId: string;
  beneficiaryId: string | null;
  meetingAt: Date | null;
  urgent: boolean;
  requestedAt: Date;
}

export interface PlanFacts {
  month: string;
  requests: PlanRequest[];
  /** The flying worker's absences and the permanence shifts they hold: no visit there. */
  busy: Span[];
  /** R9: beneficiaries the flying worker revisited in the year before the month. */
  revisitedLastYear: Set<string>;
}

export interface PlacedItem extends Span {
  requestId: string;
}

export type UnplacedCode = 'R7_MONTHLY_REVISIONS' | 'R7_SECTOR_REVISIONS' | 'R8_MONTHLY_CONTROLS' | 'R8_SECTOR_CONTROLS' | 'R9_REVISITED_LAST_YEAR' | 'FLYING_WORKER_BUSY' | 'NO_FREE_SLOT';

export interface Unplaced {
  requestId: string;
  code: UnplacedCode;
  reason: string;
}

export const UNPLACED_REASONS: Record<UnplacedCode, string> = {
  R7_MONTHLY_REVISIONS: `R7: the flying social worker makes at most ${R7_MAX_REVISIONS} revision visits a month.`,
  R7_SECTOR_REVISIONS: `R7: about ${R7_REVISIONS_PER_SECTOR} revisions per sector; this sector's share is used and no other sector left room.`,
  R8_MONTHLY_CONTROLS: `R8: at most ${R8_MAX_CONTROLS} helper controls a month.`,
  R8_SECTOR_CONTROLS: `R8: at most ${R8_CONTROLS_PER_SECTOR} helper control per sector a month.`,
  R9_REVISITED_LAST_YEAR: 'R9: the flying social worker revisited this beneficiary in the past year; the sector social worker does this revision.',
  FLYING_WORKER_BUSY: 'The flying social worker is away or on permanence at the meeting time.',
  NO_FREE_SLOT: 'No free slot left in the working days of the month.',
};

/** Working-day visit slots of the month, Monday to Friday, in Brussels local time. */
export function visitSlots(month: string): Span[] {
  const start = monthStart(month);
  if (!start) throw new RangeError(`month must be YYYY-MM, got "${month}"`);
  const slots: Span[] = [];
  for (let day = start; day.month === start.month; day = day.plus({ days: 1 })) {
    if (day.weekday < OFFICE_HOURS.firstDay || day.weekday > OFFICE_HOURS.lastDay) continue;
    for (const t of VISIT_STARTS) {
      const s = day.set({ hour: t.hour, minute: t.minute });
      slots.push({ startsAt: s.toJSDate(), endsAt: s.plus({ minutes: VISIT_MINUTES }).toJSDate() });
    }
  }
  return slots;
}

/** True when a span lies inside office hours of a working day (Brussels). */
export function inWorkingHours(span: Span): boolean {
  const s = DateTime.fromJSDate(span.startsAt, { zone: SERVICE_TIME_ZONE });
  const e = DateTime.fromJSDate(span.endsAt, { zone: SERVICE_TIME_ZONE });
  if (s.toISODate() !== e.toISODate()) return false;
  if (s.weekday < OFFICE_HOURS.firstDay || s.weekday > OFFICE_HOURS.lastDay) return false;
  const mins = (d: DateTime) => d.hour * 60 + d.minute;
  return mins(s) >= OFFICE_HOURS.opens.hour * 60 + OFFICE_HOURS.opens.minute && mins(e) <= OFFICE_HOURS.closes.hour * 60 + OFFICE_HOURS.closes.minute;
}

const dayKey = (d: Date) => DateTime.fromJSDate(d, { zone: SERVICE_TIME_ZONE }).toISODate() ?? '';

// Urgent first, then first come first served; ties by id so the result is stable.
const byPriority = (a: PlanRequest, b: PlanRequest) =>
  Number(b.urgent) - Number(a.urgent) || a.requestedAt.getTime() - b.requestedAt.getTime() || a.id.localeCompare(b.id);

/** Splits requests of one kind by a quota: a monthly cap, a per-sector share, then the rest up to the cap when `spill`. */
function applyQuota(reqs: PlanRequest[], cap: number, perSector: number, spill: boolean, codes: { month: UnplacedCode; sector: UnplacedCode }) {
  const kept: PlanRequest[] = [];
  const over: PlanRequest[] = [];
  const perSectorCount = new Map<string, number>();
  for (const r of reqs) {
    const n = perSectorCount.get(r.sectorId) ?? 0;
    if (n < perSector && kept.length < cap) {
      kept.push(r);
      perSectorCount.set(r.sectorId, n + 1);
    } else over.push(r);
  }
  const refused: Unplaced[] = [];
  for (const r of over) {
    // R7 says "about" 2 per sector: spare monthly room goes to sectors that asked for more.
    if (spill && kept.length < cap) kept.push(r);
    else {
      // Name the sector share when that is what kept it out (R8), else the monthly cap.
      const code = !spill && (perSectorCount.get(r.sectorId) ?? 0) >= perSector ? codes.sector : codes.month;
      refused.push({ requestId: r.id, code, reason: UNPLACED_REASONS[code] });
    }
  }
  return { kept, refused };
}

export function generatePlanning(facts: PlanFacts): { items: PlacedItem[]; unplaced: Unplaced[] } {
  const sorted = [...facts.requests].sort(byPriority);
  const unplaced: Unplaced[] = [];
  const items: PlacedItem[] = [];
  const taken: Span[] = [...facts.busy];
  const perDay = new Map<string, number>();
  const place = (requestId: string, span: Span) => {
    items.push({ requestId, ...span });
    taken.push(span);
    perDay.set(dayKey(span.startsAt), (perDay.get(dayKey(span.startsAt)) ?? 0) + 1);
  };

  // Team meetings have their own time (R15 was checked when asked).
  for (const r of sorted.filter((x) => x.kind === 'MEETING_SUPPORT')) {
    const at = r.meetingAt ?? new Date(0);
    const span = { startsAt: at, endsAt: new Date(at.getTime() + MEETING_MINUTES * 60_000) };
    if (taken.some((t) => overlaps(t, span))) unplaced.push({ requestId: r.id, code: 'FLYING_WORKER_BUSY', reason: UNPLACED_REASONS.FLYING_WORKER_BUSY });
    else place(r.id, span);
  }

  const controls = applyQuota(sorted.filter((x) => x.kind === 'HELPER_CONTROL'), R8_MAX_CONTROLS, R8_CONTROLS_PER_SECTOR, false, { month: 'R8_MONTHLY_CONTROLS', sector: 'R8_SECTOR_CONTROLS' });
  const revisionAsked = sorted.filter((x) => x.kind === 'REVISION');
  for (const r of revisionAsked.filter((x) => x.beneficiaryId && facts.revisitedLastYear.has(x.beneficiaryId))) {
    unplaced.push({ requestId: r.id, code: 'R9_REVISITED_LAST_YEAR', reason: UNPLACED_REASONS.R9_REVISITED_LAST_YEAR });
  }
  const revisions = applyQuota(
    revisionAsked.filter((x) => !(x.beneficiaryId && facts.revisitedLastYear.has(x.beneficiaryId))),
    R7_MAX_REVISIONS,
    R7_REVISIONS_PER_SECTOR,
    true,
    { month: 'R7_MONTHLY_REVISIONS', sector: 'R7_SECTOR_REVISIONS' },
  );
  unplaced.push(...controls.refused, ...revisions.refused);

  // Spread the visits: each goes to the least loaded working day, earliest free slot.
  const slots = visitSlots(facts.month);
  const toPlace = [...sorted.filter((x) => x.kind === 'ACCOMPANIMENT' && x.urgent), ...controls.kept, ...revisions.kept, ...sorted.filter((x) => x.kind === 'ACCOMPANIMENT' && !x.urgent)];
  for (const r of toPlace) {
    const free = slots.filter((s) => !taken.some((t) => overlaps(t, s)));
    if (!free.length) {
      unplaced.push({ requestId: r.id, code: 'NO_FREE_SLOT', reason: UNPLACED_REASONS.NO_FREE_SLOT });
      continue;
    }
    const load = (s: Span) => perDay.get(dayKey(s.startsAt)) ?? 0;
    const best = free.reduce((a, b) => (load(b) < load(a) ? b : a));
    place(r.id, best);
  }
  items.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return { items, unplaced };
}
