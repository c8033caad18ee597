// R7, R8 through GraphQL on a real database: the beneficiary's satisfaction recorded at a revision or
// helper control that took place, the refusals (kind, not done, scale, twice, twenty at once, who),
// and R5 on read (comments are personal data: the visit's case file decides who sees them).
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { startTestServer, type TestServer } from '@support/server.js';
import { buildCasesWorld, openCase, serveCase, type CasesWorld } from '@support/cases-world.js';
import { auditEntries, satisfactionChecks } from '../../db/schema/index.js';
import { fromGlobalId } from '../../shared/global-id.js';

const NOW = new Date('2026-11-23T15:00:00Z');
let server: TestServer;
let w: CasesWorld;

const RECORD = `mutation ($input: SatisfactionCheckRecordInput!) { satisfactionCheckRecord(input: $input) {
  satisfactionCheck { id comment recordedAt recordedBy { fullName } scores { domain score comment } visit { id kind } caseFile { id } }
  userErrors { field code message } } }`;
const ON_VISIT = `query ($id: ID!) { node(id: $id) { ... on Visit { id satisfactionCheck { id comment scores { domain score comment } } } } }`;
const ON_CASE = `query ($id: ID!) { caseFile(id: $id) { id satisfactionChecks { id comment scores { domain score } } } }`;
const NODE = `query ($id: ID!) { node(id: $id) { id ... on SatisfactionCheck { comment scores { domain score comment } } } }`;

const SCORES = [
  { domain: 'QUALITY_OF_HELP', score: 4, comment: 'Le repassage est bien fait' },
  { domain: 'PUNCTUALITY', score: 2, comment: "L'aide familiale arrive souvent en retard le mardi" },
  { domain: 'RELATIONSHIP_WITH_HELPER', score: 5 },
];

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildCasesWorld(server);
});
afterAll(() => server?.close());

type Who = { email: string; gid: string };
const record = async (input: Record<string, unknown>, who: { email: string } = w.sw) => server.gql(RECORD, { input: { scores: SCORES, ...input } }, await w.token(who));

/** A visit planned through GraphQL and, unless `done` is false, marked done. */
async function visit(caseFileId: string, kind: string, visitor: Who, done = true): Promise<string> {
  const token = await w.token(visitor);
  const p = await server.gql(`mutation ($input: VisitPlanInput!) { visitPlan(input: $input) { visit { id } userErrors { code } } }`, { input: { caseFileId, kind, plannedAt: '2026-11-23T09:00:00Z', visitorId: visitor.gid } }, token);
  const id = p.data?.visitPlan.visit?.id as string;
  if (!id) throw new Error(JSON.stringify(p));
  if (!done) return id;
  const d = await server.gql(`mutation ($input: VisitCompleteInput!) { visitComplete(input: $input) { userErrors { code } } }`, { input: { visitId: id, report: 'Seen at home' } }, token);
  expect(d.data?.visitComplete.userErrors).toEqual([]);
  return id;
}

const checksOf = async (visitGid: string) => {
  const [row] = await server.db.db.select({ n: count() }).from(satisfactionChecks).where(eq(satisfactionChecks.visitId, fromGlobalId(visitGid, 'Visit')!.id));
  return row.n;
};

