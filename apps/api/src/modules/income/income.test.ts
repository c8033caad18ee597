// R2 through GraphQL on a real database: proofs of income, the financial participation that
// results, the relay social worker's follow-up, and the audit of changes and of reads of amounts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '@support/server.js';
import { buildCasesWorld, openCase, serveCase, type CasesWorld } from '@support/cases-world.js';

const NOW = new Date('2026-11-23T09:00:00Z');
let server: TestServer;
let w: CasesWorld;

const RECORD = `mutation ($input: IncomeProofRecordInput!) { incomeProofRecord(input: $input) {
  incomeProof { kind status monthlyAmount receivedOn recordedBy { fullName } }
  caseFile { financialParticipation { basis proofsComplete band hourlyRate householdMonthlyIncome equivalisedMonthlyIncome } incomeFollowUp { reason } }
  userErrors { field code message } } }`;
const INCOME = `query ($id: ID!) { caseFile(id: $id) { incomeProofs { kind status monthlyAmount receivedOn } financialParticipation { basis hourlyRate householdMonthlyIncome weeklyAmount } incomeFollowUp { id reason closedAt } } }`;
const FOLLOW_UPS = `{ incomeProofFollowUps(first: 100) { totalCount edges { node { id reason openedAt caseFile { id } visit { id status } fileCheck { id financialParticipationOk } } } } }`;
const PLAN = `mutation ($input: VisitPlanInput!) { visitPlan(input: $input) { visit { id } userErrors { code } } }`;
const COMPLETE = `mutation ($input: VisitCompleteInput!) { visitComplete(input: $input) { fileCheck { id } userErrors { code } } }`;
const CHECK = `mutation ($input: FileCheckRecordInput!) { fileCheckRecord(input: $input) { userErrors { code } } }`;

const ACTION = { domain: 'FINANCES', objective: 'Participation set', kind: 'RECOMMENDATION', description: 'Bring the pension slip', owner: 'Marie Dupont' };

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildCasesWorld(server);
});
afterAll(() => server?.close());

const record = async (caseFileId: string, input: Record<string, unknown>, who: { email: string } = w.sw) => server.gql(RECORD, { input: { caseFileId, ...input } }, await w.token(who));
const followUpCases = async () => {
  const r = await server.gql(FOLLOW_UPS, {}, await w.token(w.relay));
  expect(r.errors).toBeUndefined();
  return r.data?.incomeProofFollowUps.edges.map((e: { node: { caseFile: { id: string } } }) => e.node) as { id: string; reason: string; caseFile: { id: string }; visit: { id: string; status: string } | null }[];
};
async function doneVisit(caseFileId: string) {
  const token = await w.token(w.sw);
  const p = await server.gql(PLAN, { input: { caseFileId, kind: 'REVISION', plannedAt: '2026-11-23T08:00:00Z', visitorId: w.sw.gid } }, token);
  const d = await server.gql(COMPLETE, { input: { visitId: p.data?.visitPlan.visit.id, report: 'Seen at home' } }, token);
  expect(d.data?.visitComplete.userErrors).toEqual([]);
  return { visitId: p.data?.visitPlan.visit.id as string, fileCheckId: d.data?.visitComplete.fileCheck.id as string };
}

