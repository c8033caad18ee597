// The reports as CSV for Excel as Belgian offices open it: UTF-8 with a BOM, `;` between fields,
// a decimal comma, a header row, one row per group. Pure: figures in, text out.
import type { ReportService } from './report.service.js';
import type { Audience } from './small-counts.rules.js';

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
    ['month', 'sector', 'sector_name', 'help_kind', 'agreed_hours', 'suspended_hours', 'planned_hours', 'done_hours', 'cancelled_hours'],
    r.help.map((h) => [h.month, h.sectorCode, h.sectorName, h.helpKind, h.agreedHours, h.suspendedHours, h.plannedHours, h.doneHours, h.cancelledHours]),
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
    ['month', 'sector', 'sector_name', 'domain', 'checks', 'answers', 'beneficiaries', 'mean_score', 'satisfied', 'dissatisfied', 'withheld', 'partial'],
    r.figures.map((f) => [f.month, f.sectorCode, f.sectorName, f.domain, f.checks, f.answers, f.beneficiaries, f.meanScore, f.satisfied, f.dissatisfied, f.withheld ? 'yes' : 'no', f.partial ? 'yes' : 'no']),
  );

/** cancellations.csv: one row per month, sector, help kind and reason (hoursReport.cancellations, same small-count rules). */
export const cancellationsCsv = (r: Figures<'hours'>) =>
  toCsv(['month', 'sector', 'sector_name', 'help_kind', 'reason', 'visits', 'hours'], r.cancellations.map((c) => [c.month, c.sectorCode, c.sectorName, c.helpKind, c.reason, c.visits, c.hours]));

/** utilisation.csv: one row per month, sector and helper role. */
export const utilisationCsv = (r: Figures<'hours'>) =>
  toCsv(
    ['month', 'sector', 'sector_name', 'helper_role', 'helpers', 'contract_hours', 'planned_hours', 'done_hours', 'utilisation', 'helpers_over_contract'],
    r.utilisation.map((u) => [u.month, u.sectorCode, u.sectorName, u.helperRole, u.helpers, u.contractHours, u.plannedHours, u.doneHours, u.utilisation, u.helpersOverContract]),
  );

/** permanence-load.csv: one row per person, the week-end load over the whole period. */
export const permanenceLoadCsv = (r: Figures<'permanence'>) =>
  toCsv(['person', 'sector', 'weekend_shifts', 'weekend_hours'], r.weekendLoad.map((w) => [w.person, w.sectorCode, w.weekendShifts, w.weekendHours]));

/** weekend-fairness.csv: one row, the spread of that load. */
export const weekendFairnessCsv = ({ weekendFairness: f }: Figures<'permanence'>) =>
  toCsv(['people', 'mean_hours', 'std_dev_hours', 'coefficient_of_variation', 'min_hours', 'max_hours'], [[f.people, f.meanHours, f.stdDevHours, f.coefficientOfVariation, f.minHours, f.maxHours]]);

/** replacements.csv: one row per month and kind (R13). */
export const replacementsCsv = (r: Figures<'permanence'>) => toCsv(['month', 'kind', 'replacements'], r.replacements.map((x) => [x.month, x.kind, x.replacements]));

/** gaps.csv: coverage gaps, one row per month and severity. */
export const gapsCsv = (r: Figures<'permanence'>) =>
  toCsv(
    ['month', 'severity', 'gaps', 'gap_hours', 'resolved', 'still_open', 'mean_hours_open', 'max_hours_open'],
    r.coverageGaps.map((g) => [g.month, g.severity, g.gaps, g.gapHours, g.resolved, g.stillOpen, g.meanHoursOpen, g.maxHoursOpen]),
  );

/** urgent.csv: urgent situations, one row per month and sector (caseloadReport.urgent, same small-count rules). */
export const urgentCsv = (r: Figures<'caseload'>) =>
  toCsv(
    ['month', 'sector', 'sector_name', 'urgent_cases', 'acted', 'acted_same_day', 'waiting', 'median_hours_to_action', 'max_hours_to_action'],
    r.urgent.map((u) => [u.month, u.sectorCode, u.sectorName, u.urgentCases, u.acted, u.actedSameDay, u.waiting, u.medianHoursToAction, u.maxHoursToAction]),
  );

type Build = (s: ReportService, from: string, to: string, now: Date, audience: Audience) => Promise<string>;

/** Every CSV by name; a reporting token's audience gets the same rules as over GraphQL (months over only, small counts grouped). */
export const CSV_REPORTS: Record<string, Build> = {
  activity: (s, from, to, now, a) => s.activity(from, to, now, a).then(activityCsv),
  hours: (s, from, to, now, a) => s.hours(from, to, now, a).then(hoursCsv),
  cancellations: (s, from, to, now, a) => s.hours(from, to, now, a).then(cancellationsCsv),
  utilisation: (s, from, to, now, a) => s.hours(from, to, now, a).then(utilisationCsv),
  permanence: (s, from, to, now, a) => s.permanence(from, to, now, a).then(permanenceCsv),
  'permanence-load': (s, from, to, now, a) => s.permanence(from, to, now, a).then(permanenceLoadCsv),
  'weekend-fairness': (s, from, to, now, a) => s.permanence(from, to, now, a).then(weekendFairnessCsv),
  replacements: (s, from, to, now, a) => s.permanence(from, to, now, a).then(replacementsCsv),
  gaps: (s, from, to, now, a) => s.permanence(from, to, now, a).then(gapsCsv),
  caseload: (s, from, to, now, a) => s.caseload(from, to, now, a).then(caseloadCsv),
  urgent: (s, from, to, now, a) => s.caseload(from, to, now, a).then(urgentCsv),
  conflicts: (s, from, to, now, a) => s.conflicts(from, to, now, a).then(conflictsCsv),
  satisfaction: (s, from, to, now, a) => s.satisfaction(from, to, now, a).then(satisfactionCsv),
};
