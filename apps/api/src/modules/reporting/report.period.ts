// A report's period as the SQL of every report reads it: local days, the instants they start and end.
import { sql, type SQL } from 'drizzle-orm';
import { monthsOf } from './report.rules.js';

export interface Period {
  /** First and last local day, both included. */
  from: string;
  to: string;
  /** The instant `from` starts and the instant after `to` ends (Europe/Brussels), ISO 8601 (SQL parameters). */
  fromAt: string;
  toAt: string;
  /** What "done", "pending", "still open" are measured at: now, or the period's end if earlier (ISO 8601). */
  asOf: string;
  /** The local day of `asOf`. */
  asOfDay: string;
}

export const TZ = sql.raw(`'Europe/Brussels'`);

/** The local month (YYYY-MM) of an instant. */
export const monthOf = (instant: SQL) => sql`to_char(${instant} at time zone ${TZ}, 'YYYY-MM')`;

/**
 * Hours between two instants, as a float: `date_part` answers a float8, where `extract` answers a numeric
 * whose arithmetic made summing a year of schedule entries several times slower.
 */
export const hoursBetween = (a: SQL, b: SQL) => sql`(date_part('epoch', (${b}) - (${a})) / 3600.0)`;

/**
 * Each month the period touches: its name and the part of it inside the period, as instants and days.
 * Numbered from a series of integers so that the planner knows how many months there are (a series of
 * dates is estimated at 1,000 rows, which made the plans of a year's schedule entries look 80 times
 * costlier than they are and PostgreSQL spend half a second compiling them).
 */
export const months = (p: Period) => sql`(
  select to_char(m, 'YYYY-MM') as month, n,
         greatest(m::date, ${p.from}::date) as first_day,
         least((m + interval '1 month')::date, ${p.to}::date + 1) as end_day,
         greatest(m::date, ${p.from}::date)::timestamp at time zone ${TZ} as starts_at,
         least((m + interval '1 month')::date, ${p.to}::date + 1)::timestamp at time zone ${TZ} as ends_at
  from (select date_trunc('month', ${p.from}::timestamp) + i * interval '1 month' as m, i + 1 as n
        from generate_series(0, ${monthsOf(p.from, p.to).length - 1}::int) i) mm
)`;

/**
 * The number (`n` of months(p), from 1) of the month an instant inside the period falls in, found by a
 * binary search among the months' first instants (`m` is months(p)): no time-zone arithmetic per row,
 * an integer to group by, and a plain scan of the period's rows.
 */
export const monthNumber = (instant: SQL) => sql`width_bucket(${instant}, (select array_agg(starts_at order by n) from m))`;

/** Rounds a float to two decimals, kept a float. */
export const round2 = (x: SQL) => sql`round((${x})::numeric, 2)::float8`;
