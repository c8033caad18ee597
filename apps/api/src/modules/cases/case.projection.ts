// R5: rows become GraphQL objects only through these projections, which keep what the viewer may
// read and null the rest. Queries, mutations, `node` and subscriptions all go through them.
import { nodeOf } from '../../graphql/relay.js';
import { toGlobalId } from '../../shared/global-id.js';
import { caseAccess, readableBeneficiaryFields, readableCaseFields, type CaseAccess, type CaseViewer } from './case.access.js';
import type { BeneficiaryRow, ListBeneficiaryRow, ListCaseRow } from './case.repository.js';
import { isUrgentAlert } from './case.rules.js';
import { Beneficiary, CaseFile } from './case.types.js';

/** The case file as this viewer may see it; null when it is not theirs to see at all. */
export function projectCase(viewer: CaseViewer | null, row: ListCaseRow): CaseFile | null {
  return projectCaseWith(caseAccess(viewer, row), row);
}

export function projectCaseWith(access: CaseAccess, row: ListCaseRow): CaseFile | null {
  if (access === 'NONE') return null;
  const see = readableCaseFields(access);
  // A list's row carries its details only when they are asked (ListCaseRow): otherwise they are never shown.
  return nodeOf(CaseFile, {
    id: toGlobalId('CaseFile', row.id),
    dbId: row.id,
    access,
    beneficiaryDbId: row.beneficiaryId,
    sectorDbId: row.sectorId,
    socialWorkerDbId: row.socialWorkerId,
    related: undefined,
    status: see.status ? row.status : null,
    openedAt: see.status ? row.openedAt : null,
    reasonForContact: see.reasonForContact ? (row.reasonForContact ?? null) : null,
    redirectedTo: see.redirectedTo ? (row.redirectedTo ?? null) : null,
    urgent: see.urgent ? row.urgentSince !== null : null,
    urgentAlert: see.urgent ? isUrgentAlert(row) : null,
    urgentActionTaken: see.urgent ? (row.urgentActionTaken ?? null) : null,
    // Stored as validated on input (case.input.ts): the domains and levels of the enums.
    needs: see.needs ? ((row.needs ?? null) as CaseFile['needs']) : null,
    version: see.version ? row.version : null,
  });
}

/**
 * A beneficiary as seen through one of their case files (or the widest access over them). A list's
 * row carries only the columns of the fields asked (ListBeneficiaryRow, read when only list fields
 * are asked): the fields it lacks are never asked of it, and are null or left out.
 */
export function projectBeneficiary(access: CaseAccess, row: ListBeneficiaryRow & Partial<BeneficiaryRow>, caseDbId: string | null): Beneficiary | null {
  if (access === 'NONE') return null;
  const see = readableBeneficiaryFields(access);
  const listed = {
    id: toGlobalId('Beneficiary', row.id),
    dbId: row.id,
    caseDbId,
    access,
    firstName: see.name ? (row.firstName ?? null) : null,
    lastName: see.name ? (row.lastName ?? null) : null,
    birthDate: see.birthDate ? (row.birthDate ?? null) : null,
    address: see.address && row.street !== undefined ? { street: row.street, postalCode: row.postalCode ?? null, city: row.city ?? null, latitude: row.latitude ?? null, longitude: row.longitude ?? null } : null,
    maritalStatus: see.maritalStatus ? (row.maritalStatus ?? null) : null,
    version: see.version ? (row.version ?? null) : null,
  };
  if (row.householdMembers === undefined) return nodeOf(Beneficiary, listed as Beneficiary);
  return nodeOf(Beneficiary, {
    ...listed,
    nationalRegisterNumber: see.nationalRegisterNumber ? (row.nationalRegisterNumber ?? null) : null,
    familyAllowanceNumber: see.familyAllowanceNumber ? (row.familyAllowanceNumber ?? null) : null,
    householdMembers: see.householdMembers && row.householdMembers ? row.householdMembers.map(person) : null,
    informalCaregivers: see.informalCaregivers && row.informalCaregivers ? row.informalCaregivers.map(person) : null,
    outsideProfessionals: see.outsideProfessionals && row.outsideProfessionals ? row.outsideProfessionals.map(person) : null,
    propertyAdministrator: see.propertyAdministrator && row.propertyAdministrator ? person(row.propertyAdministrator) : null,
    accessNotes: see.accessNotes ? (row.accessNotes ?? null) : null,
    safetyNotes: see.safetyNotes ? (row.safetyNotes ?? null) : null,
    healthNotes: see.healthNotes ? (row.healthNotes ?? null) : null,
    monthlyIncome: see.monthlyIncome && row.monthlyIncome != null ? Number(row.monthlyIncome) : null,
  });
}

function person(p: { name: string; relation?: string | null; phone?: string | null; note?: string | null }) {
  return { name: p.name, relation: p.relation ?? null, phone: p.phone ?? null, note: p.note ?? null };
}
