// Lists resolve related objects in one query per kind: 100 case files with their beneficiary,
// social worker, sector and current aid plan cost the same number of SQL queries as 10.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aidPlanVersions, beneficiaries, caseFiles, incomeProofs } from '../../db/schema/index.js';
import { makeSector, makeStaff, makeTeam } from '@support/factories.js';
import { startTestServer, type GqlResult, type TestServer } from '@support/server.js';
import { countStatements } from '@support/statements.js';
import { buildCasesWorld, type CasesWorld } from '@support/cases-world.js';

const NOW = new Date('2026-11-23T09:00:00Z');
let server: TestServer;
let w: CasesWorld;

const LIST = `query ($first: Int) { caseFiles(first: $first) { totalCount edges { node { id status urgentAlert
  sector { name } socialWorker { fullName } beneficiary { lastName address { city } healthNotes }
  aidPlan { number status progress nextEvaluationOn actions { description status } } transitions { to }
  evaluationOverdue nextEvaluationOn incomeProofs { kind monthlyAmount recordedBy { fullName } }
  financialParticipation { basis hourlyRate householdMonthlyIncome weeklyAmount } incomeFollowUp { id reason } } } } }`;

const countQueries = (run: () => Promise<unknown>) => countStatements(server.app, run);

async function seedCases(count: number) {
  const db = server.db.db;
  const sector = await makeSector(db);
  const sw = await makeStaff(db, 'SOCIAL_WORKER', { sectorId: sector.id });
  await makeTeam(db, sector.id, sw.id);
  const bs = await db.insert(beneficiaries).values(Array.from({ length: count }, (_, i) => ({ firstName: 'B', lastName: `Person ${i}`, city: 'Ixelles', healthNotes: 'n' }))).returning();
  const cs = await db
    .insert(caseFiles)
    .values(bs.map((b, i) => ({ beneficiaryId: b.id, sectorId: sector.id, socialWorkerId: sw.id, reasonForContact: 'r', status: 'ACTIVE' as const, openedAt: new Date(NOW.getTime() - i * 1000) })))
    .returning();
  await db.insert(aidPlanVersions).values(
    cs.map((c) => ({
      caseFileId: c.id,
      number: 1,
      status: 'AGREED' as const,
      actions: [{ domain: 'HEALTH', objective: 'o', kind: 'INTERVENTION', description: 'd', owner: 'sw', dueDate: null, status: 'DONE', evaluationCriterion: null }],
      lastEvaluatedOn: '2026-11-01',
      nextEvaluationOn: '2027-11-01',
      createdById: sw.id,
    })),
  );
  await db.insert(incomeProofs).values(cs.map((c) => ({ caseFileId: c.id, kind: 'PENSION' as const, status: 'RECEIVED' as const, monthlyAmount: '1200.00', receivedOn: '2026-11-01', recordedById: sw.id })));
  return server.login(sw.email, 'test-password-1');
}

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildCasesWorld(server);
});
afterAll(() => server?.close());

