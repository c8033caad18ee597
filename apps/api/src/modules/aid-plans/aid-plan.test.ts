// Aid plans through GraphQL on a real database: versions, agreement, tracking, R1 evaluations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '@support/server.js';
import { PASSWORD } from '@support/factories.js';
import { buildCasesWorld, openCase, serveCase, type CasesWorld } from '@support/cases-world.js';

const NOW = new Date('2026-11-23T09:00:00Z');
let server: TestServer;
let w: CasesWorld;

const PLAN = `aidPlan { id number status revision progress familyHelperHours homeHelperHours agreedBy agreedHow agreedAt lastEvaluatedOn nextEvaluationOn evaluationOverdue copiedFromNumber
  actions { index domain objective kind description owner dueDate status evaluationCriterion } }
  userErrors { field code message }`;
const m = (name: string, input: string) => `mutation ($input: ${input}!) { ${name}(input: $input) { ${PLAN} } }`;
const DRAFT = m('aidPlanDraft', 'AidPlanDraftInput');
const UPDATE = m('aidPlanUpdate', 'AidPlanUpdateInput');
const PROPOSE = m('aidPlanPropose', 'AidPlanProposeInput');
const AGREE = m('aidPlanAgree', 'AidPlanAgreeInput');
const TRACK = m('aidPlanActionStatusSet', 'AidPlanActionStatusInput');
const EVALUATE = m('aidPlanEvaluate', 'AidPlanEvaluateInput');

const ACTIONS = [
  { domain: 'HEALTH', objective: 'Stay safe at home', kind: 'INTERVENTION', description: 'Refer to the falls clinic', owner: 'Sarah Sector', dueDate: '2026-12-15', evaluationCriterion: 'Appointment held' },
  { domain: 'FINANCES', objective: 'Pay the rent on time', kind: 'RECOMMENDATION', description: 'Bring the last three bank statements', owner: 'Marie Dupont', dueDate: '2026-12-01' },
];

async function agreedPlan(token: string) {
  const c = await openCase(server, w);
  const d = await server.gql(DRAFT, { input: { caseFileId: c.id } }, token);
  const id = d.data?.aidPlanDraft.aidPlan.id;
  await server.gql(UPDATE, { input: { aidPlanId: id, expectedRevision: 1, actions: ACTIONS, familyHelperHours: 6, homeHelperHours: 4 } }, token);
  await server.gql(PROPOSE, { input: { aidPlanId: id, expectedRevision: 2 } }, token);
  const a = await server.gql(AGREE, { input: { aidPlanId: id, expectedRevision: 3, agreedBy: 'Marie Dupont', agreedHow: 'Signed at home' } }, token);
  expect(a.data?.aidPlanAgree.userErrors).toEqual([]);
  return { caseId: c.id, plan: a.data?.aidPlanAgree.aidPlan };
}

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildCasesWorld(server);
});
afterAll(() => server?.close());

