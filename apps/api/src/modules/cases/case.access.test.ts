// R5 through GraphQL: the whole matrix role × field × path. A hidden field comes back null, a case
// outside the viewer's reach does not come back at all; any leak fails the test.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStaff } from '@support/factories.js';
import { startTestServer, type TestServer } from '@support/server.js';
import { buildCasesWorld, NRN_1985, openCase, serveCase, type CasesWorld } from '@support/cases-world.js';

const NOW = new Date('2026-11-23T09:00:00Z');
let server: TestServer;
let w: CasesWorld;
let caseId: string;
let beneficiaryId: string;
let followUpId: string;

const CASE_FIELDS = ['status', 'reasonForContact', 'urgent', 'urgentAlert', 'urgentActionTaken', 'needs', 'version', 'openedAt', 'sector', 'socialWorker', 'transitions', 'aidPlan', 'aidPlanVersions', 'visits', 'fileChecks', 'aidDecisions', 'evaluationOverdue', 'incomeProofs', 'financialParticipation', 'incomeFollowUp'] as const;
// R2 amounts: FULL viewers must get them (so the test would notice them going missing), others never.
const INCOME_SUB: Record<string, string> = {
  incomeProofs: 'incomeProofs { kind status monthlyAmount receivedOn }',
  financialParticipation: 'financialParticipation { basis hourlyRate householdMonthlyIncome equivalisedMonthlyIncome weeklyAmount }',
  incomeFollowUp: 'incomeFollowUp { id reason }',
};
const BENEFICIARY_FIELDS = [
  'firstName',
  'lastName',
  'birthDate',
  'address',
  'maritalStatus',
  'nationalRegisterNumber',
  'familyAllowanceNumber',
  'householdMembers',
  'informalCaregivers',
  'outsideProfessionals',
  'propertyAdministrator',
  'accessNotes',
  'safetyNotes',
  'healthNotes',
  'monthlyIncome',
  'version',
] as const;
const sub = (f: string) => (['address'].includes(f) ? `${f} { street city latitude }` : ['householdMembers', 'informalCaregivers', 'outsideProfessionals', 'propertyAdministrator'].includes(f) ? `${f} { name }` : f);
const BENEFICIARY = `id ${BENEFICIARY_FIELDS.map(sub).join(' ')}`;
const CASE = `id ${CASE_FIELDS.map((f) => (f === 'sector' ? 'sector { name }' : f === 'socialWorker' ? 'socialWorker { fullName }' : f === 'needs' ? 'needs { domain }' : f === 'transitions' ? 'transitions { to }' : f === 'visits' || f === 'fileChecks' || f === 'aidDecisions' ? `${f} { id }` : f === 'aidPlan' || f === 'aidPlanVersions' ? `${f} { id progress actions { description } }` : (INCOME_SUB[f] ?? f))).join(' ')} beneficiary { ${BENEFICIARY} }`;

