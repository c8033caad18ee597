// Who is asking: every request and every WebSocket operation carries one viewer (or none).
import type { StaffRole } from '../org/org.rules.js';

export type Viewer =
  | { kind: 'STAFF'; sessionId: string; staffId: string; role: StaffRole; sectorId: string | null }
  | { kind: 'KIOSK'; sessionId: string };

/** A signed-in staff member: what the use cases that change things are given. */
export type StaffViewer = Extract<Viewer, { kind: 'STAFF' }>;

export const KIOSK = 'KIOSK';
export const DIRECTION: StaffRole[] = ['DIRECTOR', 'SOCIAL_POLE_HEAD'];
// R13: permanence replacements are programmed by the relay & control social worker, or direction.
export const ROTA_KEEPERS: StaffRole[] = ['RELAY_CONTROL_SOCIAL_WORKER', ...DIRECTION];
// Recording absences: direction, and the social roles who plan people's time.
export const ABSENCE_RECORDERS: StaffRole[] = ['SOCIAL_WORKER', 'FLYING_SOCIAL_WORKER', 'RELAY_CONTROL_SOCIAL_WORKER', ...DIRECTION];
export const ALL_STAFF: StaffRole[] = [
  'SOCIAL_WORKER',
  'FLYING_SOCIAL_WORKER',
  'RELAY_CONTROL_SOCIAL_WORKER',
  'FAMILY_HELPER',
  'HOME_HELPER',
  'TELEPHONIST',
  'DIRECTOR',
  'SOCIAL_POLE_HEAD',
  'TRAINEE',
];
// What the meeting-room screen may read: the board, and nothing else.
export const BOARD_READERS: string[] = [...ALL_STAFF, KIOSK];

/**
 * Who gets a sector's secret calendar link: those who keep the rota, and the sector's own social
 * worker. A link outlives the session that read it, so nobody else is handed one.
 */
export function mayReadSectorFeed(viewer: Extract<Viewer, { kind: 'STAFF' }>, sectorId: string): boolean {
  return ROTA_KEEPERS.includes(viewer.role) || (viewer.role === 'SOCIAL_WORKER' && viewer.sectorId === sectorId);
}

/** The role name @Authorized() compares with. */
export function viewerRole(viewer: Viewer): string {
  return viewer.kind === 'KIOSK' ? KIOSK : viewer.role;
}
