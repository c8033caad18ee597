// Queries on schedule patterns, entries and their same-day changes. Conflicts live in conflict.repository.ts.
import { and, asc, count, desc, eq, gt, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.js';
import { beneficiaries, caseFiles, scheduleChanges, scheduleEntries, schedulePatterns, sectors, staff } from '../../db/schema/index.js';
import { SERVICE_TIME_ZONE } from '../../time/service-time.js';

export type EntryRow = typeof scheduleEntries.$inferSelect;
export type ChangeRow = typeof scheduleChanges.$inferSelect;
export type PatternRow = typeof schedulePatterns.$inferSelect;

export interface EntryFilter {
  helperId?: string;
  sectorId?: string;
  /** R5: only these sectors' entries (a social worker asking about a helper). */
  sectorIds?: string[];
  from: Date;
  to: Date;
}

const NONE = '00000000-0000-0000-0000-000000000000';

/** A planned entry as the conflict engine reads it, with its home's coordinates. */
export interface PlannedEntry {
  id: string;
  helperId: string;
  caseFileId: string;
  sectorId: string;
  kind: EntryRow['kind'];
  tasks: string[];
  startsAt: Date;
  endsAt: Date;
  latitude: number | null;
  longitude: number | null;
}
interface RawPlanned extends Record<string, unknown> {
  id: string; helper_id: string; case_file_id: string; sector_id: string; kind: EntryRow['kind']; tasks: string[];
  starts_at: string; ends_at: string; latitude: number | null; longitude: number | null;
}

export class ScheduleRepository {
  constructor(private readonly db: Executor) {}

  async insertPattern(values: typeof schedulePatterns.$inferInsert) {
    const [row] = await this.db.insert(schedulePatterns).values(values).returning();
    return row;
  }

  async insertEntries(values: (typeof scheduleEntries.$inferInsert)[]): Promise<EntryRow[]> {
    const out: EntryRow[] = [];
    // Batches keep each statement under PostgreSQL's parameter limit.
    for (let i = 0; i < values.length; i += 1000) out.push(...(await this.db.insert(scheduleEntries).values(values.slice(i, i + 1000)).returning()));
    return out;
  }

  async lockPattern(id: string): Promise<PatternRow | null> {
    const [row] = await this.db.select().from(schedulePatterns).where(eq(schedulePatterns.id, id)).for('update');
    return row ?? null;
  }

  patternsByIds(ids: readonly string[]) {
    return this.db.select().from(schedulePatterns).where(inArray(schedulePatterns.id, ids.length ? [...ids] : [NONE]));
  }

  async updatePattern(id: string, values: Partial<typeof schedulePatterns.$inferInsert>) {
    const [row] = await this.db
      .update(schedulePatterns)
      .set({ ...values, version: sql`${schedulePatterns.version} + 1` })
      .where(eq(schedulePatterns.id, id))
      .returning();
    return row;
  }

  /** A pattern's planned entries starting in [from, to), locked for the cancellation. */
  plannedOfPattern(patternId: string, from: Date, to?: Date) {
    return this.db
      .select()
      .from(scheduleEntries)
      .where(and(eq(scheduleEntries.patternId, patternId), eq(scheduleEntries.status, 'PLANNED'), gte(scheduleEntries.startsAt, from), to ? lt(scheduleEntries.startsAt, to) : undefined))
      .orderBy(asc(scheduleEntries.startsAt))
      .for('update');
  }

  /** Cancels entries at once (version bumped), returning them as they are now. */
  cancelEntries(ids: string[], now: Date) {
    return this.db
      .update(scheduleEntries)
      .set({ status: 'CANCELLED', updatedAt: now, version: sql`${scheduleEntries.version} + 1` })
      .where(inArray(scheduleEntries.id, ids.length ? ids : [NONE]))
      .returning();
  }

  async insertChanges(values: (typeof scheduleChanges.$inferInsert)[]): Promise<ChangeRow[]> {
    const out: ChangeRow[] = [];
    for (let i = 0; i < values.length; i += 500) out.push(...(await this.db.insert(scheduleChanges).values(values.slice(i, i + 500)).returning()));
    return out;
  }

  async lockEntry(id: string): Promise<EntryRow | null> {
    const [row] = await this.db.select().from(scheduleEntries).where(eq(scheduleEntries.id, id)).for('update');
    return row ?? null;
  }

  async updateEntry(id: string, values: Partial<typeof scheduleEntries.$inferInsert>) {
    const [row] = await this.db
      .update(scheduleEntries)
      .set({ ...values, version: sql`${scheduleEntries.version} + 1` })
      .where(eq(scheduleEntries.id, id))
      .returning();
    return row;
  }

  async insertChange(values: typeof scheduleChanges.$inferInsert) {
    const [row] = await this.db.insert(scheduleChanges).values(values).returning();
    return row;
  }

  entriesByIds(ids: readonly string[]) {
    return this.db.select().from(scheduleEntries).where(inArray(scheduleEntries.id, ids.length ? [...ids] : [NONE]));
  }

  changesByIds(ids: readonly string[]) {
    return this.db.select().from(scheduleChanges).where(inArray(scheduleChanges.id, ids.length ? [...ids] : [NONE]));
  }

  private entryWhere(f: EntryFilter, after?: { startsAt: Date; id: string }): SQL | undefined {
    return and(
      f.helperId ? eq(scheduleEntries.helperId, f.helperId) : undefined,
      f.sectorId ? eq(scheduleEntries.sectorId, f.sectorId) : undefined,
      f.sectorIds ? inArray(scheduleEntries.sectorId, f.sectorIds.length ? f.sectorIds : [NONE]) : undefined,
      lt(scheduleEntries.startsAt, f.to),
      gt(scheduleEntries.endsAt, f.from),
      // Entries never run longer than a day: bounds the index range scan on starts_at.
      gte(scheduleEntries.startsAt, new Date(f.from.getTime() - 86_400_000)),
      after ? or(gt(scheduleEntries.startsAt, after.startsAt), and(eq(scheduleEntries.startsAt, after.startsAt), gt(scheduleEntries.id, after.id))) : undefined,
    );
  }

  entries(f: EntryFilter, limit: number, after?: { startsAt: Date; id: string }) {
    return this.db.select().from(scheduleEntries).where(this.entryWhere(f, after)).orderBy(asc(scheduleEntries.startsAt), asc(scheduleEntries.id)).limit(limit);
  }

  async countEntries(f: EntryFilter): Promise<number> {
    const [row] = await this.db.select({ n: count() }).from(scheduleEntries).where(this.entryWhere(f));
    return row?.n ?? 0;
  }

  /** A day's changes, newest first, each with the staff and sector it names (read in the same statement). */
  changes(sectorId: string | undefined, day: string, helperId?: string) {
    const by = alias(staff, 'by_staff');
    const helperBefore = alias(staff, 'helper_before');
    const helperAfter = alias(staff, 'helper_after');
    return this.db
      .select({ change: scheduleChanges, by, helperBefore, helperAfter, sector: sectors })
      .from(scheduleChanges)
      .leftJoin(by, eq(by.id, scheduleChanges.byId))
      .leftJoin(helperBefore, eq(helperBefore.id, sql`(${scheduleChanges.before}->>'helperId')::uuid`))
      .leftJoin(helperAfter, eq(helperAfter.id, sql`(${scheduleChanges.after}->>'helperId')::uuid`))
      .leftJoin(sectors, eq(sectors.id, scheduleChanges.sectorId))
      .where(
        and(
          sectorId ? eq(scheduleChanges.sectorId, sectorId) : undefined,
          eq(scheduleChanges.day, day),
          // R5: a helper sees the changes of their own visits, before or after the change.
          helperId ? or(sql`${scheduleChanges.before}->>'helperId' = ${helperId}`, sql`${scheduleChanges.after}->>'helperId' = ${helperId}`) : undefined,
        ),
      )
      .orderBy(desc(scheduleChanges.at), desc(scheduleChanges.id))
      .then((rows) => rows.map(({ change, sector, ...people }) => ({ change, staff: Object.values(people).flatMap((p) => p ?? []), sector })));
  }

  /** Planned entries of helpers in a span, with the coordinates of the home they are at. */
  plannedOfHelpers(helperIds: string[], from: Date, to: Date): Promise<PlannedEntry[]> {
    return this.plannedWhere(sql`${scheduleEntries.helperId} = any(${sql.param(helperIds)}::uuid[])`, from, to);
  }

  plannedOfCases(caseIds: string[], from: Date, to: Date): Promise<PlannedEntry[]> {
    return this.plannedWhere(sql`${scheduleEntries.caseFileId} = any(${sql.param(caseIds)}::uuid[])`, from, to);
  }

  private async plannedWhere(who: SQL, from: Date, to: Date): Promise<PlannedEntry[]> {
    // The home is looked up per entry through the primary keys. As a plain join the planner hashed
    // every case file (a sequential scan of all of them) for the few dozen entries one change
    // rechecks: most of a change's check time on a large service (issue 14). LIMIT 1 keeps the
    // lateral subquery from being flattened back into that join.
    // Rows mapped here, not by drizzle: its per-column mapping of a joined select was a seventh of a
    // month's recheck in Node (44,000 entries); the ids as one array parameter, not a list of them.
    const rows = await this.db.execute<RawPlanned>(sql`
      select ${scheduleEntries.id} as id, ${scheduleEntries.helperId} as helper_id, ${scheduleEntries.caseFileId} as case_file_id,
        ${scheduleEntries.sectorId} as sector_id, ${scheduleEntries.kind} as kind, ${scheduleEntries.tasks} as tasks,
        ${scheduleEntries.startsAt} as starts_at, ${scheduleEntries.endsAt} as ends_at, home.latitude, home.longitude
      from ${scheduleEntries}
      cross join lateral (
        select ${beneficiaries.latitude} as latitude, ${beneficiaries.longitude} as longitude
        from ${caseFiles} join ${beneficiaries} on ${beneficiaries.id} = ${caseFiles.beneficiaryId}
        where ${caseFiles.id} = ${scheduleEntries.caseFileId}
        limit 1
      ) home
      where ${and(who, eq(scheduleEntries.status, 'PLANNED'), gte(scheduleEntries.startsAt, from), lt(scheduleEntries.startsAt, to))}`);
    return rows.map((r) => ({
      id: r.id, helperId: r.helper_id, caseFileId: r.case_file_id, sectorId: r.sector_id, kind: r.kind, tasks: r.tasks,
      // timestamptz comes as text (drizzle's client keeps PostgreSQL's), as drizzle's own mapping reads it.
      startsAt: new Date(r.starts_at), endsAt: new Date(r.ends_at), latitude: r.latitude, longitude: r.longitude,
    }));
  }

  /** Helper-days and case-weeks with planned work in a span: what a full recheck goes over. */
  async workIn(from: Date, to: Date) {
    return this.db
      .selectDistinct({ helperId: scheduleEntries.helperId, caseFileId: scheduleEntries.caseFileId, day: sql<string>`(${scheduleEntries.startsAt} at time zone ${SERVICE_TIME_ZONE})::date::text` })
      .from(scheduleEntries)
      .where(and(eq(scheduleEntries.status, 'PLANNED'), gte(scheduleEntries.startsAt, from), lt(scheduleEntries.startsAt, to)));
  }
}
