// Beneficiary intake: validation of the intake data (national-register number check digits),
// and updates under optimistic concurrency. Identity numbers never reach the logs or the trail.
import type { Database } from '../../db/client.js';
import { publish } from '../../events/outbox.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { violation } from '../../shared/outcome.js';
import { AuditRepository } from './audit.repository.js';
import { fingerprint, staleWrite } from './audit.service.js';
import type { BeneficiaryInput, PersonNoteInput } from './beneficiary.input.js';
import { nationalRegisterNumberError, normaliseNationalRegisterNumber } from './beneficiary.rules.js';
import { caseAccess, CASE_WRITERS, widestAccess } from './case.access.js';
import { projectBeneficiary } from './case.projection.js';
import { CaseRepository, type BeneficiaryRow } from './case.repository.js';
import type { StaffViewer } from '../auth/viewer.js';
import type { CaseService } from './case.service.js';
import type { BeneficiaryUpdateInput } from './beneficiary.input.js';
import type { Beneficiary } from './case.types.js';

type BeneficiaryValues = Omit<typeof import('../../db/schema/index.js').beneficiaries.$inferInsert, 'id'>;

export function beneficiarySnapshot(row: BeneficiaryRow): Record<string, unknown> {
  const { id: _id, version: _v, createdAt: _c, updatedAt: _u, nationalRegisterNumber, familyAllowanceNumber, ...rest } = row;
  return { ...rest, nationalRegisterNumber: fingerprint(nationalRegisterNumber), familyAllowanceNumber: fingerprint(familyAllowanceNumber) };
}

const NRN_MESSAGES = {
  FORMAT: 'A national-register number has 11 digits (YYMMDDSSSCC).',
  CHECK_DIGITS: 'The check digits of this national-register number are wrong: please check it against the identity card.',
  BIRTH_DATE: 'The national-register number does not match the birth date.',
} as const;

const people = (list: PersonNoteInput[] | null | undefined) =>
  (list ?? []).filter((p) => p.name.trim()).map((p) => ({ name: p.name.trim(), relation: p.relation ?? null, phone: p.phone ?? null, note: p.note ?? null }));
const text = (s: string | null | undefined) => (s === undefined ? undefined : s?.trim() || null);
// A name left out (or null) keeps the one on file; a name given blank is refused, not ignored.
const named = (given: string | null | undefined, kept: string | undefined) => (given == null ? kept : given.trim() || null);

