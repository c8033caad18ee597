// Civil-liability incidents: who declares, who reads (R5), the status workflow and what a document
// may be. Pure functions: no SQL, no GraphQL, the time is a parameter.
import { createHash } from 'node:crypto';
import { DIRECTION, HELPER_ROLES, isHelper, type StaffRole } from '../org/index.js';
import { INCIDENT_MEDIA_TYPES, INCIDENT_STATUSES, type IncidentMediaType, type IncidentStatus } from '../../shared/vocabulary/incidents.js';
export { INCIDENT_MEDIA_TYPES, INCIDENT_STATUSES, type IncidentMediaType, type IncidentStatus };

// Who declares: the helper at whose work the damage happened, the sector's social worker, direction.
export const INCIDENT_DECLARERS: StaffRole[] = [...HELPER_ROLES, 'SOCIAL_WORKER', ...DIRECTION];
// Who reads at all (mayReadIncident says which). R5: never the telephonist, the trainee, the kiosk;
// the flying and relay social workers have no part in an insurance claim either.
export const INCIDENT_READERS: StaffRole[] = INCIDENT_DECLARERS;
// Who follows a claim with the insurer (status changes): the sector's social worker and direction.
export const INCIDENT_HANDLERS: StaffRole[] = ['SOCIAL_WORKER', ...DIRECTION];

// A document sent through GraphQL travels as base64 in the JSON body (at most 100 kB): a file of at
// most 60,000 bytes (80,000 base64 characters) fits; larger ones go through POST /incidents/:id/documents.
export const MAX_GRAPHQL_DOCUMENT_BYTES = 60_000;
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
export const MAX_DOCUMENTS_PER_INCIDENT = 30;

export interface Actor {
  staffId: string;
  role: StaffRole;
  sectorId: string | null;
}

export interface IncidentScope {
  sectorId: string;
  declaredById: string;
}

/** R5: a helper reads the incidents it declared; the sector's social worker its sector's; direction all. */
export function mayReadIncident(a: Actor, i: IncidentScope): boolean {
  if (DIRECTION.includes(a.role)) return true;
  if (isHelper(a.role)) return i.declaredById === a.staffId;
  if (a.role === 'SOCIAL_WORKER') return !!a.sectorId && a.sectorId === i.sectorId;
  return false;
}

/** Which incidents a viewer may list: all, a sector's, or its own declarations; null: none. */
export function listScope(a: Actor): { sectorId?: string; declaredById?: string } | null {
  if (DIRECTION.includes(a.role)) return {};
  if (isHelper(a.role)) return { declaredById: a.staffId };
  if (a.role === 'SOCIAL_WORKER' && a.sectorId) return { sectorId: a.sectorId };
  return null;
}

/** The sector's social worker and direction follow the claim (status, insurer reference). */
export function mayHandle(a: Actor, i: IncidentScope): boolean {
  if (DIRECTION.includes(a.role)) return true;
  return a.role === 'SOCIAL_WORKER' && !!a.sectorId && a.sectorId === i.sectorId;
}

/** Who may add a document: whoever reads it (the declaring helper brings photos), until it is closed. */
export function mayAddDocument(a: Actor, i: IncidentScope): boolean {
  return mayReadIncident(a, i);
}

// declared → sent to the insurer → closed; a declaration may be closed at once (no claim, the
// damage settled otherwise). A closed incident no longer changes.
const NEXT: Record<IncidentStatus, IncidentStatus[]> = { DECLARED: ['SENT_TO_INSURER', 'CLOSED'], SENT_TO_INSURER: ['CLOSED'], CLOSED: [] };

export function isLegalIncidentTransition(from: IncidentStatus, to: IncidentStatus): boolean {
  return NEXT[from].includes(to);
}

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

export interface DeclarationDraft {
  occurredAt: Date;
  now: Date;
  description: string;
  insurerReference: string | null;
}