describe('aid plans', () => {
  it('a plan goes DRAFT → PROPOSED → AGREED, recording who agreed for the beneficiary, when and how', async () => {
    const token = await w.token(w.sw);
    const { plan } = await agreedPlan(token);
    expect(plan).toMatchObject({
      number: 1,
      status: 'AGREED',
      familyHelperHours: 6,
      homeHelperHours: 4,
      agreedBy: 'Marie Dupont',
      agreedHow: 'Signed at home',
      agreedAt: NOW.toISOString(),
      progress: 0,
      actions: [
        { index: 0, domain: 'HEALTH', kind: 'INTERVENTION', owner: 'Sarah Sector', status: 'TODO', evaluationCriterion: 'Appointment held' },
        { index: 1, domain: 'FINANCES', kind: 'RECOMMENDATION', owner: 'Marie Dupont', status: 'TODO' },
      ],
    });
  });

  it('an agreed version is never edited: a change makes a new DRAFT copied from it, and both stay readable', async () => {
    const token = await w.token(w.sw);
    const { caseId, plan } = await agreedPlan(token);
    const refused = await server.gql(UPDATE, { input: { aidPlanId: plan.id, expectedRevision: plan.revision, homeHelperHours: 10 } }, token);
    expect(refused.data?.aidPlanUpdate.userErrors).toMatchObject([{ code: 'AID_PLAN_AGREED' }]);
    const d = await server.gql(DRAFT, { input: { caseFileId: caseId } }, token);
    expect(d.data?.aidPlanDraft.aidPlan).toMatchObject({ number: 2, status: 'DRAFT', copiedFromNumber: 1, homeHelperHours: 4, actions: [{ index: 0 }, { index: 1 }] });
    const again = await server.gql(DRAFT, { input: { caseFileId: caseId } }, token);
    expect(again.data?.aidPlanDraft.userErrors).toMatchObject([{ code: 'OPEN_DRAFT_EXISTS' }]);
    await server.gql(UPDATE, { input: { aidPlanId: d.data?.aidPlanDraft.aidPlan.id, expectedRevision: 1, homeHelperHours: 10 } }, token);
    const r = await server.gql(`query ($id: ID!) { caseFile(id: $id) { aidPlan { number status homeHelperHours } aidPlanVersions { number status homeHelperHours agreedBy } } }`, { id: caseId }, token);
    expect(r.data?.caseFile).toEqual({
      aidPlan: { number: 1, status: 'AGREED', homeHelperHours: 4 },
      aidPlanVersions: [
        { number: 1, status: 'AGREED', homeHelperHours: 4, agreedBy: 'Marie Dupont' },
        { number: 2, status: 'DRAFT', homeHelperHours: 10, agreedBy: null },
      ],
    });
  });

  it('progress is the share of actions done, tracked without changing the agreed text', async () => {
    const token = await w.token(w.sw);
    const { plan } = await agreedPlan(token);
    const r = await server.gql(TRACK, { input: { aidPlanId: plan.id, actionIndex: 1, status: 'DONE' } }, token);
    expect(r.data?.aidPlanActionStatusSet.aidPlan).toMatchObject({ progress: 0.5, revision: plan.revision, actions: [{ status: 'TODO' }, { status: 'DONE' }] });
    const bad = await server.gql(TRACK, { input: { aidPlanId: plan.id, actionIndex: 7, status: 'DONE' } }, token);
    expect(bad.data?.aidPlanActionStatusSet.userErrors).toMatchObject([{ field: ['input', 'actionIndex'], code: 'UNKNOWN_ACTION' }]);
  });

  it('a stale write on a draft returns CONFLICT naming what changed', async () => {
    const token = await w.token(w.sw);
    const c = await openCase(server, w);
    const d = await server.gql(DRAFT, { input: { caseFileId: c.id } }, token);
    const id = d.data?.aidPlanDraft.aidPlan.id;
    await server.gql(UPDATE, { input: { aidPlanId: id, expectedRevision: 1, actions: ACTIONS } }, token);
    const stale = await server.gql(UPDATE, { input: { aidPlanId: id, expectedRevision: 1, familyHelperHours: 3 } }, await w.token(w.flying));
    expect(stale.data?.aidPlanUpdate.userErrors).toEqual([{ field: ['input', 'expectedRevision'], code: 'CONFLICT', message: expect.stringContaining('actions') }]);
  });

  it('R1: the next evaluation is at most a year after the last one', async () => {
    const token = await w.token(w.sw);
    const { plan } = await agreedPlan(token);
    expect(plan).toMatchObject({ lastEvaluatedOn: '2026-11-23', nextEvaluationOn: '2027-11-23', evaluationOverdue: false });
    const late = await server.gql(EVALUATE, { input: { aidPlanId: plan.id, evaluatedOn: '2026-11-23', nextEvaluationOn: '2027-12-01' } }, token);
    expect(late.data?.aidPlanEvaluate.userErrors).toMatchObject([{ field: ['input', 'nextEvaluationOn'], code: 'EVALUATION_TOO_LATE', message: expect.stringContaining('R1') }]);
    const ok = await server.gql(EVALUATE, { input: { aidPlanId: plan.id, evaluatedOn: '2026-11-23', nextEvaluationOn: '2027-06-01', notes: 'Revision visit' } }, token);
    expect(ok.data?.aidPlanEvaluate.aidPlan).toMatchObject({ lastEvaluatedOn: '2026-11-23', nextEvaluationOn: '2027-06-01' });
  });

  it('R1: the next evaluation comes after the one recorded and is not planned in the past', async () => {
    const token = await w.token(w.sw);
    const { plan } = await agreedPlan(token);
    const same = await server.gql(EVALUATE, { input: { aidPlanId: plan.id, evaluatedOn: '2026-11-23', nextEvaluationOn: '2026-11-23' } }, token);
    expect(same.data?.aidPlanEvaluate).toMatchObject({ aidPlan: null, userErrors: [{ field: ['input', 'nextEvaluationOn'], code: 'NEXT_EVALUATION_TOO_EARLY' }] });
    server.clock.now = new Date('2026-12-03T09:00:00Z');
    try {
      const later = await server.login(w.sw.email, PASSWORD);
      const past = await server.gql(EVALUATE, { input: { aidPlanId: plan.id, evaluatedOn: '2026-11-25', nextEvaluationOn: '2026-12-02' } }, later);
      expect(past.data?.aidPlanEvaluate).toMatchObject({ aidPlan: null, userErrors: [{ field: ['input', 'nextEvaluationOn'], code: 'NEXT_EVALUATION_IN_THE_PAST', message: expect.stringContaining('2026-12-03') }] });
      const READ = `query ($id: ID!) { node(id: $id) { ... on AidPlanVersion { evaluationOverdue evaluations { evaluatedOn } } } }`;
      expect((await server.gql(READ, { id: plan.id }, later)).data?.node).toEqual({ evaluationOverdue: false, evaluations: [] });
      const today = await server.gql(EVALUATE, { input: { aidPlanId: plan.id, evaluatedOn: '2026-11-25', nextEvaluationOn: '2026-12-03' } }, later);
      expect(today.data?.aidPlanEvaluate).toMatchObject({ userErrors: [], aidPlan: { nextEvaluationOn: '2026-12-03', evaluationOverdue: false } });
    } finally {
      server.clock.now = NOW;
    }
  });

  it('R1: the same evaluation sent twenty times at once is recorded once', async () => {
    const token = await w.token(w.sw);
    const { plan } = await agreedPlan(token);
    const answers = await Promise.all(Array.from({ length: 20 }, () => server.gql(EVALUATE, { input: { aidPlanId: plan.id, evaluatedOn: '2026-11-23' } }, token)));
    const codes = answers.map((a) => a.data?.aidPlanEvaluate.userErrors[0]?.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'ALREADY_EVALUATED')).toHaveLength(19);
    const READ = `query ($id: ID!) { node(id: $id) { ... on AidPlanVersion { evaluations { evaluatedOn } } } }`;
    expect((await server.gql(READ, { id: plan.id }, token)).data?.node.evaluations).toEqual([{ evaluatedOn: '2026-11-23' }]);
  });

  it('R1: an evaluation is dated between the agreement and today, and the next one is due a year after the latest', async () => {
    const token = await w.token(w.sw);
    const { plan } = await agreedPlan(token);
    const READ = `query ($id: ID!) { node(id: $id) { ... on AidPlanVersion { lastEvaluatedOn nextEvaluationOn evaluationOverdue evaluations { evaluatedOn nextEvaluationOn } } } }`;
    const state = async (as = token) => (await server.gql(READ, { id: plan.id }, as)).data?.node;
    const fresh = { lastEvaluatedOn: '2026-11-23', nextEvaluationOn: '2027-11-23', evaluationOverdue: false, evaluations: [] };
    expect(await state()).toEqual(fresh);
    // 400 days before a plan agreed today: refused, naming the field and the rule; nothing changes.
    const before = await server.gql(EVALUATE, { input: { aidPlanId: plan.id, evaluatedOn: '2025-10-19' } }, token);
    expect(before.data?.aidPlanEvaluate).toMatchObject({
      aidPlan: null,
      userErrors: [{ field: ['input', 'evaluatedOn'], code: 'EVALUATION_BEFORE_AGREEMENT', message: expect.stringMatching(/R1.*2026-11-23/) }],
    });
    const future = await server.gql(EVALUATE, { input: { aidPlanId: plan.id, evaluatedOn: '2026-11-24' } }, token);
    expect(future.data?.aidPlanEvaluate.userErrors).toMatchObject([{ field: ['input', 'evaluatedOn'], code: 'IN_FUTURE', message: expect.stringContaining('R1') }]);
    expect(await state()).toEqual(fresh);
    server.clock.now = new Date('2027-03-10T09:00:00Z');
    try {
      const later = await server.login(w.sw.email, PASSWORD);
      const march = await server.gql(EVALUATE, { input: { aidPlanId: plan.id, evaluatedOn: '2027-03-01' } }, later);
      expect(march.data?.aidPlanEvaluate.userErrors).toEqual([]);
      expect(await state(later)).toMatchObject({ lastEvaluatedOn: '2027-03-01', nextEvaluationOn: '2028-03-01', evaluationOverdue: false });
      // One recorded late but held earlier does not move the due date: the latest evaluation counts.
      const backfilled = await server.gql(EVALUATE, { input: { aidPlanId: plan.id, evaluatedOn: '2027-01-15' } }, later);
      expect(backfilled.data?.aidPlanEvaluate.userErrors).toEqual([]);
      expect(await state(later)).toMatchObject({
        lastEvaluatedOn: '2027-03-01',
        nextEvaluationOn: '2028-03-01',
        evaluations: [
          { evaluatedOn: '2027-01-15', nextEvaluationOn: '2028-01-15' },
          { evaluatedOn: '2027-03-01', nextEvaluationOn: '2028-03-01' },
        ],
      });
    } finally {
      server.clock.now = NOW;
    }
  });

  it('R1: an active case whose plan is past its evaluation date is overdue, and the filter finds it', async () => {
    const token = await w.token(w.sw);
    const { caseId, plan } = await agreedPlan(token);
    let version = 1;
    for (const to of ['ASSESSMENT', 'ACTIVE']) {
      const t = await server.gql(`mutation ($input: CaseFileTransitionInput!) { caseFileTransition(input: $input) { caseFile { version } userErrors { code } } }`, { input: { caseFileId: caseId, expectedVersion: version, to, reason: 'ok' } }, token);
      version = t.data?.caseFileTransition.caseFile.version;
    }
    const overdue = async (as = token) => { const r = await server.gql(`{ caseFiles(evaluationOverdue: true) { edges { node { id } } } }`, {}, as); expect(r.errors).toBeUndefined(); return r.data?.caseFiles.edges.map((e: { node: { id: string } }) => e.node.id); };
    expect(await overdue()).not.toContain(caseId);
    const alert = `query ($id: ID!) { caseFile(id: $id) { evaluationOverdue nextEvaluationOn } }`;
    const due = plan.nextEvaluationOn;
    expect((await server.gql(alert, { id: caseId }, token)).data?.caseFile).toEqual({ evaluationOverdue: false, nextEvaluationOn: due });
    await serveCase(server, w, caseId, w.familyHelper);
    expect((await server.gql(alert, { id: caseId }, await w.token(w.familyHelper))).data?.caseFile).toEqual({ evaluationOverdue: null, nextEvaluationOn: null });
    // R5: the telephonist reaches no case file at all (sectorSearch is her way to a caller's sector).
    expect((await server.gql(alert, { id: caseId }, await w.token(w.telephonist))).data?.caseFile).toBeNull();
    server.clock.now = new Date('2027-11-25T09:00:00Z');
    try {
      // Two years on: a fresh session, the plan was never evaluated again.
      const later = await server.login(w.sw.email, PASSWORD);
      expect(await overdue(later)).toContain(caseId);
      // R1: the case file itself carries the alert, for lists and the case page alike.
      expect((await server.gql(alert, { id: caseId }, later)).data?.caseFile).toEqual({ evaluationOverdue: true, nextEvaluationOn: due });
      const r = await server.gql(`query ($id: ID!) { node(id: $id) { ... on AidPlanVersion { evaluationOverdue } } }`, { id: plan.id }, later);
      expect(r.data?.node).toEqual({ evaluationOverdue: true });
    } finally {
      server.clock.now = NOW;
    }
  });

  it('R5: helpers and telephonists never see the aid plan; a social worker of another sector cannot draft one', async () => {
    const token = await w.token(w.sw);
    const { caseId, plan } = await agreedPlan(token);
    await serveCase(server, w, caseId, w.familyHelper);
    for (const who of [w.familyHelper, w.telephonist]) {
      const r = await server.gql(`query ($id: ID!, $p: ID!) { caseFile(id: $id) { aidPlan { id } aidPlanVersions { id } } node(id: $p) { id } }`, { id: caseId, p: plan.id }, await w.token(who));
      // The telephonist gets no case file at all, the helper the case without its plan.
      expect(r.data, who.fullName).toEqual({ caseFile: who === w.telephonist ? null : { aidPlan: null, aidPlanVersions: null }, node: null });
    }
    const r = await server.gql(DRAFT, { input: { caseFileId: caseId } }, await w.token(w.otherSw));
    expect(r.data?.aidPlanDraft.userErrors).toMatchObject([{ code: 'UNKNOWN_CASE_FILE' }]);
  });
});
