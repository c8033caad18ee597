// Visits through GraphQL on a real database: R3 file checks after a visit, R4 decisions and proposals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '@support/server.js';
import { buildCasesWorld, openCase, type CasesWorld } from '@support/cases-world.js';

const NOW = new Date('2026-11-23T09:00:00Z');
let server: TestServer;
let w: CasesWorld;

const PLAN = `mutation ($input: VisitPlanInput!) { visitPlan(input: $input) { visit { id kind status plannedAt visitor { fullName } } userErrors { field code message } } }`;
const COMPLETE = `mutation ($input: VisitCompleteInput!) { visitComplete(input: $input) { visit { status report doneAt } fileCheck { id checkedAt } userErrors { field code message } } }`;
const CHECK = `mutation ($input: FileCheckRecordInput!) { fileCheckRecord(input: $input) { fileCheck { outcome findings encodingOk financialParticipationOk socialAspectsOk checkedAt checkedBy { fullName } } userErrors { code } } }`;
const DECIDE = `mutation ($input: AidDecisionRecordInput!) { aidDecisionRecord(input: $input) { aidDecision { id decision status proposalReason decisionReason proposedBy { fullName } decidedBy { fullName } } userErrors { field code message } } }`;
const REVIEW = `mutation ($input: AidDecisionReviewInput!) { aidDecisionReview(input: $input) { aidDecision { status decisionReason decidedBy { fullName } proposedBy { fullName } } userErrors { field code message } } }`;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildCasesWorld(server);
});
afterAll(() => server?.close());

