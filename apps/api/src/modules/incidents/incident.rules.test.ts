// The incident rules as pure functions: R5 reads, who follows a claim, the workflow, what a document may be.
import { describe, expect, it } from 'vitest';
import { documentError, isLegalIncidentTransition, listScope, mayHandle, mayReadIncident, statusChangeError, type Actor } from './incident.rules.js';
import type { StaffRole } from '../org/index.js';

const S1 = 'sector-1';
const incident = { sectorId: S1, declaredById: 'helper-1' };
const actor = (role: StaffRole, staffId = 'x', sectorId: string | null = S1): Actor => ({ staffId, role, sectorId });

describe('incident rules', () => {
  it('R5: the declaring helper, the sector’s social worker and direction read; nobody else', () => {
    expect(mayReadIncident(actor('FAMILY_HELPER', 'helper-1'), incident)).toBe(true);
    expect(mayReadIncident(actor('HOME_HELPER', 'helper-2'), incident)).toBe(false);
    expect(mayReadIncident(actor('SOCIAL_WORKER'), incident)).toBe(true);
    expect(mayReadIncident(actor('SOCIAL_WORKER', 'x', 'sector-2'), incident)).toBe(false);
    expect(mayReadIncident(actor('SOCIAL_WORKER', 'x', null), incident)).toBe(false);
    for (const role of ['DIRECTOR', 'SOCIAL_POLE_HEAD'] as const) expect(mayReadIncident(actor(role, 'x', null), incident)).toBe(true);
    for (const role of ['TELEPHONIST', 'TRAINEE', 'FLYING_SOCIAL_WORKER', 'RELAY_CONTROL_SOCIAL_WORKER'] as const) {
      expect(mayReadIncident(actor(role), incident), role).toBe(false);
      expect(listScope(actor(role)), role).toBeNull();
    }
    expect(listScope(actor('FAMILY_HELPER', 'helper-1'))).toEqual({ declaredById: 'helper-1' });
    expect(listScope(actor('SOCIAL_WORKER'))).toEqual({ sectorId: S1 });
    expect(mayHandle(actor('FAMILY_HELPER', 'helper-1'), incident)).toBe(false);
  });

  it('declared → sent to the insurer → closed, or closed at once; a closed one never changes', () => {
    expect(isLegalIncidentTransition('DECLARED', 'SENT_TO_INSURER')).toBe(true);
    expect(isLegalIncidentTransition('DECLARED', 'CLOSED')).toBe(true);
    expect(isLegalIncidentTransition('SENT_TO_INSURER', 'DECLARED')).toBe(false);
    expect(statusChangeError({ from: 'CLOSED', to: 'CLOSED', insurerReference: 'R' })?.code).toBe('INCIDENT_CLOSED');
    expect(statusChangeError({ from: 'DECLARED', to: 'SENT_TO_INSURER', insurerReference: null })?.code).toBe('REQUIRED');
    expect(statusChangeError({ from: 'DECLARED', to: 'SENT_TO_INSURER', insurerReference: 'R' })).toBeNull();
    expect(statusChangeError({ from: 'SENT_TO_INSURER', to: 'SENT_TO_INSURER', insurerReference: 'R' })?.code).toBe('ALREADY_IN_STATUS');
  });

  it('a document is a named PDF, JPEG or PNG whose bytes are of that type, within the limit', () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2]);
    const ok = { fileName: 'photo.jpg', mediaType: 'image/jpeg', content: jpeg, maxBytes: 10 };
    expect(documentError(ok)).toBeNull();
    expect(documentError({ ...ok, maxBytes: 5 })?.code).toBe('TOO_LARGE');
    expect(documentError({ ...ok, mediaType: 'image/png' })?.code).toBe('MEDIA_TYPE_MISMATCH');
    expect(documentError({ ...ok, fileName: 'facture.exe' })).toMatchObject({ field: 'fileName', code: 'EXTENSION_MISMATCH' });
    expect(documentError({ ...ok, mediaType: 'application/x-msdownload' })?.code).toBe('MEDIA_TYPE_NOT_ALLOWED');
    expect(documentError({ ...ok, content: Buffer.alloc(0) })?.code).toBe('EMPTY_FILE');
    for (const name of ['..', 'a/b.jpg', 'a\\b.jpg', 'a\u202eb.jpg', 'x'.repeat(201)]) expect(documentError({ ...ok, fileName: name })?.code, name).toBe('BAD_FILE_NAME');
  });
});
