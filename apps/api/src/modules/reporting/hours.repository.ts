// Help delivered, in SQL: hours agreed in aid plans, planned in schedules, done and cancelled, and
// helpers' hours against their contract.
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { hoursBetween, monthNumber, months, monthOf, round2, TZ, type Period } from './report.period.js';

export type HelpHoursRow = { month: string; sector_code: string; sector_name: string; help_kind: string; agreed: number; suspended: number; planned: number; done: number; cancelled: number };
export type CancelledRow = { month: string; sector_code: string; sector_name: string; help_kind: string; reason: string; visits: number; hours: number };
export type UtilisationRow = { month: string; sector_code: string; sector_name: string; helper_role: string; helpers: number; contract: number; planned: number; done: number; over_contract: number };

const entryHours = hoursBetween(sql`e.starts_at`, sql`e.ends_at`);

/** The instant the local month of an instant ends (Europe/Brussels). */
const monthEndOf = (instant: SQL) => sql`((date_trunc('month', ${instant} at time zone ${TZ}) + interval '1 month') at time zone ${TZ})`;

/**
 * `late`: for a reporting tool (`frozen`), the entries of the period changed after their month closed, with
 * their status as it stood when the month closed (the first late change's `before`): a month over keeps the
 * figures it had, and a late cancellation does not move them (issue 13). For direction, empty.
 */
const lateChanges = (p: Period, frozen: boolean) => sql`late as (
  select distinct on (c.entry_id) c.entry_id, c.before->>'status' as status
  from schedule_changes c join schedule_entries e on e.id = c.entry_id
  where ${sql.raw(frozen ? 'true' : 'false')} and e.starts_at >= ${p.fromAt}::timestamptz and e.starts_at < ${p.toAt}::timestamptz
    and c.at > ${monthEndOf(sql`e.starts_at`)}
  order by c.entry_id, c.at, c.id
)`;
/**
 * Whether an entry has a status as the report reads it: as at its month's end for a tool (`late l` joined by `lateJoin`),
 * now for direction. Direction reads the column itself, without the join: the join cost a pass over the
 * year's entries, and a filter on the column is one the planner can count (on the coalesce it guessed 0.2 %
 * of the rows, and sorted 230,000 of them on disk for a few).
 */
const lateJoin = (frozen: boolean) => (frozen ? sql`left join late l on l.entry_id = e.id` : sql``);
const entryStatusIs = (frozen: boolean, status: 'PLANNED' | 'CANCELLED') =>
  frozen ? sql`coalesce(l.status, e.status::text) = ${sql.raw(`'${status}'`)}` : sql`e.status = ${sql.raw(`'${status}'`)}`;

export class HoursRepository {
  constructor(private readonly db: Executor) {}

