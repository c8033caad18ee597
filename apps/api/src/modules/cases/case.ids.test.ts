// Global IDs are decoded once, in the resolvers; services take database ids. A well-formed ID of the
// right type that names nothing finds nothing; a malformed ID, or the ID of another type, is
// BAD_USER_INPUT naming the argument where a query looks something up or a list filters by it
// (`node` takes any type, so only a malformed ID is refused there), and is a userError naming the
// field where a mutation needs it: never a fault, never another row. (A NUL byte or an oversized ID
// is refused before any resolver runs: tests/security/input-limits.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../shared/global-id.js';
import { startTestServer, type TestServer } from '@support/server.js';
import { buildCasesWorld, openCase, type CasesWorld } from '@support/cases-world.js';

const NOW = new Date('2026-11-23T09:00:00Z');
let server: TestServer;
let w: CasesWorld;
let caseId: string;
let sw: string;

const HOSTILE: [string, string][] = [
  ['malformed', 'not-an-id'],
  ['of another type', toGlobalId('Staff', '0b5c3f0e-8a4c-4d7e-9f3a-2b1c0d9e8f7a')],
  ['of a case file that does not exist', toGlobalId('CaseFile', '00000000-0000-4000-8000-000000000000')],
];
// Not IDs this API gives out: not base64 of "Type:uuid", a uuid that is not one, a type no object has.
const MALFORMED: [string, string][] = [
  ['not an ID at all', 'not-an-id'],
  ['empty', ''],
  ['of a known type without a uuid', Buffer.from('CaseFile:42').toString('base64url')],
  ['of a type no object has', Buffer.from('Recipe:0b5c3f0e-8a4c-4d7e-9f3a-2b1c0d9e8f7a').toString('base64url')],
];
const OF_ANOTHER_TYPE = toGlobalId('Sector', '0b5c3f0e-8a4c-4d7e-9f3a-2b1c0d9e8f7a');

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildCasesWorld(server);
  caseId = (await openCase(server, w)).id;
  sw = await w.token(w.sw);
});
afterAll(() => server?.close());

describe('queries: an ID that names nothing finds nothing', () => {
  it('caseFile(id) and beneficiaryExport(id) with the ID of no row are null', async () => {
    const none = { c: HOSTILE[2][1], b: toGlobalId('Beneficiary', '00000000-0000-4000-8000-000000000000') };
    const r = await server.gql(`query ($c: ID!, $b: ID!) { caseFile(id: $c) { id } beneficiaryExport(id: $b) }`, none, sw);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ caseFile: null, beneficiaryExport: null });
  });

  it('node(id) and nodes(ids) with well-formed IDs of no row (of any type) are null, as Relay has it', async () => {
    const r = await server.gql(`query ($id: ID!, $ids: [ID!]!) { node(id: $id) { id } nodes(ids: $ids) { id } }`, { id: HOSTILE[1][1], ids: [HOSTILE[1][1], HOSTILE[2][1]] }, sw);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ node: null, nodes: [null, null] });
  });

  it('caseFiles(sectorId, socialWorkerId) with the ID of no row lists nothing', async () => {
    const none = { s: toGlobalId('Sector', '00000000-0000-4000-8000-000000000000'), w: toGlobalId('Staff', '00000000-0000-4000-8000-000000000000') };
    const r = await server.gql(`query ($s: ID, $w: ID) { s: caseFiles(sectorId: $s) { totalCount } w: caseFiles(socialWorkerId: $w) { totalCount } all: caseFiles { totalCount } }`, none, sw);
    expect(r.errors).toBeUndefined();
    expect(r.data).toMatchObject({ s: { totalCount: 0 }, w: { totalCount: 0 } });
    expect(r.data?.all.totalCount).toBeGreaterThan(0);
  });

  it('auditEntries(caseFileId) with the ID of no case file lists nothing', async () => {
    const a = await server.gql(`query ($id: ID) { auditEntries(caseFileId: $id) { totalCount } }`, { id: HOSTILE[2][1] }, await w.token(w.director));
    expect(a.errors).toBeUndefined();
    expect(a.data?.auditEntries.totalCount).toBe(0);
  });
});

