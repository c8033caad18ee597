// R5, the one place that decides what of a case file a viewer may see: every resolver path
// (queries, mutations, node, subscriptions) builds its CaseFile through projectCase().
import { DIRECTION, isHelper, SOCIAL_ROLES, type StaffRole } from '../org/index.js';

export type CaseAccess = 'FULL' | 'HELPER' | 'CALLER' | 'NONE';

/** The viewer as the policy needs them: helpers carry the case files they serve (their schedule). */
export interface CaseViewer {
  staffId: string;
  role: StaffRole;
  sectorId: string | null;
  servedCaseIds: ReadonlySet<string>;
}

const ALL_SECTORS: StaffRole[] = ['FLYING_SOCIAL_WORKER', 'RELAY_CONTROL_SOCIAL_WORKER', 'DIRECTOR', 'SOCIAL_POLE_HEAD'];
const OWN_SECTOR: StaffRole[] = ['SOCIAL_WORKER', 'TRAINEE'];
// Who may change case files and aid plans (trainees read, they are followed by a social worker).
export const CASE_WRITERS: StaffRole[] = [...SOCIAL_ROLES, ...DIRECTION];

export function caseAccess(viewer: CaseViewer | null, c: { id?: string; sectorId: string; socialWorkerId: string }): CaseAccess {
  if (!viewer) return 'NONE';
  if (ALL_SECTORS.includes(viewer.role)) return 'FULL';
  if (OWN_SECTOR.includes(viewer.role)) return viewer.sectorId === c.sectorId || viewer.staffId === c.socialWorkerId ? 'FULL' : 'NONE';
  // R5: a helper knows only the homes it is scheduled at, not every beneficiary of its sector.
  if (isHelper(viewer.role)) return c.id !== undefined && viewer.servedCaseIds.has(c.id) ? 'HELPER' : 'NONE';
  // R5: the telephonist reads who to call and the board, no case file by any path (by id, node, a
  // list, a feed, a visit's or a planning item's caseFile): `sectorSearch` alone gives her a caller's
  // name and sector (CALLER, sector-search.rules.ts), a few matches at a time, never a register.
  return 'NONE';
}

/**
 * Why this viewer may not list case files nor follow their changes at all, or null. A list or a feed
 * of every case file's beneficiary is a register of the service's beneficiaries: the telephonist
 * finds a caller's sector by a search (`sectorSearch`) instead.
 */
export function caseListRefusal(viewer: CaseViewer | null): string | null {
  if (viewer?.role === 'TELEPHONIST') return "R5: the telephonist neither lists case files nor follows their changes; find a caller's sector with `sectorSearch`.";
  return null;
}

// R5: an export of everything held (a data-subject request) is an act of the service, made by the
// responsible social worker or direction; a trainee reads the file but does not export it.
export const BENEFICIARY_EXPORTERS: readonly StaffRole[] = CASE_WRITERS;

/** Why this viewer may not export a beneficiary's data at all, or null (who of them sees the beneficiary in full is caseAccess's). */
export function exportRefusal(role: StaffRole): string | null {
  return BENEFICIARY_EXPORTERS.includes(role) ? null : 'R5: a beneficiary’s export is made by the responsible social worker or direction, not by your role.';
}

/** What of the case files a viewer may list: sectors (null = all) and, for helpers, the cases they serve. */
export function listableScope(viewer: CaseViewer | null): { sectorIds: string[] | null; caseIds: string[] | null } {
  if (!viewer) return { sectorIds: [], caseIds: null };
  if (ALL_SECTORS.includes(viewer.role)) return { sectorIds: null, caseIds: null };
  if (OWN_SECTOR.includes(viewer.role)) return { sectorIds: viewer.sectorId ? [viewer.sectorId] : [], caseIds: null };
  if (isHelper(viewer.role)) return { sectorIds: null, caseIds: [...viewer.servedCaseIds] };
  return { sectorIds: [], caseIds: null };
}

/** The access every case file of a viewer's list has (the list's scope is cut to it). */
export function listAccess(viewer: CaseViewer | null): CaseAccess {
  if (!viewer) return 'NONE';
  if (ALL_SECTORS.includes(viewer.role) || OWN_SECTOR.includes(viewer.role)) return 'FULL';
  if (isHelper(viewer.role)) return 'HELPER';
  return 'NONE';
}

// The case field each list filter reads: a filter is answered only to whom may read that field, or
// the rows it keeps would tell what the nulled field hides (a telephonist listing `status: CLOSED`).
const FILTER_FIELDS = { sectorId: 'sector', socialWorkerId: 'socialWorker', status: 'status', urgentAlert: 'urgent', evaluationOverdue: 'aidPlan' } as const;
export type CaseListFilter = keyof typeof FILTER_FIELDS;

