// Coverage gaps: a shift with nobody, or whose holders are away, is an alert (DOMAIN "Permanence").
import type { Span } from '../org/index.js';
import { ALERT_SEVERITIES, SHIFT_KINDS, type Severity, type ShiftKind } from '../../shared/vocabulary/permanence.js';
export { ALERT_SEVERITIES, SHIFT_KINDS, type Severity, type ShiftKind };


export interface ShiftCoverage {
  id: string;
  kind: ShiftKind;
  startsAt: Date;
  endsAt: Date;
  /** Who holds it: both members of a binôme, one person, or nobody. */
  holders: { staffId: string; fullName: string }[];
}

export interface AbsenceSpan extends Span {
  staffId: string;
}

export interface CoverageGap extends Span {
  causeKey: string;
  shiftId: string;
  severity: Severity;
  message: string;
}

/** Nobody on a week-end is critical: there is no office to fall back on. */
export function uncoveredSeverity(kind: ShiftKind): Severity {
  return kind === 'WEEKEND' ? 'CRITICAL' : 'HIGH';
}

function clip(spans: Span[], within: Span): Span[] {
  const out = spans
    .map((s) => ({ startsAt: s.startsAt > within.startsAt ? s.startsAt : within.startsAt, endsAt: s.endsAt < within.endsAt ? s.endsAt : within.endsAt }))
    .filter((s) => s.startsAt < s.endsAt)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const merged: Span[] = [];
  for (const s of out) {
    const last = merged.at(-1);
    if (last && s.startsAt <= last.endsAt) {
      if (s.endsAt > last.endsAt) last.endsAt = s.endsAt;
    } else merged.push({ ...s });
  }
  return merged;
}

function intersect(a: Span[], b: Span[]): Span[] {
  const out: Span[] = [];
  for (const x of a)
    for (const y of b) {
      const startsAt = x.startsAt > y.startsAt ? x.startsAt : y.startsAt;
      const endsAt = x.endsAt < y.endsAt ? x.endsAt : y.endsAt;
      if (startsAt < endsAt) out.push({ startsAt, endsAt });
    }
  return out;
}

const fmt = (d: Date) => d.toISOString();

export const GAP_CAUSES = ['NOBODY', 'ALL_AWAY', 'ONE_AWAY'] as const;
export type GapCause = (typeof GAP_CAUSES)[number];

/** Reads back what a gap's cause key says, so clients can word the alert in their own language. */
export function gapCause(causeKey: string): { cause: GapCause; awayStaffId: string | null } | null {
  const [prefix, , staffId] = causeKey.split(':');
  if (prefix === 'nobody') return { cause: 'NOBODY', awayStaffId: null };
  if (prefix === 'all-away') return { cause: 'ALL_AWAY', awayStaffId: null };
  if (prefix === 'one-away' && staffId) return { cause: 'ONE_AWAY', awayStaffId: staffId };
  return null;
}

export function isCoverageGap(shift: ShiftCoverage, absences: AbsenceSpan[]): boolean {
  return coverageGaps(shift, absences).some((g) => g.severity !== 'WARNING');
}

/** Every gap of one shift: nobody at all, everybody away, or one member of a binôme away. */
export function coverageGaps(shift: ShiftCoverage, absences: AbsenceSpan[]): CoverageGap[] {
  const severity = uncoveredSeverity(shift.kind);
  const label = shift.kind === 'WEEKEND' ? 'Week-end permanence' : 'Weekday permanence';
  if (shift.holders.length === 0) {
    return [
      {
        causeKey: `nobody:${shift.id}`,
        shiftId: shift.id,
        severity,
        startsAt: shift.startsAt,
        endsAt: shift.endsAt,
        message: `${label} has nobody on call.`,
      },
    ];
  }
  const awayByHolder = shift.holders.map((h) => ({
    holder: h,
    away: clip(absences.filter((a) => a.staffId === h.staffId), shift),
  }));
  const gaps: CoverageGap[] = [];
  const allAway = awayByHolder.map((h) => h.away).reduce((acc, spans) => intersect(acc, spans));
  for (const span of clip(allAway, shift)) {
    const names = shift.holders.map((h) => h.fullName).join(' and ');
    gaps.push({
      causeKey: `all-away:${shift.id}:${fmt(span.startsAt)}:${fmt(span.endsAt)}`,
      shiftId: shift.id,
      severity,
      ...span,
      message: `${label}: ${names} ${shift.holders.length > 1 ? 'are' : 'is'} away, nobody is on call.`,
    });
  }
  if (shift.holders.length > 1) {
    for (const { holder, away } of awayByHolder) {
      for (const span of away) {
        // Where everyone is away the gap above already says it.
        if (allAway.some((g) => g.startsAt <= span.startsAt && span.endsAt <= g.endsAt)) continue;
        const others = shift.holders.filter((h) => h.staffId !== holder.staffId).map((h) => h.fullName).join(', ');
        gaps.push({
          causeKey: `one-away:${shift.id}:${holder.staffId}:${fmt(span.startsAt)}:${fmt(span.endsAt)}`,
          shiftId: shift.id,
          severity: 'WARNING',
          ...span,
          message: `${label}: ${holder.fullName} is away; ${others} holds it alone.`,
        });
      }
    }
  }
  return gaps;
}
