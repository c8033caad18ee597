// Permanence figures in SQL over the rota: hours on call per person, the week-end load and its
// spread, replacements by kind (R13) and coverage gaps with how long they stayed open.
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { hoursBetween, months, monthOf, round2, type Period } from './report.period.js';

export type OnCallRow = { month: string; person: string; sector_code: string | null; weekday_hours: number; weekend_hours: number };
export type WeekendLoadRow = { person: string; sector_code: string | null; weekend_shifts: number; weekend_hours: number };
export type ReplacementRow = { month: string; kind: string; replacements: number };
export type GapRow = { month: string; severity: string; gaps: number; gap_hours: number; resolved: number; still_open: number; mean_hours_open: number | null; max_hours_open: number | null };

/**
 * Who held each shift touching the period: the person, or both members of the binôme (each on call
 * for the whole shift), the substitute in the place of a member who handed hers over (as
 * permanence/shift-holders.rules.ts says).
 */
const holders = (p: Period) => sql`(
  select s.id, s.kind, s.starts_at, s.ends_at, x.staff_id
  from permanence_shifts s
  cross join lateral (
    select s.holder_staff_id where s.holder_staff_id is not null
    union all select case when m.id = s.substituted_member_id then s.substitute_id else m.id end
      from binomes b cross join lateral (values (b.first_member_id), (b.second_member_id)) m(id) where b.id = s.holder_binome_id
  ) x(staff_id)
  where s.starts_at < ${p.toAt}::timestamptz and s.ends_at > ${p.fromAt}::timestamptz
)`;

const clipped = (from: unknown, to: unknown) => hoursBetween(sql`greatest(h.starts_at, ${from})`, sql`least(h.ends_at, ${to})`);

export class PermanenceReportRepository {
  constructor(private readonly db: Executor) {}

  /** Hours each person held the permanence in each month (the part of each shift inside the month and period), weekday and week-end shifts apart. */
  async onCall(p: Period): Promise<OnCallRow[]> {
    return [
      ...(await this.db.execute<OnCallRow>(sql`
        select m.month, st.full_name as person, sec.code as sector_code,
               ${round2(sql`coalesce(sum(${clipped(sql`m.starts_at`, sql`m.ends_at`)}) filter (where h.kind = 'WEEKDAY'), 0)`)} as weekday_hours,
               ${round2(sql`coalesce(sum(${clipped(sql`m.starts_at`, sql`m.ends_at`)}) filter (where h.kind = 'WEEKEND'), 0)`)} as weekend_hours
        from ${months(p)} m join ${holders(p)} h on h.starts_at < m.ends_at and h.ends_at > m.starts_at
        join staff st on st.id = h.staff_id left join sectors sec on sec.id = st.sector_id
        group by 1, 2, 3, st.id order by 1, 2`)),
    ];
  }

  /** The rota's people (binôme members and anyone who held a shift in the period) with their week-end shifts and hours in it. */
  private readonly load = (p: Period) => sql`(
    with people as (
      select first_member_id as id from binomes union select second_member_id from binomes union select staff_id from ${holders(p)} hh
    )
    select pe.id, count(distinct h.id) filter (where h.kind = 'WEEKEND')::int as weekend_shifts,
           coalesce(sum(${clipped(sql`${p.fromAt}::timestamptz`, sql`${p.toAt}::timestamptz`)}) filter (where h.kind = 'WEEKEND'), 0) as weekend_hours
    from people pe left join ${holders(p)} h on h.staff_id = pe.id
    group by pe.id
  )`;

  async weekendLoad(p: Period): Promise<WeekendLoadRow[]> {
    return [
      ...(await this.db.execute<WeekendLoadRow>(sql`
        select st.full_name as person, sec.code as sector_code, l.weekend_shifts, ${round2(sql`l.weekend_hours`)} as weekend_hours
        from ${this.load(p)} l join staff st on st.id = l.id left join sectors sec on sec.id = st.sector_id
        order by l.weekend_hours desc, st.full_name`)),
    ];
  }

  /** R13: changes of holder recorded in the period, by month recorded and kind. */
  async replacements(p: Period): Promise<ReplacementRow[]> {
    return [
      ...(await this.db.execute<ReplacementRow>(sql`
        select ${monthOf(sql`r.recorded_at`)} as month, r.kind::text as kind, count(*)::int as replacements
        from permanence_replacements r where r.recorded_at >= ${p.fromAt}::timestamptz and r.recorded_at < ${p.toAt}::timestamptz
        group by 1, 2 order by 1, 2`)),
    ];
  }

  /** Coverage-gap alerts whose slot starts in the period, by month and severity: the slot's hours, and how long each alert stayed open (until resolved, or `asOf`). */
  async gaps(p: Period): Promise<GapRow[]> {
    const open = hoursBetween(sql`a.opened_at`, sql`least(coalesce(a.resolved_at, ${p.asOf}::timestamptz), ${p.asOf}::timestamptz)`);
    return [
      ...(await this.db.execute<GapRow>(sql`
        select ${monthOf(sql`a.starts_at`)} as month, a.severity::text as severity, count(*)::int as gaps,
               ${round2(sql`sum(${hoursBetween(sql`a.starts_at`, sql`a.ends_at`)})`)} as gap_hours,
               count(*) filter (where a.resolved_at <= ${p.asOf}::timestamptz)::int as resolved,
               count(*) filter (where a.resolved_at is null or a.resolved_at > ${p.asOf}::timestamptz)::int as still_open,
               ${round2(sql`avg(greatest(${open}, 0))`)} as mean_hours_open, ${round2(sql`max(greatest(${open}, 0))`)} as max_hours_open
        from alerts a where a.kind = 'COVERAGE_GAP' and a.starts_at >= ${p.fromAt}::timestamptz and a.starts_at < ${p.toAt}::timestamptz
        group by 1, 2 order by 1, array_position(array['CRITICAL', 'HIGH', 'WARNING'], a.severity::text)`)),
    ];
  }
}
