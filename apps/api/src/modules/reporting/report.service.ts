// The reports: each checks its period, runs its SQL (reads only, no transaction) and maps the rows.
// Who may ask is decided by @Authorized and, for reporting tokens, by reporting.gate.ts.
import type { UnitOfWork } from '../../db/unit-of-work.js';
import { BadInput } from '../../shared/outcome.js';
import { spread } from '../permanence/index.js';
import { dayBounds, localDay } from '../../time/service-time.js';
import type { ActivityRepository } from './activity.repository.js';
import type { CaseloadReportRepository } from './caseload-report.repository.js';
import type { ConflictsReportRepository } from './conflicts-report.repository.js';
import type { HoursRepository } from './hours.repository.js';
import type { MonthFigures, MonthFiguresRepository } from './month-figures.repository.js';
import type { PermanenceReportRepository } from './permanence-report.repository.js';
import type { Period } from './report.period.js';
import * as m from './report.mappers.js';
import { monthsOf, monthsOver, periodError, spanDays, WEEK_HOURS_FULL_TIME, wholeMonths } from './report.rules.js';
import type { SatisfactionReportRepository } from './satisfaction-report.repository.js';
import { SATISFACTION_MIN_GROUP, satisfactionMonths } from './satisfaction-report.rules.js';
import type { SectorNamesRepository } from './sectors.repository.js';
import { groupSmallCancellations, withholdSmallUrgent, type Audience } from './small-counts.rules.js';

export type ReportRepositories = {
  activity: ActivityRepository;
  hours: HoursRepository;
  caseload: CaseloadReportRepository;
  permanence: PermanenceReportRepository;
  conflicts: ConflictsReportRepository;
  sectors: SectorNamesRepository;
  satisfaction: SatisfactionReportRepository;
  monthFigures: MonthFiguresRepository;
};

/** The planning module's monthly report, as this module reads it (a port wired by the composition root). */
export interface PlanningReportPort {
  report(month: string): Promise<{
    sectors: { sectorDbId: string; revisions: number; revisionQuota: number; controls: number; controlQuota: number; accompaniments: number; meetingSupports: number; unplaced: number }[];
    plannings: { unplaced: { code: string }[] }[];
  }>;
}

const forTool = <T>(audience: Audience, rows: T[], protect: (rows: T[]) => T[]) => (audience === 'tool' ? protect(rows) : rows);

/** A period of local days, with the instants it starts and ends and what it is measured at. */
function measured(from: string, to: string, now: Date): Period {
  const fromAt = dayBounds(from).from;
  const toAt = dayBounds(from, spanDays(from, to)).to;
  const asOf = now < toAt ? now : toAt;
  return { from, to, fromAt: fromAt.toISOString(), toAt: toAt.toISOString(), asOf: asOf.toISOString(), asOfDay: localDay(asOf) };
}

export class ReportService {
  constructor(
    private readonly uow: UnitOfWork<ReportRepositories>,
    private readonly planning: PlanningReportPort,
  ) {}

  /**
   * The period of a report, widened to whole months, and the part of it already over (what small-count
   * figures are read from for a reporting tool): BAD_USER_INPUT naming `from` or `to` when it is not one.
   */
  period(asked: string, askedTo: string, now: Date): { p: Period; over: Period | null; shown: { from: string; to: string; lastMonthOver: string | null } } {
    const err = periodError(asked, askedTo);
    if (err) throw new BadInput(err.field, err.message, err.code);
    const whole = wholeMonths(asked, askedTo);
    const p = measured(whole.from, whole.to, now);
    const done = monthsOver(whole, localDay(now));
    return { p, over: done && measured(done.from, done.to, now), shown: { ...whole, lastMonthOver: done?.lastMonth ?? null } };
  }

  /**
   * The months a report's figures are read over: the whole period for direction; for a reporting tool the
   * months already over only, in every report (null when none is): the month under way moves with each
   * cancellation or suspension, and two days' answers would differ by one family's figures (issue 13).
   */
  scope(from: string, to: string, now: Date, audience: Audience): { p: Period | null; shown: { from: string; to: string; lastMonthOver: string | null } } {
    const { p, over, shown } = this.period(from, to, now);
    return { p: audience === 'tool' ? over : p, shown };
  }