/** The first filter set that this viewer's list may not answer (R5), or null. */
export function unreadableFilter(viewer: CaseViewer | null, set: Record<CaseListFilter, boolean>): CaseListFilter | null {
  const access = listAccess(viewer);
  for (const filter of Object.keys(FILTER_FIELDS) as CaseListFilter[]) if (set[filter] && !mayRead(access, FILTER_FIELDS[filter])) return filter;
  return null;
}

export const CASE_FIELDS = [
  'status',
  'sector',
  'socialWorker',
  'reasonForContact',
  'redirectedTo',
  'urgent',
  'transitions',
  'needs',
  'version',
  'aidPlan',
  'visits',
  'audit',
  // R2: proofs of income (amounts) and the financial participation; social roles only (R5).
  'incomeProofs',
  'financialParticipation',
] as const;
export const BENEFICIARY_FIELDS = [
  'name',
  'birthDate',
  'address',
  'maritalStatus',
  'nationalRegisterNumber',
  'familyAllowanceNumber',
  'householdMembers',
  'informalCaregivers',
  'outsideProfessionals',
  'propertyAdministrator',
  'accessNotes',
  'safetyNotes',
  'healthNotes',
  'monthlyIncome',
  'version',
] as const;
export type CaseField = (typeof CASE_FIELDS)[number];
export type BeneficiaryField = (typeof BENEFICIARY_FIELDS)[number];

// R5: helpers get what they need to work at the home; CALLER is a sector search's match (who to
// call: the name, the sector), never a case file reached by another path; nothing else.
const VISIBLE: Record<CaseAccess, { caseFile: readonly CaseField[]; beneficiary: readonly BeneficiaryField[] }> = {
  FULL: { caseFile: CASE_FIELDS, beneficiary: BENEFICIARY_FIELDS },
  HELPER: { caseFile: [], beneficiary: ['name', 'address', 'accessNotes', 'safetyNotes'] },
  CALLER: { caseFile: ['sector', 'socialWorker'], beneficiary: ['name'] },
  NONE: { caseFile: [], beneficiary: [] },
};

// Reads of these are written to the audit trail.
export const SENSITIVE_BENEFICIARY_FIELDS: readonly BeneficiaryField[] = ['nationalRegisterNumber', 'familyAllowanceNumber', 'healthNotes', 'monthlyIncome'];

// Reads of these case fields (their amounts) are written to the audit trail too.
export const SENSITIVE_CASE_FIELDS: readonly CaseField[] = ['incomeProofs', 'financialParticipation'];

export function mayRead(access: CaseAccess, field: CaseField): boolean {
  return VISIBLE[access].caseFile.includes(field);
}

export function mayReadBeneficiary(access: CaseAccess, field: BeneficiaryField): boolean {
  return VISIBLE[access].beneficiary.includes(field);
}

// The same table as one record per access, for the projections, which ask every field of every row.
const flags = <F extends string>(all: readonly F[], visible: readonly F[]) => Object.fromEntries(all.map((f) => [f, visible.includes(f)])) as Readonly<Record<F, boolean>>;
const CASE_VISIBLE = { FULL: flags(CASE_FIELDS, VISIBLE.FULL.caseFile), HELPER: flags(CASE_FIELDS, VISIBLE.HELPER.caseFile), CALLER: flags(CASE_FIELDS, VISIBLE.CALLER.caseFile), NONE: flags(CASE_FIELDS, VISIBLE.NONE.caseFile) };
const BENEFICIARY_VISIBLE = {
  FULL: flags(BENEFICIARY_FIELDS, VISIBLE.FULL.beneficiary),
  HELPER: flags(BENEFICIARY_FIELDS, VISIBLE.HELPER.beneficiary),
  CALLER: flags(BENEFICIARY_FIELDS, VISIBLE.CALLER.beneficiary),
  NONE: flags(BENEFICIARY_FIELDS, VISIBLE.NONE.beneficiary),
};

/** Which case fields this access reads (mayRead, for every field at once). */
export function readableCaseFields(access: CaseAccess): Readonly<Record<CaseField, boolean>> {
  return CASE_VISIBLE[access];
}

/** Which beneficiary fields this access reads (mayReadBeneficiary, for every field at once). */
export function readableBeneficiaryFields(access: CaseAccess): Readonly<Record<BeneficiaryField, boolean>> {
  return BENEFICIARY_VISIBLE[access];
}

/** The widest access over a beneficiary's case files. */
export function widestAccess(accesses: CaseAccess[]): CaseAccess {
  for (const a of ['FULL', 'HELPER', 'CALLER'] as const) if (accesses.includes(a)) return a;
  return 'NONE';
}
