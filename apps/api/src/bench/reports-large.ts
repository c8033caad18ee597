// The benchmark's large service for the reports, generated in SQL: 7 sectors, 14 social workers, 300
// helpers, 3,000 beneficiaries with case files, agreed plans, evaluations, visits and file checks, a
// year of weekday schedules (3 visits of 2 h a day per helper, 3 % cancelled), a year of permanence
// shifts held by binômes (some replaced, some uncovered with their alerts) and 3,000 conflicts.
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';

export const LARGE_YEAR = { from: '2026-01-01', to: '2026-12-31' };

export async function buildLargeService(db: Database): Promise<void> {
  const y0 = sql.raw(`'2026-01-01T00:00:00+01'::timestamptz`);
  const steps = [
    sql`insert into sectors (code, name) select 'L' || i, 'Large ' || i from generate_series(1, 7) i`,
    sql`insert into staff (full_name, email, role, fte, sector_id)
        select 'Social worker ' || i, 'sw' || i || '@large.test', 'SOCIAL_WORKER', case when i > 7 then 0.5 else 1 end, (select id from sectors where code = 'L' || ((i - 1) % 7 + 1)) from generate_series(1, 14) i`,
    sql`insert into staff (full_name, email, role, fte, sector_id)
        select 'Helper ' || i, 'h' || i || '@large.test', (case when i % 3 = 0 then 'HOME_HELPER' else 'FAMILY_HELPER' end)::staff_role,
               (array[1, 1, 0.75, 0.5])[i % 4 + 1], (select id from sectors where code = 'L' || (i % 7 + 1)) from generate_series(1, 300) i`,
    sql`insert into staff (full_name, email, role) values ('Director', 'director@large.test', 'DIRECTOR')`,
    sql`insert into beneficiaries (first_name, last_name) select 'B', 'Large ' || i from generate_series(1, 3000) i`,
    sql`create temp table sw as select id, sector_id, row_number() over (order by email) - 1 as n from staff where role = 'SOCIAL_WORKER'`,
    sql`insert into case_files (beneficiary_id, sector_id, social_worker_id, reason_for_contact, status, opened_at, urgent_since, urgent_action_at)
        select b.id, sw.sector_id, sw.id, 'bench', (case when b.n % 10 = 0 then 'CLOSED' else 'ACTIVE' end)::case_status,
               ${y0} - (b.n % 500) * interval '1 day',
               case when b.n % 20 = 0 then ${y0} + (b.n % 365) * interval '1 day' + interval '9 hours' end,
               case when b.n % 20 = 0 and b.n % 60 <> 0 then ${y0} + (b.n % 365) * interval '1 day' + interval '9 hours' + (b.n % 30) * interval '1 hour' end
        from (select id, row_number() over (order by last_name) as n from beneficiaries) b join sw on sw.n = b.n % 14`,
    sql`create temp table cf as select c.*, row_number() over (partition by sector_id order by id) - 1 as rn, count(*) over (partition by sector_id) as cnt, row_number() over (order by id) as n from case_files c`,
    sql`insert into case_transitions (case_file_id, from_status, to_status, reason, case_version, by_id, at)
        select id, 'NEW_REQUEST'::case_status, 'ACTIVE'::case_status, 'bench', 2, social_worker_id, opened_at + interval '5 days' from cf
        union all select id, 'ACTIVE'::case_status, 'CLOSED'::case_status, 'bench', 3, social_worker_id, ${y0} + (n % 365) * interval '1 day' from cf where status = 'CLOSED'`,
    sql`insert into aid_plan_versions (case_file_id, number, status, family_helper_hours, home_helper_hours, next_evaluation_on, agreed_at, created_by_id)
        select id, 1, 'AGREED', 4 + n % 5, 2 + n % 3, (opened_at + interval '5 days' + interval '1 year')::date - (n % 40)::int, opened_at + interval '5 days', social_worker_id from cf`,
    sql`insert into aid_plan_evaluations (version_id, evaluated_on, next_evaluation_on, by_id)
        select v.id, v.next_evaluation_on + (cf.n % 20 - 10)::int, v.next_evaluation_on + 365, cf.social_worker_id
        from aid_plan_versions v join cf on cf.id = v.case_file_id where cf.n % 2 = 0 and v.next_evaluation_on < '2026-12-01'`,
    sql`insert into visits (case_file_id, kind, status, planned_at, done_at, visitor_id, created_by_id)
        select cf.id, (array['NEW_REQUEST', 'REVISION', 'HELPER_CONTROL', 'ACCOMPANIMENT'])[k]::visit_kind,
               (case when (cf.n + k) % 20 = 0 then 'CANCELLED' when ${y0} + ((cf.n * 7 + k * 90) % 365) * interval '1 day' < '2026-09-01' then 'DONE' else 'PLANNED' end)::visit_status,
               ${y0} + ((cf.n * 7 + k * 90) % 365) * interval '1 day' + interval '9 hours',
               case when (cf.n + k) % 20 <> 0 and ${y0} + ((cf.n * 7 + k * 90) % 365) * interval '1 day' < '2026-09-01' then ${y0} + ((cf.n * 7 + k * 90) % 365) * interval '1 day' + interval '10 hours' end,
               cf.social_worker_id, cf.social_worker_id
        from cf cross join generate_series(1, 4) k`,
    sql`insert into file_checks (visit_id, case_file_id, opened_at, checked_at, outcome)
        select v.id, v.case_file_id, v.done_at, case when extract(day from v.done_at)::int % 5 <> 0 then v.done_at + interval '2 days' end,
               case when extract(day from v.done_at)::int % 5 <> 0 then 'COMPLIANT'::file_check_outcome end
        from visits v where v.status = 'DONE'`,
    sql`create temp table hp as select id, sector_id, role, row_number() over (order by email) as n from staff where role in ('FAMILY_HELPER', 'HOME_HELPER')`,
    sql`insert into schedule_entries (helper_id, case_file_id, sector_id, kind, starts_at, ends_at, status, created_by_id)
        select hp.id, cf.id, hp.sector_id, (case when hp.role = 'HOME_HELPER' then 'HOUSEHOLD' else 'FAMILY_CARE' end)::help_kind,
               (d + s.t)::timestamp at time zone 'Europe/Brussels', (d + s.t + interval '2 hours')::timestamp at time zone 'Europe/Brussels',
               (case when (hp.n + extract(doy from d)::int + s.k) % 33 = 0 then 'CANCELLED' else 'PLANNED' end)::schedule_entry_status, hp.id
        from hp cross join (select g::date as d from generate_series('2026-01-01'::date, '2026-12-31'::date, interval '1 day') g) dd
        cross join (values (1, time '08:00'), (2, time '10:30'), (3, time '13:30')) s(k, t)
        join cf on cf.sector_id = hp.sector_id and cf.rn = (hp.n * 3 + s.k) % cf.cnt
        where extract(isodow from d) < 6`,
    sql`insert into schedule_changes (entry_id, sector_id, day, kind, reason, before, after, by_id, at)
        select e.id, e.sector_id, (e.starts_at at time zone 'Europe/Brussels')::date, 'CANCEL',
               (array['HELPER_ILL', 'BENEFICIARY_IN_HOSPITAL', 'BENEFICIARY_ABSENT', 'EMERGENCY'])[1 + extract(day from e.starts_at)::int % 4]::schedule_change_reason,
               jsonb_build_object('helperId', e.helper_id, 'status', 'PLANNED'), jsonb_build_object('helperId', e.helper_id, 'status', 'CANCELLED'), e.helper_id, e.starts_at - interval '3 hours'
        from schedule_entries e where e.status = 'CANCELLED'`,
    sql`insert into binomes (name, first_member_id, second_member_id) select 'Binôme ' || a.n, a.id, b.id from sw a join sw b on b.n = a.n + 7 where a.n < 7`,
    sql`create temp table bn as select id, row_number() over (order by name) - 1 as n from binomes`,
    sql`insert into permanence_shifts (kind, starts_at, ends_at, holder_binome_id)
        select 'WEEKDAY'::shift_kind, (d + time '08:30')::timestamp at time zone 'Europe/Brussels', (d + time '17:00')::timestamp at time zone 'Europe/Brussels',
               case when extract(doy from d)::int % 40 <> 0 then (select id from bn where bn.n = extract(doy from d)::int % 7) end
        from (select g::date as d from generate_series('2026-01-01'::date, '2026-12-31'::date, interval '1 day') g) dd where extract(isodow from d) < 6
        union all
        select 'WEEKEND'::shift_kind, (d + time '17:00')::timestamp at time zone 'Europe/Brussels', (d + 3 + time '08:30')::timestamp at time zone 'Europe/Brussels',
               case when extract(week from d)::int % 15 <> 0 then (select id from bn where bn.n = extract(week from d)::int % 7) end
        from (select g::date as d from generate_series('2026-01-02'::date, '2026-12-31'::date, interval '7 day') g) dd`,
    sql`insert into permanence_replacements (shift_id, kind, new_binome_id, recorded_by_id, recorded_at)
        select s.id, (array['PLANNED', 'SAME_DAY', 'EMERGENCY'])[1 + extract(day from s.starts_at)::int % 3]::replacement_kind, s.holder_binome_id,
               (select id from staff where role = 'DIRECTOR'), s.starts_at - interval '8 days'
        from permanence_shifts s where s.holder_binome_id is not null and extract(doy from s.starts_at)::int % 9 = 0`,
    sql`insert into alerts (kind, severity, cause_key, shift_id, message, starts_at, ends_at, opened_at, resolved_at)
        select 'COVERAGE_GAP', (case when s.kind = 'WEEKEND' then 'CRITICAL' else 'HIGH' end)::alert_severity, 'gap:' || s.id, s.id, 'bench',
               s.starts_at, s.ends_at, s.starts_at - interval '10 days', s.starts_at - interval '2 days'
        from permanence_shifts s where s.holder_binome_id is null`,
    sql`insert into schedule_conflicts (rule, severity, hard, key, scope, sector_id, helper_id, day, explanation, opened_at, resolved_at)
        select (array['DOUBLE_BOOKING', 'SCHEDULED_WHILE_ABSENT', 'TRAVEL_TIME', 'CONTRACT_WEEK_EXCEEDED', 'PLAN_HOURS_NOT_COVERED', 'NO_BREAK'])[1 + i % 6],
               'MEDIUM', false, 'bench:' || i, 'bench', hp.sector_id, hp.id, ('2026-01-01'::date + i % 365),
               'bench', ${y0} + (i % 365) * interval '1 day' + interval '8 hours',
               case when i % 5 <> 0 then ${y0} + (i % 365) * interval '1 day' + interval '8 hours' + (i % 48) * interval '1 hour' end
        from generate_series(1, 3000) i join hp on hp.n = i % 300 + 1`,
    sql`analyze`,
  ];
  // One connection for all steps: the temporary tables (sw, cf, hp) exist only on the connection that made
  // them, and the pool handed later steps to another one now and then ("relation sw does not exist").
  await db.transaction(async (tx) => {
    for (const step of steps) await tx.execute(step);
  });
}
