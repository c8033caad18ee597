// Who is asking: every request and every WebSocket operation carries one viewer (or none). Shared,
// GraphQL-free: the request context and the auth checker (graphql/) name it without reaching into a
// module; the role groups are the organisation's (modules/org/org.roles.ts).
import type { StaffRole } from './vocabulary/staff.js';

export type Viewer =
  // `board`: the session was opened through the board's own (trusted) login document (graphql/trusted-documents.ts).
  | { kind: 'STAFF'; sessionId: string; staffId: string; role: StaffRole; sectorId: string | null; board?: boolean }
  | { kind: 'KIOSK'; sessionId: string }
  // A reporting tool's token (modules/reporting): reads the reports and nothing else.
  | { kind: 'REPORTING'; sessionId: string };

/** A staff member asking (not the kiosk): what every use case that changes something is given. */
export type StaffViewer = Extract<Viewer, { kind: 'STAFF' }>;

/** The staff member asking, or null for the kiosk and for nobody: for fields both may read. */
export function staffOnly(viewer: Viewer | null | undefined): StaffViewer | null {
  return viewer?.kind === 'STAFF' ? viewer : null;
}

/** The role name @Authorized() compares with. */
export function viewerRole(viewer: Viewer): string {
  return viewer.kind === 'STAFF' ? viewer.role : viewer.kind;
}
