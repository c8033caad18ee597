// The board's panels each in one statement: the rows a panel shows, and the rows its fields point at,
// as JSON arrays read back as drizzle would (db/json-rows.ts). The service then runs rule code only;
// the resolver hands the rows to the request's loaders.
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { fromJsonRow, fromJsonRows, jsonRow, jsonRows } from '../../db/json-rows.js';
import { absences, alerts, binomes, flyingAssignments, permanenceReplacements, permanenceShifts, serviceClosingDays, staff, teams } from '../../db/schema/index.js';
import { PLAIN_STAFF, type PlainStaffRow } from '../org/index.js';
import { PermanenceRepository, type AlertFilter, type ShiftRow } from './permanence.repository.js';

/** Everything R14 weighs at some instants, read in one statement (who-to-call.service.ts forInstants). */
export interface WhoToCallFacts {
  /** The whole staff, by name: the columns the Staff fields answer from (no password hash, no calendar secret). */
  staff: PlainStaffRow[];
  teams: { sectorId: string; socialWorkerId: string }[];
  /** The shifts covering any of the instants. */
  shifts: ShiftRow[];
  binomes: (typeof binomes.$inferSelect)[];
  /** R11 sickness replacements in the sectors running at one of the instants. */
  replacing: (typeof flyingAssignments.$inferSelect)[];
  /** Closing days in [closedFrom, closedTo). */
  closingDays: (typeof serviceClosingDays.$inferSelect)[];
  /** Absences (not cancelled) of anyone under way at one of the instants. */
  absences: (typeof absences.$inferSelect)[];
}

/** The shifts on call around an instant and what the board shows of them, read in one statement. */
export interface OnCallFacts {
  shifts: ShiftRow[];
  binomes: (typeof binomes.$inferSelect)[];
  replacements: (typeof permanenceReplacements.$inferSelect)[];
  staff: (typeof staff.$inferSelect)[];
  absences: (typeof absences.$inferSelect)[];
  closingDays: (typeof serviceClosingDays.$inferSelect)[];
}

export class BoardFactsRepository {
  constructor(private readonly db: Executor) {}

  /**
   * R14's facts at these instants in one statement (the board's sector cards ask every sector now and
   * at the next change of shift): one JSON array per table, then rule code only. The staff, binômes and
   * absences are read whole for the span (a few dozen rows): who of them matters is the rules' business.
   */
  whoToCallFacts(sectorIds: readonly string[], instants: readonly Date[], closedFrom: string, closedTo: string): Promise<WhoToCallFacts> {
    // Replacements and absences at each instant, not over the span between them: a client may ask one
    // sector in 1970 and another now, and the span would then read decades of everyone's absences.
    const at = (alias: string, ends: string) =>
      sql.join(
        instants.map((i) => sql`(${sql.raw(alias)}.starts_at <= ${i.toISOString()}::timestamptz and ${sql.raw(ends)} > ${i.toISOString()}::timestamptz)`),
        sql` or `,
      );
    return this.facts(sql`= any(${`{${sectorIds.join(',')}}`}::uuid[])`, at('s', 's.ends_at'), at('f', 'coalesce(f.ended_early_at, f.ends_at)'), at('a', 'a.ends_at'), closedFrom, closedTo);
  }

  /** The same for every sector at any instant of [from, to): what a process shares for a short while (who-to-call-share.ts). */
  whoToCallFactsDuring(from: Date, to: Date, closedFrom: string, closedTo: string): Promise<WhoToCallFacts> {
    const [f, t] = [from.toISOString(), to.toISOString()];
    const during = (alias: string, ends: string) => sql`(${sql.raw(alias)}.starts_at < ${t}::timestamptz and ${sql.raw(ends)} > ${f}::timestamptz)`;
    return this.facts(sql`is not null`, during('s', 's.ends_at'), during('f', 'coalesce(f.ended_early_at, f.ends_at)'), during('a', 'a.ends_at'), closedFrom, closedTo);
  }

