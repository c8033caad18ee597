// Schedule conflicts in SQL: opened and resolved by rule, and how long they took to resolve.
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { hoursBetween, monthOf, round2, type Period } from './report.period.js';

export type ConflictRow = {
  month: string; sector_code: string | null; sector_name: string | null; rule: string
  opened: number; resolved: number; still_open: number; mean_hours: number | null; median_hours: number | null; max_hours: number | null
};

export class ConflictsReportRepository {
  constructor(private readonly db: Executor) {}

  /** Conflicts opened in the period, by month opened, sector and rule; resolved by `asOf` or still open; hours from opening to resolution. */
  async conflicts(p: Period): Promise<ConflictRow[]> {
    const took = hoursBetween(sql`k.opened_at`, sql`k.resolved_at`);
    const resolved = sql`k.resolved_at <= ${p.asOf}::timestamptz`;
    return [
      ...(await this.db.execute<ConflictRow>(sql`
        select ${monthOf(sql`k.opened_at`)} as month, s.code as sector_code, s.name as sector_name, k.rule, count(*)::int as opened,
               count(*) filter (where ${resolved})::int as resolved, count(*) filter (where not coalesce(${resolved}, false))::int as still_open,
               ${round2(sql`avg(${took}) filter (where ${resolved})`)} as mean_hours,
               ${round2(sql`percentile_cont(0.5) within group (order by ${took}) filter (where ${resolved})`)} as median_hours,
               ${round2(sql`max(${took}) filter (where ${resolved})`)} as max_hours
        from schedule_conflicts k left join sectors s on s.id = k.sector_id
        where k.opened_at >= ${p.fromAt}::timestamptz and k.opened_at < ${p.toAt}::timestamptz
        group by 1, 2, 3, 4 order by 1, 2, 4`)),
    ];
  }
}