describe('R2 proofs of income and financial participation', () => {
  it('R2: received proofs give the participation of their income band; a missing proof means the maximum rate', async () => {
    const c = await openCase(server, w);
    const r1 = await record(c.id, { kind: 'PENSION', status: 'RECEIVED', monthlyAmount: 1450, receivedOn: '2026-11-20' });
    expect(r1.data?.incomeProofRecord).toEqual({
      incomeProof: { kind: 'PENSION', status: 'RECEIVED', monthlyAmount: 1450, receivedOn: '2026-11-20', recordedBy: { fullName: 'Sarah Sector' } },
      // One other household member (the son): 1450 / 1.5 = 966.67, band 1 of the model scale.
      caseFile: { financialParticipation: { basis: 'PROOFS', proofsComplete: true, band: 1, hourlyRate: 1, householdMonthlyIncome: 1450, equivalisedMonthlyIncome: 966.67 }, incomeFollowUp: null },
      userErrors: [],
    });
    const r2 = await record(c.id, { kind: 'PAY_SLIP', status: 'MISSING' });
    expect(r2.data?.incomeProofRecord.caseFile.financialParticipation).toEqual({ basis: 'MAXIMUM_RATE_PROOFS_MISSING', proofsComplete: false, band: null, hourlyRate: 8.5, householdMonthlyIncome: null, equivalisedMonthlyIncome: null });
    // Recording a kind again replaces it: one proof per kind.
    await record(c.id, { kind: 'PAY_SLIP', status: 'RECEIVED', monthlyAmount: 1600, receivedOn: '2026-11-23' });
    const q = await server.gql(INCOME, { id: c.id }, await w.token(w.sw));
    expect(q.data?.caseFile.incomeProofs).toEqual([
      { kind: 'PAY_SLIP', status: 'RECEIVED', monthlyAmount: 1600, receivedOn: '2026-11-23' },
      { kind: 'PENSION', status: 'RECEIVED', monthlyAmount: 1450, receivedOn: '2026-11-20' },
    ]);
    // 3050 / 1.5 = 2033.33: band 3; no agreed plan yet, so no weekly amount.
    expect(q.data?.caseFile.financialParticipation).toEqual({ basis: 'PROOFS', hourlyRate: 4.5, householdMonthlyIncome: 3050, weeklyAmount: null });
  });

  it('R2: the weekly amount is the hourly rate times the weekly hours of help of the agreed plan', async () => {
    const c = await openCase(server, w);
    const token = await w.token(w.sw);
    const m = (name: string, input: string) => `mutation ($input: ${input}!) { ${name}(input: $input) { aidPlan { id revision } userErrors { code message } } }`;
    const d = await server.gql(m('aidPlanDraft', 'AidPlanDraftInput'), { input: { caseFileId: c.id } }, token);
    const id = d.data?.aidPlanDraft.aidPlan.id;
    const u = await server.gql(m('aidPlanUpdate', 'AidPlanUpdateInput'), { input: { aidPlanId: id, expectedRevision: d.data?.aidPlanDraft.aidPlan.revision, familyHelperHours: 6, homeHelperHours: 4, actions: [ACTION] } }, token);
    expect(u.data?.aidPlanUpdate.userErrors).toEqual([]);
    const p = await server.gql(m('aidPlanPropose', 'AidPlanProposeInput'), { input: { aidPlanId: id, expectedRevision: u.data?.aidPlanUpdate.aidPlan.revision } }, token);
    expect(p.data?.aidPlanPropose.userErrors).toEqual([]);
    const a = await server.gql(m('aidPlanAgree', 'AidPlanAgreeInput'), { input: { aidPlanId: id, expectedRevision: p.data?.aidPlanPropose.aidPlan.revision, agreedBy: 'Marie Dupont', agreedHow: 'Signed at home' } }, token);
    expect(a.data?.aidPlanAgree.userErrors).toEqual([]);
    // No proof yet: the maximum rate, 8.50 € × 10 h.
    expect((await server.gql(INCOME, { id: c.id }, token)).data?.caseFile.financialParticipation).toEqual({ basis: 'MAXIMUM_RATE_PROOFS_MISSING', hourlyRate: 8.5, householdMonthlyIncome: null, weeklyAmount: 85 });
    await record(c.id, { kind: 'PENSION', status: 'RECEIVED', monthlyAmount: 2100, receivedOn: '2026-11-20' });
    // 2100 / 1.5 = 1400: band 2, 2.50 € × 10 h.
    expect((await server.gql(INCOME, { id: c.id }, token)).data?.caseFile.financialParticipation).toEqual({ basis: 'PROOFS', hourlyRate: 2.5, householdMonthlyIncome: 2100, weeklyAmount: 25 });
  });

  it('R2: a broken rule comes back as userErrors with field and code, and nothing is changed', async () => {
    const c = await openCase(server, w);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ kind: 'PENSION', status: 'RECEIVED', monthlyAmount: 1000 }, 'receivedOn', 'REQUIRED'],
      [{ kind: 'PENSION', status: 'RECEIVED', monthlyAmount: 1000, receivedOn: '2026-11-24' }, 'receivedOn', 'RECEIVED_IN_FUTURE'],
      [{ kind: 'PENSION', status: 'RECEIVED', receivedOn: '2026-11-20' }, 'monthlyAmount', 'REQUIRED'],
      [{ kind: 'PENSION', status: 'RECEIVED', monthlyAmount: -5, receivedOn: '2026-11-20' }, 'monthlyAmount', 'INVALID_AMOUNT'],
      [{ kind: 'PENSION', status: 'MISSING', monthlyAmount: 5 }, 'receivedOn', 'MISSING_PROOF_HAS_NO_DATA'],
    ];
    for (const [input, field, code] of cases) {
      const r = await record(c.id, input);
      expect(r.data?.incomeProofRecord, code).toMatchObject({ incomeProof: null, userErrors: [{ field: ['input', field], code }] });
    }
    const other = await record(c.id, { kind: 'PENSION', status: 'MISSING' }, w.otherSw);
    expect(other.data?.incomeProofRecord.userErrors).toMatchObject([{ field: ['input', 'caseFileId'], code: 'UNKNOWN_CASE_FILE' }]);
    for (const who of [w.familyHelper, w.telephonist, w.trainee]) {
      const r = await record(c.id, { kind: 'PENSION', status: 'MISSING' }, who);
      expect(r.errors?.[0].extensions?.code, who.fullName).toBe('FORBIDDEN');
    }
    const q = await server.gql(INCOME, { id: c.id }, await w.token(w.sw));
    expect(q.data?.caseFile.incomeProofs).toEqual([]);
    const audit = await server.gql(`query ($c: ID!) { auditEntries(caseFileId: $c, kind: CHANGE, first: 100) { edges { node { entity } } } }`, { c: c.id }, await w.token(w.director));
    expect(audit.data?.auditEntries.edges.map((e: { node: { entity: string } }) => e.node.entity)).toEqual(['CaseFile']);
  });
});

