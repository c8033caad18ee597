// Activity figures in SQL over visits, file checks (R3) and aid-plan evaluations (R1).
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { monthOf, type Period } from './report.period.js';

export type VisitRow = { month: string; sector_code: string; sector_name: string; visitor: string; visitor_role: string; kind: string; status: string; visits: number };
export type FileCheckRow = { month: string; sector_code: string; sector_name: string; opened: number; done: number; pending: number };
export type EvaluationRow = { month: string; sector_code: string; sector_name: string; on_time: number; late: number; overdue: number };

export class ActivityRepository {
  constructor(private readonly db: Executor) {}

  /** Visits planned in the period, by month of their planned time, the case's sector, the visitor, kind and status. */
  async visits(p: Period): Promise<VisitRow[]> {
    return [
      ...(await this.db.execute<VisitRow>(sql`
        select ${monthOf(sql`v.planned_at`)} as month, s.code as sector_code, s.name as sector_name, st.full_name as visitor, st.role::text as visitor_role,
               v.kind::text as kind, v.status::text as status, count(*)::int as visits
        from visits v join case_files c on c.id = v.case_file_id join sectors s on s.id = c.sector_id join staff st on st.id = v.visitor_id
        where v.planned_at >= ${p.fromAt}::timestamptz and v.planned_at < ${p.toAt}::timestamptz
        group by 1, 2, 3, 4, 5, 6, 7 order by 1, 2, 4, 6, 7`)),
    ];
  }

  /** R3 checks opened in the period (one per visit done), by month opened: done (checked by `asOf`) or pending. */
  async fileChecks(p: Period): Promise<FileCheckRow[]> {
    return [
      ...(await this.db.execute<FileCheckRow>(sql`
        select ${monthOf(sql`f.opened_at`)} as month, s.code as sector_code, s.name as sector_name, count(*)::int as opened,
               count(*) filter (where f.checked_at is not null and f.checked_at <= ${p.asOf}::timestamptz)::int as done,
               count(*) filter (where f.checked_at is null or f.checked_at > ${p.asOf}::timestamptz)::int as pending
        from file_checks f join case_files c on c.id = f.case_file_id join sectors s on s.id = c.sector_id
        where f.opened_at >= ${p.fromAt}::timestamptz and f.opened_at < ${p.toAt}::timestamptz
        group by 1, 2, 3 order by 1, 2`)),
    ];
  }

  /**
   * R1: evaluations recorded in the period, on time (on or before the due date in force: the previous
   * evaluation's next date, or the plan's first one) or late; and agreed plans of active case files whose
   * due date in force fell in the period, before `asOf`, with no evaluation since (overdue), by month due.
   */
  async evaluations(p: Period): Promise<EvaluationRow[]> {
    return [
      ...(await this.db.execute<EvaluationRow>(sql`
        with done as (
          select e.evaluated_on, c.sector_id,
                 coalesce(lag(e.next_evaluation_on) over (partition by e.version_id order by e.evaluated_on, e.at), v.next_evaluation_on) as due_on
          from aid_plan_evaluations e join aid_plan_versions v on v.id = e.version_id join case_files c on c.id = v.case_file_id
        ), in_force as (
          select distinct on (v.case_file_id) v.id, c.sector_id, c.status,
                 coalesce((select e.next_evaluation_on from aid_plan_evaluations e where e.version_id = v.id order by e.evaluated_on desc, e.at desc limit 1), v.next_evaluation_on) as due_on
          from aid_plan_versions v join case_files c on c.id = v.case_file_id
          where v.status = 'AGREED'
          order by v.case_file_id, v.number desc
        ), figures as (
          select to_char(evaluated_on, 'YYYY-MM') as month, sector_id, (evaluated_on <= due_on or due_on is null) as on_time, false as overdue
          from done where evaluated_on between ${p.from}::date and ${p.to}::date
          union all
          select to_char(due_on, 'YYYY-MM'), sector_id, false, true
          from in_force where status = 'ACTIVE' and due_on between ${p.from}::date and ${p.to}::date and due_on < ${p.asOfDay}::date
        )
        select f.month, s.code as sector_code, s.name as sector_name,
               count(*) filter (where not f.overdue and f.on_time)::int as on_time,
               count(*) filter (where not f.overdue and not f.on_time)::int as late,
               count(*) filter (where f.overdue)::int as overdue
        from figures f join sectors s on s.id = f.sector_id
        group by 1, 2, 3 order by 1, 2`)),
    ];
  }
}
