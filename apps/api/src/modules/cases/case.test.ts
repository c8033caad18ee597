// Case files through GraphQL on a real database: intake, the status workflow, urgency,
// optimistic concurrency (CONFLICT) and the audit trail.
import { and, count, eq } from 'drizzle-orm';
import { fromGlobalId } from '../../shared/global-id.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, beneficiaries, caseFiles, events } from '../../db/schema/index.js';
import { startTestServer, type TestServer } from '@support/server.js';
import { buildCasesWorld, NRN_1985, OPEN_CASE, openCase, type CasesWorld } from '@support/cases-world.js';

const NOW = new Date('2026-11-23T09:00:00Z');
let server: TestServer;
let w: CasesWorld;

const TRANSITION = `mutation ($input: CaseFileTransitionInput!) {
  caseFileTransition(input: $input) {
    caseFile { id status version redirectedTo transitions { from to reason at by { fullName } } }
    userErrors { field code message }
  }
}`;
const UPDATE = `mutation ($input: CaseFileUpdateInput!) {
  caseFileUpdate(input: $input) {
    caseFile { id version reasonForContact urgent urgentAlert needs { domain level notes } }
    userErrors { field code message }
  }
}`;

async function snapshot() {
  const db = server.db.db;
  const [b] = await db.select({ n: count() }).from(beneficiaries);
  const [c] = await db.select({ n: count() }).from(caseFiles);
  const [e] = await db.select({ n: count() }).from(events);
  const [a] = await db.select({ n: count() }).from(auditEntries).where(eq(auditEntries.kind, 'CHANGE'));
  return { beneficiaries: b.n, cases: c.n, events: e.n, changes: a.n };
}

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildCasesWorld(server);
});
afterAll(() => server?.close());