describe("R2 follow-up by the relay social worker", () => {
  it('R2: a file whose proofs are missing after a visit is in the follow-up list until the proofs are recorded as received', async () => {
    const c = await openCase(server, w);
    await record(c.id, { kind: 'PENSION', status: 'MISSING' });
    expect((await followUpCases()).map((f) => f.caseFile.id)).not.toContain(c.id);
    const { visitId } = await doneVisit(c.id);
    const listed = (await followUpCases()).find((f) => f.caseFile.id === c.id);
    expect(listed).toMatchObject({ reason: 'PROOFS_MISSING_AFTER_VISIT', visit: { id: visitId, status: 'DONE' } });
    const seen = await server.gql(INCOME, { id: c.id }, await w.token(w.sw));
    expect(seen.data?.caseFile.incomeFollowUp).toMatchObject({ id: listed?.id, reason: 'PROOFS_MISSING_AFTER_VISIT', closedAt: null });
    // Only the relay social worker and direction read the list.
    const sw = await server.gql(FOLLOW_UPS, {}, await w.token(w.sw));
    expect(sw.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Another proof still missing keeps it listed; all received ends it.
    await record(c.id, { kind: 'PAY_SLIP', status: 'MISSING' });
    await record(c.id, { kind: 'PENSION', status: 'RECEIVED', monthlyAmount: 1200, receivedOn: '2026-11-22' });
    expect((await followUpCases()).map((f) => f.caseFile.id)).toContain(c.id);
    const done = await record(c.id, { kind: 'PAY_SLIP', status: 'RECEIVED', monthlyAmount: 300, receivedOn: '2026-11-23' }, w.relay);
    expect(done.data?.incomeProofRecord).toMatchObject({ caseFile: { incomeFollowUp: null }, userErrors: [] });
    expect((await followUpCases()).map((f) => f.caseFile.id)).not.toContain(c.id);
    const node = await server.gql(`query ($id: ID!) { node(id: $id) { ... on IncomeFollowUp { closedAt closedBy { fullName } } } }`, { id: listed?.id }, await w.token(w.relay));
    expect(node.data?.node).toEqual({ closedAt: NOW.toISOString(), closedBy: { fullName: 'Remi Relay' } });
    for (const who of [w.familyHelper, w.telephonist, w.otherSw]) {
      expect((await server.gql(`query ($id: ID!) { node(id: $id) { id } }`, { id: listed?.id }, await w.token(who))).data?.node, who.fullName).toBeNull();
    }
    const audit = await server.gql(`query ($c: ID!) { auditEntries(caseFileId: $c, kind: CHANGE, first: 100) { edges { node { entity } } } }`, { c: c.id }, await w.token(w.director));
    const entities = audit.data?.auditEntries.edges.map((e: { node: { entity: string } }) => e.node.entity);
    expect(entities.filter((e: string) => e === 'IncomeProof')).toHaveLength(4);
    expect(entities.filter((e: string) => e === 'IncomeFollowUp')).toHaveLength(2);
  });

  it('R2: with complete proofs a visit opens no follow-up, but a file check finding the participation not in order does', async () => {
    const c = await openCase(server, w);
    await record(c.id, { kind: 'PENSION', status: 'RECEIVED', monthlyAmount: 1200, receivedOn: '2026-11-01' });
    const { fileCheckId } = await doneVisit(c.id);
    expect((await followUpCases()).map((f) => f.caseFile.id)).not.toContain(c.id);
    const chk = await server.gql(CHECK, { input: { fileCheckId, encodingOk: true, financialParticipationOk: false, socialAspectsOk: true, outcome: 'FOLLOW_UP_NEEDED', findings: 'Pension slip is last year’s' } }, await w.token(w.relay));
    expect(chk.data?.fileCheckRecord.userErrors).toEqual([]);
    expect((await followUpCases()).find((f) => f.caseFile.id === c.id)).toMatchObject({ reason: 'PARTICIPATION_NOT_OK', visit: null, fileCheck: { id: fileCheckId, financialParticipationOk: false } });
    await record(c.id, { kind: 'PENSION', status: 'RECEIVED', monthlyAmount: 1250, receivedOn: '2026-11-23' }, w.relay);
    expect((await followUpCases()).map((f) => f.caseFile.id)).not.toContain(c.id);
  });
});

describe('R2 and R5: amounts', () => {
  it('R5: reads of income amounts are audited as sensitive reads; helpers and telephonists get none and leave none', async () => {
    const c = await openCase(server, w);
    await record(c.id, { kind: 'PENSION', status: 'RECEIVED', monthlyAmount: 1450, receivedOn: '2026-11-20' });
    const reads = async () => {
      const r = await server.gql(`query ($c: ID!) { auditEntries(caseFileId: $c, kind: READ, first: 100) { edges { node { field actor { fullName } } } } }`, { c: c.id }, await w.token(w.director));
      expect(r.errors).toBeUndefined();
      return r.data?.auditEntries.edges.map((e: { node: { field: string; actor: { fullName: string } } }) => `${e.node.actor.fullName}:${e.node.field}`) as string[];
    };
    // The mutation's payload served amounts to Sarah: those reads are audited too.
    const before = await reads();
    expect(before.sort()).toEqual(['Sarah Sector:financialParticipation.equivalisedMonthlyIncome', 'Sarah Sector:financialParticipation.hourlyRate', 'Sarah Sector:financialParticipation.householdMonthlyIncome', 'Sarah Sector:incomeProofs.monthlyAmount']);
    for (const helper of [w.familyHelper, w.homeHelper]) await serveCase(server, w, c.id, helper);
    for (const who of [w.familyHelper, w.homeHelper, w.telephonist]) {
      const r = await server.gql(INCOME, { id: c.id }, await w.token(who));
      // The telephonist gets no case file at all (R5), helpers the case without its amounts.
      expect(r.data?.caseFile, who.fullName).toEqual(who === w.telephonist ? null : { incomeProofs: null, financialParticipation: null, incomeFollowUp: null });
    }
    expect(await reads()).toHaveLength(4);
    await server.gql(INCOME, { id: c.id }, await w.token(w.director));
    expect((await reads()).slice(0, 3).sort()).toEqual(['Denis Director:financialParticipation.hourlyRate', 'Denis Director:financialParticipation.householdMonthlyIncome', 'Denis Director:incomeProofs.monthlyAmount']);
  });
});