type Level = 'FULL' | 'HELPER' | 'CALLER' | 'NONE';
const VISIBLE: Record<Level, { caseFile: string[]; beneficiary: string[] }> = {
  FULL: { caseFile: [...CASE_FIELDS], beneficiary: [...BENEFICIARY_FIELDS] },
  HELPER: { caseFile: [], beneficiary: ['firstName', 'lastName', 'address', 'accessNotes', 'safetyNotes'] },
  CALLER: { caseFile: ['sector', 'socialWorker'], beneficiary: ['firstName', 'lastName'] },
  NONE: { caseFile: [], beneficiary: [] },
};

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildCasesWorld(server);
  const c = await openCase(server, w, { nrn: NRN_1985, urgent: true });
  caseId = c.id;
  for (const helper of [w.familyHelper, w.homeHelper]) await serveCase(server, w, caseId, helper);
  beneficiaryId = c.beneficiary.id;
  const token = await w.token(w.sw);
  const r1 = await server.gql(
    `mutation ($input: CaseFileUpdateInput!) { caseFileUpdate(input: $input) { userErrors { code } } }`,
    { input: { caseFileId: caseId, expectedVersion: 1, needs: [{ domain: 'HEALTH', level: 'HIGH', notes: 'Diabetes' }] } },
    token,
  );
  const r2 = await server.gql(
    `mutation ($input: CaseFileTransitionInput!) { caseFileTransition(input: $input) { userErrors { code } } }`,
    { input: { caseFileId: caseId, expectedVersion: 2, to: 'ASSESSMENT', reason: 'Visit booked' } },
    token,
  );
  const r3 = await server.gql(
    `mutation ($input: CaseFileUrgentActionInput!) { caseFileUrgentActionRecord(input: $input) { userErrors { code } } }`,
    { input: { caseFileId: caseId, expectedVersion: 3, actionTaken: 'Meals on wheels from today' } },
    token,
  );
  const r4 = await server.gql(`mutation ($input: AidPlanDraftInput!) { aidPlanDraft(input: $input) { userErrors { code } } }`, { input: { caseFileId: caseId } }, token);
  // R2: a received proof, a visit, and a file check finding the participation not in order: the
  // case now carries income amounts and an open follow-up for the matrix to guard.
  const r5 = await server.gql(
    `mutation ($input: IncomeProofRecordInput!) { incomeProofRecord(input: $input) { userErrors { code } } }`,
    { input: { caseFileId: caseId, kind: 'PENSION', status: 'RECEIVED', monthlyAmount: 1450, receivedOn: '2026-11-20' } },
    token,
  );
  const plan = await server.gql(`mutation ($input: VisitPlanInput!) { visitPlan(input: $input) { visit { id } userErrors { code } } }`, { input: { caseFileId: caseId, kind: 'REVISION', plannedAt: '2026-11-23T08:00:00Z', visitorId: w.sw.gid } }, token);
  const done = await server.gql(`mutation ($input: VisitCompleteInput!) { visitComplete(input: $input) { fileCheck { id } userErrors { code } } }`, { input: { visitId: plan.data?.visitPlan.visit.id, report: 'Seen' } }, token);
  const r6 = await server.gql(
    `mutation ($input: FileCheckRecordInput!) { fileCheckRecord(input: $input) { userErrors { code } } }`,
    { input: { fileCheckId: done.data?.visitComplete.fileCheck.id, encodingOk: true, financialParticipationOk: false, socialAspectsOk: true, outcome: 'FOLLOW_UP_NEEDED', findings: 'Pension slip outdated' } },
    await w.token(w.relay),
  );
  const f = await server.gql(`{ incomeProofFollowUps { edges { node { id } } } }`, {}, await w.token(w.relay));
  followUpId = f.data?.incomeProofFollowUps.edges[0]?.node.id;
  expect(followUpId).toBeTruthy();
  for (const r of [r1, r2, r3, r4, r5, plan, done, r6]) expect(JSON.stringify(r.data)).not.toContain('code":"');
});
afterAll(() => server?.close());

function check(who: string, level: Level, caseFile: Record<string, unknown> | null | undefined) {
  if (level === 'NONE') {
    expect(caseFile ?? null, `${who} must not get the case`).toBeNull();
    return;
  }
  expect(caseFile, `${who} gets the case`).toBeTruthy();
  const c = caseFile as Record<string, unknown>;
  for (const f of CASE_FIELDS) {
    if (VISIBLE[level].caseFile.includes(f)) expect(c[f], `${who} sees case.${f}`).not.toBeNull();
    else expect(c[f], `${who} must not see case.${f}`).toBeNull();
  }
  // (The node(id) test checks a synthetic case around the beneficiary: no proofs to look into.)
  if (level === 'FULL' && c.incomeProofs !== 'x') {
    const proofs = c.incomeProofs as { monthlyAmount: number }[];
    const p = c.financialParticipation as Record<string, unknown>;
    expect(proofs[0].monthlyAmount, `${who} sees the proof's amount`).toBe(1450);
    expect(p.householdMonthlyIncome, `${who} sees the household income`).toBe(1450);
    expect(p.hourlyRate, `${who} sees the hourly rate`).toBe(1);
  }
  const b = c.beneficiary as Record<string, unknown>;
  expect(b, `${who} gets the beneficiary`).toBeTruthy();
  for (const f of BENEFICIARY_FIELDS) {
    if (VISIBLE[level].beneficiary.includes(f)) expect(b[f], `${who} sees beneficiary.${f}`).not.toBeNull();
    else expect(b[f], `${who} must not see beneficiary.${f}`).toBeNull();
  }
}