  /**
   * The figures of a report over `p`: for direction computed now; for a reporting tool month by month, each
   * month's as the tools were first given it once over (kept in reporting_month_figures, computed then as
   * the month stood at its end): a visit or schedule entry written later with a date in that month moves
   * direction's figures, never those already sent to a funder (issue 13).
   */
  private async figures<T extends MonthFigures>(report: string, p: Period | null, now: Date, audience: Audience, compute: (p: Period) => Promise<T>): Promise<T | null> {
    if (!p) return null;
    if (audience !== 'tool') return compute(p);
    const { monthFigures } = this.uow.read;
    const months = monthsOf(p.from, p.to);
    const kept = await monthFigures.read(report, months);
    const missing = months.filter((month) => !kept.has(month));
    for (const month of missing) {
      const whole = wholeMonths(`${month}-01`, `${month}-01`);
      await monthFigures.keep(report, month, await compute(measured(whole.from, whole.to, now)), now);
    }
    for (const [month, f] of await monthFigures.read(report, missing)) kept.set(month, f);
    const out: MonthFigures = {};
    for (const month of months) for (const [name, rows] of Object.entries(kept.get(month) ?? {})) (out[name] ??= []).push(...rows);
    return out as T;
  }

  /**
   * Before a write dated at these instants (a schedule entry or a visit created, moved, cancelled, done),
   * in its transaction: the months among them already over are kept as they stand, if no token has asked
   * for them yet, so that the write moves direction's figures and never what tools are given.
   */
  async keepMonthsOver(instants: Date[], now: Date): Promise<void> {
    const current = localDay(now).slice(0, 7);
    const over = [...new Set(instants.map((at) => localDay(at).slice(0, 7)))].filter((month) => month < current).sort();
    for (const month of over) {
      const whole = wholeMonths(`${month}-01`, `${month}-01`);
      // Each report keeps the month only if it is not kept yet (figures()); kept ones are read, not recomputed.
      for (const name of ['activity', 'hours', 'caseload', 'conflicts'] as const) await this[name](whole.from, whole.to, now, 'tool');
    }
  }

  async activity(from: string, to: string, now: Date, audience: Audience = 'direction') {
    const { p, shown } = this.scope(from, to, now, audience);
    const { activity } = this.uow.read;
    const f = await this.figures('activity', p, now, audience, async (q) => {
      const [visits, fileChecks, evaluations] = await Promise.all([activity.visits(q), activity.fileChecks(q), activity.evaluations(q)]);
      return { visits, fileChecks, evaluations };
    });
    const { visits = [], fileChecks = [], evaluations = [] } = f ?? {};
    return { from, to, period: shown, visits: visits.map(m.toVisitFigure), fileChecks: fileChecks.map(m.toFileCheckFigure), evaluations: evaluations.map(m.toEvaluationFigure) };
  }

  /**
   * `audience`: a reporting tool gets the months over only, each as it stood when it closed (changes
   * recorded later, such as a late cancellation, are not seen), and the cancellations by reason with their
   * small counts grouped (small-counts.rules.ts); direction gets every month whole, as it stands now.
   */
  async hours(from: string, to: string, now: Date, audience: Audience = 'direction') {
    const { p, shown } = this.scope(from, to, now, audience);
    const { hours } = this.uow.read;
    const frozen = audience === 'tool';
    const f = await this.figures('hours', p, now, audience, async (q) => {
      const [help, cancellations, utilisation] = await Promise.all([hours.help(q, frozen), hours.cancelled(q, frozen), hours.utilisation(q, WEEK_HOURS_FULL_TIME, frozen)]);
      return { help, cancellations, utilisation };
    });
    const { help = [], cancellations = [], utilisation = [] } = f ?? {};
    return { from, to, period: shown, help: help.map(m.toHelpHoursFigure), cancellations: forTool(audience, cancellations.map(m.toCancelledHoursFigure), groupSmallCancellations), utilisation: utilisation.map(m.toUtilisationFigure) };
  }

  /**
   * `audience`: a reporting tool gets the urgent situations of the months over only, each month measured
   * at its own end, and the waits of small groups withheld (small-counts.rules.ts); direction gets them whole.
   */
  async caseload(from: string, to: string, now: Date, audience: Audience = 'direction') {
    const { p, shown } = this.scope(from, to, now, audience);
    const { caseload } = this.uow.read;
    const f = await this.figures('caseload', p, now, audience, async (q) => {
      const [socialWorkers, urgent] = await Promise.all([caseload.socialWorkers(q), caseload.urgent(q, audience === 'tool' ? 'month-end' : 'as-of')]);
      return { socialWorkers, urgent };
    });
    const { socialWorkers = [], urgent = [] } = f ?? {};
    return { from, to, period: shown, socialWorkers: socialWorkers.map(m.toCaseloadFigure), urgent: forTool(audience, urgent.map(m.toUrgentFigure), withholdSmallUrgent) };
  }