describe('beneficiaries and case files', () => {
  it('a social worker opens a case file with the intake data of a new beneficiary', async () => {
    const c = await openCase(server, w, { nrn: '85.07.30-033.28' });
    const r = await server.gql(
      `query ($id: ID!) { caseFile(id: $id) { status version reasonForContact sector { name } socialWorker { fullName }
        beneficiary { firstName lastName birthDate maritalStatus nationalRegisterNumber familyAllowanceNumber monthlyIncome healthNotes accessNotes safetyNotes
          address { street postalCode city latitude longitude } householdMembers { name relation } informalCaregivers { name phone }
          outsideProfessionals { name } propertyAdministrator { name } } } }`,
      { id: c.id },
      await w.token(w.sw),
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.caseFile).toMatchObject({
      status: 'NEW_REQUEST',
      version: 1,
      sector: { name: 'Ixelles' },
      socialWorker: { fullName: 'Sarah Sector' },
      beneficiary: {
        firstName: 'Marie',
        birthDate: '1985-07-30',
        maritalStatus: 'WIDOWED',
        nationalRegisterNumber: NRN_1985,
        monthlyIncome: 1250.5,
        address: { city: 'Ixelles', latitude: 50.8265, longitude: 4.3613 },
        householdMembers: [{ name: 'Luc Dupont', relation: 'son' }],
        informalCaregivers: [{ name: 'Anne Voisine', phone: '+32 470 00 00 00' }],
        propertyAdministrator: { name: 'Maître Legrand' },
      },
    });
  });

  it.each([
    ['85073003329', 'INVALID_NATIONAL_REGISTER_NUMBER'],
    ['8507300', 'INVALID_NATIONAL_REGISTER_NUMBER'],
    ['01020312345', 'NRN_BIRTH_DATE_MISMATCH'],
  ])('the national-register number %s is refused with %s, and nothing is written', async (nrn, code) => {
    const before = await snapshot();
    await expect(openCase(server, w, { nrn })).rejects.toThrow(code);
    expect(await snapshot()).toEqual(before);
  });

  it('the same person taken in twice at once: one intake lands, the other is told, and no fault (which would log the number)', async () => {
    const NRN = '85073004516';
    const results = await Promise.allSettled([openCase(server, w, { nrn: NRN, lastName: 'Twice' }), openCase(server, w, { nrn: NRN, lastName: 'Twice' })]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(String(failed.reason)).toContain('DUPLICATE_BENEFICIARY');
    expect(String(failed.reason)).not.toContain(NRN);
  });

  it('a social worker cannot open a case file in another sector', async () => {
    const r = await server.gql(OPEN_CASE, { input: { sectorId: w.other.gid, socialWorkerId: w.otherSw.gid, reasonForContact: 'x', beneficiary: { firstName: 'A', lastName: 'B' } } }, await w.token(w.sw));
    expect(r.data?.caseFileOpen.userErrors).toMatchObject([{ code: 'NOT_YOUR_SECTOR' }]);
  });

  it.each(['familyHelper', 'telephonist', 'trainee'] as const)('the %s cannot open any case file (FORBIDDEN)', async (who) => {
    const f = await server.gql(OPEN_CASE, { input: { sectorId: w.sector.gid, socialWorkerId: w.sw.gid, reasonForContact: 'x', beneficiary: { firstName: 'A', lastName: 'B' } } }, await w.token(w[who]));
    expect(f.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('case status workflow', () => {
  it('a case file moves NEW_REQUEST → ASSESSMENT → ACTIVE → SUSPENDED → CLOSED, keeping who, when and why', async () => {
    const c = await openCase(server, w);
    const token = await w.token(w.sw);
    let version = c.version;
    for (const [to, reason] of [['ASSESSMENT', 'Home visit booked'], ['ACTIVE', 'Plan agreed'], ['SUSPENDED', 'In hospital'], ['CLOSED', 'Moved to a care home']]) {
      const r = await server.gql(TRANSITION, { input: { caseFileId: c.id, expectedVersion: version, to, reason } }, token);
      expect(r.data?.caseFileTransition.userErrors).toEqual([]);
      expect(r.data?.caseFileTransition.caseFile.status).toBe(to);
      version = r.data?.caseFileTransition.caseFile.version;
    }
    const r = await server.gql(`query ($id: ID!) { caseFile(id: $id) { transitions { from to reason at by { fullName } } } }`, { id: c.id }, token);
    expect(r.data?.caseFile.transitions).toEqual([
      { from: 'NEW_REQUEST', to: 'ASSESSMENT', reason: 'Home visit booked', at: NOW.toISOString(), by: { fullName: 'Sarah Sector' } },
      { from: 'ASSESSMENT', to: 'ACTIVE', reason: 'Plan agreed', at: NOW.toISOString(), by: { fullName: 'Sarah Sector' } },
      { from: 'ACTIVE', to: 'SUSPENDED', reason: 'In hospital', at: NOW.toISOString(), by: { fullName: 'Sarah Sector' } },
      { from: 'SUSPENDED', to: 'CLOSED', reason: 'Moved to a care home', at: NOW.toISOString(), by: { fullName: 'Sarah Sector' } },
    ]);
  });

  it('an illegal transition is refused with ILLEGAL_TRANSITION naming from and to, and changes nothing', async () => {
    const c = await openCase(server, w);
    const before = await snapshot();
    const r = await server.gql(TRANSITION, { input: { caseFileId: c.id, expectedVersion: 1, to: 'ACTIVE', reason: 'skip' } }, await w.token(w.sw));
    expect(r.data?.caseFileTransition).toEqual({
      caseFile: null,
      userErrors: [{ field: ['input', 'to'], code: 'ILLEGAL_TRANSITION', message: expect.stringContaining('from NEW_REQUEST to ACTIVE') }],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('a redirection names the service the person is sent to', async () => {
    const c = await openCase(server, w);
    const token = await w.token(w.sw);
    const missing = await server.gql(TRANSITION, { input: { caseFileId: c.id, expectedVersion: 1, to: 'REDIRECTED', reason: 'Not our service' } }, token);
    expect(missing.data?.caseFileTransition.userErrors).toMatchObject([{ field: ['input', 'redirectedTo'], code: 'REQUIRED' }]);
    const r = await server.gql(TRANSITION, { input: { caseFileId: c.id, expectedVersion: 1, to: 'REDIRECTED', reason: 'Not our service', redirectedTo: 'CPAS Ixelles' } }, token);
    expect(r.data?.caseFileTransition.caseFile).toMatchObject({ status: 'REDIRECTED', redirectedTo: 'CPAS Ixelles' });
  });

  it('a social worker of another sector cannot move the case file (it is unknown to them)', async () => {
    const c = await openCase(server, w);
    const r = await server.gql(TRANSITION, { input: { caseFileId: c.id, expectedVersion: 1, to: 'ASSESSMENT', reason: 'x' } }, await w.token(w.otherSw));
    expect(r.data?.caseFileTransition.userErrors).toMatchObject([{ code: 'UNKNOWN_CASE_FILE' }]);
  });
});

describe('case file lists', () => {
  it('caseFiles filters by sector, status and social worker, and pages with cursors', async () => {
    const director = await w.token(w.director);
    const a = await openCase(server, w, { lastName: 'Filter' });
    await server.gql(TRANSITION, { input: { caseFileId: a.id, expectedVersion: 1, to: 'ASSESSMENT', reason: 'x' } }, await w.token(w.sw));
    const ids = async (args: string) => {
      const r = await server.gql(`{ caseFiles(${args}) { totalCount edges { node { id status } } } }`, {}, director);
      expect(r.errors, args).toBeUndefined();
      return r.data?.caseFiles as { totalCount: number; edges: { node: { id: string; status: string } }[] };
    };
    const assessing = await ids(`status: ASSESSMENT, sectorId: "${w.sector.gid}"`);
    expect(assessing.edges.map((e) => e.node.id)).toContain(a.id);
    expect(assessing.edges.every((e) => e.node.status === 'ASSESSMENT')).toBe(true);
    expect((await ids(`sectorId: "${w.other.gid}"`)).totalCount).toBe(0);
    expect((await ids(`socialWorkerId: "${w.otherSw.gid}"`)).totalCount).toBe(0);
    const all = await ids(`socialWorkerId: "${w.sw.gid}"`);
    expect(all.totalCount).toBeGreaterThan(3);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const r: { data?: { caseFiles: { edges: { cursor: string; node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } } = await server.gql(
        `query ($after: String) { caseFiles(first: 2, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
        director,
      );
      seen.push(...(r.data?.caseFiles.edges.map((e) => e.node.id) ?? []));
      after = r.data?.caseFiles.pageInfo.hasNextPage ? r.data.caseFiles.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe((await ids('first: 100')).totalCount);
  });
});

describe('urgent situations', () => {
  it('an urgent case is an alert until someone records the action taken', async () => {
    const c = await openCase(server, w, { urgent: true, lastName: 'Urgent' });
    const token = await w.token(w.sw);
    const list = async () =>
      (await server.gql(`{ caseFiles(urgentAlert: true) { edges { node { id beneficiary { lastName } } } } }`, {}, token)).data?.caseFiles.edges.map(
        (e: { node: { id: string } }) => e.node.id,
      );
    expect(await list()).toContain(c.id);
    const r = await server.gql(
      `mutation ($input: CaseFileUrgentActionInput!) { caseFileUrgentActionRecord(input: $input) { caseFile { urgent urgentAlert urgentActionTaken version } userErrors { code } } }`,
      { input: { caseFileId: c.id, expectedVersion: 1, actionTaken: 'Emergency home help placed today' } },
      token,
    );
    expect(r.data?.caseFileUrgentActionRecord).toEqual({ caseFile: { urgent: true, urgentAlert: false, urgentActionTaken: 'Emergency home help placed today', version: 2 }, userErrors: [] });
    expect(await list()).not.toContain(c.id);
  });
});

describe('optimistic concurrency', () => {
  it('a stale write returns CONFLICT naming what changed, and the first change is kept', async () => {
    const c = await openCase(server, w);
    const token = await w.token(w.sw);
    const first = await server.gql(UPDATE, { input: { caseFileId: c.id, expectedVersion: 1, reasonForContact: 'Lost her husband, isolated' } }, token);
    expect(first.data?.caseFileUpdate.userErrors).toEqual([]);
    const before = await snapshot();
    const stale = await server.gql(UPDATE, { input: { caseFileId: c.id, expectedVersion: 1, needs: [{ domain: 'HEALTH', level: 'HIGH' }] } }, await w.token(w.flying));
    expect(stale.data?.caseFileUpdate.caseFile).toBeNull();
    expect(stale.data?.caseFileUpdate.userErrors).toEqual([
      { field: ['input', 'expectedVersion'], code: 'CONFLICT', message: expect.stringMatching(/version 2.*version 1.*reasonForContact/) },
    ]);
    expect(await snapshot()).toEqual(before);
    const again = await server.gql(UPDATE, { input: { caseFileId: c.id, expectedVersion: 2, needs: [{ domain: 'HEALTH', level: 'HIGH', notes: 'falls' }] } }, await w.token(w.flying));
    expect(again.data?.caseFileUpdate.caseFile).toMatchObject({ version: 3, reasonForContact: 'Lost her husband, isolated', needs: [{ domain: 'HEALTH', level: 'HIGH', notes: 'falls' }] });
  });

  it('two concurrent writes at the same version: one lands, the other gets CONFLICT', async () => {
    const c = await openCase(server, w);
    const token = await w.token(w.sw);
    const [a, b] = await Promise.all([
      server.gql(UPDATE, { input: { caseFileId: c.id, expectedVersion: 1, reasonForContact: 'A' } }, token),
      server.gql(UPDATE, { input: { caseFileId: c.id, expectedVersion: 1, reasonForContact: 'B' } }, token),
    ]);
    const codes = [a, b].map((r) => r.data?.caseFileUpdate.userErrors.map((e: { code: string }) => e.code).join()).sort();
    expect(codes).toEqual(['', 'CONFLICT']);
  });

  it('a stale beneficiary update returns CONFLICT naming the intake fields changed', async () => {
    const c = await openCase(server, w);
    const token = await w.token(w.sw);
    const UPD = `mutation ($input: BeneficiaryUpdateInput!) { beneficiaryUpdate(input: $input) { beneficiary { version safetyNotes } userErrors { code message } } }`;
    const ok = await server.gql(UPD, { input: { beneficiaryId: c.beneficiary.id, expectedVersion: 1, changes: { safetyNotes: 'Aggressive dog' } } }, token);
    expect(ok.data?.beneficiaryUpdate).toEqual({ beneficiary: { version: 2, safetyNotes: 'Aggressive dog' }, userErrors: [] });
    const stale = await server.gql(UPD, { input: { beneficiaryId: c.beneficiary.id, expectedVersion: 1, changes: { accessNotes: 'Ring twice' } } }, token);
    expect(stale.data?.beneficiaryUpdate.userErrors).toEqual([{ code: 'CONFLICT', message: expect.stringContaining('safetyNotes') }]);
  });
});

describe('audit trail', () => {
  it('every change is recorded with before/after, and identity numbers are kept out of it', async () => {
    const c = await openCase(server, w, { nrn: null, lastName: 'Audited' });
    await server.gql(UPDATE, { input: { caseFileId: c.id, expectedVersion: 1, reasonForContact: 'Changed' } }, await w.token(w.sw));
    const r = await server.gql(`query ($id: ID!) { auditEntries(caseFileId: $id, kind: CHANGE) { totalCount edges { node { entity before after } } } }`, { id: c.id }, await w.token(w.director));
    expect(r.data?.auditEntries.totalCount).toBe(2);
    expect(r.data?.auditEntries.edges[0].node).toMatchObject({ entity: 'CaseFile', before: { reasonForContact: 'Falls at home, lives alone' }, after: { reasonForContact: 'Changed' } });
    const all = JSON.stringify(await server.db.db.select().from(auditEntries));
    expect(all).not.toContain(NRN_1985);
  });

  it('reads of sensitive fields are recorded: who, when, which case, which field', async () => {
    const c = await openCase(server, w, { lastName: 'Read' });
    await server.gql(`query ($id: ID!) { caseFile(id: $id) { beneficiary { lastName healthNotes monthlyIncome } } }`, { id: c.id }, await w.token(w.flying));
    const r = await server.gql(`query ($id: ID!) { auditEntries(caseFileId: $id, kind: READ) { edges { node { field at caseFileId } } } }`, { id: c.id }, await w.token(w.head));
    expect(r.data?.auditEntries.edges.map((e: { node: { field: string } }) => e.node.field).sort()).toEqual(['healthNotes', 'monthlyIncome']);
    expect(r.data?.auditEntries.edges[0].node).toMatchObject({ at: NOW.toISOString(), caseFileId: c.id });
    const rows = await server.db.db.select().from(auditEntries).where(and(eq(auditEntries.kind, 'READ'), eq(auditEntries.caseFileId, fromGlobalId(c.id)?.id ?? '')));
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.actorId === w.flying.id)).toBe(true);
  });

  it.each(['sw', 'flying', 'relay', 'familyHelper', 'telephonist'] as const)('only direction reads the audit trail: the %s is FORBIDDEN', async (who) => {
    const r = await server.gql(`{ auditEntries { totalCount } }`, {}, await w.token(w[who]));
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('no mutation can change the audit trail', async () => {
    const schema = await server.gql(`{ __schema { mutationType { fields { name } } } }`, {}, await w.token(w.director));
    const names: string[] = schema.data?.__schema.mutationType.fields.map((f: { name: string }) => f.name);
    expect(names.filter((n) => /audit/i.test(n))).toEqual([]);
  });
});
