// Who is asking (the Viewer itself is shared/viewer.ts) and the role groups modules authorize with.
import type { StaffViewer } from '../../shared/viewer.js';
import { ABSENCE_RECORDERS, DIRECTION, SOCIAL_ROLES, STAFF_ROLES, type StaffRole } from '../org/index.js';

export { ABSENCE_RECORDERS, DIRECTION };
export { staffOnly, viewerRole, type StaffViewer, type Viewer } from '../../shared/viewer.js';

export const KIOSK = 'KIOSK';
// R13: permanence replacements are programmed by the relay & control social worker, or direction.
export const ROTA_KEEPERS: StaffRole[] = ['RELAY_CONTROL_SOCIAL_WORKER', ...DIRECTION];
export const ALL_STAFF: StaffRole[] = [...STAFF_ROLES];
// What the meeting-room screen may read: the board, and nothing else.
export const BOARD_READERS: string[] = [...ALL_STAFF, KIOSK];
// Who acknowledges a coverage alert at the permanence desk: whoever takes calls or keeps people's time.
export const ALERT_ACKNOWLEDGERS: StaffRole[] = ['TELEPHONIST', ...SOCIAL_ROLES, ...DIRECTION];

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

/**
 * Who gets a sector's secret calendar link: those who keep the rota, and the sector's own social
 * worker. A link outlives the session that read it, so nobody else is handed one.
 */
export function mayReadSectorFeed(viewer: StaffViewer, sectorId: string): boolean {
  return ROTA_KEEPERS.includes(viewer.role) || (viewer.role === 'SOCIAL_WORKER' && viewer.sectorId === sectorId);
}