  /**
   * Per month, sector and help kind: agreed = weekly hours of the agreed plan in force (from the day it
   * was agreed until the next agreed version) × the days of the month its case file was ACTIVE / 7
   * (suspended: the same over its SUSPENDED days; a closed case file has neither); planned =
   * schedule entries starting in the month, not cancelled; done = those ended by `asOf`; cancelled = cancelled entries.
   * `frozen` (a reporting tool): an entry's status as it stood when its month closed.
   */
  async help(p: Period, frozen = false): Promise<HelpHoursRow[]> {
    return [
      ...(await this.db.execute<HelpHoursRow>(sql`
        with m as ${months(p)}, ${lateChanges(p, frozen)},
        first_move as (select case_file_id, min(at) as at from case_transitions group by 1),
        status_days as (
          -- Each case file's statuses as spans of local days [from_day, until_day): a day counts in the
          -- status entered last that day. Without any move, its status now held since its opening.
          select c.id as case_file_id, case when f.at is null then c.status::text else 'NEW_REQUEST' end as status,
                 (c.opened_at at time zone ${TZ})::date as from_day, (f.at at time zone ${TZ})::date as until_day
          from case_files c left join first_move f on f.case_file_id = c.id
          union all
          select t.case_file_id, t.to_status::text, (t.at at time zone ${TZ})::date,
                 (lead(t.at) over (partition by t.case_file_id order by t.at, t.case_version) at time zone ${TZ})::date
          from case_transitions t
        ), plans as (
          select v.case_file_id, v.family_helper_hours::float8 as af, v.home_helper_hours::float8 as ams,
                 (v.agreed_at at time zone ${TZ})::date as from_day,
                 lead((v.agreed_at at time zone ${TZ})::date) over (partition by v.case_file_id order by v.number) as until_day
          from aid_plan_versions v where v.status = 'AGREED' and v.agreed_at is not null
        ), agreed as (
          -- The plan in force on the days its case file was ACTIVE (agreed) or SUSPENDED (set apart), cut to
          -- the period, and the plans of a sector and status in force over the same days summed: a few hundred
          -- spans for thousands of plans, so that the months multiply few rows. least and greatest skip
          -- nulls: a span still open runs to the period's end.
          select c.sector_id, s.status, sum(v.af) as af, sum(v.ams) as ams, d.from_day, d.until_day
          from plans v join status_days s on s.case_file_id = v.case_file_id and s.status in ('ACTIVE', 'SUSPENDED')
          join case_files c on c.id = v.case_file_id
          cross join lateral (select greatest(v.from_day, s.from_day, ${p.from}::date) as from_day,
                                     least(v.until_day, s.until_day, ${p.to}::date + 1) as until_day) d
          where d.from_day < d.until_day
          group by 1, 2, 5, 6
        ), agreed_by_month as (
          select m.month, g.sector_id, k.kind, coalesce(k.hours, 0) as hours, coalesce(k.suspended, 0) as suspended
          from (select m.n, a.sector_id,
                       sum(a.af * d.days) filter (where a.status = 'ACTIVE') / 7.0 as af, sum(a.ams * d.days) filter (where a.status = 'ACTIVE') / 7.0 as ams,
                       sum(a.af * d.days) filter (where a.status = 'SUSPENDED') / 7.0 as af_suspended,
                       sum(a.ams * d.days) filter (where a.status = 'SUSPENDED') / 7.0 as ams_suspended
                from m join agreed a on a.from_day < m.end_day and a.until_day > m.first_day
                cross join lateral (select least(m.end_day, a.until_day) - greatest(m.first_day, a.from_day) as days) d
                group by 1, 2) g
          join m on m.n = g.n
          cross join lateral (values ('FAMILY_CARE', g.af, g.af_suspended), ('HOUSEHOLD', g.ams, g.ams_suspended)) k(kind, hours, suspended)
        ), scheduled as (
          -- Grouped by three keys, the figures as filtered sums: grouping by status and "ended" as well (one
          -- sum per row) took half as long again on the year's 235,000 entries.
          select m.month, x.sector_id, x.kind::text as kind, x.planned, x.done, x.cancelled
          from (select ${monthNumber(sql`e.starts_at`)} as n, e.sector_id, e.kind,
                       coalesce(sum(${entryHours}) filter (where ${entryStatusIs(frozen, 'PLANNED')}), 0) as planned,
                       coalesce(sum(${entryHours}) filter (where ${entryStatusIs(frozen, 'PLANNED')} and e.ends_at <= ${p.asOf}::timestamptz), 0) as done,
                       coalesce(sum(${entryHours}) filter (where ${entryStatusIs(frozen, 'CANCELLED')}), 0) as cancelled
                from schedule_entries e ${lateJoin(frozen)} where e.starts_at >= ${p.fromAt}::timestamptz and e.starts_at < ${p.toAt}::timestamptz
                group by 1, 2, 3) x
          join m on m.n = x.n
        )
        select coalesce(a.month, x.month) as month, s.code as sector_code, s.name as sector_name, coalesce(a.kind, x.kind) as help_kind,
               ${round2(sql`coalesce(a.hours, 0)`)} as agreed, ${round2(sql`coalesce(a.suspended, 0)`)} as suspended, ${round2(sql`coalesce(x.planned, 0)`)} as planned,
               ${round2(sql`coalesce(x.done, 0)`)} as done, ${round2(sql`coalesce(x.cancelled, 0)`)} as cancelled
        from agreed_by_month a full join scheduled x on x.month = a.month and x.sector_id = a.sector_id and x.kind = a.kind
        join sectors s on s.id = coalesce(a.sector_id, x.sector_id)
        where coalesce(a.hours, 0) > 0 or coalesce(a.suspended, 0) > 0 or x.month is not null
        order by 1, 2, 4`)),
    ];
  }

