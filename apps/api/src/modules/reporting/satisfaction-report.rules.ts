// What of the beneficiaries' satisfaction a report may show without singling anybody out. Pure: the
// clock comes in as a parameter.
import { dayBounds, localDay } from '../../time/service-time.js';

/** A domain's figures are shown only when at least this many beneficiaries answered it in the month and sector. */
export const SATISFACTION_MIN_GROUP = 3;

const nextMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

const previousMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

/** What a satisfaction report covers: whole months, the current one up to the end of today. */
export interface SatisfactionSpan {
  firstMonth: string;
  lastMonth: string;
  fromAt: string;
  toAt: string;
  /** The local day the current month is counted up to, when the span reaches it (its figures are partial); else null. */
  partialUntil: string | null;
}

/**
 * The months a satisfaction report covers: those the period touches, whole, except the current one
 * (local time), counted up to the end of today and flagged partial: its figures move until it is over.
 * The minimum group still holds for it (shownFigures). Without `currentMonth` (a reporting tool), the
 * months over only. Null when the period starts after the last month covered.
 */
export function satisfactionMonths(from: string, to: string, now: Date, opts: { currentMonth: boolean } = { currentMonth: true }): SatisfactionSpan | null {
  const firstMonth = from.slice(0, 7);
  const today = localDay(now);
  // Without the current month (a reporting tool's report), the last month covered is the last one over.
  const current = opts.currentMonth ? today.slice(0, 7) : previousMonth(today.slice(0, 7));
  if (firstMonth > current) return null;
  const asked = to.slice(0, 7);
  const lastMonth = asked < current ? asked : current;
  const partial = opts.currentMonth && lastMonth === current;
  const toAt = partial ? dayBounds(today).to : dayBounds(`${nextMonth(lastMonth)}-01`).from;
  return { firstMonth, lastMonth, fromAt: dayBounds(`${firstMonth}-01`).from.toISOString(), toAt: toAt.toISOString(), partialUntil: partial ? today : null };
}

export interface DomainCounts {
  /** Distinct beneficiaries who scored the domain: one beneficiary asked twice in a month is one. */
  beneficiaries: number;
  mean: number | null;
  satisfied: number;
  dissatisfied: number;
}

/** A domain's figures as a report shows them: withheld (null) when fewer than the minimum group of beneficiaries answered. */
export function shownFigures(c: DomainCounts): { meanScore: number | null; satisfied: number | null; dissatisfied: number | null; withheld: boolean } {
  if (c.beneficiaries < SATISFACTION_MIN_GROUP || c.mean === null) return { meanScore: null, satisfied: null, dissatisfied: null, withheld: true };
  return { meanScore: Math.round(c.mean * 100) / 100, satisfied: c.satisfied, dissatisfied: c.dissatisfied, withheld: false };
}
