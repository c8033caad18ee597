// Reporting tokens through HTTP: direction makes them (shown once, stored hashed), lists and revokes
// them; a token reads the reports and nothing else, runs no mutation, is throttled on its own and
// every use is recorded.
import WebSocket from 'ws';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportingTokenUses, sessions } from '../../db/schema/index.js';
import { makeStaff, PASSWORD, plus } from '@support/factories.js';
import { startTestServer, type TestServer } from '@support/server.js';
import { REFUSED_TOKENS, REPORTING_TOKEN } from './reporting-token.rules.js';

const NOW = new Date('2026-06-10T08:00:00Z');
const IN_A_YEAR = '2027-06-01T00:00:00Z';
const SPAN = 'from: "2026-01-01", to: "2026-03-31"';
let server: TestServer;
let directorToken: string;
let workerToken: string;

const CREATE = `mutation ($input: ReportingTokenCreateInput!) { reportingTokenCreate(input: $input) { token reportingToken { id label expiresAt } userErrors { field code } } }`;
const LIST = '{ reportingTokens { edges { node { id label createdAt lastUsedAt expiresAt revokedAt } } } }';
const listed = (r: { data?: any }) => r.data?.reportingTokens.edges.map((e: { node: unknown }) => e.node);
const REVOKE = `mutation ($id: ID!) { reportingTokenRevoke(input: { id: $id }) { reportingToken { revokedAt } userErrors { code } } }`;

async function newToken(label = 'Tableau de bord'): Promise<{ token: string; id: string }> {
  const r = await server.gql(CREATE, { input: { label, expiresAt: IN_A_YEAR } }, directorToken);
  return { token: r.data?.reportingTokenCreate.token, id: r.data?.reportingTokenCreate.reportingToken.id };
}

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  const director = await makeStaff(server.db.db, 'DIRECTOR');
  const worker = await makeStaff(server.db.db, 'SOCIAL_WORKER');
  directorToken = await server.login(director.email, PASSWORD);
  workerToken = await server.login(worker.email, PASSWORD);
});
afterAll(() => server?.close());