// As whoToCall(sectorId:) and the other lists: not a filter that quietly finds nothing.
describe('list filters: an ID malformed or of another type is bad input naming the argument', () => {
  it.each([
    ['malformed', 'not-an-id'],
    ['of another type', toGlobalId('Beneficiary', '0b5c3f0e-8a4c-4d7e-9f3a-2b1c0d9e8f7a')],
  ])('caseFiles(sectorId), caseFiles(socialWorkerId) and auditEntries(caseFileId) with an ID %s', async (_, id) => {
    const director = await w.token(w.director);
    for (const [query, field] of [
      ['query ($id: ID) { caseFiles(sectorId: $id) { totalCount } }', 'sectorId'],
      ['query ($id: ID) { caseFiles(socialWorkerId: $id) { totalCount } }', 'socialWorkerId'],
      ['query ($id: ID) { auditEntries(caseFileId: $id) { totalCount } }', 'caseFileId'],
    ]) {
      const r = await server.gql(query, { id }, director);
      expect(r.data, field).toBeNull();
      expect(r.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(r.errors?.[0]?.message, field).toContain(field);
    }
  });
});

// As the lists' filters: an ID the client got wrong is said so, not answered as "not yours to see".
describe('lookups: an ID malformed or of another type is bad input naming the argument', () => {
  it.each([...MALFORMED, ['of another type (a sector\'s)', OF_ANOTHER_TYPE]])('caseFile(id) and beneficiaryExport(id) with an ID %s', async (_, id) => {
    for (const query of ['query ($id: ID!) { caseFile(id: $id) { id } }', 'query ($id: ID!) { beneficiaryExport(id: $id) }']) {
      const r = await server.gql(query, { id }, sw);
      expect(Object.values(r.data ?? {}), query).toEqual([null]);
      expect(r.errors?.[0]?.extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      expect(r.errors?.[0]?.message, query).toContain('`id`');
    }
  });

  it.each(MALFORMED)('node(id) and nodes(ids) with an ID %s', async (_, id) => {
    const node = await server.gql('query ($id: ID!) { node(id: $id) { id } }', { id }, sw);
    expect(node.data).toEqual({ node: null });
    expect(node.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const nodes = await server.gql('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [caseId, id] }, sw);
    expect(nodes.data).toBeNull();
    expect(nodes.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    expect(nodes.errors?.[0]?.message).toContain('`ids`');
  });
});

describe('mutations: an ID that names nothing is a userError on its field', () => {
  const mutations = (id: string): [string, string, Record<string, unknown>, string, string][] => [
    ['caseFileTransition', 'CaseFileTransitionInput', { caseFileId: id, expectedVersion: 1, to: 'ASSESSMENT', reason: 'r' }, 'caseFileId', 'UNKNOWN_CASE_FILE'],
    ['caseFileUpdate', 'CaseFileUpdateInput', { caseFileId: caseId, expectedVersion: 1, socialWorkerId: id }, 'socialWorkerId', 'NOT_A_SOCIAL_WORKER'],
    ['visitPlan', 'VisitPlanInput', { caseFileId: caseId, kind: 'REVISION', plannedAt: '2026-11-30T09:00:00Z', visitorId: id }, 'visitorId', 'UNKNOWN_PERSON'],
    ['visitComplete', 'VisitCompleteInput', { visitId: id, report: 'r' }, 'visitId', 'UNKNOWN_VISIT'],
    ['aidDecisionReview', 'AidDecisionReviewInput', { aidDecisionId: id, accept: true, reason: 'r' }, 'aidDecisionId', 'UNKNOWN_AID_DECISION'],
    ['aidPlanPropose', 'AidPlanProposeInput', { aidPlanId: id, expectedRevision: 1 }, 'aidPlanId', 'UNKNOWN_AID_PLAN'],
    ['aidPlanDraft', 'AidPlanDraftInput', { caseFileId: id }, 'caseFileId', 'UNKNOWN_CASE_FILE'],
  ];

  it.each(HOSTILE)('each case, visit and aid-plan mutation refuses an ID %s on the field that holds it, and nothing is written', async (_, id) => {
    const before = await server.db.sql`select (select count(*) from audit_entries where kind = 'CHANGE') as changes, (select count(*) from events) as events`;
    for (const [name, type, input, field, code] of mutations(id)) {
      const r = await server.gql(`mutation ($input: ${type}!) { ${name}(input: $input) { userErrors { field code } } }`, { input }, sw);
      expect(r.errors, name).toBeUndefined();
      expect(r.data?.[name].userErrors, name).toEqual([{ field: ['input', field], code }]);
    }
    const after = await server.db.sql`select (select count(*) from audit_entries where kind = 'CHANGE') as changes, (select count(*) from events) as events`;
    expect(after).toEqual(before);
  });
});
