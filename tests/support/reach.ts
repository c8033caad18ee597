// The need-to-know matrices' roles (tests/security/need-to-know*.test.ts): the demo roles and the kiosk,
// and what of a sector each reads in full.

/** What of a sector's schedules a role reads in full: every sector, sector S1 only, their own visits, or none. */
export type Reach = 'ALL' | 'S1' | 'OWN' | 'NONE';
export const REACH: Record<string, Reach> = {
  DIRECTOR: 'ALL',
  SOCIAL_POLE_HEAD: 'ALL',
  FLYING_SOCIAL_WORKER: 'ALL',
  RELAY_CONTROL_SOCIAL_WORKER: 'ALL',
  SOCIAL_WORKER: 'S1',
  TRAINEE: 'S1',
  FAMILY_HELPER: 'OWN',
  HOME_HELPER: 'OWN',
  TELEPHONIST: 'NONE',
  KIOSK: 'NONE',
};
export const ROLES = Object.keys(REACH);
export const fullIn = (role: string, sector: string) => REACH[role] === 'ALL' || (REACH[role] === 'S1' && sector === 'S1');
