// Issue 9, item 9: every argument and input field has its limits, declared once and written in the
// SDL; a violation is BAD_USER_INPUT (queries) or a userError (mutations) naming the field, never a
// fault, and nothing reaches the database.
import { buildSchema, getNamedType, isInputObjectType, isObjectType, type GraphQLArgument, type GraphQLInputField } from 'graphql';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sdlPath } from '../../apps/api/src/composition/emit-schema.js';
import { startTestServer, type GqlResult, type TestServer } from '@support/server.js';

type Gql = GqlResult;
let server: TestServer;
let token: string;
const ids = { sector: '', staff: '', caseFile: '', beneficiary: '', version: 0 };

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  const director = server.demo?.logins.find((l) => l.role === 'DIRECTOR');
  if (!director) throw new Error('the demo has no director');
  token = await server.login(director.email);
  const r = await server.gql(
    '{ sectors { id } staffMembers { id role } caseFiles(first: 1) { edges { node { id beneficiary { id version } } } } }',
    {},
    token,
  );
  const d = r.data as { sectors: { id: string }[]; staffMembers: { id: string; role: string }[]; caseFiles: { edges: { node: { id: string; beneficiary: { id: string; version: number } } }[] } };
  ids.sector = d.sectors[0].id;
  ids.staff = d.staffMembers.find((s) => s.role === 'SOCIAL_WORKER')?.id ?? '';
  ids.caseFile = d.caseFiles.edges[0].node.id;
  ids.beneficiary = d.caseFiles.edges[0].node.beneficiary.id;
  ids.version = d.caseFiles.edges[0].node.beneficiary.version;
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe('an invalid value is not echoed back whole', () => {
  it('a 90,000-character `at` gets a short BAD_USER_INPUT naming the variable, not its value twice (180 kB)', async () => {
    const at = `2026-12-08T10:00:00Z${'A'.repeat(90_000)}`;
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'query ($at: DateTime) { sectors { whoToCall(at: $at) { role } } }', variables: { at } }),
    });
    const text = await res.text();
    expect(res.status).toBe(400);
    expect(text.length).toBeLessThan(2_000);
    const body = JSON.parse(text) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(body.errors[0].message).toContain('Variable "$at"');
    expect(body.errors[0].message).toContain('(90020 characters)');
  });
});

/** What a write would change: row counts of every domain table, the outbox, and the beneficiaries' content. */
async function fingerprint(): Promise<string> {
  const sql = server.db.sql;
  const tables = await sql<{ t: string }[]>`select tablename as t from pg_tables where schemaname = 'public' and tablename not in ('audit_entries', 'sessions') order by 1`;
  const counts = await Promise.all(tables.map(async ({ t }) => `${t}=${(await sql.unsafe(`select count(*)::int as n from "${t}"`))[0].n}`));
  const [b] = await sql`select md5(string_agg(b::text, ',' order by b.id)) as h from beneficiaries b`;
  return `${counts.join(' ')} beneficiaries#${b.h}`;
}

/** The first problem of a response: a top-level error or the payload's first userError. */
function problem(r: Gql, payload?: string): { code: unknown; field: unknown; message: string } | null {
  const e = r.errors?.[0];
  if (e) return { code: e.extensions?.code, field: e.extensions?.field, message: e.message };
  const u = payload ? (r.data?.[payload] as { userErrors?: { code: string; field: string[]; message: string }[] } | undefined)?.userErrors?.[0] : undefined;
  return u ? { code: u.code, field: u.field, message: u.message } : null;
}

const BENEFICIARY_UPDATE = 'mutation ($input: BeneficiaryUpdateInput!) { beneficiaryUpdate(input: $input) { beneficiary { id } userErrors { field code message } } }';
const changes = (c: Record<string, unknown>) => ({ input: { beneficiaryId: ids.beneficiary, expectedVersion: ids.version, changes: c } });
const inOneMonth = (days: number, hour = 8) => new Date(Date.UTC(2030, 0, 7 + days, hour, 30)).toISOString();

