// The reports over GraphQL: one query each, a period in, the figures out. Direction reads them, and
// reporting tools with their token (reporting.gate.ts holds those to the reports).
import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { ActivityReport } from './activity.types.js';
import { CaseloadReport } from './caseload-report.types.js';
import { ConflictsReport, PlanningQuotaReport } from './conflicts-planning.types.js';
import { HoursReport } from './hours.types.js';
import { PermanenceReport } from './permanence-report.types.js';
import { REPORT_READERS, REPORTING } from './reporting-token.rules.js';
import type { Audience } from './small-counts.rules.js';
import type { Context } from '../../graphql/context.js';
import { SatisfactionReport } from './satisfaction-report.types.js';
import type { ReportService } from './report.service.js';

/** A reporting tool's token gets small counts grouped or withheld (small-counts.rules.ts); direction gets them whole. */
const audience = (ctx: Context): Audience => (ctx.viewer?.kind === REPORTING ? 'tool' : 'direction');

const FROM = 'First day asked, YYYY-MM-DD (Europe/Brussels). Reports cover whole months: the period starts on the first day of this day’s month (the answer’s `period`).';
const TO = 'Last day asked, YYYY-MM-DD, at most 400 days after `from` (2026-01-01 → 2027-02-05 is allowed). The period ends on the last day of this day’s month; a reporting token’s figures stop at the last month already over (`period.lastMonthOver`). Figures that depend on time ("done", "pending", "still open") are measured now, or at the end of the period if earlier.';

@Resolver()
export class ReportResolver {
  constructor(private readonly reports: ReportService) {}

  @Authorized(REPORT_READERS)
  @Query(() => ActivityReport, { description: 'Visits by kind and status per sector and visitor, R3 file checks done and pending, R1 evaluations on time, late and overdue; by month and sector.' })
  activityReport(@Arg('from', () => String, { description: FROM }) from: string, @Arg('to', () => String, { description: TO }) to: string, @Ctx() ctx: Context) {
    return this.reports.activity(from, to, ctx.now, audience(ctx));
  }

  @Authorized(REPORT_READERS)
  @Query(() => HoursReport, { description: 'Hours agreed in aid plans vs planned in schedules vs done, by help kind; cancelled hours by reason; helpers’ hours against their contract; by month and sector.' })
  hoursReport(@Arg('from', () => String, { description: FROM }) from: string, @Arg('to', () => String, { description: TO }) to: string, @Ctx() ctx: Context) {
    return this.reports.hours(from, to, ctx.now, audience(ctx));
  }

  @Authorized(REPORT_READERS)
  @Query(() => CaseloadReport, { description: 'Open and active case files per sector social worker and per FTE against 20 per FTE; urgent situations and the time to their first action; by month and sector.' })
  caseloadReport(@Arg('from', () => String, { description: FROM }) from: string, @Arg('to', () => String, { description: TO }) to: string, @Ctx() ctx: Context) {
    return this.reports.caseload(from, to, ctx.now, audience(ctx));
  }

  @Authorized(REPORT_READERS)
  @Query(() => PermanenceReport, { description: 'Hours on call per person (weekday, week-end) by month; the week-end load over the period and its fairness; replacements by kind; coverage gaps by severity and how long they stayed open.' })
  permanenceReport(@Arg('from', () => String, { description: FROM }) from: string, @Arg('to', () => String, { description: TO }) to: string, @Ctx() ctx: Context) {
    return this.reports.permanence(from, to, ctx.now, audience(ctx));
  }

  @Authorized(REPORT_READERS)
  @Query(() => ConflictsReport, { description: 'Schedule conflicts opened and resolved by rule, and the time to resolve them; by month and sector.' })
  conflictsReport(@Arg('from', () => String, { description: FROM }) from: string, @Arg('to', () => String, { description: TO }) to: string, @Ctx() ctx: Context) {
    return this.reports.conflicts(from, to, ctx.now, audience(ctx));
  }

  @Authorized(REPORT_READERS)
  @Query(() => PlanningQuotaReport, { description: 'R7/R8 quota use per month and sector of the flying social worker’s planning (planningReport of each month the period touches), and what was left out and why.' })
  planningQuotaReport(@Arg('from', () => String, { description: FROM }) from: string, @Arg('to', () => String, { description: TO }) to: string, @Ctx() ctx: Context) {
    return this.reports.planningQuota(from, to, ctx.now, audience(ctx));
  }

  @Authorized(REPORT_READERS)
  @Query(() => SatisfactionReport, {
    description:
      'R7/R8: the beneficiaries’ satisfaction asked at revisions and helper controls, by whole month (for direction the current month too, up to today and flagged partial; for a reporting token the months over only), sector and domain: checks, answers, mean score, satisfied and dissatisfied (at most direction’s `lowScoreAtMost`). No comment, no beneficiary; a domain answered by fewer than `minGroupSize` beneficiaries in a month and sector is withheld.',
  })
  satisfactionReport(@Arg('from', () => String, { description: FROM }) from: string, @Arg('to', () => String, { description: TO }) to: string, @Ctx() ctx: Context) {
    return this.reports.satisfaction(from, to, ctx.now, audience(ctx));
  }
}
