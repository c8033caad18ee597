// R5: what the beneficiary said at a satisfaction check is personal data, and reading it is written to
// the audit trail like other personal reads (cases/audited-reads.ts): the overall comment and each
// domain's, on every path (the case file, the visit, node), once per request; scores alone are not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '@support/server.js';
import { buildCasesWorld, openCase, type CasesWorld } from '@support/cases-world.js';
import { fromGlobalId } from '../../shared/global-id.js';

const NOW = new Date('2026-11-23T15:00:00Z');
let server: TestServer;
let w: CasesWorld;
let caseId: string;
let visitId: string;
let checkId: string;

const reads = async () =>
  (await server.db.sql`select actor_id, case_file_id, entity_id, field from audit_entries where kind = 'READ' and entity = 'SatisfactionCheck' order by position`).map((r) => ({ ...r }));

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildCasesWorld(server);
  const sw = await w.token(w.sw);
  const c = await openCase(server, w);
  caseId = c.id;
  const p = await server.gql(`mutation ($input: VisitPlanInput!) { visitPlan(input: $input) { visit { id } } }`, { input: { caseFileId: c.id, kind: 'REVISION', plannedAt: '2026-11-23T09:00:00Z', visitorId: w.sw.gid } }, sw);
  visitId = p.data?.visitPlan.visit.id;
  await server.gql(`mutation ($input: VisitCompleteInput!) { visitComplete(input: $input) { userErrors { code } } }`, { input: { visitId, report: 'Seen at home' } }, sw);
  // Recorded without reading the comments back: the payload asks for the id only.
  const r = await server.gql(
    `mutation ($input: SatisfactionCheckRecordInput!) { satisfactionCheckRecord(input: $input) { satisfactionCheck { id } userErrors { code } } }`,
    { input: { visitId, comment: 'Voudrait une autre aide le jeudi', scores: [{ domain: 'PUNCTUALITY', score: 2, comment: 'Souvent en retard' }, { domain: 'QUALITY_OF_HELP', score: 4 }] } },
    sw,
  );
  checkId = r.data?.satisfactionCheckRecord.satisfactionCheck.id;
  if (!checkId) throw new Error(JSON.stringify(r));
});
afterAll(() => server?.close());

describe('reads of satisfaction comments are audited (R5)', () => {
  it('recording the check without reading its comments back, and reading only the scores, leave no read', async () => {
    const scores = await server.gql(`query ($id: ID!) { caseFile(id: $id) { satisfactionChecks { id scores { domain score } } } }`, { id: caseId }, await w.token(w.sw));
    expect(scores.data?.caseFile.satisfactionChecks).toHaveLength(1);
    expect(await reads()).toEqual([]);
  });

  it('reading the comments through the case file: one read per comment there is, with who, the check and the case file', async () => {
    const r = await server.gql(`query ($id: ID!) { caseFile(id: $id) { satisfactionChecks { comment scores { domain comment } again: scores { comment } } } }`, { id: caseId }, await w.token(w.director));
    expect(r.data?.caseFile.satisfactionChecks[0]).toMatchObject({ comment: 'Voudrait une autre aide le jeudi', scores: [{ domain: 'PUNCTUALITY', comment: 'Souvent en retard' }, { domain: 'QUALITY_OF_HELP', comment: null }] });
    const check = fromGlobalId(checkId, 'SatisfactionCheck')?.id;
    const kase = fromGlobalId(caseId, 'CaseFile')?.id;
    // The domain without a comment is not a read of anything; the same comment asked twice is one read.
    // (In which order one request's fields are read is the executor's: compiled queries read differently.)
    expect((await reads()).sort((a, b) => a.field.localeCompare(b.field))).toEqual([
      { actor_id: w.director.id, case_file_id: kase, entity_id: check, field: 'comment' },
      { actor_id: w.director.id, case_file_id: kase, entity_id: check, field: 'scores.PUNCTUALITY.comment' },
    ]);
  });

  it('on the visit and through node(id) too; who may not read the visits reads nothing and nothing is written', async () => {
    const before = (await reads()).length;
    const sw = await w.token(w.sw);
    await server.gql(`query ($id: ID!) { node(id: $id) { ... on Visit { satisfactionCheck { comment } } } }`, { id: visitId }, sw);
    await server.gql(`query ($id: ID!) { node(id: $id) { ... on SatisfactionCheck { scores { comment } } } }`, { id: checkId }, sw);
    expect((await reads()).slice(before).map((r) => [r.actor_id, r.field])).toEqual([
      [w.sw.id, 'comment'],
      [w.sw.id, 'scores.PUNCTUALITY.comment'],
    ]);
    for (const who of [w.otherSw, w.telephonist]) {
      const r = await server.gql(`query ($id: ID!) { node(id: $id) { ... on SatisfactionCheck { comment scores { comment } } } }`, { id: checkId }, await w.token(who));
      expect(r.data?.node, who.fullName).toBeNull();
    }
    expect(await reads()).toHaveLength(before + 2);
  });
});
