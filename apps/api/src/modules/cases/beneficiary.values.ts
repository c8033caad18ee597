// Beneficiary intake data: validation (national-register number check digits, coordinates,
// amounts) into column values, and the audit trail's snapshot (identity numbers fingerprinted).
import { violation } from '../../shared/outcome.js';
import { fingerprint } from './audit.trail.js';
import type { BeneficiaryInput, PersonNoteInput } from './beneficiary.input.js';
import { nationalRegisterNumberError, normaliseNationalRegisterNumber } from './beneficiary.rules.js';
import type { BeneficiaryRow, CaseRepository } from './case.repository.js';

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
export async function beneficiaryValues(repo: Pick<CaseRepository, 'beneficiaryByNationalRegisterNumber'>, input: BeneficiaryInput, existing: BeneficiaryRow | null): Promise<BeneficiaryValues> {
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