describe('recording a satisfaction check (R7, R8)', () => {
  it('the social worker who made the revision records it; the scores, comments and who come back, on the visit and the case file too', async () => {
    const c = await openCase(server, w);
    const v = await visit(c.id, 'REVISION', w.sw);
    const r = await record({ visitId: v, comment: '  Contente du service, voudrait une heure de plus  ' });
    expect(r.errors).toBeUndefined();
    const check = r.data?.satisfactionCheckRecord.satisfactionCheck;
    expect(r.data?.satisfactionCheckRecord.userErrors).toEqual([]);
    expect(check).toEqual({
      id: expect.any(String),
      comment: 'Contente du service, voudrait une heure de plus',
      recordedAt: NOW.toISOString(),
      recordedBy: { fullName: 'Sarah Sector' },
      // In the domains' order, whatever the order sent; a domain not answered is left out.
      scores: [
        { domain: 'PUNCTUALITY', score: 2, comment: "L'aide familiale arrive souvent en retard le mardi" },
        { domain: 'QUALITY_OF_HELP', score: 4, comment: 'Le repassage est bien fait' },
        { domain: 'RELATIONSHIP_WITH_HELPER', score: 5, comment: null },
      ],
      visit: { id: v, kind: 'REVISION' },
      caseFile: { id: c.id },
    });
    const onVisit = await server.gql(ON_VISIT, { id: v }, await w.token(w.sw));
    expect(onVisit.data?.node.satisfactionCheck).toMatchObject({ id: check.id, comment: check.comment });
    const onCase = await server.gql(ON_CASE, { id: c.id }, await w.token(w.sw));
    expect(onCase.data?.caseFile.satisfactionChecks).toEqual([{ id: check.id, comment: check.comment, scores: check.scores.map(({ domain, score }: { domain: string; score: number }) => ({ domain, score })) }]);
    // The change is in the case file's audit trail.
    const [audit] = await server.db.db.select().from(auditEntries).where(eq(auditEntries.entityId, fromGlobalId(check.id, 'SatisfactionCheck')!.id));
    expect(audit).toMatchObject({ entity: 'SatisfactionCheck', actorId: w.sw.id });
  });

  it('at a helper control: the flying social worker who made it, or the relay & control social worker', async () => {
    const c = await openCase(server, w);
    const byFlying = await visit(c.id, 'HELPER_CONTROL', w.flying);
    expect((await record({ visitId: byFlying }, w.flying)).data?.satisfactionCheckRecord.userErrors).toEqual([]);
    const byRelay = await visit(c.id, 'HELPER_CONTROL', w.flying);
    const r = await record({ visitId: byRelay, scores: [{ domain: 'COMMUNICATION_WITH_SERVICE', score: 1 }] }, w.relay);
    expect(r.data?.satisfactionCheckRecord).toMatchObject({ satisfactionCheck: { recordedBy: { fullName: 'Remi Relay' }, scores: [{ domain: 'COMMUNICATION_WITH_SERVICE', score: 1, comment: null }] }, userErrors: [] });
  });

  it('refused, naming the field and the rule, and nothing recorded: wrong kind, not done, out of the scale, no score, a domain twice, twice for one visit', async () => {
    const c = await openCase(server, w);
    const newRequest = await visit(c.id, 'NEW_REQUEST', w.sw);
    const accompaniment = await visit(c.id, 'ACCOMPANIMENT', w.flying);
    const planned = await visit(c.id, 'REVISION', w.sw, false);
    const revision = await visit(c.id, 'REVISION', w.sw);
    const refused: [Record<string, unknown>, string[], string][] = [
      [{ visitId: newRequest }, ['input', 'visitId'], 'NOT_A_REVISION_OR_CONTROL'],
      [{ visitId: planned }, ['input', 'visitId'], 'VISIT_NOT_DONE'],
      [{ visitId: revision, scores: [{ domain: 'PUNCTUALITY', score: 0 }] }, ['input', 'scores', '0', 'score'], 'SCORE_OUT_OF_RANGE'],
      [{ visitId: revision, scores: [{ domain: 'PUNCTUALITY', score: 4 }, { domain: 'QUALITY_OF_HELP', score: 6 }] }, ['input', 'scores', '1', 'score'], 'SCORE_OUT_OF_RANGE'],
      [{ visitId: revision, scores: [{ domain: 'PUNCTUALITY', score: -2147483648 }] }, ['input', 'scores', '0', 'score'], 'SCORE_OUT_OF_RANGE'],
      [{ visitId: revision, scores: [] }, ['input', 'scores'], 'REQUIRED'],
      [{ visitId: revision, scores: [{ domain: 'PUNCTUALITY', score: 4 }, { domain: 'PUNCTUALITY', score: 5 }] }, ['input', 'scores', '1', 'domain'], 'DOMAIN_TWICE'],
      [{ visitId: revision, comment: 'a\u0000b' }, ['input', 'comment'], 'BAD_CHARACTER'],
      [{ visitId: revision, comment: 'x'.repeat(2_001) }, ['input', 'comment'], 'TOO_LONG'],
      [{ visitId: revision, scores: [{ domain: 'PUNCTUALITY', score: 3, comment: 'y'.repeat(2_001) }] }, ['input', 'scores', '0', 'comment'], 'TOO_LONG'],
      [{ visitId: 'not-an-id' }, ['input', 'visitId'], 'UNKNOWN_VISIT'],
      [{ visitId: c.id }, ['input', 'visitId'], 'UNKNOWN_VISIT'],
    ];
    for (const [input, field, code] of refused) {
      const r = await record(input);
      expect(r.errors, code).toBeUndefined();
      expect(r.data?.satisfactionCheckRecord, code).toMatchObject({ satisfactionCheck: null, userErrors: [{ field, code }] });
    }
    const accomp = await record({ visitId: accompaniment }, w.flying);
    expect(accomp.data?.satisfactionCheckRecord.userErrors).toMatchObject([{ code: 'NOT_A_REVISION_OR_CONTROL' }]);
    for (const v of [newRequest, accompaniment, planned, revision]) expect(await checksOf(v)).toBe(0);
    expect((await record({ visitId: revision })).data?.satisfactionCheckRecord.userErrors).toEqual([]);
    const twice = await record({ visitId: revision, scores: [{ domain: 'PUNCTUALITY', score: 5 }] });
    expect(twice.data?.satisfactionCheckRecord).toMatchObject({ satisfactionCheck: null, userErrors: [{ field: ['input', 'visitId'], code: 'ALREADY_RECORDED' }] });
    const kept = await server.gql(ON_VISIT, { id: revision }, await w.token(w.sw));
    expect(kept.data?.node.satisfactionCheck.scores.map((s: { score: number }) => s.score)).toEqual([2, 4, 5]);
  });

  it('twenty identical requests at once record one check; the others are told it is already recorded', async () => {
    const c = await openCase(server, w);
    const v = await visit(c.id, 'REVISION', w.sw);
    const token = await w.token(w.sw);
    const all = await Promise.all(Array.from({ length: 20 }, () => server.gql(RECORD, { input: { visitId: v, scores: SCORES } }, token)));
    for (const r of all) expect(r.errors).toBeUndefined();
    const codes = all.map((r) => r.data?.satisfactionCheckRecord.userErrors.map((e: { code: string }) => e.code).join() || 'OK').sort();
    expect(codes).toEqual(['ALREADY_RECORDED', ...Array(18).fill('ALREADY_RECORDED'), 'OK'].sort());
    expect(await checksOf(v)).toBe(1);
  });

  it('who may record (R5): not another social worker of the visit, not one of another sector, not helpers, trainees, telephonists or direction', async () => {
    const c = await openCase(server, w);
    const bySw = await visit(c.id, 'REVISION', w.sw);
    // The flying social worker sees the case but did not make this visit.
    expect((await record({ visitId: bySw }, w.flying)).data?.satisfactionCheckRecord.userErrors).toMatchObject([{ field: ['input', 'visitId'], code: 'NOT_YOUR_VISIT' }]);
    // Another sector's social worker may not know the visit exists.
    expect((await record({ visitId: bySw }, w.otherSw)).data?.satisfactionCheckRecord.userErrors).toMatchObject([{ field: ['input', 'visitId'], code: 'UNKNOWN_VISIT', message: 'No visit you may see has this ID.' }]);
    for (const who of [w.familyHelper, w.trainee, w.telephonist, w.director, w.head]) {
      const r = await record({ visitId: bySw }, who);
      expect(r.errors?.[0].extensions?.code, who.fullName).toBe('FORBIDDEN');
    }
    expect(await checksOf(bySw)).toBe(0);
  });
});

