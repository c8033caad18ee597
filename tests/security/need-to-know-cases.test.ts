// R5 need-to-know on case files as a register: the telephonist reads who to call (sectorSearch),
// never a list or a feed of beneficiaries, on every path (lists, node, nodes, subscriptions); the
// trainee reads her sector's files but does not export them. Over the demo service, logged in as
// each demo role and as the kiosk.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { until } from '../events/subscriber.js';
import { startTestServer, type GqlResult, type TestServer } from '@support/server.js';
import { fullIn, REACH, ROLES } from '@support/reach.js';

let server: TestServer;
const tokens: Record<string, string> = {};
const sectorIds: Record<string, string> = {};
let director: string;

const codes = (r: GqlResult) => (r.errors ?? []).map((e) => e.extensions?.code);
const as = (role: string, query: string, variables: Record<string, unknown> = {}) => server.gql(query, variables, tokens[role]);

beforeAll(async () => {
  server = await startTestServer({ now: new Date('2026-03-04T10:00:00Z'), seed: true });
  for (const l of server.demo?.logins ?? []) tokens[l.role] = await server.login(l.email);
  tokens.KIOSK = server.demo?.kioskToken ?? '';
  director = tokens.DIRECTOR;
  const s = await server.gql('{ sectors { id code } }', {}, director);
  for (const x of s.data?.sectors ?? []) sectorIds[x.code] = x.id;
}, 120_000);
afterAll(() => server?.close());

describe('R5 × case files as a register: the telephonist reads who to call (sectorSearch), never a list or a feed of beneficiaries', () => {
  type S1Case = { id: string; version: number; beneficiary: { id: string; firstName: string; lastName: string } };
  let s1: S1Case;
  let visitId: string;
  let directorCursor: string;
  const LIST = 'query ($after: String, $s: ID) { caseFiles(first: 100, after: $after, sectorId: $s) { totalCount edges { cursor node { id sector { code } socialWorker { fullName } beneficiary { firstName lastName } } } } }';
  const refusedAsRegister = (r: GqlResult) => ({ codes: codes(r), sayWhere: r.errors?.[0]?.message.includes('sectorSearch'), data: r.data?.caseFiles ?? null });
  const REGISTER_REFUSED = { codes: ['FORBIDDEN'], sayWhere: true, data: null };
  // Helpers' served homes are theirs to read (case.access.test.ts); this matrix is about the rest.
  const NOT_HELPERS = ROLES.filter((r) => REACH[r] !== 'OWN');

  beforeAll(async () => {
    const r = await server.gql('query ($s: ID) { caseFiles(first: 2, sectorId: $s) { edges { cursor node { id version beneficiary { id firstName lastName } visits { id } } } } }', { s: sectorIds.S1 }, director);
    s1 = r.data?.caseFiles.edges[0].node;
    directorCursor = r.data?.caseFiles.edges[0].cursor;
    const withVisit = r.data?.caseFiles.edges.map((e: { node: { visits: { id: string }[] } }) => e.node).find((n: { visits: { id: string }[] }) => n.visits.length);
    visitId = withVisit?.visits[0].id;
    expect(s1.beneficiary.lastName && directorCursor && visitId).toBeTruthy();
  });

  it.each(ROLES)('%s: caseFiles, plain, paged with `after` and filtered (the telephonist and the kiosk: FORBIDDEN, on every path)', async (role) => {
    const plain = await as(role, LIST);
    const paged = await as(role, LIST, { after: directorCursor });
    const filtered = await as(role, LIST, { s: sectorIds.S1 });
    if (role === 'TELEPHONIST') {
      for (const r of [plain, paged, filtered]) expect(refusedAsRegister(r)).toEqual(REGISTER_REFUSED);
    } else if (role === 'KIOSK') {
      for (const r of [plain, paged, filtered]) expect({ codes: codes(r), data: r.data?.caseFiles ?? null }).toEqual({ codes: ['FORBIDDEN'], data: null });
    } else {
      expect({ role, errors: plain.errors }).toEqual({ role, errors: undefined });
      if (REACH[role] !== 'OWN') expect(plain.data?.caseFiles.totalCount, role).toBeGreaterThan(0);
    }
  });

  it.each(NOT_HELPERS)('%s: an S1 case file by caseFile(id), node and nodes, its beneficiary and a visit: the S1 readers read it, the telephonist and the kiosk get null', async (role) => {
    const r = await as(role, `query ($c: ID!, $b: ID!, $v: ID!) {
      n: node(id: $c) { ... on CaseFile { beneficiary { lastName } } }
      b: node(id: $b) { ... on Beneficiary { lastName } }
      many: nodes(ids: [$c, $b, $v]) { ... on CaseFile { beneficiary { lastName } } ... on Beneficiary { lastName } ... on Visit { caseFile { beneficiary { lastName } } } } }`, { c: s1.id, b: s1.beneficiary.id, v: visitId });
    const one = await as(role, 'query ($c: ID!) { caseFile(id: $c) { sector { code } socialWorker { fullName } beneficiary { lastName } } }', { c: s1.id });
    const name = s1.beneficiary.lastName;
    if (fullIn(role, 'S1')) {
      expect({ role, n: r.data?.n, b: r.data?.b, many: r.data?.many, one: one.data?.caseFile.beneficiary }).toEqual({
        role, n: { beneficiary: { lastName: name } }, b: { lastName: name }, many: [{ beneficiary: { lastName: name } }, { lastName: name }, { caseFile: { beneficiary: { lastName: name } } }], one: { lastName: name },
      });
    } else {
      expect({ role, errors: r.errors, n: r.data?.n, b: r.data?.b, many: r.data?.many }).toEqual({ role, errors: undefined, n: null, b: null, many: [null, null, null] });
      // The kiosk may not ask at all; the telephonist asks and gets null, like any ID naming nothing she may read.
      if (role === 'KIOSK') expect(codes(one)).toEqual(['FORBIDDEN']);
      else expect({ role, errors: one.errors, caseFile: one.data?.caseFile }).toEqual({ role, errors: undefined, caseFile: null });
      expect(JSON.stringify([r, one])).not.toContain(name);
    }
  });

  it("the telephonist still finds a caller's sector by name through sectorSearch (the desk's path), a few matches, no case file", async () => {
    const { firstName, lastName } = s1.beneficiary;
    const r = await as('TELEPHONIST', 'query ($t: String!) { sectorSearch(text: $t, first: 5) { matches { matchedOn beneficiaryName street sector { code } } } }', { t: `${firstName} ${lastName}` });
    expect(r.errors).toBeUndefined();
    expect(r.data?.sectorSearch.matches).toContainEqual({ matchedOn: 'NAME', beneficiaryName: `${firstName} ${lastName}`, street: null, sector: { code: 'S1' } });
  });

  it('caseFileChanged: the telephonist is FORBIDDEN when she subscribes (resuming with `after` too) and gets no event; the S1 social worker, trainee and direction get the change', async () => {
    const watchers = ['TELEPHONIST', 'SOCIAL_WORKER', 'TRAINEE', 'DIRECTOR'];
    const SUB = 'subscription ($after: String) { caseFileChanged(after: $after) { type caseFile { id beneficiary { lastName } } } }';
    const got: Record<string, unknown[]> = {};
    const resumed: unknown[] = [];
    const clients: Client[] = [];
    for (const who of watchers) {
      got[who] = [];
      const c = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { token: tokens[who] }, retryAttempts: 0 });
      clients.push(c);
      c.subscribe({ query: SUB }, { next: (r) => got[who].push(r.data?.caseFileChanged ?? codes(r as GqlResult)), error: (e) => got[who].push(e), complete: () => {} });
      if (who === 'TELEPHONIST') c.subscribe({ query: SUB, variables: { after: '1' } }, { next: (r) => resumed.push(r.data?.caseFileChanged ?? codes(r as GqlResult)), error: (e) => resumed.push(e), complete: () => {} });
    }
    await new Promise((r) => setTimeout(r, 400));
    const u = await server.gql('mutation ($input: CaseFileUpdateInput!) { caseFileUpdate(input: $input) { userErrors { code } } }', { input: { caseFileId: s1.id, expectedVersion: s1.version, reasonForContact: 'Called the desk about her visits' } }, director);
    expect(u.data?.caseFileUpdate.userErrors).toEqual([]);
    expect(await until(() => watchers.every((w) => got[w].length >= 1) && resumed.length >= 1)).toBe(true);
    await new Promise((res) => setTimeout(res, 300));
    for (const c of clients) await c.dispose();
    expect({ telephonist: got.TELEPHONIST, resumed }).toEqual({ telephonist: [['FORBIDDEN']], resumed: [['FORBIDDEN']] });
    for (const who of ['SOCIAL_WORKER', 'TRAINEE', 'DIRECTOR']) expect({ who, got: got[who] }).toEqual({ who, got: [{ type: 'CASE_UPDATED', caseFile: { id: s1.id, beneficiary: { lastName: s1.beneficiary.lastName } } }] });
  });
});

