// Small counts for reporting tools: a figure about fewer than three beneficiaries in one sector and
// month can point at a person (one visit cancelled because "the beneficiary is in hospital", the hours
// one urgent case waited). Reporting tokens get them grouped or withheld; direction (who may read the
// case files anyway) gets them whole. Pure: rows in, rows out.

/** The fewest beneficiaries' events a figure for a reporting tool stands on (as satisfactionReport's minGroupSize). */
export const SMALL_COUNT = 3;
/** The reason of the row gathering the reasons each under SMALL_COUNT visits in a month, sector and help kind. */
export const GROUPED_REASONS = 'FEW_EACH';

/** Who the figures are for: direction and the social pole head, or a reporting tool's token. */
export type Audience = 'direction' | 'tool';

type Cancellation = { month: string; sectorCode: string | null; helpKind: string; reason: string; visits: number; hours: number };

/**
 * Cancellations by reason: reasons with fewer than SMALL_COUNT visits in a month, sector and help kind
 * are added up into one row whose reason is FEW_EACH; when even that row has fewer than SMALL_COUNT
 * visits it is left out (the help figures' cancelledHours still count those hours, without a reason).
 */
export function groupSmallCancellations<T extends Cancellation>(rows: T[]): T[] {
  const out: T[] = [];
  const small = new Map<string, T>();
  for (const r of rows) {
    if (r.visits >= SMALL_COUNT) {
      out.push(r);
      continue;
    }
    const key = `${r.month}\u0000${r.sectorCode}\u0000${r.helpKind}`;
    const seen = small.get(key);
    small.set(key, seen ? { ...seen, visits: seen.visits + r.visits, hours: Math.round((seen.hours + r.hours) * 100) / 100 } : { ...r, reason: GROUPED_REASONS });
  }
  for (const g of small.values()) if (g.visits >= SMALL_COUNT) out.push(g);
  return out.sort((a, b) => a.month.localeCompare(b.month) || (a.sectorCode ?? '').localeCompare(b.sectorCode ?? '') || a.helpKind.localeCompare(b.helpKind) || a.reason.localeCompare(b.reason));
}

type Urgent = { urgentCases: number; acted: number; medianHoursToAction: number | null; maxHoursToAction: number | null };

/**
 * Urgent situations keep their counts; how long they waited is shown only when at least SMALL_COUNT of
 * them were acted on (the waits are the acted ones': three urgent cases of which one acted on would give
 * that one's wait).
 */
export function withholdSmallUrgent<T extends Urgent>(rows: T[]): T[] {
  return rows.map((r) => (r.urgentCases >= SMALL_COUNT && r.acted >= SMALL_COUNT ? r : { ...r, medianHoursToAction: null, maxHoursToAction: null }));
}
