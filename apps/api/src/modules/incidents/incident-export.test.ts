// A beneficiary's export (beneficiaryExport) carries the incidents at their home: what happened, its
// status history and the documents' metadata, never their bytes; R5 as for `incidents`; anonymisation
// erases the incidents' free text and keeps the claim's statuses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '@support/server.js';
import { buildCasesWorld, openCase, serveCase, type CasesWorld } from '@support/cases-world.js';

const NOW = new Date('2026-03-10T10:00:00Z');
let server: TestServer;
let w: CasesWorld;
let home: Awaited<ReturnType<typeof openCase>>;
let incidentId: string;
let documentId: string;
const statement = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('Statement of Fanny Family: the glass table broke.'.repeat(40))]);

const EXPORT = `query ($id: ID!) { beneficiaryExport(id: $id) }`;
type Exported = { caseFiles: { id: string; incidents: Record<string, unknown>[] }[] } | null;
const exportFor = async (who: { email: string }) => (await server.gql(EXPORT, { id: home.beneficiary.id }, await w.token(who))).data?.beneficiaryExport as Exported;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildCasesWorld(server);
  home = await openCase(server, w, { lastName: 'Verhaegen' });
  await serveCase(server, w, home.id, w.familyHelper);
  const declared = await server.gql(
    `mutation ($input: IncidentDeclareInput!) { incidentDeclare(input: $input) { incident { id } userErrors { code } } }`,
    { input: { caseFileId: home.id, occurredAt: '2026-03-09T09:00:00Z', description: 'Broke the glass coffee table while dusting.', otherPeopleInvolved: 'Mr Verhaegen’s son, present' } },
    await w.token(w.familyHelper),
  );
  incidentId = declared.data?.incidentDeclare.incident.id;
  const doc = await server.gql(
    `mutation ($input: IncidentDocumentAddInput!) { incidentDocumentAdd(input: $input) { document { id } userErrors { code } } }`,
    { input: { incidentId, fileName: 'declaration.pdf', mediaType: 'application/pdf', contentBase64: statement.toString('base64') } },
    await w.token(w.familyHelper),
  );
  documentId = doc.data?.incidentDocumentAdd.document.id;
  const sent = await server.gql(
    `mutation ($input: IncidentStatusChangeInput!) { incidentStatusChange(input: $input) { userErrors { code } } }`,
    { input: { incidentId, to: 'SENT_TO_INSURER', insurerReference: 'AXA-2026-0042', note: 'Sent with the statement' } },
    await w.token(w.sw),
  );
  if (!documentId || sent.data?.incidentStatusChange.userErrors.length) throw new Error(JSON.stringify({ doc, sent }));
});
afterAll(() => server?.close());

describe('incidents in the beneficiary export', () => {
  it('the sector’s social worker and direction get the incident, its history and its documents’ metadata without the bytes', async () => {
    for (const who of [w.sw, w.director, w.head]) {
      const exported = await exportFor(who);
      const [file] = exported?.caseFiles ?? [];
      expect(file?.id, who.fullName).toBe(home.id);
      expect(file.incidents, who.fullName).toEqual([
        expect.objectContaining({
          id: incidentId,
          description: 'Broke the glass coffee table while dusting.',
          otherPeopleInvolved: 'Mr Verhaegen’s son, present',
          status: 'SENT_TO_INSURER',
          insurerReference: 'AXA-2026-0042',
          declaredById: w.familyHelper.id,
          statusChanges: [expect.objectContaining({ fromStatus: null, toStatus: 'DECLARED' }), expect.objectContaining({ fromStatus: 'DECLARED', toStatus: 'SENT_TO_INSURER', note: 'Sent with the statement', byId: w.sw.id })],
          documents: [{ id: documentId, fileName: 'declaration.pdf', mediaType: 'application/pdf', sizeBytes: statement.length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/), uploadedById: w.familyHelper.id, uploadedAt: expect.any(String), downloadPath: `/incidents/documents/${documentId}` }],
        }),
      ]);
      // Metadata only: neither the bytes nor their base64 travel in the export.
      const json = JSON.stringify(exported);
      expect(json).not.toContain('glass table broke');
      expect(json).not.toContain(statement.toString('base64').slice(0, 40));
      expect(json).not.toContain('"content"');
    }
  });

  it('R5: full readers the incidents module keeps out (flying, relay) get the export without incidents; others get no export', async () => {
    for (const who of [w.flying, w.relay]) {
      const exported = await exportFor(who);
      expect(exported?.caseFiles[0].id, who.fullName).toBe(home.id);
      expect(exported?.caseFiles[0].incidents, who.fullName).toEqual([]);
    }
    for (const who of [w.otherSw, w.familyHelper, w.telephonist]) expect(await exportFor(who), who.fullName).toBeNull();
  });

  it('anonymisation erases what happened, who else was there and the notes; the claim’s statuses stay', async () => {
    const token = await w.token(w.sw);
    await server.gql(`mutation ($input: IncidentStatusChangeInput!) { incidentStatusChange(input: $input) { userErrors { code } } }`, { input: { incidentId, to: 'CLOSED', note: 'Paid by the insurer to Mr Verhaegen' } }, token);
    const closed = await server.gql(`mutation ($input: CaseFileTransitionInput!) { caseFileTransition(input: $input) { userErrors { code } } }`, { input: { caseFileId: home.id, expectedVersion: 1, to: 'CLOSED', reason: 'Moved away' } }, token);
    expect(closed.data?.caseFileTransition.userErrors).toEqual([]);
    server.clock.now = new Date('2032-01-10T09:00:00Z');
    try {
      const director = await server.login(w.director.email, 'test-password-1');
      const r = await server.gql(`mutation { caseFilesAnonymise(input: { retentionYears: 5 }) { anonymisedCount userErrors { code } } }`, {}, director);
      expect(r.data?.caseFilesAnonymise).toEqual({ anonymisedCount: 1, userErrors: [] });
      const [row] = await server.db.sql`select description, other_people_involved, status, insurer_reference from incidents`;
      expect(row).toEqual({ description: 'ANONYMISED', other_people_involved: null, status: 'CLOSED', insurer_reference: 'AXA-2026-0042' });
      const notes = await server.db.sql`select note from incident_status_changes order by incident_version`;
      expect(notes.map((n) => n.note)).toEqual([null, null, null]);
    } finally {
      server.clock.now = NOW;
    }
  });
});
