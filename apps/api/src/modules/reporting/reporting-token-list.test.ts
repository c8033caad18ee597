// Reporting tokens listed as a connection, live ones first, with who made and revoked each (issue 13:
// after 100 revoked tokens the live ones vanished from the list and could not be revoked); at most 50 live.
import { and, eq } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditEntries, sessions } from '../../db/schema/index.js';
import { SESSIONS_CHANNEL } from '../auth/index.js';
import { makeStaff, PASSWORD } from '@support/factories.js';
import { startTestServer, type TestServer } from '@support/server.js';
import { REPORTING_TOKEN } from './reporting-token.rules.js';

const NOW = new Date('2026-06-10T08:00:00Z');
let server: TestServer;
let director: string;
let poleHead: string;
let directorId: string;
let poleHeadId: string;

const CREATE = `mutation ($label: String!) { reportingTokenCreate(input: { label: $label, expiresAt: "2027-06-01T00:00:00Z" }) { reportingToken { id } userErrors { field code message } } }`;
const REVOKE = `mutation ($id: ID!) { reportingTokenRevoke(input: { id: $id }) { reportingToken { revokedAt active revokedBy { fullName } } userErrors { code } } }`;
const PAGE = `query ($first: Int, $after: String, $active: Boolean) { reportingTokens(first: $first, after: $after, active: $active) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id label active revokedAt createdBy { fullName } revokedBy { fullName } } } } }`;

type Node = { id: string; label: string; active: boolean; revokedAt: string | null; createdBy: { fullName: string } | null; revokedBy: { fullName: string } | null };

async function page(vars: { first?: number; after?: string | null; active?: boolean }) {
  const r = await server.gql(PAGE, vars, director);
  expect(r.errors).toBeUndefined();
  return r.data?.reportingTokens as { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Node }[] };
}

async function create(label: string, token = director) {
  const r = await server.gql(CREATE, { label }, token);
  expect(r.errors).toBeUndefined();
  return r.data?.reportingTokenCreate;
}

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  const d = await makeStaff(server.db.db, 'DIRECTOR', { fullName: 'Diane Directrice' });
  const p = await makeStaff(server.db.db, 'SOCIAL_POLE_HEAD', { fullName: 'Paul Pôle' });
  [directorId, poleHeadId] = [d.id, p.id];
  director = await server.login(d.email, PASSWORD);
  poleHead = await server.login(p.email, PASSWORD);
});
afterAll(() => server?.close());

