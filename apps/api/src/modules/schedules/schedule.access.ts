// R5 for helpers' schedules, the one place that decides what of a visit, a same-day change, a
// conflict, a pattern or a leave request a viewer may read. Every path (lists, node/nodes, mutation
// payloads, subscriptions) builds its objects through the projections in schedule.types.ts, which
// ask here. Pure: no GraphQL, no SQL. The decisions are written down in docs/security-need-to-know.md.
import { isHelper, type StaffRole } from '../org/index.js';

/**
 * FULL: the sector's schedule as its planners need it (visits, case files, tasks, free-text notes).
 * OWN: a helper's own visits (where, when, what to do), without the notes written about the homes.
 * BOARD: what the meeting-room screen shows: who, when, what kind of change or conflict; no home, no note.
 * NONE: nothing, not even that the row exists.
 */
export type ScheduleAccess = 'FULL' | 'OWN' | 'BOARD' | 'NONE';

export interface StaffScheduleViewer {
  kind: 'STAFF';
  staffId: string;
  role: StaffRole;
  sectorId: string | null;
  /** R14: the other sectors a social worker is the one to call for right now (she holds the permanence). */
  coveringSectorIds?: readonly string[];
}
export type ScheduleViewer = { kind: 'KIOSK' } | StaffScheduleViewer;

/** The sectors a social worker or trainee reads in full: her own, and (a social worker) those she answers for now. */
function ownSectors(v: StaffScheduleViewer): string[] {
  const own = v.sectorId ? [v.sectorId] : [];
  // A trainee does not hold the permanence, and reads no more than at her social worker's desk.
  return v.role === 'SOCIAL_WORKER' ? [...own, ...(v.coveringSectorIds ?? [])] : own;
}

/** What a row is about: its sector (null: none known) and the helpers whose work it is. */
export interface ScheduleSubject {
  sectorId: string | null;
  helperIds: readonly (string | null)[];
}

// Who plans or checks schedules in every sector: R11 replacements and R7/R8 controls (flying), R3 checks (relay), direction.
const ALL_SECTORS: StaffRole[] = ['FLYING_SOCIAL_WORKER', 'RELAY_CONTROL_SOCIAL_WORKER', 'DIRECTOR', 'SOCIAL_POLE_HEAD'];
// A trainee is followed by a social worker of their sector and reads no more than she does.
const OWN_SECTOR: StaffRole[] = ['SOCIAL_WORKER', 'TRAINEE'];
// Who plans a sector's helpers decides their leave (R12); a trainee does not.
const LEAVE_PLANNERS: StaffRole[] = ['SOCIAL_WORKER', ...ALL_SECTORS];

export function scheduleAccess(viewer: ScheduleViewer | null, s: ScheduleSubject): ScheduleAccess {
  if (!viewer) return 'NONE';
  if (viewer.kind === 'KIOSK') return 'BOARD';
  if (ALL_SECTORS.includes(viewer.role)) return 'FULL';
  // Other sectors' changes and conflicts: what the meeting-room screen shows anyone who walks past.
  if (OWN_SECTOR.includes(viewer.role)) return s.sectorId !== null && ownSectors(viewer).includes(s.sectorId) ? 'FULL' : 'BOARD';
  // R5: a helper knows their own work, not their colleagues'.
  if (isHelper(viewer.role)) return s.helperIds.includes(viewer.staffId) ? 'OWN' : 'NONE';
  // The telephonist reads who to call (R14) and the board, never whose home a helper is at.
  if (viewer.role === 'TELEPHONIST') return 'BOARD';
  return 'NONE';
}

/** The sectors whose visits a staff member reads in full: null for all of them, [] for none. */
export function entrySectors(viewer: ScheduleViewer | null): string[] | null {
  if (!viewer || viewer.kind === 'KIOSK') return [];
  if (ALL_SECTORS.includes(viewer.role)) return null;
  if (OWN_SECTOR.includes(viewer.role)) return ownSectors(viewer);
  return [];
}

export const SCHEDULE_FIELDS = [
  // The visit itself: its case file (the home), its tasks, its pattern.
  'entry',
  // Free text written about a home or a person: change notes (hospital, GP, sickness), acknowledgement notes.
  'note',
  // Why a helper is away (SICKNESS…): the board learns only that they are.
  'absenceKind',
  // Why a visit changed (helper ill, beneficiary in hospital): health next to a name on the wall screen.
  'reason',
] as const;
export type ScheduleField = (typeof SCHEDULE_FIELDS)[number];

const VISIBLE: Record<ScheduleAccess, readonly ScheduleField[]> = {
  FULL: SCHEDULE_FIELDS,
  // R5: notes about the beneficiary's health are not the helper's to read.
  OWN: ['entry', 'absenceKind'],
  BOARD: [],
  NONE: [],
};

export function mayReadSchedule(access: ScheduleAccess, field: ScheduleField): boolean {
  return VISIBLE[access].includes(field);
}

/** R12: a leave request (with its note) is read by who plans the helper's sector, and the helper. */
export function mayReadLeave(viewer: ScheduleViewer | null, l: { helperId: string; sectorId: string | null }): boolean {
  if (!viewer || viewer.kind === 'KIOSK') return false;
  if (isHelper(viewer.role)) return viewer.staffId === l.helperId;
  if (!LEAVE_PLANNERS.includes(viewer.role)) return false;
  return viewer.role !== 'SOCIAL_WORKER' || (l.sectorId !== null && l.sectorId === viewer.sectorId);
}
