// R5 need-to-know on schedules, schedule changes, conflicts, patterns, leave and team records: a
// role × field × path matrix over the demo service, logged in as each demo role and as the kiosk.
// Every path a row can take (lists, node, nodes, mutation payloads, subscriptions) must agree. Case
// files as a register: need-to-know-cases.test.ts.
import { readFileSync } from 'node:fs';
import { buildSchema, parse, print, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as board from '../../packages/schema/src/index.js';
import { until } from '../events/subscriber.js';
import { startTestServer, type GqlResult, type TestServer } from '@support/server.js';
import { fullIn, REACH, ROLES } from '@support/reach.js';

// A Wednesday: the demo's day has an ill helper (S1), a hospital stay (S2) and a moved visit (S3).
const NOW = new Date('2026-03-04T10:00:00Z');
const DAY = '2026-03-04';
const SPAN = { from: '2026-03-02T00:00:00Z', to: '2026-03-09T00:00:00Z' };


let server: TestServer;
const tokens: Record<string, string> = {};
const sectorIds: Record<string, string> = {};
let director: string;
type Change = { id: string; note: string | null; reason: string; sector: string };
let changes: Change[];
type Conflict = { id: string; caseFileId: string | null; sector: string | null; helperId: string | null };
let conflicts: Conflict[];
let entryOf: Record<string, { id: string; patternId: string | null }>;

const codes = (r: GqlResult) => (r.errors ?? []).map((e) => e.extensions?.code);
const as = (role: string, query: string, variables: Record<string, unknown> = {}) => server.gql(query, variables, tokens[role]);

beforeAll(async () => {
  server = await startTestServer({ now: NOW, seed: true });
  for (const l of server.demo?.logins ?? []) tokens[l.role] = await server.login(l.email);
  tokens.KIOSK = server.demo?.kioskToken ?? '';
  director = tokens.DIRECTOR;
  const s = await server.gql('{ sectors { id code } }', {}, director);
  for (const x of s.data?.sectors ?? []) sectorIds[x.code] = x.id;
  const c = await server.gql(`query ($day: String!) { scheduleChanges(day: $day, first: 100) { edges { node { id note reason sector { code } } } } }`, { day: DAY }, director);
  changes = c.data?.scheduleChanges.edges.map((e: { node: { id: string; note: string; sector: { code: string } } }) => ({ ...e.node, sector: e.node.sector.code }));
  const k = await server.gql('{ scheduleConflicts(first: 100) { edges { node { id caseFileId sector { code } helper { id } } } } }', {}, director);
  conflicts = k.data?.scheduleConflicts.edges.map((e: { node: { id: string; caseFileId: string | null; sector: { code: string } | null; helper: { id: string } | null } }) => ({
    id: e.node.id, caseFileId: e.node.caseFileId, sector: e.node.sector?.code ?? null, helperId: e.node.helper?.id ?? null,
  }));
  entryOf = {};
  for (const code of ['S1', 'S7']) {
    const r = await server.gql(`query ($s: String!, $from: DateTime!, $to: DateTime!) { scheduleEntries(sectorId: $s, from: $from, to: $to, first: 1) { edges { node { id pattern { id } } } } }`, { s: sectorIds[code], ...SPAN }, director);
    const n = r.data?.scheduleEntries.edges[0].node;
    entryOf[code] = { id: n.id, patternId: n.pattern?.id ?? null };
  }
}, 120_000);
afterAll(() => server?.close());

describe('the demo is what the matrix needs', () => {
  it('has reasons on every change, and notes on changes in S1, S2 and S3, conflicts with case files, and entries with patterns in S1 and S7', () => {
    expect(changes.every((c) => c.reason)).toBe(true);
    expect(new Set(changes.filter((c) => c.note).map((c) => c.sector))).toEqual(new Set(['S1', 'S2', 'S3']));
    expect(conflicts.some((c) => c.caseFileId)).toBe(true);
    expect(entryOf.S1.patternId && entryOf.S7.patternId).toBeTruthy();
  });
});

describe('R5 × scheduleChanges, node and nodes: the free-text note (health details) goes to the social roles of the sector only', () => {
  const CHANGES = `query ($day: String!) { scheduleChanges(day: $day, first: 100) { edges { node { id note reason sector { code } entry { id caseFileId tasks } } } } }`;
  const NODE = 'query ($id: ID!) { node(id: $id) { ... on ScheduleChange { id note entry { id caseFileId } } } }';
  const NODES = 'query ($ids: [ID!]!) { nodes(ids: $ids) { ... on ScheduleChange { id note } } }';

  it.each(ROLES)('%s', async (role) => {
    const r = await as(role, CHANGES, { day: DAY });
    expect(r.errors).toBeUndefined();
    const got = r.data?.scheduleChanges.edges.map((e: { node: { id: string; note: string | null; reason: string | null; entry: unknown } }) => e.node) ?? [];
    if (REACH[role] !== 'OWN') expect(got.length).toBe(changes.length);
    for (const g of got) {
      const c = changes.find((x) => x.id === g.id) as Change;
      expect({ role, sector: c.sector, note: g.note }).toEqual({ role, sector: c.sector, note: fullIn(role, c.sector) ? c.note : null });
      // Why it changed (helper ill, beneficiary in hospital) is health next to a name: the same readers as the note.
      expect({ role, sector: c.sector, reason: g.reason }).toEqual({ role, sector: c.sector, reason: fullIn(role, c.sector) ? c.reason : null });
      // The visit itself (its case file, its tasks) is for the sector's social roles and the helper who has it now
      // (a helper whose visit went to a colleague reads the change, not the colleague's visit).
      if (REACH[role] !== 'OWN') expect(g.entry === null).toBe(!fullIn(role, c.sector));
    }
    for (const c of changes) {
      const n = (await as(role, NODE, { id: c.id })).data?.node;
      if (REACH[role] === 'OWN') expect(n?.note ?? null).toBeNull();
      else expect({ sector: c.sector, note: n?.note, entry: n?.entry === null }).toEqual({ sector: c.sector, note: fullIn(role, c.sector) ? c.note : null, entry: !fullIn(role, c.sector) });
    }
    const many = (await as(role, NODES, { ids: changes.map((c) => c.id) })).data?.nodes ?? [];
    many.forEach((n: { note?: string | null } | null, i: number) => expect(n?.note ?? null).toBe(fullIn(role, changes[i].sector) ? changes[i].note : null));
  });
});

describe('R5 × scheduleConflicts and node: case files and the visits involved only to the sector social roles (and the helper concerned)', () => {
  const LIST = '{ scheduleConflicts(first: 100) { edges { node { id caseFileId acknowledgementNote entries { id caseFileId } } } } }';
  const NODE = 'query ($id: ID!) { node(id: $id) { ... on ScheduleConflict { id caseFileId entries { id } } } }';

  it.each(ROLES)('%s', async (role) => {
    const r = await as(role, LIST);
    expect(r.errors).toBeUndefined();
    const got = r.data?.scheduleConflicts.edges.map((e: { node: { id: string; caseFileId: string | null; entries: unknown[] } }) => e.node) ?? [];
    for (const g of got) {
      const c = conflicts.find((x) => x.id === g.id) as Conflict;
      const full = fullIn(role, c.sector ?? '') || REACH[role] === 'OWN';
      expect({ role, id: g.id, caseFileId: g.caseFileId }).toEqual({ role, id: g.id, caseFileId: full ? c.caseFileId : null });
      if (!full) expect(g.entries).toEqual([]);
    }
    for (const c of conflicts.filter((x) => x.caseFileId).slice(0, 6)) {
      const n = (await as(role, NODE, { id: c.id })).data?.node;
      if (REACH[role] === 'OWN') continue;
      expect({ sector: c.sector, caseFileId: n?.caseFileId }).toEqual({ sector: c.sector, caseFileId: fullIn(role, c.sector ?? '') ? c.caseFileId : null });
    }
  });
});

describe("R5 × scheduleEntries, node(ScheduleEntry), node(SchedulePattern) and schedulePatternOccurrences: a sector's schedule to its social roles", () => {
  const ENTRIES = `query ($s: String!, $from: DateTime!, $to: DateTime!) { scheduleEntries(sectorId: $s, from: $from, to: $to, first: 5) { totalCount edges { node { id caseFileId } } } }`;
  const NODE = 'query ($id: ID!) { node(id: $id) { id } }';
  const OCC = `query ($p: String!, $from: DateTime!, $to: DateTime!) { schedulePatternOccurrences(patternId: $p, from: $from, to: $to) { totalCount } }`;

  const BY_HELPER = `query ($h: String!, $from: DateTime!, $to: DateTime!) { scheduleEntries(helperId: $h, from: $from, to: $to, first: 5) { totalCount } }`;
  const fieldOf = (r: GqlResult) => r.errors?.[0]?.extensions?.field;
  // A helper of each sector without a demo login, so that no helper in the matrix reads it as their own.
  const helperOf: Record<string, string> = {};
  beforeAll(async () => {
    const logins = new Set(server.demo?.logins.map((l) => l.email));
    for (const code of ['S1', 'S7']) {
      const h = await server.gql(`query ($s: String!, $from: DateTime!, $to: DateTime!) { scheduleEntries(sectorId: $s, from: $from, to: $to, first: 100) { edges { node { helper { id email sector { code } } } } } }`, { s: sectorIds[code], ...SPAN }, director);
      const helpers = h.data?.scheduleEntries.edges.map((e: { node: { helper: { id: string; email: string; sector: { code: string } | null } } }) => e.node.helper);
      helperOf[code] = helpers.find((x: { email: string; sector: { code: string } | null }) => !logins.has(x.email) && x.sector?.code === code)?.id;
      expect(helperOf[code], code).toBeTruthy();
    }
  });

  it.each(ROLES)('%s', async (role) => {
    for (const code of ['S1', 'S7']) {
      const full = fullIn(role, code);
      const list = await as(role, ENTRIES, { s: sectorIds[code], ...SPAN });
      if (full) expect(list.data?.scheduleEntries.totalCount).toBeGreaterThan(0);
      else expect({ code, errors: codes(list) }).toEqual({ code, errors: ['FORBIDDEN'] });
      // R5: filtering by a helper one may not read is refused as filtering by her sector is, naming
      // the argument; not an empty list, which would read as "no visits".
      const byHelper = await as(role, BY_HELPER, { h: helperOf[code], ...SPAN });
      if (full) expect(byHelper.data?.scheduleEntries.totalCount).toBeGreaterThan(0);
      else expect({ code, errors: codes(byHelper) }).toEqual({ code, errors: ['FORBIDDEN'] });
      if (!full && role !== 'KIOSK') {
        expect({ code, field: fieldOf(byHelper) }).toEqual({ code, field: 'helperId' });
        expect(byHelper.errors?.[0]?.message).toContain('`helperId`');
        expect({ code, field: fieldOf(list) }).toEqual({ code, field: 'sectorId' });
      }
      const entry = (await as(role, NODE, { id: entryOf[code].id })).data?.node ?? null;
      const pattern = (await as(role, NODE, { id: entryOf[code].patternId })).data?.node ?? null;
      if (REACH[role] !== 'OWN') {
        expect({ code, entry: !!entry, pattern: !!pattern }).toEqual({ code, entry: full, pattern: full });
        const occ = await as(role, OCC, { p: entryOf[code].patternId, ...SPAN });
        if (full) expect(occ.data?.schedulePatternOccurrences.totalCount).toBeGreaterThan(0);
        else expect(occ.data?.schedulePatternOccurrences ?? null).toBeNull();
      }
    }
  });
});

describe('R5 × leave and team records: the sector social worker and direction (a helper: their own)', () => {
  const BALANCES = 'query ($s: String!) { leaveBalances(sectorId: $s, month: "2026-03") { totalCount } }';
  const TEAM = 'query ($s: ID!) { teamRecords(sectorId: $s, from: "2025-06-01", to: "2026-06-01") { totalCount edges { node { notes } } } }';
  const ASK = `mutation ($input: LeaveRequestInput!) { leaveRequest(input: $input) { leaveRequest { id note } userErrors { code } } }`;
  const NODE = 'query ($id: ID!) { node(id: $id) { ... on LeaveRequest { id note } } }';
  // Who plans a sector's helpers reads its leave and balances; the trainee is not one of them (R12).
  const LEAVE_READERS = ['DIRECTOR', 'SOCIAL_POLE_HEAD', 'FLYING_SOCIAL_WORKER', 'RELAY_CONTROL_SOCIAL_WORKER', 'SOCIAL_WORKER'];
  const TEAM_READERS = ['DIRECTOR', 'SOCIAL_POLE_HEAD', 'FLYING_SOCIAL_WORKER', 'RELAY_CONTROL_SOCIAL_WORKER', 'SOCIAL_WORKER'];
  let leaveId: string;
  let helperId: string;

  beforeAll(async () => {
    const h = await server.gql(`query ($s: String!, $from: DateTime!, $to: DateTime!) { scheduleEntries(sectorId: $s, from: $from, to: $to, first: 100) { edges { node { helper { id email } } } } }`, { s: sectorIds.S1, ...SPAN }, director);
    // A helper without a demo login, so that no helper in the matrix reads it as their own.
    const logins = new Set(server.demo?.logins.map((l) => l.email));
    helperId = h.data?.scheduleEntries.edges.map((e: { node: { helper: { id: string; email: string } } }) => e.node.helper).find((x: { email: string }) => !logins.has(x.email))?.id;
    const r = await server.gql(ASK, { input: { helperId, kind: 'LEAVE', startsAt: '2026-04-14T22:00:00Z', endsAt: '2026-04-15T22:00:00Z', hours: 7.6, note: 'Knee surgery at Saint-Luc' } }, tokens.SOCIAL_WORKER);
    leaveId = r.data?.leaveRequest.leaveRequest.id;
    expect(leaveId).toBeTruthy();
  });

  it.each(ROLES)('%s', async (role) => {
    for (const code of ['S1', 'S7']) {
      const may = LEAVE_READERS.includes(role) && fullIn(role, code);
      const b = await as(role, BALANCES, { s: sectorIds[code] });
      if (may) expect(b.data?.leaveBalances.totalCount).toBeGreaterThan(0);
      else if (REACH[role] !== 'OWN') expect({ code, errors: codes(b) }).toEqual({ code, errors: ['FORBIDDEN'] });
      const t = await as(role, TEAM, { s: sectorIds[code] });
      if (TEAM_READERS.includes(role) && fullIn(role, code)) expect(t.errors).toBeUndefined();
      else expect({ code, errors: codes(t) }).toEqual({ code, errors: ['FORBIDDEN'] });
    }
    const n = (await as(role, NODE, { id: leaveId })).data?.node ?? null;
    expect({ role, note: n?.note ?? null }).toEqual({ role, note: LEAVE_READERS.includes(role) ? 'Knee surgery at Saint-Luc' : null });
  });

  // The trainee, the telephonist and the kiosk may not use teamRecords at all (a refusal by role, no argument to name).
  it.each(ROLES.filter((r) => !['KIOSK', 'TRAINEE', 'TELEPHONIST'].includes(r)))("%s: teamRecords(helperId:) of an S1 helper, or FORBIDDEN naming `helperId`", async (role) => {
    const t = await as(role, 'query ($h: ID!) { teamRecords(helperId: $h, from: "2025-06-01", to: "2026-06-01") { totalCount } }', { h: helperId });
    if (TEAM_READERS.includes(role) && fullIn(role, 'S1')) expect(t.errors).toBeUndefined();
    else expect(t.errors?.map((e) => e.extensions)).toEqual([{ code: 'FORBIDDEN', field: 'helperId' }]);
  });
});

describe("R5 × absences: why a colleague is away (its kind, its note: 'Medical certificate') goes to who records absences", () => {
  const STAFF = `{ staffMembers { fullName absences(from: "2026-03-01T00:00:00Z", to: "2026-03-15T00:00:00Z") { id kind note } } }`;
  const NODE = 'query ($id: ID!) { node(id: $id) { ... on Absence { id startsAt kind note } } }';
  const RECORDERS = ['DIRECTOR', 'SOCIAL_POLE_HEAD', 'FLYING_SOCIAL_WORKER', 'RELAY_CONTROL_SOCIAL_WORKER', 'SOCIAL_WORKER'];
  let sick: { id: string; kind: string; note: string };

  beforeAll(async () => {
    const r = await server.gql(STAFF, {}, director);
    const all = r.data?.staffMembers.flatMap((m: { absences: { id: string; kind: string; note: string }[] }) => m.absences);
    sick = all.find((a: { kind: string; note: string | null }) => a.kind === 'SICKNESS' && a.note?.startsWith('Medical certificate'));
    expect(sick).toBeTruthy();
  });

  it.each(ROLES.filter((r) => r !== 'KIOSK'))('%s', async (role) => {
    const r = await as(role, NODE, { id: sick.id });
    const may = RECORDERS.includes(role);
    expect({ role, kind: r.data?.node?.kind ?? null, note: r.data?.node?.note ?? null }).toEqual({ role, kind: may ? 'SICKNESS' : null, note: may ? sick.note : null });
    // That the person is away stays readable: who to call depends on it (R14).
    expect(r.data?.node?.startsAt ?? null).not.toBeNull();
  });
});

describe('R5 × subscriptions and mutation payloads: the same projection', () => {
  const SUB = 'subscription { scheduleChanged { type change { id note } entry { id caseFileId tasks } } }';
  const CONFLICT_SUB = 'subscription { conflictChanged { type conflict { id caseFileId acknowledgementNote entries { id } } } }';
  const CHANGE = `mutation ($input: ScheduleEntryChangeInput!) { scheduleEntryChange(input: $input) {
    change { id note entry { id } } entry { id caseFileId } conflictsOpened { id caseFileId entries { id } } userErrors { code message } } }`;

  it('the kiosk, the telephonist and another sector’s social worker get no note and no visit; direction and the sector get both', async () => {
    const watchers = ['KIOSK', 'TELEPHONIST', 'SOCIAL_WORKER', 'TRAINEE', 'DIRECTOR'];
    const got: Record<string, unknown[]> = {};
    const conflictsGot: Record<string, { entries: unknown[] }[]> = {};
    const clients: Client[] = [];
    for (const who of watchers) {
      got[who] = [];
      conflictsGot[who] = [];
      const c = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { token: tokens[who] }, retryAttempts: 0 });
      clients.push(c);
      c.subscribe({ query: SUB }, { next: (r) => got[who].push(r.data?.scheduleChanged ?? r.errors), error: (e) => got[who].push(e), complete: () => {} });
      c.subscribe({ query: CONFLICT_SUB }, { next: (r) => conflictsGot[who].push(r.data?.conflictChanged?.conflict ?? r.errors), error: (e) => conflictsGot[who].push(e as never), complete: () => {} });
    }
    await new Promise((r) => setTimeout(r, 400));
    // Direction moves an S7 visit onto another S7 visit's time, saying why in a note.
    const e = await server.gql(`query ($s: String!) { scheduleEntries(sectorId: $s, from: "2026-03-05T00:00:00Z", to: "2026-03-06T00:00:00Z", first: 100) { edges { node { id startsAt endsAt helper { id } } } } }`, { s: sectorIds.S7 }, director);
    const visits = e.data?.scheduleEntries.edges.map((x: { node: { id: string; startsAt: string; endsAt: string; helper: { id: string } } }) => x.node);
    const helper = visits.find((v: { helper: { id: string } }) => visits.filter((x: { helper: { id: string } }) => x.helper.id === v.helper.id).length >= 2).helper.id;
    const [a, b] = visits.filter((v: { helper: { id: string } }) => v.helper.id === helper);
    const note = 'Dialysis moved to the morning; the visit follows';
    const r = await server.gql(CHANGE, { input: { entryId: b.id, action: 'MOVE', reason: 'BENEFICIARY_REQUEST', note, startsAt: a.startsAt, endsAt: a.endsAt } }, director);
    expect(r.data?.scheduleEntryChange.userErrors).toEqual([]);
    expect(r.data?.scheduleEntryChange.change.note).toBe(note);
    expect(r.data?.scheduleEntryChange.conflictsOpened.length).toBeGreaterThan(0);
    expect(await until(() => watchers.every((w) => got[w].length >= 1 && conflictsGot[w].length >= 1))).toBe(true);
    await new Promise((res) => setTimeout(res, 200));
    for (const c of clients) await c.dispose();
    for (const who of watchers) {
      const full = who === 'DIRECTOR';
      expect({ who, got: got[who] }).toEqual({
        who,
        got: [{ type: 'SCHEDULE_CHANGED', change: { id: expect.any(String), note: full ? note : null }, entry: full ? { id: b.id, caseFileId: expect.any(String), tasks: expect.any(Array) } : null }],
      });
      for (const c of conflictsGot[who]) expect({ who, entries: c.entries?.length > 0 }).toEqual({ who, entries: full });
    }
  });

  it('a social worker reassigning a visit to another sector’s helper gets that sector’s conflicts without their case files', async () => {
    const e = await as('SOCIAL_WORKER', `query ($s: String!) { scheduleEntries(sectorId: $s, from: "2026-03-10T00:00:00Z", to: "2026-03-11T00:00:00Z", first: 1) { edges { node { id } } } }`, { s: sectorIds.S1 });
    const s7 = await server.gql(`query ($s: String!) { scheduleEntries(sectorId: $s, from: "2026-03-10T00:00:00Z", to: "2026-03-11T00:00:00Z", first: 100) { edges { node { startsAt helper { id } } } } }`, { s: sectorIds.S7 }, director);
    const busy = s7.data?.scheduleEntries.edges[0].node;
    const mine = e.data?.scheduleEntries.edges[0].node.id;
    // Move first so that it overlaps the S7 helper's visit, then hand it over.
    const moved = await as('SOCIAL_WORKER', CHANGE, { input: { entryId: mine, action: 'MOVE', reason: 'OTHER', startsAt: busy.startsAt, endsAt: new Date(new Date(busy.startsAt).getTime() + 3_600_000).toISOString() } });
    expect(moved.data?.scheduleEntryChange.userErrors).toEqual([]);
    const r = await as('SOCIAL_WORKER', CHANGE, { input: { entryId: mine, action: 'REASSIGN', reason: 'HELPER_ILL', helperId: busy.helper.id } });
    expect(r.data?.scheduleEntryChange.userErrors).toEqual([]);
    const opened = r.data?.scheduleEntryChange.conflictsOpened as { id: string; caseFileId: string | null; entries: unknown[] }[];
    const truth = await server.gql('query ($ids: [ID!]!) { nodes(ids: $ids) { ... on ScheduleConflict { id caseFileId sector { code } entries { id } } } }', { ids: opened.map((c) => c.id) }, director);
    const elsewhere = truth.data?.nodes.filter((n: { sector: { code: string } | null }) => n.sector?.code !== 'S1') ?? [];
    expect(elsewhere.length).toBeGreaterThan(0);
    for (const c of opened) {
      const t = truth.data?.nodes.find((n: { id: string }) => n.id === c.id);
      const mine = t.sector?.code === 'S1';
      expect({ sector: t.sector?.code, caseFileId: c.caseFileId, entries: c.entries }).toEqual({ sector: t.sector?.code, caseFileId: mine ? t.caseFileId : null, entries: mine ? t.entries : [] });
    }
  });
});

