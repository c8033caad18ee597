// The reports as CSV for Excel as Belgian offices open it: UTF-8 with a BOM, `;` between fields,
// a decimal comma, a header row, one row per group. Pure: figures in, text out.
import type { ReportService } from './report.service.js';

type Cell = string | number | null;
type Figures<K extends keyof ReportService> = Awaited<ReturnType<ReportService[K]>>;

const BOM = '\uFEFF';

function cell(v: Cell): string {
  if (v === null) return '';
  const text = typeof v === 'number' ? String(v).replace('.', ',') : v;
  // A field starting with = + - @ would be run as a formula by Excel: quote it with a leading apostrophe.
  const safe = typeof v === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return BOM + [header, ...rows].map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
}

const VISIT_KINDS = ['NEW_REQUEST', 'REVISION', 'HELPER_CONTROL', 'ACCOMPANIMENT'];
const VISIT_STATUSES = ['PLANNED', 'DONE', 'CANCELLED'];

/** activity.csv: one row per month and sector; visits by kind and status, R3 checks, R1 evaluations. */
export function activityCsv(r: Figures<'activity'>): string {
  const groups = new Map<string, { month: string; sectorCode: string; sectorName: string; n: Map<string, number> }>();
  const group = (f: { month: string; sectorCode: string | null; sectorName: string | null }) => {
    const key = `${f.month} ${f.sectorCode}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { month: f.month, sectorCode: f.sectorCode ?? '', sectorName: f.sectorName ?? '', n: new Map() }));
    return g.n;
  };
  const add = (n: Map<string, number>, k: string, v: number) => n.set(k, (n.get(k) ?? 0) + v);
  for (const v of r.visits) {
    const n = group(v);
    add(n, v.kind, v.visits);
    add(n, v.status, v.visits);
  }
  for (const f of r.fileChecks) Object.entries({ checksDone: f.done, checksPending: f.pending }).forEach(([k, v]) => add(group(f), k, v));
  for (const e of r.evaluations) Object.entries({ onTime: e.onTime, late: e.late, overdue: e.overdue }).forEach(([k, v]) => add(group(e), k, v));
  const cols = [...VISIT_KINDS, ...VISIT_STATUSES, 'checksDone', 'checksPending', 'onTime', 'late', 'overdue'];
  const rows = [...groups.values()].sort((a, b) => a.month.localeCompare(b.month) || a.sectorCode.localeCompare(b.sectorCode));
  return toCsv(
    ['month', 'sector', 'sector_name', 'visits_new_request', 'visits_revision', 'visits_helper_control', 'visits_accompaniment', 'visits_planned', 'visits_done', 'visits_cancelled',
      'file_checks_done', 'file_checks_pending', 'evaluations_on_time', 'evaluations_late', 'evaluations_overdue'],
    rows.map((g) => [g.month, g.sectorCode, g.sectorName, ...cols.map((c) => g.n.get(c) ?? 0)]),
  );
}

/** hours.csv: one row per month, sector and help kind. */
export const hoursCsv = (r: Figures<'hours'>) =>
  toCsv(
    ['month', 'sector', 'sector_name', 'help_kind', 'agreed_hours', 'planned_hours', 'done_hours', 'cancelled_hours'],
    r.help.map((h) => [h.month, h.sectorCode, h.sectorName, h.helpKind, h.agreedHours, h.plannedHours, h.doneHours, h.cancelledHours]),
  );

/** permanence.csv: one row per month and person on call. */
export const permanenceCsv = (r: Figures<'permanence'>) =>
  toCsv(['month', 'person', 'sector', 'weekday_hours', 'weekend_hours'], r.onCall.map((o) => [o.month, o.person, o.sectorCode, o.weekdayHours, o.weekendHours]));

/** caseload.csv: one row per month and sector social worker. */
export const caseloadCsv = (r: Figures<'caseload'>) =>
  toCsv(
    ['month', 'sector', 'social_worker', 'fte', 'open_case_files', 'active_case_files', 'active_per_fte', 'target_per_fte', 'load_ratio'],
    r.socialWorkers.map((c) => [c.month, c.sectorCode, c.socialWorker, c.fte, c.openCaseFiles, c.activeCaseFiles, c.activePerFte, c.targetPerFte, c.loadRatio]),
  );

/** conflicts.csv: one row per month, sector and rule. */
export const conflictsCsv = (r: Figures<'conflicts'>) =>
  toCsv(
    ['month', 'sector', 'rule', 'opened', 'resolved', 'still_open', 'mean_hours_to_resolve', 'median_hours_to_resolve', 'max_hours_to_resolve'],
    r.conflicts.map((c) => [c.month, c.sectorCode, c.rule, c.opened, c.resolved, c.stillOpen, c.meanHoursToResolve, c.medianHoursToResolve, c.maxHoursToResolve]),
  );

/** satisfaction.csv: one row per month, sector and domain; withheld figures are empty. */
export const satisfactionCsv = (r: Figures<'satisfaction'>) =>
  toCsv(
    ['month', 'sector', 'sector_name', 'domain', 'checks', 'answers', 'mean_score', 'satisfied', 'dissatisfied', 'withheld', 'partial'],
    r.figures.map((f) => [f.month, f.sectorCode, f.sectorName, f.domain, f.checks, f.answers, f.meanScore, f.satisfied, f.dissatisfied, f.withheld ? 'yes' : 'no', f.partial ? 'yes' : 'no']),
  );

export const CSV_REPORTS = {
  activity: (s: ReportService, from: string, to: string, now: Date) => s.activity(from, to, now).then(activityCsv),
  hours: (s: ReportService, from: string, to: string, now: Date) => s.hours(from, to, now).then(hoursCsv),
  permanence: (s: ReportService, from: string, to: string, now: Date) => s.permanence(from, to, now).then(permanenceCsv),
  caseload: (s: ReportService, from: string, to: string, now: Date) => s.caseload(from, to, now).then(caseloadCsv),
  conflicts: (s: ReportService, from: string, to: string, now: Date) => s.conflicts(from, to, now).then(conflictsCsv),
  satisfaction: (s: ReportService, from: string, to: string, now: Date) => s.satisfaction(from, to, now).then(satisfactionCsv),
} as const;