describe('the cases seen', () => {
  it('refuses a 50,000-character name, naming the field, and stores nothing', async () => {
    const before = await fingerprint();
    const r = await server.gql(BENEFICIARY_UPDATE, changes({ firstName: 'A'.repeat(50_000) }), token);
    expect(problem(r, 'beneficiaryUpdate')).toMatchObject({ code: 'TOO_LONG', field: ['input', 'changes', 'firstName'] });
    expect(problem(r, 'beneficiaryUpdate')?.message).toMatch(/At most 100 characters/);
    expect(await fingerprint()).toBe(before);
  });

  it('refuses a blank name given on purpose (not ignored), naming the field, and stores nothing', async () => {
    const before = await fingerprint();
    for (const blank of ['', '   ']) {
      const r = await server.gql(BENEFICIARY_UPDATE, changes({ lastName: blank }), token);
      expect(problem(r, 'beneficiaryUpdate')).toMatchObject({ code: 'REQUIRED' });
      expect(problem(r, 'beneficiaryUpdate')?.field.at(-1)).toBe('lastName');
    }
    expect(await fingerprint()).toBe(before);
  });

  it('refuses a 50,000-character note, naming the field, and stores nothing', async () => {
    const before = await fingerprint();
    const r = await server.gql(
      'mutation ($input: AbsenceRecordInput!) { absenceRecord(input: $input) { absence { id } userErrors { field code message } } }',
      { input: { staffId: ids.staff, kind: 'TRAINING', startsAt: inOneMonth(0), endsAt: inOneMonth(1), note: 'x'.repeat(50_000) } },
      token,
    );
    expect(problem(r, 'absenceRecord')).toMatchObject({ code: 'TOO_LONG', field: ['input', 'note'] });
    expect(await fingerprint()).toBe(before);
  });

  it('refuses a 30-day WEEKDAY permanence shift', async () => {
    const before = await fingerprint();
    const r = await server.gql(
      'mutation ($input: PermanenceShiftCreateInput!) { permanenceShiftCreate(input: $input) { shift { id } userErrors { field code message } } }',
      { input: { kind: 'WEEKDAY', startsAt: inOneMonth(0), endsAt: inOneMonth(30) } },
      token,
    );
    expect(problem(r, 'permanenceShiftCreate')).toMatchObject({ code: 'SHIFT_TOO_LONG', field: ['input', 'endsAt'] });
    expect(await fingerprint()).toBe(before);
  });

  it('refuses a birth date in 2999', async () => {
    const before = await fingerprint();
    const r = await server.gql(BENEFICIARY_UPDATE, changes({ birthDate: '2999-01-01' }), token);
    expect(problem(r, 'beneficiaryUpdate')).toMatchObject({ code: 'BAD_DATE', field: ['input', 'changes', 'birthDate'] });
    expect(await fingerprint()).toBe(before);
  });

  it.each([
    ['whoToCall(sectorId: "")', '{ whoToCall(sectorId: "") { role } }', 'sectorId'],
    ['a tampered cursor', `{ caseFiles(first: 2, after: "${Buffer.from(JSON.stringify(['x', 'y'])).toString('base64url')}") { totalCount } }`, 'after'],
    ['a cursor of numbers where an instant and an ID belong', `{ caseFiles(first: 2, after: "${Buffer.from(JSON.stringify([1, 2])).toString('base64url')}") { totalCount } }`, 'after'],
    ['a cursor with an instant out of range', `{ permanenceShifts(after: "${Buffer.from(JSON.stringify(['+275760-09-13T00:00:00.000Z', '00000000-0000-0000-0000-000000000000'])).toString('base64url')}") { totalCount } }`, 'after'],
    ['nodes with 101 IDs', `{ nodes(ids: [${Array.from({ length: 101 }, () => '"U3RhZmY6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw"').join(',')}]) { id } }`, 'ids'],
    ['month 2026-13 (planningReport)', '{ planningReport(month: "2026-13") { month } }', 'month'],
    ['month 2026-13 (plannings)', '{ plannings(month: "2026-13") { id } }', 'month'],
    ['month 2026-13 (planningRequests)', '{ planningRequests(month: "2026-13") { id } }', 'month'],
  ])('answers BAD_USER_INPUT naming the argument, not a fault: %s', async (_name, query, field) => {
    const r = await server.gql(query, {}, token);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(r.errors?.[0]?.message).toContain(field);
  });
});