describe('reading a satisfaction check (R5)', () => {
  it('those who may read the case file’s visits see it; a helper serving the home, another sector, the telephonist and the kiosk do not, by any path', async () => {
    const c = await openCase(server, w);
    const v = await visit(c.id, 'REVISION', w.sw);
    const made = await record({ visitId: v, comment: 'Se plaint de Fanny' });
    const id = made.data?.satisfactionCheckRecord.satisfactionCheck.id as string;
    await serveCase(server, w, c.id, w.familyHelper);
    for (const who of [w.sw, w.trainee, w.flying, w.relay, w.director, w.head]) {
      const n = await server.gql(NODE, { id }, await w.token(who));
      expect(n.data?.node, who.fullName).toMatchObject({ id, comment: 'Se plaint de Fanny' });
      const onVisit = await server.gql(ON_VISIT, { id: v }, await w.token(who));
      expect(onVisit.data?.node.satisfactionCheck?.id, who.fullName).toBe(id);
      const onCase = await server.gql(ON_CASE, { id: c.id }, await w.token(who));
      expect(onCase.data?.caseFile.satisfactionChecks?.map((s: { id: string }) => s.id), who.fullName).toEqual([id]);
    }
    for (const who of [w.familyHelper, w.otherSw, w.otherTrainee, w.telephonist, w.idleHelper]) {
      const n = await server.gql(NODE, { id }, await w.token(who));
      expect(n.data?.node ?? null, who.fullName).toBeNull();
      const onVisit = await server.gql(ON_VISIT, { id: v }, await w.token(who));
      expect(onVisit.data?.node ?? null, who.fullName).toBeNull();
      const onCase = await server.gql(ON_CASE, { id: c.id }, await w.token(who));
      expect(onCase.data?.caseFile?.satisfactionChecks ?? null, who.fullName).toBeNull();
      expect(JSON.stringify([n, onVisit, onCase]), who.fullName).not.toContain('Fanny');
    }
    const kiosk = await server.gql(NODE, { id }, w.kiosk);
    expect(JSON.stringify(kiosk)).not.toContain('Fanny');
    expect(kiosk.data?.node ?? null).toBeNull();
  });

  it('a reporting token cannot reach a check or its comment', async () => {
    const c = await openCase(server, w);
    const v = await visit(c.id, 'REVISION', w.sw);
    const id = (await record({ visitId: v, comment: 'Confidentiel' })).data?.satisfactionCheckRecord.satisfactionCheck.id;
    const tool = (await server.gql('mutation { reportingTokenCreate(input: { label: "BI", expiresAt: "2027-06-01T00:00:00Z" }) { token } }', {}, await w.token(w.director))).data?.reportingTokenCreate.token;
    for (const [query, vars] of [[NODE, { id }], [ON_CASE, { id: c.id }], [ON_VISIT, { id: v }]] as const) {
      const r = await server.gql(query, vars, tool);
      expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(r)).not.toContain('Confidentiel');
    }
  });

  it('on the case file feed: the sector sees the check with its comment, a helper serving the home the event without it, another sector nothing', async () => {
    const c = await openCase(server, w);
    const v = await visit(c.id, 'REVISION', w.sw);
    await serveCase(server, w, c.id, w.familyHelper);
    const got = new Map<string, { type: string; caseFile: { id: string; satisfactionChecks: { comment: string | null }[] | null } }[]>();
    const clients = [];
    for (const [name, person] of [['sw', w.sw], ['helper', w.familyHelper], ['otherSw', w.otherSw]] as const) {
      const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { token: await w.token(person) }, retryAttempts: 0 });
      clients.push(client);
      got.set(name, []);
      client.subscribe(
        { query: `subscription { caseFileChanged { type caseFile { id satisfactionChecks { comment } } } }` },
        { next: (r) => { const e = r.data?.caseFileChanged as never; if (e) got.get(name)?.push(e); }, error: () => {}, complete: () => {} },
      );
    }
    await new Promise((r) => setTimeout(r, 300));
    expect((await record({ visitId: v, comment: 'Dit que Fanny est formidable' })).data?.satisfactionCheckRecord.userErrors).toEqual([]);
    const mine = (name: string) => (got.get(name) ?? []).filter((e) => e.type === 'SATISFACTION_CHECK_RECORDED' && e.caseFile.id === c.id);
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline && (!mine('sw').length || !mine('helper').length)) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 300));
    for (const client of clients) await client.dispose();
    expect(mine('sw')).toEqual([{ type: 'SATISFACTION_CHECK_RECORDED', caseFile: { id: c.id, satisfactionChecks: [{ comment: 'Dit que Fanny est formidable' }] } }]);
    expect(mine('helper')).toEqual([{ type: 'SATISFACTION_CHECK_RECORDED', caseFile: { id: c.id, satisfactionChecks: null } }]);
    expect(JSON.stringify(got.get('helper'))).not.toContain('formidable');
    expect(got.get('otherSw')).toEqual([]);
  });
});

