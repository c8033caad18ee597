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

export function overlaps(a: Span, b: Span): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

export function covers(span: Span, at: Date): boolean {
  return span.startsAt <= at && at < span.endsAt;
}