  /**
   * Cancelled entries starting in the period, by the reason of the change that cancelled them. `frozen` (a
   * reporting tool): only cancellations recorded by the end of the entry's month, so a month over never changes.
   */
  async cancelled(p: Period, frozen = false): Promise<CancelledRow[]> {
    const recorded = frozen ? sql`and c.at <= ${monthEndOf(sql`e.starts_at`)}` : sql``;
    return [
      ...(await this.db.execute<CancelledRow>(sql`
        with ${lateChanges(p, frozen)}
        select ${monthOf(sql`e.starts_at`)} as month, s.code as sector_code, s.name as sector_name, e.kind::text as help_kind,
               coalesce(ch.reason::text, 'UNRECORDED') as reason, count(*)::int as visits, ${round2(sql`sum(${entryHours})`)} as hours
        from schedule_entries e join sectors s on s.id = e.sector_id ${lateJoin(frozen)}
        left join lateral (select c.reason from schedule_changes c where c.entry_id = e.id and c.kind = 'CANCEL' ${recorded} order by c.at desc limit 1) ch on true
        where ${entryStatusIs(frozen, 'CANCELLED')} and e.starts_at >= ${p.fromAt}::timestamptz and e.starts_at < ${p.toAt}::timestamptz
        group by 1, 2, 3, 4, 5 order by 1, 2, 4, 5`)),
    ];
  }

  /**
   * Helpers (AF, AMS) of each sector per month: contract hours = FTE × the full-time week × days of the
   * month in the period / 7; planned and done hours of their entries; how many were planned over their contract.
   * `frozen` (a reporting tool): an entry's status as it stood when its month closed.
   */
  async utilisation(p: Period, weekHoursFullTime: number, frozen = false): Promise<UtilisationRow[]> {
    return [
      ...(await this.db.execute<UtilisationRow>(sql`
        with m as ${months(p)}, ${lateChanges(p, frozen)},
        work as (
          select x.helper_id, m.month, x.planned, x.done
          from (select e.helper_id, ${monthNumber(sql`e.starts_at`)} as n, sum(${entryHours}) as planned,
                       coalesce(sum(${entryHours}) filter (where e.ends_at <= ${p.asOf}::timestamptz), 0) as done
                from schedule_entries e ${lateJoin(frozen)}
                where ${entryStatusIs(frozen, 'PLANNED')} and e.starts_at >= ${p.fromAt}::timestamptz and e.starts_at < ${p.toAt}::timestamptz
                group by 1, 2) x
          join m on m.n = x.n
        ), per_helper as (
          select m.month, h.sector_id, h.role::text as role, h.fte::float8 * ${weekHoursFullTime} * (m.end_day - m.first_day) / 7.0 as contract,
                 coalesce(w.planned, 0) as planned, coalesce(w.done, 0) as done
          from m cross join staff h left join work w on w.helper_id = h.id and w.month = m.month
          where h.role in ('FAMILY_HELPER', 'HOME_HELPER') and h.sector_id is not null
        )
        select x.month, s.code as sector_code, s.name as sector_name, x.role as helper_role, count(*)::int as helpers,
               ${round2(sql`sum(x.contract)`)} as contract, ${round2(sql`sum(x.planned)`)} as planned, ${round2(sql`sum(x.done)`)} as done,
               count(*) filter (where x.planned > x.contract + 0.001)::int as over_contract
        from per_helper x join sectors s on s.id = x.sector_id
        group by 1, 2, 3, 4 order by 1, 2, 4`)),
    ];
  }
}