describe("R5 × beneficiaryExport: an act of the service, by the responsible social worker or direction; the trainee reads the file, does not export it", () => {
  const EXPORTERS = ['SOCIAL_WORKER', 'FLYING_SOCIAL_WORKER', 'RELAY_CONTROL_SOCIAL_WORKER', 'DIRECTOR', 'SOCIAL_POLE_HEAD'];
  it.each(ROLES)('%s: the export of an S1 beneficiary', async (role) => {
    const c = await server.gql('query ($s: ID) { caseFiles(first: 1, sectorId: $s) { edges { node { id beneficiary { id lastName } } } } }', { s: sectorIds.S1 }, director);
    const { id: caseId, beneficiary } = c.data?.caseFiles.edges[0].node;
    const r = await as(role, 'query ($id: ID!) { beneficiaryExport(id: $id) }', { id: beneficiary.id });
    if (EXPORTERS.includes(role)) expect({ role, errors: r.errors, lastName: r.data?.beneficiaryExport?.beneficiary?.lastName }).toEqual({ role, errors: undefined, lastName: beneficiary.lastName });
    else expect({ role, codes: codes(r), export: r.data?.beneficiaryExport ?? null }).toEqual({ role, codes: ['FORBIDDEN'], export: null });
    if (role === 'TRAINEE') {
      expect(r.errors?.[0].message).toContain('social worker or direction');
      // Her reading is unchanged: the file of her sector, in full.
      const read = await as(role, 'query ($id: ID!) { caseFile(id: $id) { status beneficiary { lastName nationalRegisterNumber } } }', { id: caseId });
      expect(read.data?.caseFile.beneficiary).toEqual({ lastName: beneficiary.lastName, nationalRegisterNumber: expect.any(String) });
    }
  });
});
