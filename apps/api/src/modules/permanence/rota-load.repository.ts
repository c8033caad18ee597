// The reads behind the week-end load (issue 12): the shifts of a span with the people holding each,
// and the people of the week-end rota with their FTE.
import { and, asc, eq, gt, inArray, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { binomes, permanenceShifts, staff } from '../../db/schema/index.js';
import type { HeldShift, RotaPerson } from './rota-fairness.rules.js';
import { shiftHolderIds } from './shift-holders.rules.js';

export type LoadShift = HeldShift & { id: string };

export class RotaLoadRepository {
  constructor(private readonly db: Executor) {}

  /** Shifts overlapping [from, to) in time order, each with its holders: the person, or the binôme's members (one substituted). */
  async heldShifts(from: Date, to: Date): Promise<LoadShift[]> {
    const rows = await this.db
      .select({
        id: permanenceShifts.id,
        kind: permanenceShifts.kind,
        startsAt: permanenceShifts.startsAt,
        endsAt: permanenceShifts.endsAt,
        holderStaffId: permanenceShifts.holderStaffId,
        holderBinomeId: permanenceShifts.holderBinomeId,
        substitutedMemberId: permanenceShifts.substitutedMemberId,
        substituteId: permanenceShifts.substituteId,
        first: binomes.firstMemberId,
        second: binomes.secondMemberId,
      })
      .from(permanenceShifts)
      .leftJoin(binomes, eq(binomes.id, permanenceShifts.holderBinomeId))
      .where(and(lt(permanenceShifts.startsAt, to), gt(permanenceShifts.endsAt, from)))
      .orderBy(asc(permanenceShifts.startsAt), asc(permanenceShifts.id));
    return rows.map((r) => ({ id: r.id, kind: r.kind, startsAt: r.startsAt, endsAt: r.endsAt, holderIds: shiftHolderIds(r, () => (r.first && r.second ? [r.first, r.second] : undefined)) }));
  }

  /** Every binôme member and these people (who held a shift), by name, each said whether a binôme member. */
  async rotaPeople(holderIds: readonly string[]): Promise<(RotaPerson & { binomeMember: boolean })[]> {
    const members = sql`(select ${binomes.firstMemberId} from ${binomes} union select ${binomes.secondMemberId} from ${binomes})`;
    const rows = await this.db
      .select({ id: staff.id, fte: staff.fte, binomeMember: sql<boolean>`${staff.id} in ${members}` })
      .from(staff)
      .where(or(inArray(staff.id, members), holderIds.length ? inArray(staff.id, [...holderIds]) : undefined))
      .orderBy(asc(staff.fullName), asc(staff.id));
    return rows.map((r) => ({ id: r.id, fte: Number(r.fte), binomeMember: r.binomeMember === true }));
  }

  /** The members of these binômes. */
  async binomeMembers(ids: readonly string[]): Promise<Map<string, string[]>> {
    if (!ids.length) return new Map();
    const rows = await this.db.select().from(binomes).where(inArray(binomes.id, [...ids]));
    return new Map(rows.map((b) => [b.id, [b.firstMemberId, b.secondMemberId]]));
  }

  /** Each binôme's members with their own FTE: the week-end rota measures each person against their own share. */
  async binomeMembersFte(ids: readonly string[]): Promise<Map<string, RotaPerson[]>> {
    if (!ids.length) return new Map();
    const rows = await this.db.select().from(binomes).where(inArray(binomes.id, [...ids]));
    const people = rows.length ? await this.db.select({ id: staff.id, fte: staff.fte }).from(staff).where(inArray(staff.id, rows.flatMap((b) => [b.firstMemberId, b.secondMemberId]))) : [];
    const fte = new Map(people.map((p) => [p.id, Number(p.fte)]));
    return new Map(rows.map((b) => [b.id, [b.firstMemberId, b.secondMemberId].map((id) => ({ id, fte: fte.get(id) ?? 1 }))]));
  }
}