/** Validated column values from intake input; on update (`existing`), omitted fields keep their value. */
export async function beneficiaryValues(repo: CaseRepository, input: BeneficiaryInput, existing: BeneficiaryRow | null): Promise<BeneficiaryValues> {
  const firstName = named(input.firstName, existing?.firstName);
  const lastName = named(input.lastName, existing?.lastName);
  if (!firstName) throw violation('firstName', 'REQUIRED', 'The first name is required.');
  if (!lastName) throw violation('lastName', 'REQUIRED', 'The last name is required.');
  const birthDate = input.birthDate === undefined ? (existing?.birthDate ?? null) : input.birthDate;
  if (birthDate && (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate) || Number.isNaN(Date.parse(`${birthDate}T00:00:00Z`)))) {
    throw violation('birthDate', 'INVALID_DATE', '`birthDate` must be a date, YYYY-MM-DD.');
  }
  let nrn = existing?.nationalRegisterNumber ?? null;
  if (input.nationalRegisterNumber !== undefined) nrn = input.nationalRegisterNumber ? normaliseNationalRegisterNumber(input.nationalRegisterNumber) : null;
  if (nrn) {
    const error = nationalRegisterNumberError(nrn, birthDate);
    if (error) throw violation('nationalRegisterNumber', error === 'BIRTH_DATE' ? 'NRN_BIRTH_DATE_MISMATCH' : 'INVALID_NATIONAL_REGISTER_NUMBER', NRN_MESSAGES[error]);
    const other = await repo.beneficiaryByNationalRegisterNumber(nrn);
    if (other && other.id !== existing?.id) throw violation('nationalRegisterNumber', 'DUPLICATE_BENEFICIARY', 'A beneficiary with this national-register number is already known.');
  }
  const a = input.address;
  if (a?.latitude !== undefined && a.latitude !== null && (a.latitude < -90 || a.latitude > 90)) throw violation('address', 'INVALID_LATITUDE', 'Latitude is between -90 and 90.');
  if (a?.longitude !== undefined && a.longitude !== null && (a.longitude < -180 || a.longitude > 180)) throw violation('address', 'INVALID_LONGITUDE', 'Longitude is between -180 and 180.');
  if (input.monthlyIncome !== undefined && input.monthlyIncome !== null && input.monthlyIncome < 0) throw violation('monthlyIncome', 'INVALID_AMOUNT', 'Income cannot be negative.');
  const keep = <K extends keyof BeneficiaryRow>(k: K, v: BeneficiaryRow[K] | undefined): BeneficiaryRow[K] | null => (v !== undefined ? v : (existing?.[k] ?? null));
  return {
    firstName,
    lastName,
    birthDate,
    street: a ? (text(a.street) ?? null) : keep('street', undefined),
    postalCode: a ? (text(a.postalCode) ?? null) : keep('postalCode', undefined),
    city: a ? (text(a.city) ?? null) : keep('city', undefined),
    latitude: a ? (a.latitude ?? null) : keep('latitude', undefined),
    longitude: a ? (a.longitude ?? null) : keep('longitude', undefined),
    maritalStatus: keep('maritalStatus', input.maritalStatus),
    nationalRegisterNumber: nrn,
    familyAllowanceNumber: keep('familyAllowanceNumber', text(input.familyAllowanceNumber)),
    householdMembers: input.householdMembers !== undefined ? people(input.householdMembers) : (existing?.householdMembers ?? []),
    informalCaregivers: input.informalCaregivers !== undefined ? people(input.informalCaregivers) : (existing?.informalCaregivers ?? []),
    outsideProfessionals: input.outsideProfessionals !== undefined ? people(input.outsideProfessionals) : (existing?.outsideProfessionals ?? []),
    propertyAdministrator: input.propertyAdministrator !== undefined ? (people(input.propertyAdministrator ? [input.propertyAdministrator] : [])[0] ?? null) : (existing?.propertyAdministrator ?? null),
    accessNotes: keep('accessNotes', text(input.accessNotes)),
    safetyNotes: keep('safetyNotes', text(input.safetyNotes)),
    healthNotes: keep('healthNotes', text(input.healthNotes)),
    monthlyIncome: input.monthlyIncome !== undefined ? (input.monthlyIncome === null ? null : input.monthlyIncome.toFixed(2)) : (existing?.monthlyIncome ?? null),
  };
}

export class BeneficiaryService {
  constructor(
    private readonly db: Database,
    private readonly cases: CaseService,
  ) {}

  async update(input: BeneficiaryUpdateInput, viewer: StaffViewer, now: Date): Promise<Beneficiary> {
    const row = await this.db.transaction(async (tx) => {
      const repo = new CaseRepository(tx);
      const id = fromGlobalId(input.beneficiaryId, 'Beneficiary')?.id;
      const before = id ? await repo.lockBeneficiary(id) : null;
      const cv = await this.cases.caseViewer(viewer);
      const cases = before ? await repo.casesOfBeneficiaries([before.id]) : [];
      if (!before || widestAccess(cases.map((c) => caseAccess(cv, c))) !== 'FULL' || !CASE_WRITERS.includes(viewer.role)) {
        throw violation('beneficiaryId', 'UNKNOWN_BENEFICIARY', 'No beneficiary you may change has this ID.');
      }
      if (before.version !== input.expectedVersion) throw await staleWrite(tx, 'Beneficiary', before.id, input.expectedVersion, before.version);
      const values = await beneficiaryValues(repo, input.changes, before);
      const after = await repo.updateBeneficiary(before.id, { ...values, version: before.version + 1, updatedAt: now });
      await new AuditRepository(tx).recordChange({
        actorId: viewer.staffId,
        entity: 'Beneficiary',
        entityId: after.id,
        caseFileId: cases.length === 1 ? cases[0].id : null,
        entityVersion: after.version,
        before: beneficiarySnapshot(before),
        after: beneficiarySnapshot(after),
        at: now,
      });
      await publish(tx, { type: 'BENEFICIARY_UPDATED', topic: 'case', subjectId: after.id, actorId: viewer.staffId, payload: { beneficiaryId: after.id, version: after.version } });
      return after;
    });
    const projected = projectBeneficiary('FULL', row, null);
    if (!projected) throw new Error('unreachable');
    return projected;
  }
}
