// Queries on sectors, staff, teams, binômes and absences.
import { and, asc, eq, gt, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { absences, binomes, sectors, staff, teams } from '../../db/schema/index.js';
import type { StaffRole } from './org.rules.js';
import { madeRead, offerRead, sharedRead, type RequestReads } from '../../db/request-reads.js';
import { anyUuid, preparedOnce } from '../../db/prepared.js';

const STAFF_BY_NAME = 'staffByName';

/** The staff columns every Staff field but `calendarUrl` is answered from: no password hash, no calendar secret. */
export const PLAIN_STAFF = { id: staff.id, fullName: staff.fullName, role: staff.role, phone: staff.phone, email: staff.email, fte: staff.fte, sectorId: staff.sectorId };
export type PlainStaffRow = Pick<typeof staff.$inferSelect, keyof typeof PLAIN_STAFF>;
type SectorRow = typeof sectors.$inferSelect;

/**
 * A staff member joined as `w` in a written statement (no drizzle mapping): their plain columns
 * named `w_…`, and the row they make. The case list and the sectors' social workers read them so.
 */
export const PLAIN_STAFF_AS_W = 'w.full_name as w_full_name, w.role as w_role, w.phone as w_phone, w.email as w_email, w.fte as w_fte, w.sector_id as w_sector_id';
export type PlainStaffAsW = { w_full_name: string; w_role: PlainStaffRow['role']; w_phone: string | null; w_email: string; w_fte: string; w_sector_id: string | null };
export function plainStaffOf(id: string, r: PlainStaffAsW): PlainStaffRow {
  return { id, fullName: r.w_full_name, role: r.w_role, phone: r.w_phone, email: r.w_email, fte: r.w_fte, sectorId: r.w_sector_id };
}

// Every sector with the social worker heading its team (one left join: a team per sector). Written,
// not built by drizzle: read by every board request, where drizzle's per-column mapping of the joined
// select was the largest part of drizzle's ~9 % of the who-to-call read's CPU (issue 14).
const SECTORS_WITH_WORKERS = sql.raw(
  `select s.id, s.code, s.name, s.calendar_secret, s.created_at, w.id as w_id, ${PLAIN_STAFF_AS_W}` +
    ' from sectors s left join teams t on t.sector_id = s.id left join staff w on w.id = t.social_worker_id order by s.code',
);
/** A row of that statement as postgres.js hands it (timestamptz as text: drizzle's client keeps PostgreSQL's). */
type RawSectorWorkerRow = { id: string; code: string; name: string; calendar_secret: string | null; created_at: string; w_id: string | null } & PlainStaffAsW;

export interface AbsenceFilter {
  staffIds?: string[];
  from: Date;
  to: Date;
}

/** The whole staff (by name), read by a wider statement of this query request: later staff reads pick from it. */
export function offerWholeStaff(reads: RequestReads | undefined, rows: (typeof staff.$inferSelect)[]): void {
  offerRead(reads, STAFF_BY_NAME, rows);
}

export class OrgRepository {
  constructor(private readonly db: Executor) {}

  /** `reads`: the query request's shared reads (db/request-reads.ts), here and below; none outside a query. */
  async staffByIds(ids: readonly string[], reads?: RequestReads) {
    if (!ids.length) return [];
    // A query request that has read the whole staff already (who to call, the planning card) picks from it.
    const everyone = madeRead<(typeof staff.$inferSelect)[]>(reads, STAFF_BY_NAME);
    if (everyone) return everyone.then((all) => all.filter((p) => ids.includes(p.id)));
    return preparedOnce(this.db, 'staffByIds', () => this.db.select().from(staff).where(anyUuid(staff.id, 'ids')).prepare('staffByIds')).execute({ ids: [...ids] });
  }

  staffByRoles(roles: StaffRole[], reads?: RequestReads) {
    // Within a query request the staff is read once for every role asked (direction, flying, relay).
    if (reads) return sharedRead(reads, STAFF_BY_NAME, () => this.db.select().from(staff).orderBy(asc(staff.fullName))).then((all) => all.filter((p) => roles.includes(p.role)));
    return this.db.select().from(staff).where(inArray(staff.role, roles)).orderBy(asc(staff.fullName));
  }

  staffByCalendarSecret(secret: string) {
    return this.db.query.staff.findFirst({ where: eq(staff.calendarSecret, secret) });
  }

  sectors(reads?: RequestReads) {
    if (reads) return this.sectorsWithWorkers(reads).then((rows) => rows.map((r) => r.sector));
    return preparedOnce(this.db, 'sectors', () => this.db.select().from(sectors).orderBy(asc(sectors.code)).prepare('sectors')).execute();
  }

  /**
   * Within a query request, the sectors are read once with the social worker heading each team (one
   * left join: a team per sector), so the board's sector cards ask for no statement of their own.
   */
  private sectorsWithWorkers(reads: RequestReads): Promise<{ sector: SectorRow; worker: PlainStaffRow | null }[]> {
    return sharedRead(reads, 'sectorsWithWorkers', async () =>
      (await this.db.execute<RawSectorWorkerRow>(SECTORS_WITH_WORKERS)).map((r) => ({
        sector: { id: r.id, code: r.code, name: r.name, calendarSecret: r.calendar_secret, createdAt: new Date(r.created_at) },
        worker: r.w_id === null ? null : plainStaffOf(r.w_id, r),
      })),
    );
  }

  async sectorsByIds(ids: readonly string[], reads?: RequestReads) {
    if (!ids.length) return [];
    // A query request reads the (few) sectors once, for the list and for every reference to one.
    if (reads) return this.sectors(reads).then((all) => all.filter((s) => ids.includes(s.id)));
    return preparedOnce(this.db, 'sectorsByIds', () => this.db.select().from(sectors).where(anyUuid(sectors.id, 'ids')).prepare('sectorsByIds')).execute({ ids: [...ids] });
  }

  /** A new secret (rotate) or none (revoke) for a person's feed link; null when there is no such person. */
  async setStaffCalendarSecret(id: string, secret: string | null) {
    const [row] = await this.db.update(staff).set({ calendarSecret: secret }).where(eq(staff.id, id)).returning();
    return row ?? null;
  }

  async setSectorCalendarSecret(id: string, secret: string | null) {
    const [row] = await this.db.update(sectors).set({ calendarSecret: secret }).where(eq(sectors.id, id)).returning();
    return row ?? null;
  }

  sectorByCalendarSecret(secret: string) {
    return this.db.query.sectors.findFirst({ where: eq(sectors.calendarSecret, secret) });
  }

  /** The social worker heading each sector's team, keyed by sector id. */
  async sectorSocialWorkers(sectorIds: readonly string[], reads?: RequestReads) {
    if (!sectorIds.length) return [];
    if (reads) {
      const rows = await this.sectorsWithWorkers(reads);
      return rows.flatMap((r) => (r.worker && sectorIds.includes(r.sector.id) ? [{ sectorId: r.sector.id, worker: r.worker }] : []));
    }
    return preparedOnce(this.db, 'sectorSocialWorkers', () =>
      this.db
        .select({ sectorId: teams.sectorId, worker: PLAIN_STAFF })
        .from(teams)
        .innerJoin(staff, eq(staff.id, teams.socialWorkerId))
        .where(anyUuid(teams.sectorId, 'ids'))
        .prepare('sectorSocialWorkers'),
    ).execute({ ids: [...sectorIds] });
  }

  async binomesByIds(ids: readonly string[], reads?: RequestReads) {
    if (!ids.length) return [];
    return sharedRead(reads, `binomesByIds:${[...ids].sort().join(',')}`, () => this.db.select().from(binomes).where(inArray(binomes.id, [...ids])));
  }

  binomes() {
    return this.db.select().from(binomes).orderBy(asc(binomes.name));
  }

  /** Absences (not cancelled) overlapping [from, to). */
  absencesOverlapping(filter: AbsenceFilter) {
    return this.db
      .select()
      .from(absences)
      .where(
        and(
          isNull(absences.cancelledAt),
          lt(absences.startsAt, filter.to),
          gt(absences.endsAt, filter.from),
          filter.staffIds ? inArray(absences.staffId, filter.staffIds.length ? filter.staffIds : ['00000000-0000-0000-0000-000000000000']) : undefined,
        ),
      )
      .orderBy(asc(absences.startsAt));
  }

  absenceById(id: string) {
    return this.db.query.absences.findFirst({ where: eq(absences.id, id) });
  }

  async insertAbsence(values: typeof absences.$inferInsert) {
    const [row] = await this.db.insert(absences).values(values).returning();
    return row;
  }

  async cancelAbsence(id: string, at: Date) {
    const [row] = await this.db
      .update(absences)
      .set({ cancelledAt: at })
      .where(and(eq(absences.id, id), isNull(absences.cancelledAt)))
      .returning();
    return row ?? null;
  }

  /** Binômes in which any of these people sit. */
  async binomesOf(staffIds: string[]) {
    if (!staffIds.length) return [];
    return this.db
      .select()
      .from(binomes)
      .where(or(inArray(binomes.firstMemberId, staffIds), inArray(binomes.secondMemberId, staffIds)));
  }
}