// The sweep: one bad value per kind of limit, on each module's inputs and arguments.
const sweep: [string, string, Record<string, unknown>, string, string | string[]][] = [
  ['caseFileOpen', 'CaseFileOpenInput', { sectorId: '@', socialWorkerId: '@', urgent: false, reasonForContact: 'x' }, 'BAD_ID', ['input', 'sectorId']],
  ['caseFileOpen', 'CaseFileOpenInput', { sectorId: 'SECTOR', socialWorkerId: 'SW', urgent: false, reasonForContact: 'x'.repeat(5_001) }, 'TOO_LONG', ['input', 'reasonForContact']],
  ['beneficiaryUpdate', 'BeneficiaryUpdateInput', { beneficiaryId: 'B', expectedVersion: 1, changes: { monthlyIncome: 1e15 } }, 'INVALID_AMOUNT', ['input', 'changes', 'monthlyIncome']],
  ['beneficiaryUpdate', 'BeneficiaryUpdateInput', { beneficiaryId: 'B', expectedVersion: 1, changes: { healthNotes: 'ok\u0000' } }, 'BAD_CHARACTER', ['input', 'changes', 'healthNotes']],
  ['beneficiaryUpdate', 'BeneficiaryUpdateInput', { beneficiaryId: 'B', expectedVersion: 1, changes: { safetyNotes: 'a\u0085b' } }, 'BAD_CHARACTER', ['input', 'changes', 'safetyNotes']],
  ['beneficiaryUpdate', 'BeneficiaryUpdateInput', { beneficiaryId: 'B', expectedVersion: 1, changes: { firstName: 'Marguerite\u202e' } }, 'BAD_CHARACTER', ['input', 'changes', 'firstName']],
  ['beneficiaryUpdate', 'BeneficiaryUpdateInput', { beneficiaryId: 'B', expectedVersion: 1, changes: { householdMembers: Array.from({ length: 51 }, () => ({ name: 'N' })) } }, 'TOO_MANY', ['input', 'changes', 'householdMembers']],
  ['beneficiaryUpdate', 'BeneficiaryUpdateInput', { beneficiaryId: 'B', expectedVersion: 1, changes: { householdMembers: [{ name: 'N'.repeat(201) }] } }, 'TOO_LONG', ['input', 'changes', 'householdMembers', '0', 'name']],
  ['beneficiaryUpdate', 'BeneficiaryUpdateInput', { beneficiaryId: 'B', expectedVersion: 1, changes: { address: { postalCode: '1'.repeat(21) } } }, 'TOO_LONG', ['input', 'changes', 'address', 'postalCode']],
  ['aidPlanUpdate', 'AidPlanUpdateInput', { aidPlanId: 'A', expectedRevision: 1, familyHelperHours: 1e9 }, 'INVALID_HOURS', ['input', 'familyHelperHours']],
  ['aidPlanEvaluate', 'AidPlanEvaluateInput', { aidPlanId: 'A', evaluatedOn: '1850-01-01' }, 'INVALID_DATE', ['input', 'evaluatedOn']],
  ['visitComplete', 'VisitCompleteInput', { visitId: 'V', report: 'r'.repeat(20_001) }, 'TOO_LONG', ['input', 'report']],
  ['visitPlan', 'VisitPlanInput', { caseFileId: 'C', visitorId: 'S', kind: 'REVISION', plannedAt: '9999-01-01T00:00:00Z' }, 'OUT_OF_RANGE', ['input', 'plannedAt']],
  ['incomeProofRecord', 'IncomeProofRecordInput', { caseFileId: 'C', kind: 'PENSION', status: 'RECEIVED', monthlyAmount: 1e15, receivedOn: '2026-01-01' }, 'INVALID_AMOUNT', ['input', 'monthlyAmount']],
  ['scheduleEntryCreate', 'ScheduleEntryCreateInput', { helperId: 'H', caseFileId: 'C', kind: 'HOUSEHOLD', recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=MO'.padEnd(501, ';'), startsOn: '2030-01-01', until: '2030-02-01', startTime: '09:00', durationMinutes: 60 } }, 'TOO_LONG', ['input', 'recurrence', 'rrule']],
  ['scheduleEntryCreate', 'ScheduleEntryCreateInput', { helperId: 'H', caseFileId: 'C', kind: 'HOUSEHOLD', recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=MO', startsOn: '2030-01-01', until: '2030-02-01', startTime: '25:00', durationMinutes: 60 } }, 'BAD_TIME', ['input', 'recurrence', 'startTime']],
  ['scheduleEntryCreate', 'ScheduleEntryCreateInput', { helperId: 'H', caseFileId: 'C', kind: 'HOUSEHOLD', recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=MO', startsOn: '2030-01-01', until: '2030-02-01', startTime: '09:00', durationMinutes: 100_000 } }, 'OUT_OF_RANGE', ['input', 'recurrence', 'durationMinutes']],
  ['scheduleConflictAcknowledge', 'ScheduleConflictAcknowledgeInput', { conflictId: 'C', note: 'n'.repeat(5_001) }, 'TOO_LONG', ['input', 'note']],
  ['leaveRequest', 'LeaveRequestInput', { helperId: 'H', kind: 'LEAVE', startsAt: '2030-01-01T08:00:00Z', endsAt: '2030-01-02T08:00:00Z', hours: 1e9 }, 'INVALID_HOURS', ['input', 'hours']],
  ['teamRecordCreate', 'TeamRecordCreateInput', { kind: 'TEAM_MEETING', day: '2030-01-01', title: 't', notes: 'n', helperIds: Array.from({ length: 201 }, () => 'H') }, 'TOO_MANY', ['input', 'helperIds']],
  ['planningRequestCreate', 'PlanningRequestCreateInput', { kind: 'REVISION', month: '2030-01', note: 'n'.repeat(5_001) }, 'TOO_LONG', ['input', 'note']],
  ['flyingAssignmentCreate', 'FlyingAssignmentCreateInput', { kind: 'SICKNESS_REPLACEMENT', socialWorkerId: 'S', fromDate: '2030-01-01', toDate: '2030-01-20', tasks: ['t'.repeat(501)] }, 'TOO_LONG', ['input', 'tasks']],
  ['kioskTokenCreate', 'KioskTokenCreateInput', { label: 'l'.repeat(201) }, 'TOO_LONG', ['input', 'label']],
  ['caseFilesAnonymise', 'CaseFilesAnonymiseInput', { retentionYears: 0 }, 'RETENTION_TOO_SHORT', ['input', 'retentionYears']],
];

describe('the sweep: mutations answer a userError naming the field and change nothing', () => {
  const cases = sweep.map(([mutation, inputType, input, code, field]) => ({ name: `${mutation} ${[field].flat().join('.')} → ${code}`, mutation, inputType, input, code, field }));
  it.each(cases)('$name', async ({ mutation, inputType, input, code, field }) => {
    const before = await fingerprint();
    const r = await server.gql(`mutation ($input: ${inputType}!) { ${mutation}(input: $input) { userErrors { field code message } } }`, { input }, token);
    expect(r.errors).toBeUndefined();
    const userErrors = (r.data?.[mutation] as { userErrors: unknown[] } | undefined)?.userErrors;
    expect(userErrors).toContainEqual(expect.objectContaining({ code, field }));
    expect(await fingerprint()).toBe(before);
  });

  it('answers BAD_USER_INPUT for a login password of 10,000 characters (no hashing of huge input)', async () => {
    const r = await server.gql('mutation ($input: LoginInput!) { login(input: $input) { token userErrors { field code } } }', { input: { email: 'a@b.c', password: 'p'.repeat(10_000) } });
    expect(problem(r, 'login')).toMatchObject({ code: 'TOO_LONG', field: ['input', 'password'] });
  });
});

describe('the sweep: arguments answer BAD_USER_INPUT naming the argument', () => {
  it.each([
    ['{ scheduleChanges(day: "2026-02-30") { totalCount } }', 'day'],
    ['{ teamRecords(from: "yesterday", to: "2026-01-01") { totalCount } }', 'from'],
    ['{ leaveBalances(sectorId: "", month: "2026-01") { totalCount } }', 'sectorId'],
    ['{ scheduleEntries(from: "2026-01-01T00:00:00Z", to: "9999-01-01T00:00:00Z") { totalCount } }', 'to'],
    ['{ caseFiles(after: "' + 'a'.repeat(1_000) + '") { totalCount } }', 'after'],
    ['{ staffMembers { absences(from: "1900-01-01T00:00:00Z", to: "2026-01-01T00:00:00Z") { id } } }', 'from'],
    ['{ caseFiles(first: 1000) { totalCount } }', 'first'],
    ['{ node(id: "' + 'x'.repeat(300) + '") { id } }', 'id'],
  ].map(([query, field]) => ({ name: query.slice(0, 80), query, field })))('$name', async ({ query, field }) => {
    const r = await server.gql(query, {}, token);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('the SDL says every limit', () => {
  const schema = buildSchema(fs.readFileSync(sdlPath, 'utf8'));
  const limited = /At most|From .* to|A day|A month|A time|An ID|A cursor|Between/;
  const unlimited: string[] = [];
  const check = (where: string, x: GraphQLArgument | GraphQLInputField) => {
    const named = getNamedType(x.type).name;
    if (['String', 'ID', 'Int', 'Float', 'DateTime'].includes(named) && !limited.test(x.description ?? '')) unlimited.push(where);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isInputObjectType(type)) for (const f of Object.values(type.getFields())) check(`${type.name}.${f.name}`, f);
    if (isObjectType(type)) for (const f of Object.values(type.getFields())) for (const a of f.args) check(`${type.name}.${f.name}(${a.name})`, a);
  }
  it('every scalar argument and input field describes its limit', () => {
    expect(unlimited).toEqual([]);
  });
  it('in words a client can read', () => {
    expect(schema.getType('BeneficiaryInput')?.toConfig()).toBeDefined();
    const firstName = (schema.getType('BeneficiaryInput') as import('graphql').GraphQLInputObjectType).getFields().firstName;
    expect(firstName.description).toContain('At most 100 characters.');
  });
});