describe('bounded queries', () => {
  it('100 case files with beneficiary, social worker, sector and current plan cost as many queries as 10', async () => {
    const small = await seedCases(10);
    const big = await seedCases(100);
    let smallResult: GqlResult | undefined;
    let bigResult: GqlResult | undefined;
    const nSmall = await countQueries(async () => (smallResult = await server.gql(LIST, { first: 100 }, small)));
    const nBig = await countQueries(async () => (bigResult = await server.gql(LIST, { first: 100 }, big)));
    expect(smallResult?.errors).toBeUndefined();
    expect(bigResult?.errors).toBeUndefined();
    expect(bigResult?.data?.caseFiles.edges).toHaveLength(100);
    expect(bigResult?.data?.caseFiles.edges[0].node).toMatchObject({
      socialWorker: { fullName: expect.any(String) },
      aidPlan: { number: 1, progress: 1 },
      evaluationOverdue: false,
      incomeProofs: [{ kind: 'PENSION', monthlyAmount: 1200 }],
      financialParticipation: { basis: 'PROOFS', hourlyRate: 1, householdMonthlyIncome: 1200, weeklyAmount: 0 },
    });
    expect(nSmall.n).toBeGreaterThanOrEqual(5);
    expect(nBig.n).toBe(nSmall.n);
    // Session, list, count, then one query per related kind.
    expect(nBig.n).toBeLessThanOrEqual(14);
    // Reads of health notes, proof amounts and participation amounts: at most one insert per field kind.
    expect(nBig.audit).toBeGreaterThanOrEqual(1);
    expect(nBig.audit).toBeLessThanOrEqual(3);
  });

  it('a list that does not ask totalCount is not counted: one statement fewer, the same edges', async () => {
    const token = await seedCases(10);
    await server.gql('{ caseFiles(first: 1) { edges { node { id } } } }', {}, token); // the token is recognised from here on
    const seenWith: string[] = [];
    const seenWithout: string[] = [];
    let withTotal: GqlResult | undefined;
    let withoutTotal: GqlResult | undefined;
    const asked = await countStatements(server.app, async () => (withTotal = await server.gql('{ caseFiles(first: 5) { totalCount edges { node { id } } } }', {}, token)), seenWith);
    const notAsked = await countStatements(server.app, async () => (withoutTotal = await server.gql('{ caseFiles(first: 5) { edges { node { id } } } }', {}, token)), seenWithout);
    expect(withTotal?.errors).toBeUndefined();
    expect(withTotal?.data?.caseFiles.totalCount).toBe(10);
    expect(withoutTotal?.data?.caseFiles.edges).toEqual(withTotal?.data?.caseFiles.edges);
    expect(seenWith.filter((q) => q.startsWith('select count(*)'))).toHaveLength(1);
    expect(seenWithout.filter((q) => q.startsWith('select count(*)'))).toHaveLength(0);
    expect(notAsked.n).toBe(asked.n - 1);
  });
});

describe("the page's related rows", () => {
  it('asked directly, through a named fragment or an inline one: the same answer from the same statements', async () => {
    const token = await seedCases(5);
    await server.gql('{ caseFiles(first: 1) { edges { node { id } } } }', {}, token); // the token is recognised from here on
    const direct = '{ caseFiles(first: 5) { edges { node { id beneficiary { lastName } sector { name } socialWorker { fullName } } } } }';
    const named = `{ caseFiles(first: 5) { edges { ...E } } } fragment E on CaseFileEdge { node { id ...Who } }
      fragment Who on CaseFile { beneficiary { lastName } ... on CaseFile { sector { name } socialWorker { fullName } } }`;
    const results: GqlResult[] = [];
    const counts = [];
    for (const q of [direct, named]) counts.push(await countQueries(async () => results.push(await server.gql(q, {}, token))));
    expect(results[0].errors).toBeUndefined();
    expect(results[0].data?.caseFiles.edges).toHaveLength(5);
    expect(results[0].data?.caseFiles.edges[0].node).toMatchObject({ beneficiary: { lastName: expect.stringMatching(/^Person /) }, sector: { name: expect.any(String) }, socialWorker: { fullName: expect.any(String) } });
    expect(results[1]).toEqual(results[0]);
    expect(counts[1].n).toBe(counts[0].n);
  });
});

describe("the list's beneficiary columns", () => {
  it('names and address only: read by the list statement itself, one statement fewer, the same answer', async () => {
    const token = await seedCases(5);
    await server.gql('{ caseFiles(first: 1) { edges { node { id } } } }', {}, token); // the token is recognised from here on
    const fields = 'id firstName lastName birthDate address { city } maritalStatus version';
    const light = `{ caseFiles(first: 5) { edges { node { id beneficiary { ${fields} } } } } }`;
    const full = `{ caseFiles(first: 5) { edges { node { id beneficiary { ${fields} healthNotes householdMembers { name } } } } } }`;
    let lightResult: GqlResult | undefined;
    let fullResult: GqlResult | undefined;
    const nLight = await countQueries(async () => (lightResult = await server.gql(light, {}, token)));
    const nFull = await countQueries(async () => (fullResult = await server.gql(full, {}, token)));
    expect(lightResult?.errors).toBeUndefined();
    expect(fullResult?.errors).toBeUndefined();
    const fullNodes = fullResult?.data?.caseFiles.edges.map((e: { node: { beneficiary: Record<string, unknown> } }) => e.node);
    expect(fullNodes[0].beneficiary).toMatchObject({ lastName: expect.stringMatching(/^Person /), address: { city: 'Ixelles' }, healthNotes: 'n', householdMembers: [] });
    const withoutHeavy = fullNodes.map((n: { id: string; beneficiary: Record<string, unknown> }) => {
      const { healthNotes: _h, householdMembers: _m, ...rest } = n.beneficiary;
      return { id: n.id, beneficiary: rest };
    });
    expect(lightResult?.data?.caseFiles.edges.map((e: { node: unknown }) => e.node)).toEqual(withoutHeavy);
    expect(nLight.n).toBe(nFull.n - 1);
  });
});

