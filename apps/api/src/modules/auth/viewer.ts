// Who is asking (the Viewer itself is shared/viewer.ts), the role groups modules authorize with (the
// organisation's, org/org.roles.ts, handed on here) and the permanence desk's actions per role.
import { ABSENCE_RECORDERS, ALERT_ACKNOWLEDGERS, DIRECTION, ROTA_KEEPERS, SOCIAL_ROLES, type StaffRole } from '../org/index.js';

export { ABSENCE_RECORDERS, ALERT_ACKNOWLEDGERS, ALL_STAFF, BOARD_READERS, DIRECTION, KIOSK, mayReadSectorFeed, ROTA_KEEPERS } from '../org/index.js';
export { staffOnly, viewerRole, type StaffViewer, type Viewer } from '../../shared/viewer.js';

/**
 * What the permanence desk offers a viewer: each action names the mutation and the roles its
 * @Authorized() admits (CONFLICT_ACKNOWLEDGE: the schedules' SCHEDULERS, the same social roles and
 * direction). A test checks every role against the API's own answer.
 */
export const DESK_ACTIONS = {
  PERMANENCE_REPLACE: ROTA_KEEPERS,
  ABSENCE_RECORD: ABSENCE_RECORDERS,
  CONFLICT_ACKNOWLEDGE: [...SOCIAL_ROLES, ...DIRECTION],
  ALERT_ACKNOWLEDGE: ALERT_ACKNOWLEDGERS,
  // Swaps (R13): the social roles who hold the permanence offer and take shifts; the rota keepers approve.
  SWAP_OFFER: SOCIAL_ROLES,
  SWAP_APPROVE: ROTA_KEEPERS,
} as const satisfies Record<string, readonly StaffRole[]>;
export type DeskAction = keyof typeof DESK_ACTIONS;
export const DESK_ACTION_NAMES = Object.keys(DESK_ACTIONS) as DeskAction[];

/** The desk actions of a staff role; none for the kiosk (no role). */
export function deskActions(role: StaffRole | null | undefined): DeskAction[] {
  if (!role) return [];
  return DESK_ACTION_NAMES.filter((a) => (DESK_ACTIONS[a] as readonly StaffRole[]).includes(role));
}