describe("R5 × a household helper's personal care: the visit's tasks go with the visit, in the facts and in the words", () => {
  const FIELDS = 'id rule explanation facts { tasks } helper { id } caseFileId';
  const LIST = `{ scheduleConflicts(first: 100) { edges { node { ${FIELDS} } } } }`;
  type Care = { id: string; rule: string; explanation: string; facts: { tasks: string[] } | null; helper: { id: string } | null; caseFileId: string | null };
  const careOf = (r: GqlResult) => (r.data?.scheduleConflicts.edges.map((e: { node: Care }) => e.node) as Care[]).filter((c) => c.rule === 'PERSONAL_CARE_BY_HOME_HELPER');
  const namesTasks = (c: Care) => /personal-care tasks \(|personal hygiene|dressing|toileting|feeding|mobility help/.test(c.explanation);

  it('the kiosk reads that personal care is given, not which tasks, by the list and by node; direction reads them', async () => {
    const full = careOf(await server.gql(LIST, {}, director)).filter((c) => c.facts?.tasks.length);
    expect(full.length).toBeGreaterThan(0);
    for (const c of full) expect(namesTasks(c)).toBe(true);
    const kiosk = careOf(await as('KIOSK', LIST));
    expect(kiosk.map((c) => c.id).sort()).toEqual(careOf(await server.gql(LIST, {}, director)).map((c) => c.id).sort());
    for (const c of kiosk) expect({ tasks: c.facts?.tasks ?? [], names: namesTasks(c), said: c.explanation.includes('personal-care tasks') || c.explanation.includes('family-care visit') }).toEqual({ tasks: [], names: false, said: true });
    const node = await as('KIOSK', `query ($id: ID!) { node(id: $id) { ... on ScheduleConflict { ${FIELDS} } } }`, { id: full[0].id });
    expect({ tasks: node.data?.node.facts.tasks, names: namesTasks(node.data?.node) }).toEqual({ tasks: [], names: false });
  });

  it('conflictChanged: the kiosk gets no tasks when direction gives a household helper personal hygiene', async () => {
    const [known] = careOf(await server.gql(LIST, {}, director)).filter((c) => c.facts?.tasks.length && c.caseFileId && c.helper);
    const got: Record<string, Care[]> = { KIOSK: [], DIRECTOR: [] };
    const clients: Client[] = [];
    for (const who of Object.keys(got)) {
      const c = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { token: tokens[who] }, retryAttempts: 0 });
      clients.push(c);
      c.subscribe({ query: `subscription { conflictChanged { conflict { ${FIELDS} } } }` }, { next: (r) => got[who].push(r.data?.conflictChanged?.conflict), error: () => {}, complete: () => {} });
    }
    await new Promise((r) => setTimeout(r, 400));
    const made = await server.gql('mutation ($input: ScheduleEntryCreateInput!) { scheduleEntryCreate(input: $input) { entryCount userErrors { code } } }', {
      input: { helperId: known.helper?.id, caseFileId: known.caseFileId, kind: 'HOUSEHOLD', tasks: ['CLEANING', 'PERSONAL_HYGIENE'], startsAt: '2026-03-20T06:00:00Z', endsAt: '2026-03-20T07:00:00Z' },
    }, director);
    expect(made.data?.scheduleEntryCreate.userErrors).toEqual([]);
    const care = (who: string) => got[who].filter((c) => c?.rule === 'PERSONAL_CARE_BY_HOME_HELPER');
    expect(await until(() => care('KIOSK').length >= 1 && care('DIRECTOR').length >= 1)).toBe(true);
    for (const c of clients) await c.dispose();
    expect(care('DIRECTOR')[0].facts?.tasks).toEqual(['PERSONAL_HYGIENE']);
    for (const c of care('KIOSK')) expect({ tasks: c.facts?.tasks, names: namesTasks(c) }).toEqual({ tasks: [], names: false });
  });
});

