// Queries on the swaps of permanence shifts.
import { and, asc, eq, gt, inArray, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { permanenceShifts, permanenceSwaps } from '../../db/schema/index.js';
import type { SwapStatus } from '../../shared/vocabulary/permanence.js';

export type SwapRow = typeof permanenceSwaps.$inferSelect;

/** Which pending swaps a list shows: all, or those a colleague offered or took plus the open offers. */
export interface PendingSwapFilter {
  /** Null: all (approvers). */
  staffId: string | null;
  /** Also list the open offers of others (a colleague who may take them). */
  openOffers: boolean;
  limit: number;
}

export class SwapRepository {
  constructor(private readonly db: Executor) {}

  async insert(values: typeof permanenceSwaps.$inferInsert): Promise<SwapRow> {
    const [row] = await this.db.insert(permanenceSwaps).values(values).returning();
    return row;
  }

  /** The row lock serialises concurrent steps of one swap: of twenty approvals, one finds it TAKEN. */
  async lock(id: string): Promise<SwapRow | null> {
    const [row] = await this.db.select().from(permanenceSwaps).where(eq(permanenceSwaps.id, id)).for('update');
    return row ?? null;
  }

  async update(id: string, values: Partial<typeof permanenceSwaps.$inferInsert>): Promise<SwapRow> {
    const [row] = await this.db.update(permanenceSwaps).set(values).where(eq(permanenceSwaps.id, id)).returning();
    return row;
  }

  /** Ends the open swaps of a shift that changed hands another way. */
  cancelOpenOfShift(shiftId: string, by: string, at: Date): Promise<SwapRow[]> {
    return this.db
      .update(permanenceSwaps)
      .set({ status: 'CANCELLED', endedById: by, endedAt: at })
      .where(and(eq(permanenceSwaps.shiftId, shiftId), inArray(permanenceSwaps.status, ['OFFERED', 'TAKEN'])))
      .returning();
  }

  async byIds(ids: readonly string[]): Promise<SwapRow[]> {
    if (!ids.length) return [];
    return this.db.select().from(permanenceSwaps).where(inArray(permanenceSwaps.id, [...ids]));
  }

  async ofShifts(shiftIds: readonly string[]): Promise<SwapRow[]> {
    if (!shiftIds.length) return [];
    return this.db.select().from(permanenceSwaps).where(inArray(permanenceSwaps.shiftId, [...shiftIds])).orderBy(asc(permanenceSwaps.offeredAt));
  }

  /** Pending swaps of shifts not yet started (a started one can no longer be approved), soonest shift first. */
  pending(filter: PendingSwapFilter, now: Date, statuses: SwapStatus[] = ['OFFERED', 'TAKEN']) {
    const mine: SQL | undefined = filter.staffId
      ? or(eq(permanenceSwaps.offeredById, filter.staffId), eq(permanenceSwaps.takenById, filter.staffId), filter.openOffers ? eq(permanenceSwaps.status, 'OFFERED') : undefined)
      : undefined;
    return this.db
      .select({ swap: permanenceSwaps })
      .from(permanenceSwaps)
      .innerJoin(permanenceShifts, eq(permanenceShifts.id, permanenceSwaps.shiftId))
      .where(and(inArray(permanenceSwaps.status, statuses), gt(permanenceShifts.startsAt, now), mine))
      .orderBy(asc(permanenceShifts.startsAt), asc(permanenceSwaps.id))
      .limit(filter.limit)
      .then((rows) => rows.map((r) => r.swap));
  }
}