describe('reportingTokens', () => {
  it('lists live tokens first, whatever the number of revoked ones, pages through all, and filters with `active`', async () => {
    const live = await create('Power BI');
    // 120 tokens revoked since, each newer than the live one: 118 written straight in, the last two through the API.
    await server.db.db.insert(sessions).values(
      Array.from({ length: 118 }, (_, i) => ({
        kind: 'REPORTING' as const, label: `Old ${i}`, tokenHash: `old-${i}`, createdAt: new Date(NOW.getTime() + (i + 1) * 1000), expiresAt: new Date('2027-06-01T00:00:00Z'),
        revokedAt: new Date(NOW.getTime() + (i + 1) * 1000), createdById: directorId, revokedById: poleHeadId,
      })),
    );
    for (const i of [118, 119]) {
      server.clock.now = new Date(NOW.getTime() + (i + 1) * 1000);
      const made = await create(`Old ${i}`);
      const r = await server.gql(REVOKE, { id: made.reportingToken.id }, poleHead);
      expect(r.data?.reportingTokenRevoke.userErrors).toEqual([]);
    }
    const first = await page({ first: 10 });
    expect(first.totalCount).toBe(121);
    expect(first.edges[0].node).toEqual({ id: live.reportingToken.id, label: 'Power BI', active: true, revokedAt: null, createdBy: { fullName: 'Diane Directrice' }, revokedBy: null });
    // Then the revoked ones, newest first, with who revoked them.
    expect(first.edges[1].node).toMatchObject({ label: 'Old 119', active: false, createdBy: { fullName: 'Diane Directrice' }, revokedBy: { fullName: 'Paul Pôle' } });
    const seen = new Set(first.edges.map((e) => e.node.id));
    let cursor = first.pageInfo.endCursor;
    for (let more = first.pageInfo.hasNextPage; more; ) {
      const next = await page({ first: 100, after: cursor });
      next.edges.forEach((e) => seen.add(e.node.id));
      cursor = next.pageInfo.endCursor;
      more = next.pageInfo.hasNextPage;
    }
    expect(seen.size).toBe(121);
    expect((await page({ active: true })).edges.map((e) => e.node.label)).toEqual(['Power BI']);
    expect((await page({ active: false })).totalCount).toBe(120);
    // The live one can still be revoked, and who did it is kept.
    const revoked = await server.gql(REVOKE, { id: live.reportingToken.id }, director);
    expect(revoked.data?.reportingTokenRevoke.reportingToken).toMatchObject({ active: false, revokedBy: { fullName: 'Diane Directrice' } });
    expect((await page({ active: true })).totalCount).toBe(0);
  });

  it('records who made and who revoked each token in the audit trail', async () => {
    const made = await create('Grafana');
    const [row] = await server.db.db.select().from(sessions).where(eq(sessions.label, 'Grafana'));
    await server.gql(REVOKE, { id: made.reportingToken.id }, poleHead);
    const entries = await server.db.db.select().from(auditEntries).where(and(eq(auditEntries.entity, 'ReportingToken'), eq(auditEntries.entityId, row.id)));
    expect(entries.map((e) => e.field).sort()).toEqual(['created', 'revokedAt']);
    expect(entries.every((e) => e.actorId)).toBe(true);
    expect(new Set(entries.map((e) => e.actorId)).size).toBe(2);
    expect(JSON.stringify(entries)).not.toContain(row.tokenHash);
    // Direction reads them in the audit trail, with the token's own ID.
    const trail = await server.gql('{ auditEntries(first: 5) { edges { node { entity entityId field actor { fullName } } } } }', {}, director);
    expect(trail.errors).toBeUndefined();
    expect(trail.data?.auditEntries.edges.map((e: { node: unknown }) => e.node).slice(0, 2)).toEqual([
      { entity: 'ReportingToken', entityId: made.reportingToken.id, field: 'revokedAt', actor: { fullName: 'Paul Pôle' } },
      { entity: 'ReportingToken', entityId: made.reportingToken.id, field: 'created', actor: { fullName: 'Diane Directrice' } },
    ]);
  });

  it("announces a revoked token on auth's channel, so that every API process forgets it at once", async () => {
    const made = await create('Announced');
    const [row] = await server.db.db.select().from(sessions).where(eq(sessions.label, 'Announced'));
    const listener = postgres(server.db.url, { max: 1, onnotice: () => {} });
    try {
      const heard: string[] = [];
      await listener.listen(SESSIONS_CHANNEL, (id) => heard.push(id));
      await server.gql(REVOKE, { id: made.reportingToken.id }, poleHead);
      await vi.waitFor(() => expect(heard).toContain(row.id));
    } finally {
      await listener.end();
    }
  });

  it(`at most ${REPORTING_TOKEN.maxLive} live tokens: one more is a userError naming the rule, nothing made; revoking one frees a place`, async () => {
    const live = (await page({ active: true })).totalCount;
    const ids: string[] = [];
    for (let i = live; i < REPORTING_TOKEN.maxLive; i++) ids.push((await create(`Tool ${i}`)).reportingToken.id);
    const before = (await server.db.db.select().from(sessions).where(eq(sessions.kind, 'REPORTING'))).length;
    const refused = await create('One too many');
    expect(refused.reportingToken).toBeNull();
    expect(refused.userErrors).toEqual([{ field: ['input'], code: 'TOO_MANY_LIVE_TOKENS', message: expect.stringContaining(`${REPORTING_TOKEN.maxLive}`) }]);
    expect((await server.db.db.select().from(sessions).where(eq(sessions.kind, 'REPORTING'))).length).toBe(before);
    await server.gql(REVOKE, { id: ids[0] }, director);
    expect((await create('Now it fits')).userErrors).toEqual([]);
  });
  it('a token expiring or revoked between two pages is listed exactly once; one made after the first page waits for a new first page', async () => {
    const start = new Date('2026-06-10T09:00:00Z');
    server.clock.now = start;
    // Revoke everything earlier tests left live, so this listing is the tokens below only.
    for (const e of (await page({ active: true, first: 100 })).edges) await server.gql(REVOKE, { id: e.node.id }, director);
    server.clock.now = new Date(start.getTime() + 1000);
    const soon = await server.gql(`mutation { reportingTokenCreate(input: { label: "Expires soon", expiresAt: "${new Date(start.getTime() + 60_000).toISOString()}" }) { reportingToken { id } userErrors { code } } }`, {}, director);
    expect(soon.data?.reportingTokenCreate.userErrors).toEqual([]);
    server.clock.now = new Date(start.getTime() + 2000);
    const revokedSoon = (await create('Revoked soon')).reportingToken.id;
    server.clock.now = new Date(start.getTime() + 3000);
    await create('Stays A');
    server.clock.now = new Date(start.getTime() + 4000);
    await create('Stays B');
    const all = await page({ first: 100 });
    const allIds = all.edges.map((e) => e.node.id);
    for (let c = all.pageInfo.endCursor, more = all.pageInfo.hasNextPage; more; ) {
      const next = await page({ first: 100, after: c });
      allIds.push(...next.edges.map((e) => e.node.id));
      [c, more] = [next.pageInfo.endCursor, next.pageInfo.hasNextPage];
    }
    expect(allIds.length).toBe(all.totalCount);
    const first = await page({ first: 3 });
    expect(first.edges.map((e) => e.node.label)).toEqual(['Stays B', 'Stays A', 'Revoked soon']);

    // Between the pages: one token expires, the one already shown is revoked, a new one is made.
    server.clock.now = new Date(start.getTime() + 120_000);
    await server.gql(REVOKE, { id: revokedSoon }, director);
    await create('Made after the first page');
    const labels = first.edges.map((e) => e.node.label);
    const ids = first.edges.map((e) => e.node.id);
    let cursor = first.pageInfo.endCursor;
    for (let more = first.pageInfo.hasNextPage; more; ) {
      const next = await page({ first: 25, after: cursor });
      labels.push(...next.edges.map((e) => e.node.label));
      ids.push(...next.edges.map((e) => e.node.id));
      expect(next.totalCount).toBe(all.totalCount);
      cursor = next.pageInfo.endCursor;
      more = next.pageInfo.hasNextPage;
    }
    expect(ids).toEqual(allIds);
    expect(labels.filter((l) => l === 'Expires soon')).toEqual(['Expires soon']);
    expect(labels).not.toContain('Made after the first page');
    // A new listing sees things as they are now.
    const now = await page({ first: 100, active: true });
    expect(now.edges.map((e) => e.node.label)).toEqual(['Made after the first page', 'Stays B', 'Stays A']);
  });
});