describe('R5 confidentiality matrix', () => {
  // Who asks (a key of the world, built in beforeAll) and what they may see: one test per row and path.
  type Who = 'sw' | 'otherSw' | 'trainee' | 'otherTrainee' | 'flying' | 'relay' | 'director' | 'head' | 'familyHelper' | 'homeHelper' | 'idleHelper' | 'otherHelper' | 'telephonist';
  const MATRIX: [string, Who, Level][] = [
    ['sector social worker', 'sw', 'FULL'],
    ['social worker of another sector', 'otherSw', 'NONE'],
    ['trainee of the sector', 'trainee', 'FULL'],
    ['trainee of another sector', 'otherTrainee', 'NONE'],
    ['flying social worker', 'flying', 'FULL'],
    ['relay social worker', 'relay', 'FULL'],
    ['director', 'director', 'FULL'],
    ['social pole head', 'head', 'FULL'],
    ['family helper of the team', 'familyHelper', 'HELPER'],
    ['home helper of the team', 'homeHelper', 'HELPER'],
    ['helper of the team not scheduled at this home', 'idleHelper', 'NONE'],
    ['helper of another team', 'otherHelper', 'NONE'],
    ['telephonist', 'telephonist', 'NONE'], // she finds a caller's sector by sectorSearch, no case file by any path
  ];

  it.each(MATRIX)('R5: the %s sees exactly its fields through caseFile(id)', async (who, key, level) => {
    const r = await server.gql(`query ($id: ID!) { caseFile(id: $id) { ${CASE} } }`, { id: caseId }, await w.token(w[key]));
    expect(r.errors, who).toBeUndefined();
    check(who, level, r.data?.caseFile);
  });

  it('R5: a helper whose last visit at a home ended over a month ago no longer sees it; a coming visit shows it again', async () => {
    const c = await openCase(server, w, { lastName: 'Formerly' });
    const former = await makeStaff(server.db.db, 'HOME_HELPER', { fullName: 'Fiona Former', sectorId: w.sector.id });
    const ask = async () => (await server.gql(`query ($id: ID!) { caseFile(id: $id) { beneficiary { lastName } } }`, { id: c.id }, await w.token(former))).data?.caseFile;
    await serveCase(server, w, c.id, former, new Date(server.clock.now.getTime() - 40 * 86_400_000));
    expect(await ask()).toBeNull();
    await serveCase(server, w, c.id, former);
    expect(await ask()).toEqual({ beneficiary: { lastName: 'Formerly' } });
  });

  it.each(MATRIX)('R5: the %s, the same through the caseFiles list (the telephonist: no list at all, FORBIDDEN)', async (who, key, level) => {
    const r = await server.gql(`{ caseFiles(first: 100) { totalCount edges { node { ${CASE} } } } }`, {}, await w.token(w[key]));
    const refusal = { codes: r.errors?.map((e) => e.extensions?.code), sayWhere: r.errors?.[0].message.includes('sectorSearch'), data: r.data?.caseFiles ?? null };
    if (key === 'telephonist') return void expect(refusal, who).toEqual({ codes: ['FORBIDDEN'], sayWhere: true, data: null });
    expect(r.errors, who).toBeUndefined();
    const found = r.data?.caseFiles.edges.map((e: { node: Record<string, unknown> }) => e.node).find((n: { id: string }) => n.id === caseId);
    check(who, level, found);
    if (level === 'NONE') expect(r.data?.caseFiles.totalCount, `${who} counts no hidden case`).toBe(0);
  });

  // A filter tells what it keeps: answered only to whom may read the field it filters on (the
  // telephonist paging `status: CLOSED` read every closed file's beneficiary, status nulled).
  it.each(MATRIX)('R5: the %s filters the list only on fields it may read', async (who, key) => {
    const listLevel: Level = ['familyHelper', 'homeHelper', 'idleHelper', 'otherHelper'].includes(key) ? 'HELPER' : key === 'telephonist' ? 'NONE' : 'FULL';
    const filters: [string, string, Record<string, unknown>][] = [
      ['status', 'status', { status: 'ASSESSMENT' }],
      ['urgentAlert', 'urgent', { urgentAlert: true }],
      ['evaluationOverdue', 'evaluationOverdue', { evaluationOverdue: true }],
      ['sectorId', 'sector', { sectorId: w.sector.gid }],
      ['socialWorkerId', 'socialWorker', { socialWorkerId: w.sw.gid }],
    ];
    const token = await w.token(w[key]);
    for (const [arg, field, vars] of filters) {
      const r = await server.gql(
        `query ($status: CaseStatus, $urgentAlert: Boolean, $evaluationOverdue: Boolean, $sectorId: ID, $socialWorkerId: ID) {
          caseFiles(first: 100, status: $status, urgentAlert: $urgentAlert, evaluationOverdue: $evaluationOverdue, sectorId: $sectorId, socialWorkerId: $socialWorkerId) { totalCount edges { node { id beneficiary { lastName } } } } }`,
        vars,
        token,
      );
      if (VISIBLE[listLevel].caseFile.includes(field)) {
        expect(r.errors, `${who} ${arg}`).toBeUndefined();
      } else {
        expect(r.errors?.[0].extensions?.code, `${who} ${arg}`).toBe('FORBIDDEN');
        // She lists nothing, filter or not; others are told which argument, in the message and in `extensions.field`.
        expect({ says: r.errors?.[0].message.includes(key === 'telephonist' ? 'sectorSearch' : `\`${arg}\``), field: r.errors?.[0].extensions?.field, data: r.data?.caseFiles ?? null }, `${who} ${arg}`).toEqual({ says: true, field: key === 'telephonist' ? undefined : arg, data: null });
      }
    }
    // And the filter still keeps what it should for whom it is answered.
    if (key === 'sw') {
      const r = await server.gql(`{ caseFiles(first: 100, status: ASSESSMENT) { edges { node { id } } } }`, {}, token);
      expect(r.data?.caseFiles.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(caseId);
    }
  });

  it.each(MATRIX)('R5: the %s, the same through node(id), for the case file and the beneficiary', async (who, key, level) => {
    const r = await server.gql(
      `query ($c: ID!, $b: ID!) { c: node(id: $c) { ... on CaseFile { ${CASE} } } b: node(id: $b) { ... on Beneficiary { ${BENEFICIARY} } } }`,
      { c: caseId, b: beneficiaryId },
      await w.token(w[key]),
    );
    expect(r.errors, who).toBeUndefined();
    check(who, level, r.data?.c);
    if (level === 'NONE') expect(r.data?.b, who).toBeNull();
    else check(who, level, { ...Object.fromEntries(CASE_FIELDS.map((f) => [f, VISIBLE[level].caseFile.includes(f) ? 'x' : null])), beneficiary: r.data?.b });
  });

  const INCOME_RECORD = `mutation ($input: IncomeProofRecordInput!) { incomeProofRecord(input: $input) { incomeProof { monthlyAmount } caseFile { financialParticipation { householdMonthlyIncome } } userErrors { code } } }`;
  const INCOME_LIST = `{ incomeProofFollowUps { totalCount edges { node { id caseFile { id incomeProofs { monthlyAmount } } } } } }`;

  it.each(MATRIX)('R5: the %s and income follow-ups: only the relay and direction list them, only social roles record proofs, node follows the case', async (who, key, level) => {
    const token = await w.token(w[key]);
    const l = await server.gql(INCOME_LIST, {}, token);
    if (['relay social worker', 'director', 'social pole head'].includes(who)) expect(l.data?.incomeProofFollowUps.totalCount, who).toBe(1);
    else expect(l.errors?.[0].extensions?.code, who).toBe('FORBIDDEN');
    const n = await server.gql(`query ($id: ID!) { node(id: $id) { ... on IncomeFollowUp { id reason } } }`, { id: followUpId }, token);
    if (level === 'FULL') expect(n.data?.node, who).toEqual({ id: followUpId, reason: 'PARTICIPATION_NOT_OK' });
    else expect(n.data?.node, who).toBeNull();
    if (level !== 'FULL') {
      const r = await server.gql(INCOME_RECORD, { input: { caseFileId: caseId, kind: 'OTHER', status: 'MISSING' } }, token);
      expect(r.data?.incomeProofRecord?.incomeProof ?? null, who).toBeNull();
      expect(JSON.stringify(r), who).not.toContain('1450');
    }
  });

  it('R5: the kiosk neither lists income follow-ups nor reaches one through node(id)', async () => {
    for (const q of [INCOME_LIST, `query ($id: ID!) { node(id: $id) { id } }`]) {
      const k = await server.gql(q, { id: followUpId }, w.kiosk);
      expect(k.data?.node ?? null).toBeNull();
      expect(JSON.stringify(k)).not.toContain('1450');
    }
  });

  it('R5: the kiosk sees no case file at all', async () => {
    const q = await server.gql(`query ($id: ID!) { caseFile(id: $id) { id } }`, { id: caseId }, w.kiosk);
    expect(q.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const l = await server.gql(`{ caseFiles { totalCount } }`, {}, w.kiosk);
    expect(l.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const n = await server.gql(`query ($c: ID!, $b: ID!) { c: node(id: $c) { id } b: node(id: $b) { id } }`, { c: caseId, b: beneficiaryId }, w.kiosk);
    expect(n.data).toEqual({ c: null, b: null });
  });

  it('R5: a helper reading the case leaves no sensitive read in the audit trail (nothing sensitive was served)', async () => {
    await server.gql(`query ($id: ID!) { caseFile(id: $id) { ${CASE} } }`, { id: caseId }, await w.token(w.familyHelper));
    const r = await server.gql(`{ auditEntries(kind: READ, first: 100) { edges { node { field } } } }`, {}, await w.token(w.director));
    const rows = await server.db.sql`select actor_id from audit_entries where kind = 'READ' and actor_id = ${w.familyHelper.id}`;
    expect(r.errors).toBeUndefined();
    expect(rows).toHaveLength(0);
  });

  it('R5: subscriptions reach only viewers who may see the case, through the same projection', async () => {
    const got = new Map<string, Record<string, unknown>[]>();
    const clients = [];
    const people: [string, { email: string }][] = [
      ['sw', w.sw],
      ['otherSw', w.otherSw],
      ['helper', w.familyHelper],
      ['telephonist', w.telephonist],
    ];
    for (const [name, person] of people) {
      const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { token: await w.token(person) }, retryAttempts: 0 });
      clients.push(client);
      got.set(name, []);
      client.subscribe(
        { query: `subscription { caseFileChanged { type caseFile { ${CASE} } } }` },
        { next: (r) => got.get(name)?.push((r.data?.caseFileChanged ?? { errors: r.errors }) as Record<string, unknown>), error: (e) => got.get(name)?.push({ errors: e }), complete: () => {} },
      );
    }
    await new Promise((r) => setTimeout(r, 300));
    const c = await server.gql(`query ($id: ID!) { caseFile(id: $id) { version } }`, { id: caseId }, await w.token(w.sw));
    await server.gql(
      `mutation ($input: CaseFileUpdateInput!) { caseFileUpdate(input: $input) { userErrors { code } } }`,
      { input: { caseFileId: caseId, expectedVersion: c.data?.caseFile.version, reasonForContact: 'Updated for the subscription test' } },
      await w.token(w.sw),
    );
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline && (!got.get('sw')?.length || !got.get('helper')?.length || !got.get('telephonist')?.length)) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 300));
    for (const client of clients) await client.dispose();
    const one = (name: string) => {
      const events = got.get(name) ?? [];
      expect(events, name).toHaveLength(1);
      return events[0].caseFile as Record<string, unknown>;
    };
    check('sw (subscription)', 'FULL', one('sw'));
    check('helper (subscription)', 'HELPER', one('helper'));
    // The telephonist's subscription is refused when it starts, not left silent, and brings no case (R5: no register by feed).
    expect((got.get('telephonist') ?? []).map((e) => (e.errors as { extensions?: { code?: string } }[] | undefined)?.map((x) => x.extensions?.code)), 'telephonist').toEqual([['FORBIDDEN']]);
    expect(got.get('otherSw'), 'another sector gets nothing').toEqual([]);
  });
});
