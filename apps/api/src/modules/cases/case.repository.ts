// Queries on beneficiaries, case files and their status history.
import { and, asc, count, desc, eq, getTableColumns, gt, inArray, isNotNull, isNull, lt, ne, sql, type Column, type Placeholder, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { aidPlanVersions, beneficiaries, caseFiles, caseTransitions, scheduleEntries, sectors, staff } from '../../db/schema/index.js';
import { violation } from '../../shared/outcome.js';
import { anyUuid, preparedOnce } from '../../db/prepared.js';
import type { CaseStatus } from './case.rules.js';

export type BeneficiaryRow = typeof beneficiaries.$inferSelect;
export type CaseRow = typeof caseFiles.$inferSelect;
export type TransitionRow = typeof caseTransitions.$inferSelect;

/**
 * The beneficiary columns a list reads in its own statement when the query asks only these fields of
 * the beneficiary (names, address): no notes, JSON lists, amounts or timestamps to read and map.
 */
const LIST_BENEFICIARY = {
  id: beneficiaries.id,
  firstName: beneficiaries.firstName,
  lastName: beneficiaries.lastName,
  birthDate: beneficiaries.birthDate,
  street: beneficiaries.street,
  postalCode: beneficiaries.postalCode,
  city: beneficiaries.city,
  latitude: beneficiaries.latitude,
  longitude: beneficiaries.longitude,
  maritalStatus: beneficiaries.maritalStatus,
  version: beneficiaries.version,
};
export type ListBeneficiaryRow = { [K in keyof typeof LIST_BENEFICIARY]: BeneficiaryRow[K] };
/** The GraphQL fields of Beneficiary those columns answer. */
export const LIST_BENEFICIARY_FIELDS: ReadonlySet<string> = new Set(['__typename', 'id', 'firstName', 'lastName', 'birthDate', 'address', 'maritalStatus', 'version']);

/** Likewise for the sector and the social worker: the columns their plain GraphQL fields answer (no calendar secret, no password hash). */
const LIST_SECTOR = { id: sectors.id, code: sectors.code, name: sectors.name };
export type ListSectorRow = { [K in keyof typeof LIST_SECTOR]: (typeof sectors.$inferSelect)[K] };
export const LIST_SECTOR_FIELDS: ReadonlySet<string> = new Set(['__typename', 'id', 'code', 'name']);
const LIST_STAFF = { id: staff.id, fullName: staff.fullName, role: staff.role, phone: staff.phone, email: staff.email, fte: staff.fte, sectorId: staff.sectorId };
export type ListStaffRow = { [K in keyof typeof LIST_STAFF]: (typeof staff.$inferSelect)[K] };
export const LIST_STAFF_FIELDS: ReadonlySet<string> = new Set(['__typename', 'id', 'fullName', 'role', 'phone', 'email', 'fte']);

/** Which related rows the list statement joins itself (case.related.ts decides). */
export interface ListJoins {
  beneficiary?: boolean;
  sector?: boolean;
  socialWorker?: boolean;
}
export type ListRow = CaseRow & { beneficiary?: ListBeneficiaryRow; sector?: ListSectorRow; socialWorker?: ListStaffRow };

export interface CaseFilter {
  /** null = every sector (the viewer's scope), [] = none. */
  scopeSectorIds: string[] | null;
  /** null = no limit; otherwise only these case files (a helper's). */
  scopeCaseIds?: string[] | null;
  sectorId?: string | null;
  status?: CaseStatus | null;
  socialWorkerId?: string | null;
  urgentAlert?: boolean | null;
  /** R1: cases whose current agreed plan's next evaluation is before this local date. */
  evaluationOverdueOn?: string | null;
}

/**
 * A concurrent intake of the same person trips the unique index. PostgreSQL's error detail quotes
 * the number, and faults are logged: turn it into a user error so the number never reaches a log.
 */
function duplicateNumber(err: unknown): never {
  const e = err as { code?: string; constraint_name?: string; cause?: { code?: string; constraint_name?: string } };
  const pg = e.cause ?? e;
  if (pg.code === '23505' && pg.constraint_name === 'beneficiaries_nrn_idx') {
    throw violation('nationalRegisterNumber', 'DUPLICATE_BENEFICIARY', 'A beneficiary with this national-register number is already known.');
  }
  throw err;
}

/**
 * R1: active case files whose current agreed plan's next evaluation (the latest evaluation's, or the
 * agreement's) is before `day` (a local date). Shared by the case list filter and the board counts.
 */
export function evaluationOverdueOn(day: string | Placeholder): SQL | undefined {
  return and(
    eq(caseFiles.status, 'ACTIVE'),
    sql`exists (select 1 from ${aidPlanVersions} v where v.case_file_id = ${caseFiles.id} and v.status = 'AGREED'
         and v.number = (select max(w.number) from ${aidPlanVersions} w where w.case_file_id = ${caseFiles.id} and w.status = 'AGREED')
         and coalesce((select e.next_evaluation_on from aid_plan_evaluations e where e.version_id = v.id order by e.evaluated_on desc, e.at desc limit 1),
                       v.next_evaluation_on) < ${day}::date)`,
  );
}

/** An urgent situation with no action recorded yet (isUrgentAlert in SQL). */
export const urgentAlertOpen: SQL | undefined = and(isNotNull(caseFiles.urgentSince), isNull(caseFiles.urgentActionAt));

export class CaseRepository {
  constructor(private readonly db: Executor) {}

  async insertBeneficiary(values: typeof beneficiaries.$inferInsert) {
    const [row] = await this.db.insert(beneficiaries).values(values).returning().catch(duplicateNumber);
    return row;
  }

  async lockBeneficiary(id: string): Promise<BeneficiaryRow | null> {
    const [row] = await this.db.select().from(beneficiaries).where(eq(beneficiaries.id, id)).for('update');
    return row ?? null;
  }

  async updateBeneficiary(id: string, values: Partial<typeof beneficiaries.$inferInsert>) {
    const [row] = await this.db.update(beneficiaries).set(values).where(eq(beneficiaries.id, id)).returning().catch(duplicateNumber);
    return row;
  }

  async beneficiaryByNationalRegisterNumber(nrn: string) {
    const [row] = await this.db.select({ id: beneficiaries.id }).from(beneficiaries).where(eq(beneficiaries.nationalRegisterNumber, nrn));
    return row ?? null;
  }

  async beneficiariesByIds(ids: readonly string[]) {
    if (!ids.length) return [];
    return preparedOnce(this.db, 'beneficiariesByIds', () => this.db.select().from(beneficiaries).where(anyUuid(beneficiaries.id, 'ids')).prepare('beneficiariesByIds')).execute({ ids: [...ids] });
  }

  async insertCase(values: typeof caseFiles.$inferInsert) {
    const [row] = await this.db.insert(caseFiles).values(values).returning();
    return row;
  }

  async lockCase(id: string): Promise<CaseRow | null> {
    const [row] = await this.db.select().from(caseFiles).where(eq(caseFiles.id, id)).for('update');
    return row ?? null;
  }

  async updateCase(id: string, values: Partial<typeof caseFiles.$inferInsert>) {
    const [row] = await this.db.update(caseFiles).set(values).where(eq(caseFiles.id, id)).returning();
    return row;
  }

  async casesByIds(ids: readonly string[]) {
    if (!ids.length) return [];
    return preparedOnce(this.db, 'casesByIds', () => this.db.select().from(caseFiles).where(anyUuid(caseFiles.id, 'ids')).prepare('casesByIds')).execute({ ids: [...ids] });
  }

  async casesOfBeneficiaries(ids: readonly string[]) {
    if (!ids.length) return [];
    return this.db.select().from(caseFiles).where(inArray(caseFiles.beneficiaryId, [...ids]));
  }

  async insertTransition(values: typeof caseTransitions.$inferInsert) {
    const [row] = await this.db.insert(caseTransitions).values(values).returning();
    return row;
  }

  async transitionsOfCases(ids: readonly string[]) {
    if (!ids.length) return [];
    return this.db.select().from(caseTransitions).where(inArray(caseTransitions.caseFileId, [...ids])).orderBy(asc(caseTransitions.at), asc(caseTransitions.caseVersion));
  }

  /** The sector of the team a helper works in, if any. */
  /** The case files a helper is scheduled at (entries not cancelled, ending after `since`). */
  async servedCaseIds(helperId: string, since: Date): Promise<Set<string>> {
    const rows = await this.db
      .selectDistinct({ caseFileId: scheduleEntries.caseFileId })
      .from(scheduleEntries)
      .where(and(eq(scheduleEntries.helperId, helperId), ne(scheduleEntries.status, 'CANCELLED'), gt(scheduleEntries.endsAt, since)));
    return new Set(rows.map((r) => r.caseFileId));
  }

  private where(f: CaseFilter): SQL | undefined {
    return and(
      f.scopeSectorIds === null ? undefined : f.scopeSectorIds.length ? inArray(caseFiles.sectorId, f.scopeSectorIds) : sql`false`,
      !f.scopeCaseIds ? undefined : f.scopeCaseIds.length ? inArray(caseFiles.id, f.scopeCaseIds) : sql`false`,
      f.sectorId ? eq(caseFiles.sectorId, f.sectorId) : undefined,
      f.status ? eq(caseFiles.status, f.status) : undefined,
      f.socialWorkerId ? eq(caseFiles.socialWorkerId, f.socialWorkerId) : undefined,
      f.urgentAlert === true ? urgentAlertOpen : undefined,
      f.evaluationOverdueOn ? evaluationOverdueOn(f.evaluationOverdueOn) : undefined,
    );
  }

  /**
   * Newest first; keyset-paginated on (opened_at, id). Built once per filter shape (which filters are
   * set), the values bound as placeholders: the list is the API's most read query.
   */
  cases(filter: CaseFilter, limit: number, after?: { openedAt: string; id: string }, join: ListJoins = {}): Promise<ListRow[]> {
    const p = sql.placeholder;
    const scope = (ids: string[] | null | undefined) => (ids == null ? 'any' : ids.length ? 'some' : 'none');
    const set = {
      sectorId: !!filter.sectorId, status: !!filter.status, socialWorkerId: !!filter.socialWorkerId, urgent: filter.urgentAlert === true, overdue: !!filter.evaluationOverdueOn, after: !!after,
      beneficiary: !!join.beneficiary, sector: !!join.sector, socialWorker: !!join.socialWorker,
    };
    const shape = `cases:${scope(filter.scopeSectorIds)}:${scope(filter.scopeCaseIds)}:${Object.values(set).map(Number).join('')}`;
    const inScope = (column: Column, ids: string[] | null | undefined, name: string) => (ids == null ? undefined : ids.length ? anyUuid(column, name) : sql`false`);
    // The related rows' list columns joined (one statement, not one more by ids each), or not.
    const from = () => {
      // Typed as if all were joined: the rows lack the keys not joined (ListRow's optional fields).
      const columns = {
        ...getTableColumns(caseFiles),
        ...(set.beneficiary && { beneficiary: LIST_BENEFICIARY }),
        ...(set.sector && { sector: LIST_SECTOR }),
        ...(set.socialWorker && { socialWorker: LIST_STAFF }),
      } as ReturnType<typeof getTableColumns<typeof caseFiles>> & { beneficiary: typeof LIST_BENEFICIARY; sector: typeof LIST_SECTOR; socialWorker: typeof LIST_STAFF };
      let q = this.db.select(columns).from(caseFiles).$dynamic();
      if (set.beneficiary) q = q.innerJoin(beneficiaries, eq(beneficiaries.id, caseFiles.beneficiaryId));
      if (set.sector) q = q.innerJoin(sectors, eq(sectors.id, caseFiles.sectorId));
      if (set.socialWorker) q = q.innerJoin(staff, eq(staff.id, caseFiles.socialWorkerId));
      return q;
    };
    const query = preparedOnce(this.db, shape, () =>
      from()
        .where(
          and(
            inScope(caseFiles.sectorId, filter.scopeSectorIds, 'scopeSectorIds'),
            inScope(caseFiles.id, filter.scopeCaseIds, 'scopeCaseIds'),
            set.sectorId ? eq(caseFiles.sectorId, p('sectorId')) : undefined,
            set.status ? eq(caseFiles.status, p('status')) : undefined,
            set.socialWorkerId ? eq(caseFiles.socialWorkerId, p('socialWorkerId')) : undefined,
            set.urgent ? urgentAlertOpen : undefined,
            set.overdue ? evaluationOverdueOn(p('day')) : undefined,
            set.after ? sql`(${caseFiles.openedAt}, ${caseFiles.id}) < (${p('afterOpenedAt')}::timestamptz, ${p('afterId')}::uuid)` : undefined,
          ),
        )
        .orderBy(desc(caseFiles.openedAt), desc(caseFiles.id))
        .limit(p('limit'))
        .prepare(shape),
    );
    return query.execute({
      scopeSectorIds: filter.scopeSectorIds,
      scopeCaseIds: filter.scopeCaseIds,
      sectorId: filter.sectorId,
      status: filter.status,
      socialWorkerId: filter.socialWorkerId,
      day: filter.evaluationOverdueOn,
      afterOpenedAt: after?.openedAt,
      afterId: after?.id,
      limit,
    });
  }

  async countCases(filter: CaseFilter) {
    const [row] = await this.db.select({ n: count() }).from(caseFiles).where(this.where(filter));
    return row.n;
  }

  /** Used by retention: closed case files untouched since before `before`. */
  closedBefore(before: Date) {
    return this.db
      .select()
      .from(caseFiles)
      .where(and(inArray(caseFiles.status, ['CLOSED', 'REDIRECTED']), lt(caseFiles.updatedAt, before)));
  }
}