/** Why a declaration cannot be made as given, or null. */
export function declarationError(d: DeclarationDraft): FieldError | null {
  if (d.occurredAt.getTime() > d.now.getTime()) return { field: 'occurredAt', code: 'IN_THE_FUTURE', message: 'Declare damage that has happened: `occurredAt` is not after now.' };
  if (!d.description.trim()) return { field: 'description', code: 'REQUIRED', message: 'Say what happened and what was damaged.' };
  if (d.insurerReference !== null && !d.insurerReference.trim()) return { field: 'insurerReference', code: 'REQUIRED', message: 'Leave `insurerReference` out, or give the reference the insurer gave.' };
  return null;
}

export interface StatusChangeDraft {
  from: IncidentStatus;
  to: IncidentStatus;
  insurerReference: string | null;
}

/** Why a status change cannot be made, or null. */
export function statusChangeError(d: StatusChangeDraft): FieldError | null {
  if (d.from === 'CLOSED') return { field: 'incidentId', code: 'INCIDENT_CLOSED', message: 'This incident is closed: it no longer changes.' };
  if (d.from === d.to) return { field: 'to', code: 'ALREADY_IN_STATUS', message: `This incident is already ${d.to}.` };
  if (!isLegalIncidentTransition(d.from, d.to)) return { field: 'to', code: 'ILLEGAL_TRANSITION', message: `An incident goes from ${d.from} to ${NEXT[d.from].join(' or ')}, not to ${d.to}.` };
  if (d.to === 'SENT_TO_INSURER' && !d.insurerReference?.trim()) return { field: 'insurerReference', code: 'REQUIRED', message: 'Sent to the insurer: give the reference the insurer gave (claim number).' };
  return null;
}

const MAGIC: Record<IncidentMediaType, (b: Buffer) => boolean> = {
  'application/pdf': (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
  'image/jpeg': (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
};

// The name's extension says the same as the media type: no "page.html" or "facture.exe" stored as a PNG.
const EXTENSIONS: Record<IncidentMediaType, readonly string[]> = {
  'application/pdf': ['.pdf'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
};

export function isAllowedMediaType(t: string): t is IncidentMediaType {
  return (INCIDENT_MEDIA_TYPES as readonly string[]).includes(t);
}

// A file name is shown and sent back in Content-Disposition: no path, no control character, no quote.
const BAD_NAME = /[\u0000-\u001f\u007f-\u009f/\\"\u202a-\u202e\u2066-\u2069]/;

/** Why a file cannot be kept as an incident's document, or null. */
export function documentError(d: { fileName: string; mediaType: string; content: Buffer; maxBytes: number }): FieldError | null {
  const name = d.fileName.trim();
  if (!name) return { field: 'fileName', code: 'REQUIRED', message: 'Give the file its name.' };
  if (name.length > 200 || BAD_NAME.test(name) || name === '.' || name === '..') return { field: 'fileName', code: 'BAD_FILE_NAME', message: 'A file name of at most 200 characters, without a path, quotes or control characters.' };
  if (!isAllowedMediaType(d.mediaType)) return { field: 'mediaType', code: 'MEDIA_TYPE_NOT_ALLOWED', message: `Documents are ${INCIDENT_MEDIA_TYPES.join(', ')}.` };
  if (!d.content.length) return { field: 'content', code: 'EMPTY_FILE', message: 'The file is empty.' };
  if (d.content.length > d.maxBytes) return { field: 'content', code: 'TOO_LARGE', message: `The file is ${d.content.length} bytes; the limit here is ${d.maxBytes} bytes.` };
  if (!MAGIC[d.mediaType](d.content)) return { field: 'content', code: 'MEDIA_TYPE_MISMATCH', message: `The file's content is not ${d.mediaType}.` };
  const ext = EXTENSIONS[d.mediaType];
  if (!ext.some((e) => name.toLowerCase().endsWith(e))) return { field: 'fileName', code: 'EXTENSION_MISMATCH', message: `A ${d.mediaType} file's name ends in ${ext.join(' or ')}.` };
  return null;
}

export function sha256Hex(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}
