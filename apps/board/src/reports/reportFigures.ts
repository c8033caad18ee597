// The "Rapports" page's figures from the API's reports: the month's numbers per sector, the year's
// trend and the week-end load. Pure: the report in, plain series out (charts and tables read these).
import type { BoardReportsQuery } from '@relais/schema';

export interface SectorMonth {
  sector: string;
  visitsDone: number;
  visitsByKind: Record<string, number>;
  agreedHours: number;
  plannedHours: number;
  doneHours: number;
}

export const VISIT_KINDS = ['NEW_REQUEST', 'REVISION', 'HELPER_CONTROL', 'ACCOMPANIMENT'] as const;

const round = (x: number) => Math.round(x * 100) / 100;

/** The 12 months ending with `month` (YYYY-MM), and the period's first and last day. */
export function yearEnding(month: string): { months: string[]; from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  const months = Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 12 + i, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  });
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { months, from: `${months[0]}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** Per sector for one month: visits done (by kind) and hours agreed, planned, done. */
export function sectorMonth(r: BoardReportsQuery, month: string): SectorMonth[] {
  const bySector = new Map<string, SectorMonth>();
  const at = (sector: string) => {
    let s = bySector.get(sector);
    if (!s) bySector.set(sector, (s = { sector, visitsDone: 0, visitsByKind: Object.fromEntries(VISIT_KINDS.map((k) => [k, 0])), agreedHours: 0, plannedHours: 0, doneHours: 0 }));
    return s;
  };
  for (const v of r.activityReport.visits) {
    if (v.month !== month || v.status !== 'DONE') continue;
    const s = at(v.sectorCode);
    s.visitsDone += v.visits;
    s.visitsByKind[v.kind] = (s.visitsByKind[v.kind] ?? 0) + v.visits;
  }
  for (const h of r.hoursReport.help) {
    if (h.month !== month) continue;
    const s = at(h.sectorCode);
    s.agreedHours = round(s.agreedHours + h.agreedHours);
    s.plannedHours = round(s.plannedHours + h.plannedHours);
    s.doneHours = round(s.doneHours + h.doneHours);
  }
  return [...bySector.values()].sort((a, b) => a.sector.localeCompare(b.sector));
}

/** Per month of the year: hours agreed, planned and done, and visits done, all sectors together. */
export function yearTrend(r: BoardReportsQuery, months: string[]) {
  const sum = <T>(rows: readonly T[], month: string, pick: (x: T) => number, has: (x: T) => boolean) => round(rows.filter(has).reduce((n, x) => n + pick(x), 0));
  return months.map((month) => ({
    month,
    agreedHours: sum(r.hoursReport.help, month, (h) => h.agreedHours, (h) => h.month === month),
    plannedHours: sum(r.hoursReport.help, month, (h) => h.plannedHours, (h) => h.month === month),
    doneHours: sum(r.hoursReport.help, month, (h) => h.doneHours, (h) => h.month === month),
    visitsDone: sum(r.activityReport.visits, month, (v) => v.visits, (v) => v.month === month && v.status === 'DONE'),
  }));
}

export const SATISFACTION_DOMAINS = ['PUNCTUALITY', 'QUALITY_OF_HELP', 'RELATIONSHIP_WITH_HELPER', 'COMMUNICATION_WITH_SERVICE'] as const;

export interface SatisfactionRow {
  sector: string;
  checks: number;
  /** Per domain: the mean score (1–5), or null when withheld (too few answers to show without pointing at someone). */
  domains: Record<string, { meanScore: number | null; answers: number; withheld: boolean }>;
}

const previousMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

/** The beneficiaries' satisfaction of the report's last month over (not the current, partial one), per sector and domain. */
export function satisfactionTable(r: BoardReportsQuery): { month: string | null; minGroupSize: number; rows: SatisfactionRow[] } {
  const { firstMonth, partialUntil, minGroupSize, figures } = r.satisfactionReport;
  const candidate = r.satisfactionReport.lastMonth && partialUntil ? previousMonth(r.satisfactionReport.lastMonth) : r.satisfactionReport.lastMonth;
  const lastMonth = candidate && firstMonth && candidate >= firstMonth ? candidate : null;
  const bySector = new Map<string, SatisfactionRow>();
  for (const f of figures) {
    if (f.month !== lastMonth) continue;
    let row = bySector.get(f.sectorCode);
    if (!row) bySector.set(f.sectorCode, (row = { sector: f.sectorCode, checks: f.checks, domains: {} }));
    row.domains[f.domain] = { meanScore: f.meanScore ?? null, answers: f.answers, withheld: f.withheld };
  }
  return { month: lastMonth ?? null, minGroupSize, rows: [...bySector.values()].sort((a, b) => a.sector.localeCompare(b.sector)) };
}
