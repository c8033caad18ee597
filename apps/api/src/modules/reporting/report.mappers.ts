// Rows of the report queries (snake_case, from SQL) to the reports' GraphQL types.
import type { EvaluationRow, FileCheckRow, VisitRow } from './activity.repository.js';
import type { CaseloadRow, UrgentRow } from './caseload-report.repository.js';
import type { ConflictRow } from './conflicts-report.repository.js';
import type { CancelledRow, HelpHoursRow, UtilisationRow } from './hours.repository.js';
import type { GapRow, OnCallRow, WeekendLoadRow } from './permanence-report.repository.js';
import { ACCOMPANIMENTS_PER_FTE } from './report.rules.js';
import type { SatisfactionRow } from './satisfaction-report.repository.js';
import { shownFigures } from './satisfaction-report.rules.js';

const sector = (r: { sector_code: string | null; sector_name?: string | null }) => ({ sectorCode: r.sector_code, sectorName: r.sector_name ?? null });
const num = (x: number | string | null) => (x === null ? null : Number(x));
const round = (x: number, places = 2) => Math.round(x * 10 ** places) / 10 ** places;

export const toVisitFigure = (r: VisitRow) => ({ month: r.month, ...sector(r), socialWorker: r.visitor, socialWorkerRole: r.visitor_role, kind: r.kind, status: r.status, visits: r.visits });
export const toFileCheckFigure = (r: FileCheckRow) => ({ month: r.month, ...sector(r), opened: r.opened, done: r.done, pending: r.pending });
export const toEvaluationFigure = (r: EvaluationRow) => ({ month: r.month, ...sector(r), onTime: r.on_time, late: r.late, overdue: r.overdue });

export const toHelpHoursFigure = (r: HelpHoursRow) => ({ month: r.month, ...sector(r), helpKind: r.help_kind, agreedHours: r.agreed, suspendedHours: r.suspended, plannedHours: r.planned, doneHours: r.done, cancelledHours: r.cancelled });
export const toCancelledHoursFigure = (r: CancelledRow) => ({ month: r.month, ...sector(r), helpKind: r.help_kind, reason: r.reason, visits: r.visits, hours: r.hours });
export const toUtilisationFigure = (r: UtilisationRow) => ({
  month: r.month,
  ...sector(r),
  helperRole: r.helper_role,
  helpers: r.helpers,
  contractHours: r.contract,
  plannedHours: r.planned,
  doneHours: r.done,
  utilisation: r.contract > 0 ? round(r.planned / r.contract, 3) : null,
  helpersOverContract: r.over_contract,
});

export function toCaseloadFigure(r: CaseloadRow) {
  const activePerFte = r.fte > 0 ? round(r.active / r.fte) : 0;
  return { month: r.month, ...sector(r), socialWorker: r.social_worker, fte: r.fte, openCaseFiles: r.open, activeCaseFiles: r.active, activePerFte, targetPerFte: ACCOMPANIMENTS_PER_FTE, loadRatio: round(activePerFte / ACCOMPANIMENTS_PER_FTE, 3) };
}
export const toUrgentFigure = (r: UrgentRow) => ({
  month: r.month,
  ...sector(r),
  urgentCases: r.urgent,
  acted: r.acted,
  actedSameDay: r.same_day,
  waiting: r.waiting,
  medianHoursToAction: num(r.median_hours),
  maxHoursToAction: num(r.max_hours),
});

export const toOnCallFigure = (r: OnCallRow) => ({ month: r.month, person: r.person, sectorCode: r.sector_code, weekdayHours: r.weekday_hours, weekendHours: r.weekend_hours });
export const toWeekendLoadFigure = (r: WeekendLoadRow) => ({ person: r.person, sectorCode: r.sector_code, weekendShifts: r.weekend_shifts, weekendHours: r.weekend_hours });
export const toCoverageGapFigure = (r: GapRow) => ({
  month: r.month,
  severity: r.severity,
  gaps: r.gaps,
  gapHours: r.gap_hours,
  resolved: r.resolved,
  stillOpen: r.still_open,
  meanHoursOpen: num(r.mean_hours_open),
  maxHoursOpen: num(r.max_hours_open),
});

export const toConflictFigure = (r: ConflictRow) => ({
  month: r.month,
  ...sector(r),
  rule: r.rule,
  opened: r.opened,
  resolved: r.resolved,
  stillOpen: r.still_open,
  meanHoursToResolve: num(r.mean_hours),
  medianHoursToResolve: num(r.median_hours),
  maxHoursToResolve: num(r.max_hours),
});

export const toSatisfactionFigure = (r: SatisfactionRow) => ({
  month: r.month,
  sectorCode: r.sector_code,
  sectorName: r.sector_name,
  domain: r.domain,
  checks: r.checks,
  answers: r.answers,
  beneficiaries: r.beneficiaries,
  ...shownFigures({ beneficiaries: r.beneficiaries, mean: num(r.mean), satisfied: r.satisfied, dissatisfied: r.dissatisfied }),
});
