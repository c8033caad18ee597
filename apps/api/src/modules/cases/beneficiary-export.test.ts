// A beneficiary's data as JSON for whoever sees them in full, and anonymisation after retention.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '@support/server.js';
import { buildCasesWorld, NRN_1985, openCase, type CasesWorld } from '@support/cases-world.js';

const NOW = new Date('2026-11-23T09:00:00Z');
let server: TestServer;
let w: CasesWorld;

const EXPORT = `query ($id: ID!) { beneficiaryExport(id: $id) }`;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildCasesWorld(server);
});
afterAll(() => server?.close());

describe('beneficiary export', () => {
  it('the JSON export holds the intake data and every case file with its history; only full readers get it', async () => {
    const c = await openCase(server, w, { nrn: NRN_1985 });
    await server.gql(`mutation ($input: IncomeProofRecordInput!) { incomeProofRecord(input: $input) { userErrors { code } } }`, { input: { caseFileId: c.id, kind: 'PENSION', status: 'RECEIVED', monthlyAmount: 1450, receivedOn: '2026-11-20' } }, await w.token(w.sw));
    const r = await server.gql(EXPORT, { id: c.beneficiary.id }, await w.token(w.sw));
    expect(r.errors).toBeUndefined();
    expect(r.data?.beneficiaryExport).toMatchObject({
      beneficiary: { id: c.beneficiary.id, lastName: 'Dupont', nationalRegisterNumber: NRN_1985, healthNotes: 'Diabetes, insulin twice a day' },
      caseFiles: [{ id: c.id, status: 'NEW_REQUEST', transitions: [], aidPlanVersions: [], visits: [], fileChecks: [], aidDecisions: [], incomeProofs: [{ kind: 'PENSION', status: 'RECEIVED', monthlyAmount: '1450.00' }], incomeFollowUps: [] }],
    });
    for (const who of [w.familyHelper, w.telephonist, w.otherSw]) {
      const denied = await server.gql(EXPORT, { id: c.beneficiary.id }, await w.token(who));
      expect(denied.data?.beneficiaryExport, who.fullName).toBeNull();
    }
  });
});

describe('anonymisation', () => {
  it('beneficiaries whose case files all closed before the retention period are anonymised; others are kept', async () => {
    const token = await w.token(w.sw);
    const closed = await openCase(server, w, { lastName: 'Oldclosed' });
    const open = await openCase(server, w, { lastName: 'Stillopen' });
    const proof = { caseFileId: closed.id, kind: 'PENSION', status: 'RECEIVED', monthlyAmount: 980, receivedOn: '2026-11-20', note: 'Pension of the late husband, via Maître Legrand' };
    await server.gql(`mutation ($input: IncomeProofRecordInput!) { incomeProofRecord(input: $input) { userErrors { code } } }`, { input: proof }, token);
    await server.gql(
      `mutation ($input: CaseFileTransitionInput!) { caseFileTransition(input: $input) { userErrors { code } } }`,
      { input: { caseFileId: closed.id, expectedVersion: 1, to: 'CLOSED', reason: 'Deceased' } },
      token,
    );
    const ANON = `mutation ($y: Int!) { caseFilesAnonymise(input: { retentionYears: $y }) { anonymisedCount userErrors { field code } } }`;
    const tooEarly = await server.gql(ANON, { y: 5 }, await w.token(w.director));
    expect(tooEarly.data?.caseFilesAnonymise).toEqual({ anonymisedCount: 0, userErrors: [] });
    const tooShort = await server.gql(ANON, { y: 0 }, await w.token(w.director));
    expect(tooShort.data?.caseFilesAnonymise).toEqual({ anonymisedCount: null, userErrors: [{ field: ['input', 'retentionYears'], code: 'RETENTION_TOO_SHORT' }] });
    expect((await server.gql(ANON, { y: 5 }, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    server.clock.now = new Date('2032-01-10T09:00:00Z');
    try {
      const director = await server.login(w.director.email, 'test-password-1');
      const r = await server.gql(ANON, { y: 5 }, director);
      expect(r.data?.caseFilesAnonymise).toEqual({ anonymisedCount: 1, userErrors: [] });
      const q = `query ($a: ID!, $b: ID!) { a: caseFile(id: $a) { status reasonForContact beneficiary { firstName lastName birthDate healthNotes address { city } } } b: caseFile(id: $b) { beneficiary { lastName } } }`;
      const after = await server.gql(q, { a: closed.id, b: open.id }, director);
      expect(after.data?.a).toEqual({ status: 'CLOSED', reasonForContact: 'ANONYMISED', beneficiary: { firstName: 'ANONYMISED', lastName: 'ANONYMISED', birthDate: null, healthNotes: null, address: { city: null } } });
      expect(after.data?.b).toEqual({ beneficiary: { lastName: 'Stillopen' } });
      // R2 figures stay for reporting; the free-text note is erased.
      const proofs = await server.gql(`query ($a: ID!) { caseFile(id: $a) { incomeProofs { kind monthlyAmount note } } }`, { a: closed.id }, director);
      expect(proofs.data?.caseFile.incomeProofs).toEqual([{ kind: 'PENSION', monthlyAmount: 980, note: null }]);
    } finally {
      server.clock.now = NOW;
    }
  });
});
