// Who is asking: every request and every WebSocket operation carries one viewer (or none).
import { ABSENCE_RECORDERS, DIRECTION, STAFF_ROLES, type StaffRole } from '../org/org.rules.js';

export { ABSENCE_RECORDERS, DIRECTION };

export type Viewer =
  | { kind: 'STAFF'; sessionId: string; staffId: string; role: StaffRole; sectorId: string | null }
  | { kind: 'KIOSK'; sessionId: string }
  // A reporting tool's token (modules/reporting): reads the reports and nothing else.
  | { kind: 'REPORTING'; sessionId: string };

/** A staff member asking (not the kiosk): what every use case that changes something is given. */
export type StaffViewer = Extract<Viewer, { kind: 'STAFF' }>;

/** The staff member asking, or null for the kiosk and for nobody: for fields both may read. */
export function staffOnly(viewer: Viewer | null | undefined): StaffViewer | null {
  return viewer?.kind === 'STAFF' ? viewer : null;
}

export const KIOSK = 'KIOSK';
// R13: permanence replacements are programmed by the relay & control social worker, or direction.
export const ROTA_KEEPERS: StaffRole[] = ['RELAY_CONTROL_SOCIAL_WORKER', ...DIRECTION];
export const ALL_STAFF: StaffRole[] = [...STAFF_ROLES];
// What the meeting-room screen may read: the board, and nothing else.
export const BOARD_READERS: string[] = [...ALL_STAFF, KIOSK];

/**
 * Who gets a sector's secret calendar link: those who keep the rota, and the sector's own social
 * worker. A link outlives the session that read it, so nobody else is handed one.
 */
export function mayReadSectorFeed(viewer: StaffViewer, sectorId: string): boolean {
  return ROTA_KEEPERS.includes(viewer.role) || (viewer.role === 'SOCIAL_WORKER' && viewer.sectorId === sectorId);
}

/** The role name @Authorized() compares with. */
export function viewerRole(viewer: Viewer): string {
  return viewer.kind === 'STAFF' ? viewer.role : viewer.kind;
}
