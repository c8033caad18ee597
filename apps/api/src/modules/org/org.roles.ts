// The role groups the modules authorize with (@Authorized and the desk), written once on top of the
// organisation's roles (org.rules.ts); auth hands them on with the viewer (auth/viewer.ts).
import type { StaffViewer } from '../../shared/viewer.js';
import { DIRECTION, SOCIAL_ROLES, STAFF_ROLES, type StaffRole } from './org.rules.js';

export const KIOSK = 'KIOSK';
// R13: permanence replacements are programmed by the relay & control social worker, or direction.
export const ROTA_KEEPERS: StaffRole[] = ['RELAY_CONTROL_SOCIAL_WORKER', ...DIRECTION];
export const ALL_STAFF: StaffRole[] = [...STAFF_ROLES];
// What the meeting-room screen may read: the board, and nothing else.
export const BOARD_READERS: string[] = [...ALL_STAFF, KIOSK];
// Who acknowledges a coverage alert at the permanence desk: whoever takes calls or keeps people's time.
export const ALERT_ACKNOWLEDGERS: StaffRole[] = ['TELEPHONIST', ...SOCIAL_ROLES, ...DIRECTION];

/**
 * Who gets a sector's secret calendar link: those who keep the rota, and the sector's own social
 * worker. A link outlives the session that read it, so nobody else is handed one.
 */
export function mayReadSectorFeed(viewer: StaffViewer, sectorId: string): boolean {
  return ROTA_KEEPERS.includes(viewer.role) || (viewer.role === 'SOCIAL_WORKER' && viewer.sectorId === sectorId);
}