describe("the list's sector and social worker columns", () => {
  it('their plain fields only: read by the list statement itself, as many statements as the bare list, the same answer as through the loaders', async () => {
    const token = await seedCases(5);
    await server.gql('{ caseFiles(first: 1) { edges { node { id } } } }', {}, token); // the token is recognised from here on
    const who = 'beneficiary { lastName address { city } } sector { id code name } socialWorker { id fullName role phone email fte }';
    const bare = '{ caseFiles(first: 5) { edges { node { id } } } }';
    const light = `{ caseFiles(first: 5) { edges { node { id ${who} } } } }`;
    // A field the joined columns do not answer sends each back to its loader.
    const full = `{ caseFiles(first: 5) { edges { node { id beneficiary { lastName address { city } } sector { id code name calendarUrl } socialWorker { id fullName role phone email fte sector { id } } } } } }`;
    let lightResult: GqlResult | undefined;
    let fullResult: GqlResult | undefined;
    const seen: string[] = [];
    const nBare = await countQueries(() => server.gql(bare, {}, token));
    const nLight = await countStatements(server.app, async () => (lightResult = await server.gql(light, {}, token)), seen);
    const nFull = await countQueries(async () => (fullResult = await server.gql(full, {}, token)));
    expect(lightResult?.errors).toBeUndefined();
    expect(fullResult?.errors).toBeUndefined();
    const fullNodes = fullResult?.data?.caseFiles.edges.map((e: { node: { sector: Record<string, unknown>; socialWorker: Record<string, unknown> } }) => e.node);
    expect(fullNodes[0]).toMatchObject({ sector: { code: expect.any(String), name: expect.any(String) }, socialWorker: { fullName: expect.any(String), role: 'SOCIAL_WORKER', fte: 1, sector: { id: expect.any(String) } } });
    const withoutExtra = fullNodes.map((n: { sector: Record<string, unknown>; socialWorker: Record<string, unknown> }) => {
      const { calendarUrl: _c, ...sector } = n.sector;
      const { sector: _s, ...socialWorker } = n.socialWorker;
      return { ...n, sector, socialWorker };
    });
    expect(lightResult?.data?.caseFiles.edges.map((e: { node: unknown }) => e.node)).toEqual(withoutExtra);
    expect(nLight.n).toBe(nBare.n);
    expect(nFull.n).toBeGreaterThanOrEqual(nLight.n + 2);
    expect(seen.filter((q) => /from "(sectors|staff)"/.test(q))).toHaveLength(0);
  });

  it('the written statements read a social worker as a staff read does: every field of the case list\'s and of the sector\'s social worker', async () => {
    const db = server.db.db;
    const sector = await makeSector(db);
    const sw = await makeStaff(db, 'SOCIAL_WORKER', { sectorId: sector.id, phone: '+32 2 555 01 02', fte: '0.80' });
    await makeTeam(db, sector.id, sw.id);
    const [b] = await db.insert(beneficiaries).values({ firstName: 'B', lastName: 'Written', city: 'Ixelles' }).returning();
    await db.insert(caseFiles).values({ beneficiaryId: b.id, sectorId: sector.id, socialWorkerId: sw.id, reasonForContact: 'r', status: 'ACTIVE', openedAt: NOW });
    const token = await server.login(sw.email, 'test-password-1');
    const FIELDS = 'id fullName role phone email fte sector { id }';
    const r = await server.gql(`{ sectors { id socialWorker { ${FIELDS} } } caseFiles(first: 1) { edges { node { socialWorker { ${FIELDS} } } } } }`, {}, token);
    expect(r.errors).toBeUndefined();
    const expected = { id: sw.gid, fullName: sw.fullName, role: 'SOCIAL_WORKER', phone: '+32 2 555 01 02', email: sw.email, fte: 0.8, sector: { id: sector.gid } };
    expect(r.data?.sectors.find((s: { id: string }) => s.id === sector.gid)?.socialWorker).toEqual(expected);
    expect(r.data?.caseFiles.edges[0].node.socialWorker).toEqual(expected);
  });
});