describe('reporting tokens', () => {
  it('only direction makes one, with a label and an expiry ahead; shown once, stored hashed, listed without it', async () => {
    const refused = await server.gql(CREATE, { input: { label: 'x', expiresAt: IN_A_YEAR } }, workerToken);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const blank = await server.gql(CREATE, { input: { label: ' ', expiresAt: IN_A_YEAR } }, directorToken);
    expect(blank.data?.reportingTokenCreate).toMatchObject({ token: null, userErrors: [{ field: ['input', 'label'], code: 'REQUIRED' }] });
    const past = await server.gql(CREATE, { input: { label: 'x', expiresAt: '2026-06-01T00:00:00Z' } }, directorToken);
    expect(past.data?.reportingTokenCreate.userErrors).toEqual([{ field: ['input', 'expiresAt'], code: 'EXPIRY_IN_PAST' }]);
    const far = await server.gql(CREATE, { input: { label: 'x', expiresAt: '2030-01-01T00:00:00Z' } }, directorToken);
    expect(far.data?.reportingTokenCreate.userErrors).toEqual([{ field: ['input', 'expiresAt'], code: 'EXPIRY_TOO_FAR' }]);
    const before = (await server.db.db.select().from(sessions).where(eq(sessions.kind, 'REPORTING'))).length;
    expect(before).toBe(0);

    const { token, id } = await newToken('Power BI');
    expect(token.length).toBeGreaterThan(30);
    const stored = await server.db.db.select().from(sessions).where(eq(sessions.kind, 'REPORTING'));
    expect(stored).toHaveLength(1);
    expect(stored[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored[0].tokenHash).not.toContain(token);
    const list = await server.gql(LIST, {}, directorToken);
    expect(listed(list)).toEqual([{ id, label: 'Power BI', createdAt: NOW.toISOString(), lastUsedAt: null, expiresAt: '2027-06-01T00:00:00.000Z', revokedAt: null }]);
    expect(JSON.stringify(list)).not.toContain(token);
    expect((await server.gql(LIST, {}, workerToken)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('reads what it may, is audited at each use and shows when it was last used', async () => {
    const { token, id } = await newToken('Script');
    server.clock.now = plus(NOW, 5_000);
    const r = await server.gql('query Figures { conflictsReport(from: "2026-01-01", to: "2026-06-30") { from to conflicts { rule } } }', {}, token);
    expect(r.status).toBe(200);
    expect(r.data).toEqual({ conflictsReport: { from: '2026-01-01', to: '2026-06-30', conflicts: [] } });
    const uses = await server.db.db.select().from(reportingTokenUses);
    expect(uses.filter((u) => !u.refused).map((u) => u.what)).toEqual(['query conflictsReport']);
    const list = await server.gql(LIST, {}, directorToken);
    expect(listed(list).find((t: { id: string }) => t.id === id).lastUsedAt).toBe(plus(NOW, 5_000).toISOString());
    server.clock.now = NOW;
  });

  it('runs no mutation and reads nothing personal: case files, beneficiaries, staff, node, the viewer, live feeds', async () => {
    const { token } = await newToken('Curieux');
    const attempts = [
      `mutation { reportingTokenCreate(input: { label: "more", expiresAt: "${IN_A_YEAR}" }) { token } }`,
      'mutation { logout { loggedOut } }',
      '{ caseFiles(first: 5) { edges { node { id } } } }',
      '{ sectors { name } }',
      '{ node(id: "U3RhZmY6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw") { id } }',
      '{ viewer { kind } }',
      '{ __typename ...F } fragment F on Query { auditEntries(first: 1) { totalCount } }',
    ];
    for (const query of attempts) {
      const r = await server.gql(query, {}, token);
      expect(r.data ?? null, query).toBeNull();
      expect(r.errors?.[0].extensions?.code, query).toBe('FORBIDDEN');
      // A refusal, not a server fault: dashboards and monitoring read the status.
      expect(r.status, query).toBe(403);
    }
    const refused = await server.db.db.select().from(reportingTokenUses).where(eq(reportingTokenUses.refused, true));
    expect(refused.map((u) => u.what)).toContain('query caseFiles');
    expect((await server.db.db.select().from(sessions).where(eq(sessions.kind, 'REPORTING'))).length).toBe(3);

    const code = await new Promise<number>((resolve) => {
      const ws = new WebSocket(server.wsUrl, 'graphql-transport-ws');
      ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { token } })));
      ws.on('close', (c) => resolve(c));
    });
    expect(code).toBe(4403);
  });

  it(`has its own rate limit: past ${REPORTING_TOKEN.perWindow} uses a minute, HTTP 429 with Retry-After; another token is not held back`, async () => {
    const { token } = await newToken('Pressé');
    const other = await newToken('Patient');
    server.clock.now = plus(NOW, 60_000);
    for (let i = 0; i < REPORTING_TOKEN.perWindow; i += 1) {
      server.clock.now = plus(NOW, 60_000 + i * 100);
      expect((await server.gql('{ __typename }', {}, token)).status).toBe(200);
    }
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(res.status).toBe(429);
    // The first use leaves the window 60 s after it was made: 60 s from 60.0 s, asked at 65.9 s.
    expect(res.headers.get('retry-after')).toBe('55');
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    const csv = await fetch(`${server.url}/reports/conflicts.csv?from=2026-01-01&to=2026-01-31`, { headers: { authorization: `Bearer ${token}` } });
    expect(csv.status).toBe(429);
    expect(csv.headers.get('retry-after')).toBe('55');
    expect((await server.gql('{ __typename }', {}, other.token)).status).toBe(200);
    server.clock.now = plus(NOW, 60_000 + 60_001);
    expect((await server.gql('{ __typename }', {}, token)).status).toBe(200);
    server.clock.now = NOW;
  });

  it('asks at most 12 reports in one request: thirty aliased reports are refused before any runs, naming the cap', async () => {
    const { token } = await newToken('Gourmand');
    const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `r${i}: conflictsReport(from: "2026-01-01", to: "2026-12-31") { conflicts { opened } }`).join(' ')} }`;
    const before = (await server.db.db.select().from(reportingTokenUses)).length;
    const thirty = await server.gql(aliased(30), {}, token);
    expect(thirty.data ?? null).toBeNull();
    expect(thirty.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(thirty.errors?.[0].message).toMatch(/fewer reports \(each …Report field counts 8000: at most 12 in one request\)/);
    // Refused at validation: nothing ran, nothing counted against the token.
    expect((await server.db.db.select().from(reportingTokenUses)).length).toBe(before);
    const thirteen = await server.gql(aliased(13), {}, token);
    expect(thirteen.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
    const twelve = await server.gql(aliased(12), {}, token);
    expect(twelve.errors).toBeUndefined();
    expect(Object.keys(twelve.data ?? {})).toHaveLength(12);
    // Six different reports in one request, as a dashboard asks them, pass.
    const six = await server.gql(
      `{ activityReport(${SPAN}) { from } hoursReport(${SPAN}) { from } caseloadReport(${SPAN}) { from } permanenceReport(${SPAN}) { from } conflictsReport(${SPAN}) { from } planningQuotaReport(${SPAN}) { from } }`,
      {},
      token,
    );
    expect(six.errors).toBeUndefined();
  });

  it('stops at revocation and at expiry', async () => {
    const { token, id } = await newToken('Ancien outil');
    expect((await server.gql('{ sectors { code } }', {}, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await server.gql(REVOKE, { id }, workerToken)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const revoked = await server.gql(REVOKE, { id }, directorToken);
    expect(revoked.data?.reportingTokenRevoke).toEqual({ reportingToken: { revokedAt: NOW.toISOString() }, userErrors: [] });
    // `{ __typename }` answers anyone: a field behind a token tells a dead token (UNAUTHENTICATED) from a live one (FORBIDDEN).
    const after = await server.gql('{ sectors { code } }', {}, token);
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await server.gql(REVOKE, { id }, directorToken)).data?.reportingTokenRevoke.userErrors).toEqual([{ code: 'UNKNOWN_REPORTING_TOKEN' }]);

    const short = await server.gql(CREATE, { input: { label: 'Court', expiresAt: '2026-06-11T00:00:00Z' } }, directorToken);
    const shortToken = short.data?.reportingTokenCreate.token;
    expect((await server.gql('{ sectors { code } }', {}, shortToken)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    server.clock.now = new Date('2026-06-11T00:00:01Z');
    expect((await server.gql('{ sectors { code } }', {}, shortToken)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    server.clock.now = NOW;
  });

  // Last: it spends this address's budget of refused tokens (at later instants than the tests above).
  it(`throttles refused tokens (unknown, revoked, expired) per client address: past ${REFUSED_TOKENS.perWindow} a minute, HTTP 429 with Retry-After, on GraphQL and CSV`, async () => {
    const { token: live, id } = await newToken('Vivant');
    const { token: revoked, id: revokedId } = await newToken('Révoqué');
    await server.gql(REVOKE, { id: revokedId }, directorToken);
    const t0 = plus(NOW, 3_600_000);
    server.clock.now = t0;
    const unknown = 'x'.repeat(43);
    for (let i = 0; i < REFUSED_TOKENS.perWindow; i += 1) {
      server.clock.now = plus(t0, i * 100);
      const r = await server.gql('{ conflictsReport(from: "2026-01-01", to: "2026-01-31") { from } }', {}, i % 2 ? unknown : revoked);
      expect(r.errors?.[0].extensions?.code, `refused token ${i}`).toBe('UNAUTHENTICATED');
    }
    server.clock.now = plus(t0, 5_000);
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${unknown}` }, body: JSON.stringify({ query: '{ sectors { code } }' }) });
    expect(res.status).toBe(429);
    // The first refused token leaves the window 60 s after it came: at 60.0 s, asked at 5.0 s.
    expect(res.headers.get('retry-after')).toBe('55');
    const body = (await res.json()) as { data?: unknown; errors: { message: string; extensions: { code: string } }[] };
    expect(body.data ?? null).toBeNull();
    expect(body.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(body.errors[0].message).toMatch(/unknown, revoked or expired: try again in 55 s/);
    const csv = await fetch(`${server.url}/reports/conflicts.csv?from=2026-01-01&to=2026-01-31`, { headers: { authorization: `Bearer ${revoked}` } });
    expect(csv.status).toBe(429);
    expect(csv.headers.get('retry-after')).toBe('55');
    // A live token from the same address still reads, and a request without a token is not counted.
    expect((await server.gql('{ conflictsReport(from: "2026-01-01", to: "2026-01-31") { from } }', {}, live)).data).toEqual({ conflictsReport: { from: '2026-01-01' } });
    expect((await server.gql('{ __typename }', {})).status).toBe(200);
    expect(id).toBeTruthy();

    // A minute later the address may try again; twenty-five refused tokens at once: exactly twenty pass the gate.
    server.clock.now = plus(t0, 120_000);
    const burst = await Promise.all(
      Array.from({ length: 25 }, () => fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${unknown}` }, body: JSON.stringify({ query: '{ sectors { code } }' }) })),
    );
    const statuses = burst.map((r) => r.status);
    expect(statuses.filter((s) => s === 429)).toHaveLength(25 - REFUSED_TOKENS.perWindow);
    server.clock.now = NOW;
  });
});