describe('the beneficiary’s own data', () => {
  it('the export holds the checks with what was said; anonymisation erases what was said and keeps the scores for reporting', async () => {
    const c = await openCase(server, w, { lastName: 'Satisfaite' });
    const v = await visit(c.id, 'REVISION', w.sw);
    await record({ visitId: v, comment: 'Parle de sa fille Julie', scores: [{ domain: 'PUNCTUALITY', score: 4, comment: 'Julie vient le mardi' }] });
    const exported = await server.gql(`query ($id: ID!) { beneficiaryExport(id: $id) }`, { id: c.beneficiary.id }, await w.token(w.sw));
    expect(exported.data?.beneficiaryExport.caseFiles[0].satisfactionChecks).toMatchObject([{ comment: 'Parle de sa fille Julie', scores: [{ domain: 'PUNCTUALITY', score: 4, comment: 'Julie vient le mardi' }] }]);
    await server.gql(
      `mutation ($input: CaseFileTransitionInput!) { caseFileTransition(input: $input) { userErrors { code } } }`,
      { input: { caseFileId: c.id, expectedVersion: 1, to: 'CLOSED', reason: 'Moved to a care home' } },
      await w.token(w.sw),
    );
    server.clock.now = new Date('2032-06-10T09:00:00Z');
    try {
      const director = await server.login(w.director.email, 'test-password-1');
      const r = await server.gql(`mutation { caseFilesAnonymise(input: { retentionYears: 5 }) { anonymisedCount userErrors { code } } }`, {}, director);
      expect(r.data?.caseFilesAnonymise.userErrors).toEqual([]);
      const after = await server.gql(ON_CASE, { id: c.id }, director);
      expect(after.data?.caseFile.satisfactionChecks).toEqual([{ id: expect.any(String), comment: null, scores: [{ domain: 'PUNCTUALITY', score: 4 }] }]);
      const n = await server.gql(NODE, { id: after.data?.caseFile.satisfactionChecks[0].id }, director);
      expect(JSON.stringify(n)).not.toContain('Julie');
    } finally {
      server.clock.now = NOW;
    }
  });
});
