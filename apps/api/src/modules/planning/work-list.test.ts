// The relay social worker's work list through GraphQL on a real database: steps before each planned
// visit (letter, income proofs, property administrator), R3 file checks open after visits, R2 follow-ups, and the
// R13 permanence replacements the relay worker programmed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeShift } from '@support/factories.js';
import { startTestServer, type TestServer } from '@support/server.js';
import { buildPlanningWorld, type PlanningWorld } from '@support/planning-world.js';

const NOW = new Date('2027-02-10T09:00:00Z');
let server: TestServer;
let w: PlanningWorld;

const PLAN = `mutation ($input: VisitPlanInput!) { visitPlan(input: $input) { visit { id } userErrors { code } } }`;
const COMPLETE = `mutation ($input: VisitCompleteInput!) { visitComplete(input: $input) { fileCheck { id } userErrors { code } } }`;
const DONE = `mutation ($input: PreparationStepDoneInput!) { preparationStepDone(input: $input) { step { kind done dueAt } userErrors { code } } }`;
const LIST = `{ relayWorkList {
  queueSize
  preparations { visit { id plannedAt } steps { kind dueAt done overdue } }
  openFileChecks { id }
  incomeFollowUps { totalCount edges { node { reason visit { id } } } }
  programmedReplacements { kind reason }
} }`;

async function visit(i: number, plannedAt: string, propertyAdministrator: boolean) {
  const c = await w.makeCase(i, { propertyAdministrator });
  const r = await server.gql(PLAN, { input: { caseFileId: c.gid, kind: 'REVISION', plannedAt, visitorId: w.sectors[i].sw.gid } }, await w.token(w.sectors[i].sw));
  expect(r.data?.visitPlan.userErrors).toEqual([]);
  return r.data?.visitPlan.visit.id as string;
}

let withAdmin: string;
let withoutAdmin: string;
let checkId: string;
let pastVisit: string;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildPlanningWorld(server, 2);
  withAdmin = await visit(0, '2027-02-25T09:00:00Z', true);
  withoutAdmin = await visit(1, '2027-02-18T09:00:00Z', false);
  const past = await visit(1, '2027-02-09T09:00:00Z', false);
  pastVisit = past;
  const done = await server.gql(COMPLETE, { input: { visitId: past, report: 'Seen at home' } }, await w.token(w.sectors[1].sw));
  checkId = done.data?.visitComplete.fileCheck.id;
  // R13: the relay worker programmes a replacement of a shift in two weeks.
  const shift = await makeShift(server.db.db, { kind: 'WEEKDAY', startsAt: new Date('2027-02-24T07:30:00Z'), endsAt: new Date('2027-02-24T16:00:00Z'), holderStaffId: w.sectors[0].sw.id });
  const rep = await server.gql(`mutation ($input: PermanenceReplaceInput!) { permanenceReplace(input: $input) { userErrors { code } } }`, { input: { shiftId: shift.gid, holderStaffId: w.sectors[1].sw.gid, reason: 'Training day' } }, await w.token(w.relay));
  expect(rep.data?.permanenceReplace.userErrors).toEqual([]);
});
afterAll(() => server?.close());

describe('relay social worker work list', () => {
  it('lists the steps before each planned visit, the property administrator only where there is one', async () => {
    const r = await server.gql(LIST, {}, await w.token(w.relay));
    expect(r.errors).toBeUndefined();
    const list = r.data?.relayWorkList;
    expect(list.preparations.map((p: any) => p.visit.id)).toEqual([withoutAdmin, withAdmin]);
    expect(list.preparations[0].steps).toEqual([
      { kind: 'INCOME_PROOF_REQUEST', dueAt: '2027-02-08T09:00:00.000Z', done: false, overdue: true },
      { kind: 'VISIT_LETTER', dueAt: '2027-02-11T09:00:00.000Z', done: false, overdue: false },
    ]);
    expect(list.preparations[1].steps.map((s: any) => s.kind)).toEqual(['INCOME_PROOF_REQUEST', 'VISIT_LETTER', 'PROPERTY_ADMINISTRATOR_CONTACT']);
  });

  it('R3: file checks still open after visits are in the list', async () => {
    const r = await server.gql(LIST, {}, await w.token(w.relay));
    expect(r.data?.relayWorkList.openFileChecks).toEqual([{ id: checkId }]);
  });

  it('R2: files whose proofs of income are missing after a visit are in the list, and in the queue size', async () => {
    const r = await server.gql(LIST, {}, await w.token(w.relay));
    expect(r.data?.relayWorkList.incomeFollowUps).toEqual({ totalCount: 1, edges: [{ node: { reason: 'PROOFS_MISSING_AFTER_VISIT', visit: { id: pastVisit } } }] });
    // Steps of two visits (2 + 3), one file check, one follow-up.
    expect(r.data?.relayWorkList.queueSize).toBe(2 + 3 + 1 + 1);
  });

  it('R13: the permanence replacements the relay worker programmed are in the list', async () => {
    const r = await server.gql(LIST, {}, await w.token(w.relay));
    expect(r.data?.relayWorkList.programmedReplacements).toEqual([{ kind: 'PLANNED', reason: 'Training day' }]);
  });

  it('a step marked done stays done; a visit with every step done leaves the list', async () => {
    const token = await w.token(w.relay);
    for (const kind of ['INCOME_PROOF_REQUEST', 'VISIT_LETTER']) {
      const r = await server.gql(DONE, { input: { visitId: withoutAdmin, kind } }, token);
      expect(r.data?.preparationStepDone).toMatchObject({ step: { kind, done: true }, userErrors: [] });
    }
    const step = await server.gql(DONE, { input: { visitId: withAdmin, kind: 'VISIT_LETTER' } }, token);
    expect(step.data?.preparationStepDone.userErrors).toEqual([]);
    const r = await server.gql(LIST, {}, token);
    expect(r.data?.relayWorkList.preparations.map((p: any) => p.visit.id)).toEqual([withAdmin]);
    expect(r.data?.relayWorkList.preparations[0].steps.map((s: any) => [s.kind, s.done])).toEqual([['INCOME_PROOF_REQUEST', false], ['VISIT_LETTER', true], ['PROPERTY_ADMINISTRATOR_CONTACT', false]]);
    expect(r.data?.relayWorkList.queueSize).toBe(2 + 1 + 1);
  });

  it('the work list is for the relay worker and direction', async () => {
    const r = await server.gql(LIST, {}, await w.token(w.sectors[0].sw));
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
