// Queries on R12 leave requests and the helpers whose balance a social worker is given.
import { and, asc, count, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { leaveRequests, staff } from '../../db/schema/index.js';
import { HELPER_ROLES } from '../org/index.js';

export type LeaveRow = typeof leaveRequests.$inferSelect;
const NONE = '00000000-0000-0000-0000-000000000000';

export class LeaveRepository {
  constructor(private readonly db: Executor) {}

  async insert(values: typeof leaveRequests.$inferInsert) {
    const [row] = await this.db.insert(leaveRequests).values(values).returning();
    return row;
  }

  async lock(id: string): Promise<LeaveRow | null> {
    const [row] = await this.db.select().from(leaveRequests).where(eq(leaveRequests.id, id)).for('update');
    return row ?? null;
  }

  async update(id: string, values: Partial<typeof leaveRequests.$inferInsert>) {
    const [row] = await this.db.update(leaveRequests).set(values).where(eq(leaveRequests.id, id)).returning();
    return row;
  }

  byIds(ids: readonly string[]) {
    return this.db.select().from(leaveRequests).where(inArray(leaveRequests.id, ids.length ? [...ids] : [NONE]));
  }

  /** Requests of helpers starting in [from, to). */
  ofHelpers(helperIds: string[], from: Date, to: Date) {
    return this.db
      .select()
      .from(leaveRequests)
      .where(and(inArray(leaveRequests.helperId, helperIds.length ? helperIds : [NONE]), gte(leaveRequests.startsAt, from), lt(leaveRequests.startsAt, to)))
      .orderBy(asc(leaveRequests.startsAt));
  }

  helpersOfSector(sectorId: string) {
    return this.db
      .select({ id: staff.id, fte: staff.fte })
      .from(staff)
      .where(and(eq(staff.sectorId, sectorId), inArray(staff.role, HELPER_ROLES)))
      .orderBy(asc(staff.fullName));
  }

  helper(id: string) {
    return this.db.select({ id: staff.id, fte: staff.fte, role: staff.role, sectorId: staff.sectorId }).from(staff).where(eq(staff.id, id));
  }

  async countPending(helperId: string) {
    const [row] = await this.db.select({ n: count() }).from(leaveRequests).where(and(eq(leaveRequests.helperId, helperId), eq(leaveRequests.status, 'REQUESTED')));
    return row?.n ?? 0;
  }
}