describe("item 3: the wall's own operations never select what the meeting-room screen may not show", () => {
  it('no board document selects ScheduleChange.note, ScheduleConflict.acknowledgementNote, Absence.note, LeaveRequest.note or a ScheduleEntry', () => {
    const schema = buildSchema(readFileSync(new URL('../../packages/schema/schema.graphql', import.meta.url), 'utf8'));
    const forbidden = new Set(['ScheduleChange.note', 'ScheduleConflict.acknowledgementNote', 'Absence.note', 'LeaveRequest.note', 'ScheduleChange.entry', 'ScheduleEvent.entry', 'ScheduleConflict.entries', 'ScheduleConflict.caseFileId']);
    const selected: string[] = [];
    // The wall's documents: the desk's (Desk…) run only under a staff session, and the API answers
    // those notes per R5 to whoever asks (alert-acknowledge and need-to-know tests above).
    const isWall = (d: { definitions: { kind: string; name?: { value: string } }[] }) => !d.definitions.some((x) => x.kind === 'OperationDefinition' && x.name?.value.startsWith('Desk'));
    const docs = Object.values(board).filter((d): d is { kind: 'Document'; definitions: { kind: string; name?: { value: string } }[] } => typeof d === 'object' && d !== null && (d as { kind?: string }).kind === 'Document').filter(isWall);
    expect(docs.length).toBeGreaterThan(5);
    for (const doc of docs) {
      const info = new TypeInfo(schema);
      visit(parse(print(doc as Parameters<typeof print>[0])), visitWithTypeInfo(info, { Field: () => {
        const parent = info.getParentType();
        const field = info.getFieldDef();
        if (parent && field) selected.push(`${parent.name}.${field.name}`);
      } }));
    }
    expect(selected.length).toBeGreaterThan(20);
    expect(selected.filter((f) => forbidden.has(f))).toEqual([]);
  });
});
