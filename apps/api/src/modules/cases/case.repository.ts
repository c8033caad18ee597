// Queries on beneficiaries, case files and their status history.
import { and, asc, count, eq, gt, inArray, isNotNull, isNull, lt, ne, not, sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { aidPlanVersions, beneficiaries, caseFiles, caseTransitions, scheduleEntries, sectors, staff } from '../../db/schema/index.js';
import { violation } from '../../shared/outcome.js';
import { anyUuid, preparedOnce } from '../../db/prepared.js';
import type { CaseStatus } from './case.rules.js';
import { PLAIN_STAFF_AS_W, plainStaffOf, type PlainStaffAsW, type PlainStaffRow } from '../org/index.js';

export type BeneficiaryRow = typeof beneficiaries.$inferSelect;
export type CaseRow = typeof caseFiles.$inferSelect;
export type TransitionRow = typeof caseTransitions.$inferSelect;

/**
 * What the list statement reads of the related rows when the query asks only these fields of them
 * (names and address; plain sector and staff fields): no notes, JSON lists, amounts, timestamps,
 * calendar secret or password hash to read and map. Of the beneficiary, only the asked fields' columns.
 */
const LIST_BENEFICIARY_COLUMNS = {
  firstName: 'b.first_name as b_first_name',
  lastName: 'b.last_name as b_last_name',
  birthDate: 'b.birth_date as b_birth_date',
  address: 'b.street as b_street, b.postal_code as b_postal_code, b.city as b_city, b.latitude as b_latitude, b.longitude as b_longitude',
  maritalStatus: 'b.marital_status as b_marital_status',
  version: 'b.version as b_version',
};
type ListBeneficiaryField = keyof typeof LIST_BENEFICIARY_COLUMNS;
/** The fields not asked are absent (undefined), never shown. */
export type ListBeneficiaryRow = Pick<BeneficiaryRow, 'id'> &
  Partial<Pick<BeneficiaryRow, 'firstName' | 'lastName' | 'birthDate' | 'street' | 'postalCode' | 'city' | 'latitude' | 'longitude' | 'maritalStatus' | 'version'>>;
/** The GraphQL fields of Beneficiary those columns answer. */
export const LIST_BENEFICIARY_FIELDS: ReadonlySet<string> = new Set(['__typename', 'id', ...Object.keys(LIST_BENEFICIARY_COLUMNS)]);
export type ListSectorRow = Pick<typeof sectors.$inferSelect, 'id' | 'code' | 'name'>;
export const LIST_SECTOR_FIELDS: ReadonlySet<string> = new Set(['__typename', 'id', 'code', 'name']);
export type ListStaffRow = PlainStaffRow;
export const LIST_STAFF_FIELDS: ReadonlySet<string> = new Set(['__typename', 'id', 'fullName', 'role', 'phone', 'email', 'fte']);

/** What the list statement reads besides what every case file needs (case.related.ts decides from the query). */
export interface ListRead {
  /** The case file's text and JSON (reason, redirection, urgent action taken, needs), which only their own fields show. */
  details?: boolean;
  /** The related rows joined (their list columns), instead of one more statement by ids each; of the beneficiary, the fields asked. */
  beneficiary?: ReadonlySet<string>;
  sector?: boolean;
  socialWorker?: boolean;
}
/** The details are read only when asked: absent otherwise (undefined), never shown. */
export type ListCaseRow = Pick<CaseRow, 'id' | 'beneficiaryId' | 'sectorId' | 'socialWorkerId' | 'status' | 'openedAt' | 'version' | 'urgentSince' | 'urgentActionAt'> &
  Partial<Pick<CaseRow, 'reasonForContact' | 'redirectedTo' | 'urgentActionTaken' | 'needs'>>;
export type ListRow = ListCaseRow & { beneficiary?: ListBeneficiaryRow; sector?: ListSectorRow; socialWorker?: ListStaffRow };

/** A row of the list statement as postgres.js hands it (timestamptz as text: drizzle's client keeps PostgreSQL's). */
type RawListRow = {
  id: string; beneficiary_id: string; sector_id: string; social_worker_id: string; status: CaseRow['status']; opened_at: string; version: number;
  urgent_since: string | null; urgent_action_at: string | null;
  reason_for_contact?: string; redirected_to?: string | null; urgent_action_taken?: string | null; needs?: CaseRow['needs'];
  b_first_name?: string; b_last_name?: string; b_birth_date?: string | null; b_street?: string | null; b_postal_code?: string | null; b_city?: string | null;
  b_latitude?: number | null; b_longitude?: number | null; b_marital_status?: BeneficiaryRow['maritalStatus']; b_version?: number;
  s_code: string; s_name: string;
} & PlainStaffAsW;

// The list statement's columns, as text: it is written, not built by drizzle (see `cases`).
const LIST_COLUMNS = {
  case: 'case_files.id, case_files.beneficiary_id, case_files.sector_id, case_files.social_worker_id, case_files.status, case_files.opened_at, case_files.version, case_files.urgent_since, case_files.urgent_action_at',
  details: 'case_files.reason_for_contact, case_files.redirected_to, case_files.urgent_action_taken, case_files.needs',
  sector: 's.code as s_code, s.name as s_name',
  socialWorker: PLAIN_STAFF_AS_W,
};

const instant = (text: string | null) => (text === null ? null : new Date(text));
/** The row of `rows` with this one's id, this one the first time. */
function shared<R extends { id: string }>(rows: Map<string, R>, row: R): R {
  const first = rows.get(row.id);
  if (first) return first;
  rows.set(row.id, row);
  return row;
}

export interface CaseFilter {
  /** null = every sector (the viewer's scope), [] = none. */
  scopeSectorIds: string[] | null;
  /** null = no limit; otherwise only these case files (a helper's). */
  scopeCaseIds?: string[] | null;
  sectorId?: string | null;
  status?: CaseStatus | null;
  socialWorkerId?: string | null;
  /** true: only urgent situations without an action yet; false: only the others. */
  urgentAlert?: boolean | null;
  /** R1 on a local date: `overdue` true keeps the cases overdue for evaluation then, false the others. */
  evaluationOverdue?: { on: string; overdue: boolean } | null;
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

/** The yes/no filters of the case list: false keeps the rows without, as a client reads it. */
function filterClauses(f: CaseFilter): (SQL | undefined)[] {
  const either = (wanted: boolean | null | undefined, clause: SQL | undefined) => (wanted == null ? undefined : wanted ? clause : not(clause ?? sql`true`));
  return [either(f.urgentAlert, urgentAlertOpen), f.evaluationOverdue ? either(f.evaluationOverdue.overdue, evaluationOverdueOn(f.evaluationOverdue.on)) : undefined];
}

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
      ...filterClauses(f),
    );
  }

  /**
   * Newest first; keyset-paginated on (opened_at, id). The list is the API's most read query: its
   * statement is written as text and its rows mapped here, not by drizzle, whose per-column mapping
   * of a joined select (and building the select) was about a tenth of the list's CPU (issue 14). One
   * text per filter shape and columns read (a named statement); the values bound as parameters.
   */
  async cases(filter: CaseFilter, limit: number, after?: { openedAt: string; id: string }, read: ListRead = {}): Promise<ListRow[]> {
    const ids = (column: string, list: string[] | null | undefined) => (list == null ? undefined : list.length ? sql`${sql.raw(column)} = any(${sql.param(list)}::uuid[])` : sql`false`);
    const columns = [LIST_COLUMNS.case];
    if (read.details) columns.push(LIST_COLUMNS.details);
    // In one order whatever the query's: one statement text per set of fields.
    for (const [field, text] of Object.entries(LIST_BENEFICIARY_COLUMNS)) if (read.beneficiary?.has(field as ListBeneficiaryField)) columns.push(text);
    if (read.sector) columns.push(LIST_COLUMNS.sector);
    if (read.socialWorker) columns.push(LIST_COLUMNS.socialWorker);
    const joins = [
      read.beneficiary ? ' join beneficiaries b on b.id = case_files.beneficiary_id' : '',
      read.sector ? ' join sectors s on s.id = case_files.sector_id' : '',
      read.socialWorker ? ' join staff w on w.id = case_files.social_worker_id' : '',
    ].join('');
    const where = and(
      ids('case_files.sector_id', filter.scopeSectorIds),
      ids('case_files.id', filter.scopeCaseIds),
      filter.sectorId ? sql`case_files.sector_id = ${filter.sectorId}::uuid` : undefined,
      filter.status ? sql`case_files.status = ${filter.status}` : undefined,
      filter.socialWorkerId ? sql`case_files.social_worker_id = ${filter.socialWorkerId}::uuid` : undefined,
      ...filterClauses(filter),
      after ? sql`(case_files.opened_at, case_files.id) < (${after.openedAt}::timestamptz, ${after.id}::uuid)` : undefined,
    );
    const rows = await this.db.execute<RawListRow>(
      sql`select ${sql.raw(columns.join(', '))} from case_files${sql.raw(joins)} ${where ? sql`where ${where}` : sql``} order by case_files.opened_at desc, case_files.id desc limit ${limit}`,
    );
    // One object per sector and social worker of the page, as a loader gives: projected once each (org.mappers.ts).
    const sectorRows = new Map<string, ListSectorRow>();
    const staffRows = new Map<string, ListStaffRow>();
    return rows.map((r) => ({
      id: r.id,
      beneficiaryId: r.beneficiary_id,
      sectorId: r.sector_id,
      socialWorkerId: r.social_worker_id,
      status: r.status,
      openedAt: new Date(r.opened_at),
      version: r.version,
      urgentSince: instant(r.urgent_since),
      urgentActionAt: instant(r.urgent_action_at),
      reasonForContact: r.reason_for_contact,
      redirectedTo: r.redirected_to,
      urgentActionTaken: r.urgent_action_taken,
      needs: r.needs,
      beneficiary: read.beneficiary
        ? { id: r.beneficiary_id, firstName: r.b_first_name, lastName: r.b_last_name, birthDate: r.b_birth_date, street: r.b_street, postalCode: r.b_postal_code, city: r.b_city, latitude: r.b_latitude, longitude: r.b_longitude, maritalStatus: r.b_marital_status, version: r.b_version }
        : undefined,
      sector: read.sector ? shared(sectorRows, { id: r.sector_id, code: r.s_code, name: r.s_name }) : undefined,
      socialWorker: read.socialWorker
        ? shared(staffRows, plainStaffOf(r.social_worker_id, r))
        : undefined,
    }));
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