  private async facts(sector: SQL, covering: SQL, running: SQL, away: SQL, closedFrom: string, closedTo: string): Promise<WhoToCallFacts> {
    const result = await this.db.execute(sql`select
      ${jsonRows(PLAIN_STAFF, 'p', sql`true`, sql`p.full_name`)} as staff,
      (select coalesce(json_agg(json_build_object('sectorId', t.sector_id, 'socialWorkerId', t.social_worker_id)), '[]'::json) from ${teams} t where t.sector_id ${sector}) as teams,
      ${jsonRows(permanenceShifts, 's', covering, sql`s.starts_at desc`)} as shifts,
      ${jsonRows(binomes, 'b')} as binomes,
      ${jsonRows(flyingAssignments, 'f', sql`f.sector_id ${sector} and f.kind = 'SICKNESS_REPLACEMENT' and (${running})`)} as replacing,
      ${jsonRows(serviceClosingDays, 'c', sql`c.day >= ${closedFrom}::date and c.day < ${closedTo}::date`, sql`c.day`)} as closing,
      ${jsonRows(absences, 'a', sql`a.cancelled_at is null and (${away})`, sql`a.starts_at`)} as absences`);
    const [row] = result as unknown as Record<string, unknown>[];
    return {
      staff: fromJsonRows(PLAIN_STAFF, row.staff),
      teams: row.teams as WhoToCallFacts['teams'],
      shifts: fromJsonRows(permanenceShifts, row.shifts),
      binomes: fromJsonRows(binomes, row.binomes),
      replacing: fromJsonRows(flyingAssignments, row.replacing),
      closingDays: fromJsonRows(serviceClosingDays, row.closing),
      absences: fromJsonRows(absences, row.absences),
    };
  }

  /**
   * `onCallAround` with, in the same statement, what the board shows of those shifts: their binômes,
   * replacements (in record order), the whole staff by name, the absences overlapping them (or from
   * `at` when one is under way) and the closing days of `closedFrom`..`closedTo` (local dates).
   */
  async onCallFacts(at: Date, closedFrom: string, closedTo: string): Promise<OnCallFacts> {
    const around = new PermanenceRepository(this.db).onCallAround(at).getSQL();
    const iso = at.toISOString();
    const result = await this.db.execute(sql`with on_call as (${around})
      select
        ${jsonRows(permanenceShifts, 's', sql`s.id in (select id from on_call)`)} as shifts,
        ${jsonRows(binomes, 'b', sql`b.id in (select holder_binome_id from on_call)`)} as binomes,
        ${jsonRows(permanenceReplacements, 'r', sql`r.shift_id in (select id from on_call)`, sql`r.recorded_at`)} as replacements,
        ${jsonRows(staff, 'p', sql`true`, sql`p.full_name`)} as staff,
        ${jsonRows(absences, 'a', sql`a.cancelled_at is null and a.ends_at > (select min(least(starts_at, ${iso}::timestamptz)) from on_call) and a.starts_at < (select max(greatest(ends_at, ${iso}::timestamptz)) from on_call) + interval '1 millisecond'`, sql`a.starts_at`)} as absences,
        ${jsonRows(serviceClosingDays, 'c', sql`c.day >= ${closedFrom}::date and c.day < ${closedTo}::date`, sql`c.day`)} as closing`);
    const [row] = result as unknown as Record<string, unknown>[];
    return {
      shifts: fromJsonRows(permanenceShifts, row.shifts),
      binomes: fromJsonRows(binomes, row.binomes),
      replacements: fromJsonRows(permanenceReplacements, row.replacements),
      staff: fromJsonRows(staff, row.staff),
      absences: fromJsonRows(absences, row.absences),
      closingDays: fromJsonRows(serviceClosingDays, row.closing),
    };
  }

  /**
   * `alerts(filter)` and, in the same statement, what the board shows of the page: its shifts, their
   * binômes and the whole staff by name (holders, who is away, who acknowledged).
   */
  async alertsWithFacts(filter: AlertFilter) {
    const page = new PermanenceRepository(this.db).alerts(filter).getSQL();
    const result = await this.db.execute(sql`with page as (${page})
      select
        (select coalesce(json_agg(p order by p.rank, (p.alert->>'starts_at')::timestamptz, p.alert->>'id'), '[]'::json)
          from (select ${jsonRow(alerts, 'x')} as alert, x.rank, x.total from (select ${alerts}.*, page.rank, page.total from page join ${alerts} on ${alerts}.id = page.id) x) p) as page,
        ${jsonRows(permanenceShifts, 's', sql`s.id in (select shift_id from page)`)} as shifts,
        ${jsonRows(binomes, 'b', sql`b.id in (select holder_binome_id from ${permanenceShifts} where id in (select shift_id from page))`)} as binomes,
        ${jsonRows(staff, 'p', sql`true`, sql`p.full_name`)} as staff`);
    const [row] = result as unknown as Record<string, unknown>[];
    const pageRows = (typeof row.page === 'string' ? JSON.parse(row.page) : row.page) as { alert: Record<string, unknown>; rank: number; total: number }[];
    return {
      rows: pageRows.map((r) => ({ alert: fromJsonRow(alerts, r.alert), rank: Number(r.rank), total: Number(r.total) })),
      shifts: fromJsonRows(permanenceShifts, row.shifts),
      binomes: fromJsonRows(binomes, row.binomes),
      staff: fromJsonRows(staff, row.staff),
    };
  }
}