  async permanence(from: string, to: string, now: Date, audience: Audience = 'direction') {
    const { p, shown } = this.scope(from, to, now, audience);
    const { permanence } = this.uow.read;
    const [onCall, weekendLoad, replacements, gaps] = p ? await Promise.all([permanence.onCall(p), permanence.weekendLoad(p), permanence.replacements(p), permanence.gaps(p)]) : [[], [], [], []];
    // One definition of the fairness figure with permanenceLoad (issue 12): the permanence module's spread.
    const fairness = spread(weekendLoad.map((r) => Number(r.weekend_hours)));
    return {
      from,
      to,
      period: shown,
      onCall: onCall.map(m.toOnCallFigure),
      weekendLoad: weekendLoad.map(m.toWeekendLoadFigure),
      weekendFairness: {
        people: fairness.people,
        meanHours: fairness.mean,
        stdDevHours: fairness.stdDev,
        coefficientOfVariation: fairness.coefficientOfVariation,
        minHours: fairness.min,
        maxHours: fairness.max,
      },
      replacements,
      coverageGaps: gaps.map(m.toCoverageGapFigure),
    };
  }

  async conflicts(from: string, to: string, now: Date, audience: Audience = 'direction') {
    const { p, shown } = this.scope(from, to, now, audience);
    const f = await this.figures('conflicts', p, now, audience, async (q) => ({ conflicts: await this.uow.read.conflicts.conflicts(q) }));
    return { from, to, period: shown, conflicts: (f?.conflicts ?? []).map(m.toConflictFigure) };
  }

  /** R7/R8 per month: the planning module's own monthly report, one per month the period touches. */
  async planningQuota(from: string, to: string, now: Date, audience: Audience = 'direction') {
    const { p, shown } = this.scope(from, to, now, audience);
    const [sectors, reports] = await Promise.all([this.uow.read.sectors.all(), Promise.all((p ? monthsOf(p.from, p.to) : []).map(async (month) => ({ month, report: await this.planning.report(month) })))]);
    const byId = new Map(sectors.map((s) => [s.id, s]));
    const rows = reports.flatMap(({ month, report }) =>
      report.sectors.flatMap((q) => {
        const s = byId.get(q.sectorDbId);
        if (!s) return [];
        const { revisions, revisionQuota, controls, controlQuota, accompaniments, meetingSupports, unplaced } = q;
        return [{ month, sectorCode: s.code, sectorName: s.name, revisions, revisionQuota, controls, controlQuota, accompaniments, meetingSupports, leftOut: unplaced }];
      }),
    );
    const leftOut = reports.flatMap(({ month, report }) => {
      const counts = new Map<string, number>();
      for (const u of report.plannings.flatMap((pl) => pl.unplaced)) counts.set(u.code, (counts.get(u.code) ?? 0) + 1);
      return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([code, requests]) => ({ month, code, requests }));
    });
    return { from, to, period: shown, sectors: rows.sort((a, b) => a.month.localeCompare(b.month) || a.sectorCode.localeCompare(b.sectorCode)), leftOut };
  }

  /**
   * R7/R8: the beneficiaries' satisfaction by month, sector and domain; small groups withheld. Direction
   * also gets the current month up to today, flagged partial; a reporting tool the months over only
   * (as its other small counts): a partial month's figures move from day to day, and two days' reports
   * could be subtracted.
   */
  async satisfaction(from: string, to: string, now: Date, audience: Audience = 'direction') {
    const { shown } = this.period(from, to, now);
    const months = satisfactionMonths(from, to, now, { currentMonth: audience === 'direction' });
    const lowScoreAtMost = await this.uow.read.satisfaction.lowScoreAtMost();
    const rows = months ? await this.uow.read.satisfaction.scores(months, lowScoreAtMost) : [];
    const partialMonth = months?.partialUntil ? months.lastMonth : null;
    return {
      from, to, period: shown, firstMonth: months?.firstMonth ?? null, lastMonth: months?.lastMonth ?? null, partialUntil: months?.partialUntil ?? null,
      minGroupSize: SATISFACTION_MIN_GROUP, lowScoreAtMost, figures: rows.map((r) => ({ ...m.toSatisfactionFigure(r), partial: r.month === partialMonth })),
    };
  }
}
