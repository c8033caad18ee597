// Organisation vocabulary shared by the rules (DOMAIN "Who works there").
export type StaffRole =
  | 'SOCIAL_WORKER'
  | 'FLYING_SOCIAL_WORKER'
  | 'RELAY_CONTROL_SOCIAL_WORKER'
  | 'FAMILY_HELPER'
  | 'HOME_HELPER'
  | 'TELEPHONIST'
  | 'DIRECTOR'
  | 'SOCIAL_POLE_HEAD'
  | 'TRAINEE';

export type AbsenceKind = 'SICKNESS' | 'LEAVE' | 'TRAINING' | 'TIME_OFF_IN_LIEU' | 'OTHER';

export interface Span {
  startsAt: Date;
  endsAt: Date;
}

// Who records absences, and so reads why someone is away: the social roles who plan people's time, and direction.
const WHY_AWAY_READERS: StaffRole[] = ['SOCIAL_WORKER', 'FLYING_SOCIAL_WORKER', 'RELAY_CONTROL_SOCIAL_WORKER', 'DIRECTOR', 'SOCIAL_POLE_HEAD'];

/**
 * R5 for staff: that someone is away is for everyone who must know whom to call (R14); why
 * (sickness, a medical certificate in the note) is for who records absences and the person.
 */
export function mayKnowWhyAway(viewer: { staffId: string; role: StaffRole }, absentStaffId: string): boolean {
  return viewer.staffId === absentStaffId || WHY_AWAY_READERS.includes(viewer.role);
}

/**
 * R5 for the permanence: why a shift changed hands (its event, its reason: often someone's health)
 * is for who records absences and the people it concerns, not for the board, the telephonist or helpers.
 */
export function mayKnowWhyReplaced(viewer: { staffId: string; role: StaffRole } | null, concerned: (string | null)[]): boolean {
  return !!viewer && (WHY_AWAY_READERS.includes(viewer.role) || concerned.includes(viewer.staffId));
}

export function overlaps(a: Span, b: Span): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

export function covers(span: Span, at: Date): boolean {
  return span.startsAt <= at && at < span.endsAt;
}
