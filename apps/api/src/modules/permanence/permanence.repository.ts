// Queries on the rota, its replacements and the coverage alerts.
import { and, asc, count, desc, eq, gt, gte, inArray, isNotNull, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { alerts, binomes, permanenceReplacements, permanenceShifts } from '../../db/schema/index.js';
import type { Holding } from './shift-holders.rules.js';

export type ShiftRow = typeof permanenceShifts.$inferSelect;
export type AlertRow = typeof alerts.$inferSelect;
export type AlertStatus = 'OPEN' | 'RESOLVED' | 'ALL';

export interface AlertFilter {
  status: AlertStatus;
  /** Open alerts about the past are history; the board wants those still ahead. */
  endingAfter?: Date;
  after?: { rank: number; startsAt: string; id: string };
  limit: number;
}

const severityRank = sql<number>`case ${alerts.severity} when 'CRITICAL' then 0 when 'HIGH' then 1 else 2 end`;

export class PermanenceRepository {
  constructor(private readonly db: Executor) {}

  /** The shift covering each instant (null where none does), in one statement. */
  async shiftsAt(instants: readonly Date[]): Promise<(ShiftRow | null)[]> {
    if (!instants.length) return [];
    const s = permanenceShifts;
    const rows = await this.db
      .select()
      .from(s)
      .where(or(...instants.map((at) => and(lte(s.startsAt, at), gt(s.endsAt, at)))))
      .orderBy(desc(s.startsAt));
    return instants.map((at) => rows.find((r) => r.startsAt <= at && r.endsAt > at) ?? null);
  }

  /**
   * In one statement, the shifts on call around an instant: the one covering it, the first starting when
   * that one ends (or at the instant), and the first week-end shift from the instant. Up to three rows,
   * unordered: the service tells them apart (permanence.rules.ts onCallOf).
   */
  onCallAround(at: Date) {
    const s = permanenceShifts;
    const covering = sql`${and(lte(s.startsAt, at), gt(s.endsAt, at))} order by ${s.startsAt} desc limit 1`;
    const current = sql`(select ${s.id} from ${s} where ${covering})`;
    const from = sql`coalesce((select ${s.endsAt} from ${s} where ${covering}), ${at.toISOString()}::timestamptz)`;
    const next = sql`(select ${s.id} from ${s} where ${s.startsAt} >= ${from} order by ${s.startsAt} asc limit 1)`;
    const weekend = sql`(select ${s.id} from ${s} where ${and(gte(s.startsAt, at), eq(s.kind, 'WEEKEND'))} order by ${s.startsAt} asc limit 1)`;
    return this.db.select().from(permanenceShifts).where(sql`${permanenceShifts.id} in (${current}, ${next}, ${weekend})`);
  }

  async shiftsByIds(ids: readonly string[]) {
    if (!ids.length) return [];
    return this.db.select().from(permanenceShifts).where(inArray(permanenceShifts.id, [...ids]));
  }

  /** Locks shifts in id order (no deadlocks), so coverage of a shift is re-checked by one transaction at a time. */
  async lockShifts(ids: readonly string[]) {
    if (!ids.length) return [];
    return this.db.select().from(permanenceShifts).where(inArray(permanenceShifts.id, [...ids])).orderBy(asc(permanenceShifts.id)).for('update');
  }

  async lockShift(id: string): Promise<ShiftRow | null> {
    const [row] = await this.db.select().from(permanenceShifts).where(eq(permanenceShifts.id, id)).for('update');
    return row ?? null;
  }

  /** Shifts overlapping [from, to), in time order, after a keyset cursor. */
  shiftsBetween(from: Date, to: Date, limit: number, after?: { startsAt: string; id: string }) {
    return this.db
      .select()
      .from(permanenceShifts)
      .where(
        and(
          lt(permanenceShifts.startsAt, to),
          gt(permanenceShifts.endsAt, from),
          after ? sql`(${permanenceShifts.startsAt}, ${permanenceShifts.id}) > (${after.startsAt}::timestamptz, ${after.id}::uuid)` : undefined,
        ),
      )
      .orderBy(asc(permanenceShifts.startsAt), asc(permanenceShifts.id))
      .limit(limit);
  }

  async countShiftsBetween(from: Date, to: Date) {
    const [row] = await this.db
      .select({ n: count() })
      .from(permanenceShifts)
      .where(and(lt(permanenceShifts.startsAt, to), gt(permanenceShifts.endsAt, from)));
    return row.n;
  }

  overlappingShift(startsAt: Date, endsAt: Date) {
    return this.db.query.permanenceShifts.findFirst({
      where: and(lt(permanenceShifts.startsAt, endsAt), gt(permanenceShifts.endsAt, startsAt)),
    });
  }

  /**
   * Shifts not yet over, overlapping a span, held by these people: directly, as a binôme's substitute,
   * or through their binôme unless they handed over their place on it (shift-holders.rules.ts).
   */
  liveShiftsHeldBy(staffIds: string[], from: Date, to: Date, now: Date) {
    const member = (col: typeof binomes.firstMemberId | typeof binomes.secondMemberId) => and(inArray(col, staffIds), sql`${col} is distinct from ${permanenceShifts.substitutedMemberId}`);
    const binomeOf = this.db
      .select({ id: binomes.id })
      .from(binomes)
      .where(or(member(binomes.firstMemberId), member(binomes.secondMemberId)));
    return this.db
      .select()
      .from(permanenceShifts)
      .where(
        and(
          lt(permanenceShifts.startsAt, to),
          gt(permanenceShifts.endsAt, from),
          gt(permanenceShifts.endsAt, now),
          or(inArray(permanenceShifts.holderStaffId, staffIds), inArray(permanenceShifts.substituteId, staffIds), inArray(permanenceShifts.holderBinomeId, binomeOf)),
        ),
      );
  }

  /** Shifts of one person (directly or through a binôme) over a window, for their calendar. */
  shiftsOfStaff(staffId: string, from: Date, to: Date) {
    return this.liveShiftsHeldBy([staffId], from, to, from);
  }

  async insertShift(values: typeof permanenceShifts.$inferInsert) {
    const [row] = await this.db.insert(permanenceShifts).values(values).returning();
    return row;
  }

  insertShifts(values: (typeof permanenceShifts.$inferInsert)[]) {
    return this.db.insert(permanenceShifts).values(values).returning();
  }

  async endShiftAt(id: string, at: Date) {
    await this.db.update(permanenceShifts).set({ endsAt: at, updatedAt: at }).where(eq(permanenceShifts.id, id));
  }

  /** Sets the whole holding: a replacement by a person or a binôme clears any substitution. */
  async setHolder(id: string, holder: Holding, at: Date) {
    const [row] = await this.db.update(permanenceShifts).set({ ...holder, updatedAt: at }).where(eq(permanenceShifts.id, id)).returning();
    return row;
  }

  async insertReplacement(values: typeof permanenceReplacements.$inferInsert) {
    const [row] = await this.db.insert(permanenceReplacements).values(values).returning();
    return row;
  }

  async replacementsOfShifts(shiftIds: readonly string[]) {
    if (!shiftIds.length) return [];
    return this.db
      .select()
      .from(permanenceReplacements)
      .where(inArray(permanenceReplacements.shiftId, [...shiftIds]))
      .orderBy(asc(permanenceReplacements.recordedAt));
  }

  async replacementsByIds(ids: readonly string[]) {
    if (!ids.length) return [];
    return this.db.select().from(permanenceReplacements).where(inArray(permanenceReplacements.id, [...ids]));
  }

  async openAlertsOfShifts(shiftIds: string[]) {
    if (!shiftIds.length) return [];
    return this.db.select().from(alerts).where(and(inArray(alerts.shiftId, shiftIds), isNull(alerts.resolvedAt)));
  }

  async insertAlerts(values: (typeof alerts.$inferInsert)[]) {
    if (!values.length) return [];
    return this.db.insert(alerts).values(values).returning();
  }

  async resolveAlerts(ids: string[], at: Date) {
    if (!ids.length) return [];
    return this.db.update(alerts).set({ resolvedAt: at }).where(and(inArray(alerts.id, ids), isNull(alerts.resolvedAt))).returning();
  }

  async alertsByIds(ids: readonly string[]) {
    if (!ids.length) return [];
    return this.db.select().from(alerts).where(inArray(alerts.id, [...ids]));
  }

  private alertWhere(filter: Omit<AlertFilter, 'limit' | 'after'>): SQL | undefined {
    return and(
      filter.status === 'OPEN' ? isNull(alerts.resolvedAt) : filter.status === 'RESOLVED' ? isNotNull(alerts.resolvedAt) : undefined,
      filter.endingAfter ? gt(alerts.endsAt, filter.endingAfter) : undefined,
    );
  }

  /** Most severe first, then soonest; keyset-paginated. Each row carries the count of the whole filter (not the page). */
  alerts(filter: AlertFilter) {
    const after = filter.after;
    const total = sql<number>`(select count(*) from ${alerts} where ${this.alertWhere(filter) ?? sql`true`})`.mapWith(Number);
    return this.db
      .select({ alert: alerts, rank: severityRank.as('rank'), total: total.as('total') })
      .from(alerts)
      .where(
        and(
          this.alertWhere(filter),
          after ? sql`(${severityRank}, ${alerts.startsAt}, ${alerts.id}) > (${after.rank}, ${after.startsAt}::timestamptz, ${after.id}::uuid)` : undefined,
        ),
      )
      .orderBy(severityRank, asc(alerts.startsAt), asc(alerts.id))
      .limit(filter.limit);
  }

  async countAlerts(filter: Omit<AlertFilter, 'limit' | 'after'>) {
    const [row] = await this.db.select({ n: count() }).from(alerts).where(this.alertWhere(filter));
    return row.n;
  }

  /** Used by tests and seed: all shifts from an instant on. */
  shiftIdsFrom(from: Date) {
    return this.db.select({ id: permanenceShifts.id }).from(permanenceShifts).where(gte(permanenceShifts.endsAt, from));
  }
}
