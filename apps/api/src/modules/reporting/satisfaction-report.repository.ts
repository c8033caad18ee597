// The beneficiaries' satisfaction in SQL: scores by month recorded, the case file's sector and domain.
// Only counts and averages leave the database; never a comment, never a check by itself.
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { satisfactionSettings } from '../../db/schema/index.js';
import { SATISFACTION_LOW_SCORE_DEFAULT } from '../../shared/vocabulary/satisfaction.js';
import { monthOf } from './report.period.js';

export type SatisfactionRow = { month: string; sector_code: string; sector_name: string; checks: number; domain: string; answers: number; beneficiaries: number; mean: number | null; satisfied: number; dissatisfied: number };

export class SatisfactionReportRepository {
  constructor(private readonly db: Executor) {}

  /** Direction's low-score threshold (satisfactionSettingsUpdate), or the default. */
  async lowScoreAtMost(): Promise<number> {
    const [row] = await this.db.select({ n: satisfactionSettings.lowScoreAtMost }).from(satisfactionSettings).limit(1);
    return row?.n ?? SATISFACTION_LOW_SCORE_DEFAULT;
  }

  /** Checks recorded in [fromAt, toAt), by local month and sector, with one row per domain (answered or not) and how many beneficiaries answered it; low: at most `lowScoreAtMost`. */
  async scores(span: { fromAt: string; toAt: string }, lowScoreAtMost: number): Promise<SatisfactionRow[]> {
    return [
      ...(await this.db.execute<SatisfactionRow>(sql`
        with checks as (
          select sc.id, c.sector_id, c.beneficiary_id, ${monthOf(sql`sc.recorded_at`)} as month
          from satisfaction_checks sc join case_files c on c.id = sc.case_file_id
          where sc.recorded_at >= ${span.fromAt}::timestamptz and sc.recorded_at < ${span.toAt}::timestamptz
        ), groups as (
          select month, sector_id, count(*)::int as checks from checks group by 1, 2
        )
        select g.month, s.code as sector_code, s.name as sector_name, g.checks, d.domain::text as domain,
               count(x.score)::int as answers, count(distinct k.beneficiary_id) filter (where x.score is not null)::int as beneficiaries, avg(x.score)::float8 as mean,
               count(*) filter (where x.score >= 4)::int as satisfied,
               count(*) filter (where x.score <= ${lowScoreAtMost}::int)::int as dissatisfied
        from groups g join sectors s on s.id = g.sector_id
        cross join unnest(enum_range(null::satisfaction_domain)) with ordinality d(domain, n)
        left join (checks k join satisfaction_scores x on x.check_id = k.id) on k.month = g.month and k.sector_id = g.sector_id and x.domain = d.domain
        group by g.month, s.code, s.name, g.checks, d.domain, d.n
        order by g.month, s.code, d.n`)),
    ];
  }
}
