// What of the beneficiaries' satisfaction a report may show without singling anybody out. Pure: the
// clock comes in as a parameter.
import { dayBounds, localDay } from '../../time/service-time.js';

/** A domain's figures are shown only when at least this many beneficiaries answered it in the month and sector. */
export const SATISFACTION_MIN_GROUP = 3;

const nextMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

/**
 * The whole months a satisfaction report covers: those the period touches that are over at `now`
 * (local time). A month's figures never change once shown, and no day-by-day or day-after-day
 * difference of two reports isolates one beneficiary's answers. Null when no such month.
 */
export function satisfactionMonths(from: string, to: string, now: Date): { firstMonth: string; lastMonth: string; fromAt: string; toAt: string } | null {
  const firstMonth = from.slice(0, 7);
  const current = localDay(now).slice(0, 7);
  const afterTo = nextMonth(to.slice(0, 7));
  const end = afterTo < current ? afterTo : current;
  if (end <= firstMonth) return null;
  const [y, m] = end.split('-').map(Number);
  const lastMonth = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  return { firstMonth, lastMonth, fromAt: dayBounds(`${firstMonth}-01`).from.toISOString(), toAt: dayBounds(`${end}-01`).from.toISOString() };
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
