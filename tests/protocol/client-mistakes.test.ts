// What an API client gets wrong and is told so, found by an outside check (production build, README
// and SDL only): a subscription sent over HTTP, a cursor given to another list, a filter set to
// false, a `first` far out of range. Over real HTTP, as a client sends it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '@support/server.js';
import { pagedLists } from '@support/paged-lists.js';

let server: TestServer;
let director: string;

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  const email = server.demo?.logins.find((l) => l.role === 'DIRECTOR')?.email;
  if (!email) throw new Error('the demo seed has no director login');
  director = await server.login(email);
});
afterAll(() => server?.close());

describe('a subscription sent over HTTP is refused before it runs, saying where subscriptions go', () => {
  const subscriptions = ['subscription { alertChanged { cursor } }', 'subscription { sectorsWhoToCallChanged { cause } }', 'subscription { alertChanged(after: "") { cursor } }', 'subscription { whoToCallChanged(sectorId: "zzz") { cause } }'];

  it('POST: 400 SUBSCRIPTION_OVER_HTTP naming graphql-ws, nothing runs', async () => {
    for (const query of subscriptions) {
      const r = await server.gql(query, {}, director);
      expect(r.status, query).toBe(400);
      expect(r.data, query).toBeUndefined();
      expect(r.errors, query).toHaveLength(1);
      expect(r.errors?.[0]?.extensions?.code, query).toBe('SUBSCRIPTION_OVER_HTTP');
      expect(r.errors?.[0]?.message, query).toContain('graphql-transport-ws');
    }
  });

  it('variables: wrong ones are refused as over graphql-ws (BAD_USER_INPUT), right ones with SUBSCRIPTION_OVER_HTTP', async () => {
    const query = 'subscription ($a: String) { alertChanged(after: $a) { cursor } }';
    expect((await server.gql(query, { a: 12 }, director)).errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const right = await server.gql(query, { a: '5' }, director);
    expect(right.status).toBe(400);
    expect(right.errors?.map((e) => e.extensions?.code)).toEqual(['SUBSCRIPTION_OVER_HTTP']);
  });

  it('GET: the same words and code (405, as for any operation but a query)', async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent(subscriptions[0])}`, { headers: { authorization: `Bearer ${director}`, 'x-relais-preflight': '1' } });
    expect(res.status).toBe(405);
    const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions.code).toBe('SUBSCRIPTION_OVER_HTTP');
    expect(body.errors[0].message).toContain('graphql-transport-ws');
  });
});

describe('caseFiles(urgentAlert:, evaluationOverdue:): false keeps only the files without', () => {
  for (const filter of ['urgentAlert', 'evaluationOverdue'] as const) {
    it(filter, async () => {
      const count = async (arg: string) => {
        const r = await server.gql<{ caseFiles: { totalCount: number; edges: { node: Record<string, unknown> }[] } }>(`{ caseFiles(first: 100${arg}) { totalCount edges { node { ${filter} } } } }`, {}, director);
        expect(r.errors, arg).toBeUndefined();
        return r.data!.caseFiles;
      };
      const all = await count('');
      const yes = await count(`, ${filter}: true`);
      const no = await count(`, ${filter}: false`);
      expect(yes.totalCount).toBeGreaterThan(0);
      expect(no.totalCount).toBeLessThan(all.totalCount);
      expect(yes.totalCount + no.totalCount).toBe(all.totalCount);
      expect(yes.edges.every((e) => e.node[filter] === true)).toBe(true);
      expect(no.edges.every((e) => e.node[filter] !== true)).toBe(true);
    });
  }
});

describe('beneficiaryUpdate names its field errors under `input.changes`, the national-register number too', () => {
  it('an invalid number and a blank name: ["input","changes",…]', async () => {
    const list = await server.gql<{ caseFiles: { edges: { node: { beneficiary: { id: string; version: number } } }[] } }>('{ caseFiles(first: 1) { edges { node { beneficiary { id version } } } } }', {}, director);
    const b = list.data!.caseFiles.edges[0].node.beneficiary;
    const update = (changes: Record<string, unknown>) =>
      server.gql('mutation ($input: BeneficiaryUpdateInput!) { beneficiaryUpdate(input: $input) { beneficiary { id } userErrors { field code } } }', { input: { beneficiaryId: b.id, expectedVersion: b.version, changes } }, director);
    const nrn = await update({ nationalRegisterNumber: '85073003329' });
    expect(nrn.data?.beneficiaryUpdate).toEqual({ beneficiary: null, userErrors: [{ field: ['input', 'changes', 'nationalRegisterNumber'], code: 'INVALID_NATIONAL_REGISTER_NUMBER' }] });
    const name = await update({ firstName: ' ' });
    expect(name.data?.beneficiaryUpdate.userErrors).toEqual([{ field: ['input', 'changes', 'firstName'], code: 'REQUIRED' }]);
  });
});

describe('a broken input rule is always told with its reason, never an empty one', () => {
  it('sectorSearch(text:) with a NUL: BAD_USER_INPUT naming `text` and the rule', async () => {
    const r = await server.gql('query ($text: String!) { sectorSearch(text: $text) { more } }', { text: 'a\u0000b' }, director);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text', reason: 'BAD_CHARACTER' });
    expect(r.errors?.[0]?.message).toBe('`text`: Must not contain control characters (e.g. a NUL byte) nor bidirectional overrides.');
  });

  it('an input field with a NUL, and caseFilesAnonymise past its range: userErrors with a reason', async () => {
    const list = await server.gql<{ caseFiles: { edges: { node: { beneficiary: { id: string; version: number } } }[] } }>('{ caseFiles(first: 1) { edges { node { beneficiary { id version } } } } }', {}, director);
    const b = list.data!.caseFiles.edges[0].node.beneficiary;
    const named = await server.gql('mutation ($input: BeneficiaryUpdateInput!) { beneficiaryUpdate(input: $input) { userErrors { field code message } } }', { input: { beneficiaryId: b.id, expectedVersion: b.version, changes: { firstName: 'a\u0000b' } } }, director);
    expect(named.data?.beneficiaryUpdate.userErrors).toEqual([{ field: ['input', 'changes', 'firstName'], code: 'BAD_CHARACTER', message: expect.stringContaining('control characters') }]);
    const kept = await server.gql('mutation { caseFilesAnonymise(input: { retentionYears: 101 }) { userErrors { field code message } } }', {}, director);
    expect(kept.data?.caseFilesAnonymise.userErrors).toEqual([{ field: ['input', 'retentionYears'], code: 'OUT_OF_RANGE', message: 'From 1 to 100 years.' }]);
  });
});

describe('a `first` out of range is BAD_USER_INPUT naming `first`, whatever its size', () => {
  it('101, 2147483647 (and through a variable): the argument rule speaks, not the cost estimate', async () => {
    for (const [query, variables] of [
      ['{ caseFiles(first: 101) { totalCount } }', {}],
      ['{ caseFiles(first: 2147483647) { edges { node { id status } } } }', {}],
      ['{ permanenceShifts(first: 2147483647) { edges { node { id } } } }', {}],
      ['{ sectors { id } caseFiles(first: 2147483647) { totalCount edges { node { id sector { id } } } } }', {}],
      ['query ($n: Int) { caseFiles(first: $n) { edges { node { id } } } }', { n: 2147483647 }],
    ] as const) {
      const r = await server.gql(query, variables, director);
      expect(r.errors?.[0]?.extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      expect(r.errors?.map((e) => e.extensions?.code), query).not.toContain('QUERY_TOO_COMPLEX');
    }
  });

  it('99999999999 is no GraphQL Int: one validation error, not the cost estimate besides', async () => {
    const r = await server.gql('{ caseFiles(first: 99999999999) { totalCount } }', {}, director);
    expect(r.status).toBe(400);
    expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(r.errors?.[0]?.message).toContain('99999999999');
  });
});

describe('a cursor is tied to the list that gave it out', () => {
  const lists = () => pagedLists(server, director);

  it('each list refuses the cursors of every other list (BAD_USER_INPUT naming `after`) and reads its own', async () => {
    const all = await lists();
    const page = (list: string, after?: string) => {
      const args = [all[list], 'first: 1', after ? `after: "${after}"` : ''].filter(Boolean).join(', ');
      return server.gql<Record<string, { pageInfo: { endCursor: string | null } }>>(`{ ${list}(${args}) { pageInfo { endCursor } } }`, {}, director);
    };
    const cursors = new Map<string, string>();
    for (const list of Object.keys(all)) {
      const r = await page(list);
      expect(r.errors, list).toBeUndefined();
      const cursor = r.data?.[list]?.pageInfo.endCursor;
      if (cursor) cursors.set(list, cursor);
    }
    // The lists the outside check named, at least, hold rows in the demo.
    // Lists empty in a fresh demo (fileChecks, incomeProofFollowUps…) still refuse the others' cursors below.
    for (const list of ['alerts', 'caseFiles', 'incidents', 'leaveBalances', 'permanenceShifts', 'scheduleConflicts', 'scheduleEntries', 'schedulePatternOccurrences', 'teamRecords']) expect(cursors.has(list), list).toBe(true);
    for (const list of Object.keys(all)) {
      const own = cursors.get(list);
      if (own) expect((await page(list, own)).errors, `${list} with its own cursor`).toBeUndefined();
      for (const [other, cursor] of cursors) {
        if (other === list) continue;
        const r = await page(list, cursor);
        expect(r.errors?.[0]?.extensions, `${list} given a cursor of ${other}`).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
        expect(r.data?.[list] ?? null, `${list} given a cursor of ${other}`).toBeNull();
      }
    }
  });
});
