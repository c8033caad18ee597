// Organisation rules shared by the modules (DOMAIN "Who works there"); the roles and kinds of absence
// themselves are in shared/vocabulary/.
import { ABSENCE_KINDS, type AbsenceKind } from '../../shared/vocabulary/absences.js';
import { STAFF_ROLES, type StaffRole } from '../../shared/vocabulary/staff.js';

export { ABSENCE_KINDS, STAFF_ROLES, type AbsenceKind, type StaffRole };

// Groups of roles the rules share, written once.
export const DIRECTION: StaffRole[] = ['DIRECTOR', 'SOCIAL_POLE_HEAD'];
/** The social roles who plan people's time: the sector, flying and relay social workers. */
export const SOCIAL_ROLES: StaffRole[] = ['SOCIAL_WORKER', 'FLYING_SOCIAL_WORKER', 'RELAY_CONTROL_SOCIAL_WORKER'];
export const HELPER_ROLES: StaffRole[] = ['FAMILY_HELPER', 'HOME_HELPER'];

/** A family helper (AF) or a household helper (AMS). */
export function isHelper(role: string): boolean {
  return (HELPER_ROLES as string[]).includes(role);
}

export interface Span {
  startsAt: Date;
  endsAt: Date;
}

// Who records absences, and so reads why someone is away: the social roles who plan people's time, and direction.
export const ABSENCE_RECORDERS: StaffRole[] = [...SOCIAL_ROLES, ...DIRECTION];

/**
 * R5 for staff: that someone is away is for everyone who must know whom to call (R14); why
 * (sickness, a medical certificate in the note) is for who records absences and the person.
 */
export function mayKnowWhyAway(viewer: { staffId: string; role: StaffRole }, absentStaffId: string): boolean {
  return viewer.staffId === absentStaffId || ABSENCE_RECORDERS.includes(viewer.role);
}

/**
 * R5 for the permanence: why a shift changed hands (its event, its reason: often someone's health)
 * is for who records absences and the people it concerns, not for the board, the telephonist or helpers.
 */
export function mayKnowWhyReplaced(viewer: { staffId: string; role: StaffRole } | null, concerned: (string | null)[]): boolean {
  return !!viewer && (ABSENCE_RECORDERS.includes(viewer.role) || concerned.includes(viewer.staffId));
}

/** Whether two spans share an instant; an empty span (a replacement ended before it began) shares none, as PostgreSQL's ranges say. */
export function overlaps(a: Span, b: Span): boolean {
  return a.startsAt < a.endsAt && b.startsAt < b.endsAt && a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

export function covers(span: Span, at: Date): boolean {
  return span.startsAt <= at && at < span.endsAt;
}
