// Caseload figures in SQL over case files and their status history: per social worker and FTE at
// each month's end, and how fast urgent situations got their first action.
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { hoursBetween, months, monthOf, round2, TZ, type Period } from './report.period.js';

export type CaseloadRow = { month: string; sector_code: string | null; sector_name: string | null; social_worker: string; fte: number; open: number; active: number };
export type UrgentRow = { month: string; sector_code: string; sector_name: string; urgent: number; acted: number; same_day: number; waiting: number; median_hours: number | null; max_hours: number | null };

export class CaseloadReportRepository {
  constructor(private readonly db: Executor) {}

  /**
   * Per month and sector social worker (SOCIAL_WORKER): their case files open at the month's end (or at
   * `asOf` if earlier; status then from the history, CLOSED and REDIRECTED excepted) and active ones
   * (ACTIVE: accompaniments), with their FTE. Case files are counted for their responsible social worker now.
   */
  async socialWorkers(p: Period): Promise<CaseloadRow[]> {
    return [
      ...(await this.db.execute<CaseloadRow>(sql`
        with m as (select month, least(ends_at, ${p.asOf}::timestamptz) as at from ${months(p)} mm where starts_at <= ${p.asOf}::timestamptz),
        moves as (
          select t.case_file_id, t.to_status::text as status, t.at,
                 row_number() over (partition by t.case_file_id order by t.at, t.case_version) as n
          from case_transitions t
        ), spans as (
          -- Each case file's statuses as spans: NEW_REQUEST from its opening, then each move until the next.
          select c.id, c.social_worker_id, 'NEW_REQUEST' as status, c.opened_at as since, f.first_at as until
          from case_files c left join (select case_file_id, min(at) as first_at from case_transitions group by 1) f on f.case_file_id = c.id
          union all
          select x.case_file_id, c.social_worker_id, x.status, x.at, lead(x.at) over (partition by x.case_file_id order by x.n)
          from moves x join case_files c on c.id = x.case_file_id
        ), status_at as (
          select m.month, s.social_worker_id, s.status
          from m join spans s on s.since < m.at and (s.until is null or s.until >= m.at)
        ), counts as (
          select month, social_worker_id, count(*) filter (where status not in ('CLOSED', 'REDIRECTED'))::int as open, count(*) filter (where status = 'ACTIVE')::int as active
          from status_at group by 1, 2
        )
        select m.month, s.code as sector_code, s.name as sector_name, w.full_name as social_worker, w.fte::float8 as fte,
               coalesce(k.open, 0) as open, coalesce(k.active, 0) as active
        from m cross join staff w left join sectors s on s.id = w.sector_id
        left join counts k on k.month = m.month and k.social_worker_id = w.id
        where w.role = 'SOCIAL_WORKER'
        order by 1, 2, 4`)),
    ];
  }

  /**
   * Urgent situations that began in the period (a case file's urgency), by month and sector: how long to
   * the first action, measured at the period's as-of instant or (`month-end`) at the end of the month the
   * urgency began, which keeps a month's figures the same whatever period it is asked in.
   */
  async urgent(p: Period, measuredAt: 'as-of' | 'month-end'): Promise<UrgentRow[]> {
    const toAction = hoursBetween(sql`c.urgent_since`, sql`c.urgent_action_at`);
    const asOf = measuredAt === 'as-of' ? sql`${p.asOf}::timestamptz` : sql`((date_trunc('month', c.urgent_since at time zone ${TZ}) + interval '1 month') at time zone ${TZ})`;
    return [
      ...(await this.db.execute<UrgentRow>(sql`
        select ${monthOf(sql`c.urgent_since`)} as month, s.code as sector_code, s.name as sector_name, count(*)::int as urgent,
               count(*) filter (where c.urgent_action_at <= ${asOf})::int as acted,
               count(*) filter (where c.urgent_action_at <= ${asOf} and (c.urgent_action_at at time zone ${TZ})::date = (c.urgent_since at time zone ${TZ})::date)::int as same_day,
               count(*) filter (where c.urgent_action_at is null or c.urgent_action_at > ${asOf})::int as waiting,
               ${round2(sql`percentile_cont(0.5) within group (order by ${toAction}) filter (where c.urgent_action_at <= ${asOf})`)} as median_hours,
               ${round2(sql`max(${toAction}) filter (where c.urgent_action_at <= ${asOf})`)} as max_hours
        from case_files c join sectors s on s.id = c.sector_id
        where c.urgent_since >= ${p.fromAt}::timestamptz and c.urgent_since < ${p.toAt}::timestamptz
        group by 1, 2, 3 order by 1, 2`)),
    ];
  }
}