describe('visits', () => {
  it('visits are made by the sector social worker, the flying or the relay social worker', async () => {
    const c = await openCase(server, w);
    const token = await w.token(w.sw);
    for (const [visitor, kind] of [[w.sw, 'NEW_REQUEST'], [w.flying, 'REVISION'], [w.relay, 'HELPER_CONTROL']] as const) {
      const r = await server.gql(PLAN, { input: { caseFileId: c.id, kind, plannedAt: '2026-11-25T09:00:00Z', visitorId: visitor.gid } }, token);
      expect(r.data?.visitPlan.userErrors).toEqual([]);
      expect(r.data?.visitPlan.visit).toMatchObject({ kind, status: 'PLANNED', visitor: { fullName: visitor.fullName } });
    }
    for (const visitor of [w.otherSw, w.familyHelper]) {
      const r = await server.gql(PLAN, { input: { caseFileId: c.id, kind: 'ACCOMPANIMENT', plannedAt: '2026-11-25T09:00:00Z', visitorId: visitor.gid } }, token);
      expect(r.data?.visitPlan.userErrors).toMatchObject([{ field: ['input', 'visitorId'], code: 'NOT_A_VISITOR' }]);
    }
  });

  it('R3: a visit marked done opens a file check, which the relay social worker records with outcome and findings', async () => {
    const c = await openCase(server, w);
    const token = await w.token(w.sw);
    const p = await server.gql(PLAN, { input: { caseFileId: c.id, kind: 'REVISION', plannedAt: '2026-11-23T08:00:00Z', visitorId: w.sw.gid } }, token);
    const done = await server.gql(COMPLETE, { input: { visitId: p.data?.visitPlan.visit.id, report: 'Managing well, needs more hours' } }, token);
    expect(done.data?.visitComplete).toMatchObject({ visit: { status: 'DONE', report: 'Managing well, needs more hours', doneAt: NOW.toISOString() }, fileCheck: { checkedAt: null }, userErrors: [] });
    const again = await server.gql(COMPLETE, { input: { visitId: p.data?.visitPlan.visit.id, report: 'again' } }, token);
    expect(again.data?.visitComplete.userErrors).toMatchObject([{ code: 'VISIT_NOT_PLANNED' }]);
    const checkId = done.data?.visitComplete.fileCheck.id;
    const relay = await w.token(w.relay);
    const open = await server.gql(`{ fileChecks { edges { node { id caseFile { id } } } } }`, {}, relay);
    expect(open.data?.fileChecks.edges.map((e: { node: { id: string } }) => e.node)).toContainEqual({ id: checkId, caseFile: { id: c.id } });
    const swTry = await server.gql(CHECK, { input: { fileCheckId: checkId, encodingOk: true, financialParticipationOk: true, socialAspectsOk: true, outcome: 'COMPLIANT', findings: 'x' } }, token);
    expect(swTry.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const r = await server.gql(CHECK, { input: { fileCheckId: checkId, encodingOk: true, financialParticipationOk: false, socialAspectsOk: true, outcome: 'FOLLOW_UP_NEEDED', findings: 'Proofs of income missing (R2)' } }, relay);
    expect(r.data?.fileCheckRecord).toEqual({
      fileCheck: { outcome: 'FOLLOW_UP_NEEDED', findings: 'Proofs of income missing (R2)', encodingOk: true, financialParticipationOk: false, socialAspectsOk: true, checkedAt: NOW.toISOString(), checkedBy: { fullName: 'Remi Relay' } },
      userErrors: [],
    });
    const after = await server.gql(`{ fileChecks { edges { node { id } } } }`, {}, relay);
    expect(after.data?.fileChecks.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(checkId);
  });
});

describe('R4 aid decisions', () => {
  it('R4: the sector social worker and direction decide to continue, suspend or stop aid', async () => {
    const c = await openCase(server, w);
    for (const who of [w.sw, w.director]) {
      const r = await server.gql(DECIDE, { input: { caseFileId: c.id, decision: 'CONTINUE', reason: 'Plan on track' } }, await w.token(who));
      expect(r.data?.aidDecisionRecord.aidDecision).toMatchObject({ decision: 'CONTINUE', status: 'DECIDED', decisionReason: 'Plan on track', decidedBy: { fullName: who.fullName }, proposedBy: null });
    }
    const relay = await server.gql(DECIDE, { input: { caseFileId: c.id, decision: 'STOP', reason: 'x' } }, await w.token(w.relay));
    expect(relay.data?.aidDecisionRecord.userErrors).toMatchObject([{ code: 'NOT_A_DECIDER', message: expect.stringContaining('R4') }]);
  });

  it('R4: the flying social worker only proposes; a decider accepts it, keeping who, when and why', async () => {
    const c = await openCase(server, w);
    const p = await server.gql(DECIDE, { input: { caseFileId: c.id, decision: 'SUSPEND', reason: 'Hospitalised for a month' } }, await w.token(w.flying));
    expect(p.data?.aidDecisionRecord.aidDecision).toMatchObject({ status: 'PROPOSED', proposalReason: 'Hospitalised for a month', proposedBy: { fullName: 'Flore Flying' }, decidedBy: null });
    const r = await server.gql(REVIEW, { input: { aidDecisionId: p.data?.aidDecisionRecord.aidDecision.id, accept: true, reason: 'Agreed' } }, await w.token(w.sw));
    expect(r.data?.aidDecisionReview).toEqual({ aidDecision: { status: 'DECIDED', decisionReason: 'Agreed', decidedBy: { fullName: 'Sarah Sector' }, proposedBy: { fullName: 'Flore Flying' } }, userErrors: [] });
    const twice = await server.gql(REVIEW, { input: { aidDecisionId: p.data?.aidDecisionRecord.aidDecision.id, accept: false, reason: 'No' } }, await w.token(w.director));
    expect(twice.data?.aidDecisionReview.userErrors).toMatchObject([{ code: 'NOT_PROPOSED' }]);
  });

  it('R4: nobody approves their own proposal, and the flying social worker cannot review one', async () => {
    const c = await openCase(server, w);
    const flying = await w.token(w.flying);
    const p = await server.gql(DECIDE, { input: { caseFileId: c.id, decision: 'STOP', reason: 'Moved away' } }, flying);
    const id = p.data?.aidDecisionRecord.aidDecision.id;
    const self = await server.gql(REVIEW, { input: { aidDecisionId: id, accept: true, reason: 'mine' } }, flying);
    expect(self.data?.aidDecisionReview.userErrors).toMatchObject([{ code: 'NOT_A_DECIDER' }]);
    const otherSector = await server.gql(REVIEW, { input: { aidDecisionId: id, accept: true, reason: 'x' } }, await w.token(w.otherSw));
    expect(otherSector.data?.aidDecisionReview.userErrors).toMatchObject([{ code: 'UNKNOWN_CASE_FILE' }]);
    const rejected = await server.gql(REVIEW, { input: { aidDecisionId: id, accept: false, reason: 'Not confirmed by the family' } }, await w.token(w.head));
    expect(rejected.data?.aidDecisionReview.aidDecision).toMatchObject({ status: 'REJECTED', decidedBy: { fullName: 'Hélène Head' } });
    const history = await server.gql(`query ($id: ID!) { caseFile(id: $id) { aidDecisions { status decision } } }`, { id: c.id }, await w.token(w.sw));
    expect(history.data?.caseFile.aidDecisions).toEqual([{ status: 'REJECTED', decision: 'STOP' }]);
    // R5: node(id) follows the case file's policy.
    const node = `query ($id: ID!) { node(id: $id) { ... on AidDecision { status } } }`;
    expect((await server.gql(node, { id }, await w.token(w.sw))).data?.node).toEqual({ status: 'REJECTED' });
    for (const who of [w.familyHelper, w.telephonist, w.otherSw]) expect((await server.gql(node, { id }, await w.token(who))).data?.node, who.fullName).toBeNull();
  });
});

describe('R9 and R10: the flying social worker', () => {
  const plan = async (caseFileId: string, visitor: { gid: string }, plannedAt: string, kind = 'REVISION') =>
    server.gql(`mutation ($input: VisitPlanInput!) { visitPlan(input: $input) { visit { id status } warnings { code message } userErrors { code } } }`, { input: { caseFileId, kind, plannedAt, visitorId: visitor.gid } }, await w.token(w.sw));

  it('R9: a revision by the flying social worker of a beneficiary it revised less than 12 months before is planned, with a warning', async () => {
    const c = await openCase(server, w);
    const first = await plan(c.id, w.flying, '2026-11-23T08:00:00Z');
    expect(first.data?.visitPlan).toMatchObject({ visit: { status: 'PLANNED' }, warnings: [], userErrors: [] });
    // Planned but not done yet: no revisit so far.
    expect((await plan(c.id, w.flying, '2027-01-10T09:00:00Z')).data?.visitPlan.warnings).toEqual([]);
    await server.gql(COMPLETE, { input: { visitId: first.data?.visitPlan.visit.id, report: 'Revision done' } }, await w.token(w.flying));
    const again = await plan(c.id, w.flying, '2027-03-01T09:00:00Z');
    expect(again.data?.visitPlan).toMatchObject({ visit: { status: 'PLANNED' }, warnings: [{ code: 'R9_REVISITED_LAST_YEAR', message: expect.stringContaining('2026-11-23') }], userErrors: [] });
    // Past 12 months, by the sector's social worker, or another kind: no warning.
    expect((await plan(c.id, w.flying, '2027-11-24T09:00:00Z')).data?.visitPlan.warnings).toEqual([]);
    expect((await plan(c.id, w.sw, '2027-03-01T09:00:00Z')).data?.visitPlan.warnings).toEqual([]);
    expect((await plan(c.id, w.flying, '2027-03-01T09:00:00Z', 'HELPER_CONTROL')).data?.visitPlan.warnings).toEqual([]);
    const other = await openCase(server, w, { lastName: 'Martin' });
    expect((await plan(other.id, w.flying, '2027-03-01T09:00:00Z')).data?.visitPlan.warnings).toEqual([]);
  });

  it("R10: the flying social worker's report is handed to the sector's social worker, who sees it until acknowledging it", async () => {
    const c = await openCase(server, w);
    const p = await plan(c.id, w.flying, '2026-11-23T08:00:00Z');
    const visitId = p.data?.visitPlan.visit.id;
    const done = await server.gql(
      `mutation ($input: VisitCompleteInput!) { visitComplete(input: $input) { visit { status handedAt handoverAcknowledgedAt handedTo { fullName } } userErrors { code } } }`,
      { input: { visitId, report: 'Needs more hours of family help' } },
      await w.token(w.flying),
    );
    expect(done.data?.visitComplete).toEqual({ visit: { status: 'DONE', handedAt: NOW.toISOString(), handoverAcknowledgedAt: null, handedTo: { fullName: 'Sarah Sector' } }, userErrors: [] });
    const LIST = `{ visitReportsHandedToMe { totalCount edges { node { id report visitor { fullName } caseFile { id } } } } }`;
    const mine = await server.gql(LIST, {}, await w.token(w.sw));
    expect(mine.data?.visitReportsHandedToMe.edges.map((e: { node: unknown }) => e.node)).toContainEqual({ id: visitId, report: 'Needs more hours of family help', visitor: { fullName: 'Flore Flying' }, caseFile: { id: c.id } });
    expect((await server.gql(LIST, {}, await w.token(w.otherSw))).data?.visitReportsHandedToMe.totalCount).toBe(0);
    const ACK = `mutation ($input: VisitReportAcknowledgeInput!) { visitReportAcknowledge(input: $input) { visit { handoverAcknowledgedAt } userErrors { field code message } } }`;
    for (const who of [w.otherSw, w.flying, w.director]) {
      const r = await server.gql(ACK, { input: { visitId } }, await w.token(who));
      expect(r.data?.visitReportAcknowledge, who.fullName).toMatchObject({ visit: null, userErrors: [{ field: ['input', 'visitId'], code: 'NOT_HANDED_TO_YOU' }] });
    }
    const ack = await server.gql(ACK, { input: { visitId } }, await w.token(w.sw));
    expect(ack.data?.visitReportAcknowledge).toEqual({ visit: { handoverAcknowledgedAt: NOW.toISOString() }, userErrors: [] });
    const after = await server.gql(LIST, {}, await w.token(w.sw));
    expect(after.data?.visitReportsHandedToMe.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(visitId);
    const twice = await server.gql(ACK, { input: { visitId } }, await w.token(w.sw));
    expect(twice.data?.visitReportAcknowledge.userErrors).toMatchObject([{ code: 'ALREADY_ACKNOWLEDGED' }]);
    // The sector social worker's own visit is not handed to anyone.
    const own = await plan(c.id, w.sw, '2026-11-23T08:30:00Z');
    const ownDone = await server.gql(`mutation ($input: VisitCompleteInput!) { visitComplete(input: $input) { visit { handedTo { id } handedAt } } }`, { input: { visitId: own.data?.visitPlan.visit.id, report: 'ok' } }, await w.token(w.sw));
    expect(ownDone.data?.visitComplete.visit).toEqual({ handedTo: null, handedAt: null });
  });
});
