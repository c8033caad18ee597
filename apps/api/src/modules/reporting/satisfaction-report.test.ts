// The satisfaction report (R7, R8) through HTTP against a hand-made data set written out below, seen on
// 10 April 2026: figures by whole month, sector and domain, the current month up to today and flagged
// partial, small groups withheld, low answers counted by direction's threshold, no comment anywhere;
// GraphQL and CSV, for a reporting token and direction; refused to a social worker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStaff, PASSWORD } from '@support/factories.js';
import { startTestServer, type TestServer } from '@support/server.js';
import { beneficiaries, caseFiles, satisfactionChecks, satisfactionScores, sectors, visits } from '../../db/schema/index.js';
import type { SatisfactionDomain } from '../../shared/vocabulary/satisfaction.js';

const NOW = new Date('2026-04-10T10:00:00Z');
let server: TestServer;
let director: string;
let worker: string;
let tool: string;

type Scores = Partial<Record<SatisfactionDomain, number>>;
const P = 'PUNCTUALITY', Q = 'QUALITY_OF_HELP', R = 'RELATIONSHIP_WITH_HELPER', C = 'COMMUNICATION_WITH_SERVICE';

// The hand-made data set: [sector, recorded at (UTC), scores, the beneficiary when asked more than once].
// Brussels is UTC+1 in winter, UTC+2 from 29 March.
const CHECKS: ['SA' | 'SB', string, Scores, string?][] = [
  ['SA', '2025-12-15T10:00:00Z', { [P]: 1, [Q]: 1, [R]: 1, [C]: 1 }], // before the period
  ['SA', '2026-01-12T10:00:00Z', { [P]: 5, [Q]: 4, [R]: 5, [C]: 2 }],
  ['SA', '2026-01-20T10:00:00Z', { [P]: 3, [Q]: 4, [R]: 4 }], // communication not answered
  ['SA', '2026-01-31T22:30:00Z', { [P]: 1, [Q]: 2, [R]: 3, [C]: 1 }], // 23:30 on 31 January in Brussels
  ['SA', '2026-01-31T23:30:00Z', { [P]: 4, [Q]: 5 }], // 00:30 on 1 February in Brussels: February, alone
  // February, SB: three answers on quality of help from two beneficiaries (one asked twice): still withheld.
  ['SB', '2026-02-03T09:00:00Z', { [Q]: 4 }, 'twice'],
  ['SB', '2026-02-10T09:00:00Z', { [Q]: 5 }, 'twice'],
  ['SB', '2026-02-17T09:00:00Z', { [Q]: 3 }],
  ['SB', '2026-03-03T09:00:00Z', { [P]: 4, [Q]: 4, [R]: 4, [C]: 4 }],
  ['SB', '2026-03-17T09:00:00Z', { [P]: 5, [Q]: 5, [R]: 5, [C]: 5 }],
  ['SB', '2026-03-31T21:30:00Z', { [P]: 5, [Q]: 3, [R]: 4, [C]: 2 }], // 23:30 on 31 March (summer time)
  ['SB', '2026-04-02T09:00:00Z', { [P]: 1, [Q]: 1, [R]: 1, [C]: 1 }], // April is not over on 10 April: partial
  ['SB', '2026-04-10T22:30:00Z', { [P]: 2, [Q]: 2, [R]: 2, [C]: 2 }], // 00:30 on 11 April in Brussels: after today
];
const COMMENT = 'Madame Secret trouve que Hélène parle trop';

async function openCaseFile(db: TestServer['db']['db'], sectorId: string, socialWorkerId: string, i: number): Promise<string> {
  const [b] = await db.insert(beneficiaries).values({ firstName: `Bénéficiaire${i}`, lastName: 'Secret' }).returning();
  const [c] = await db.insert(caseFiles).values({ beneficiaryId: b.id, sectorId, socialWorkerId, reasonForContact: 'r', status: 'ACTIVE', openedAt: new Date('2025-06-01T09:00:00Z') }).returning();
  return c.id;
}

async function buildSatisfactionWorld(db: TestServer['db']['db']) {
  const [sa, sb] = await db.insert(sectors).values([{ code: 'SA', name: 'Satisfaction A' }, { code: 'SB', name: 'Satisfaction B' }]).returning();
  const swA = await makeStaff(db, 'SOCIAL_WORKER', { fullName: 'Alice Arnaud', sectorId: sa.id });
  const swB = await makeStaff(db, 'SOCIAL_WORKER', { fullName: 'Bruno Bastin', sectorId: sb.id });
  const sw = { SA: swA, SB: swB };
  const sector = { SA: sa, SB: sb };
  const known = new Map<string, string>();
  for (const [i, [code, at, scores, who]] of CHECKS.entries()) {
    const seen = who ? known.get(who) : undefined;
    const caseFileId = seen ?? (await openCaseFile(db, sector[code].id, sw[code].id, i));
    if (who) known.set(who, caseFileId);
    const c = { id: caseFileId };
    const doneAt = new Date(at);
    const [v] = await db
      .insert(visits)
      .values({ caseFileId: c.id, kind: i % 2 ? 'REVISION' : 'HELPER_CONTROL', status: 'DONE', plannedAt: new Date(doneAt.getTime() - 3_600_000), doneAt, visitorId: sw[code].id, createdById: sw[code].id })
      .returning();
    const [k] = await db.insert(satisfactionChecks).values({ visitId: v.id, caseFileId: c.id, comment: COMMENT, recordedById: sw[code].id, recordedAt: doneAt }).returning();
    await db.insert(satisfactionScores).values(Object.entries(scores).map(([domain, score]) => ({ checkId: k.id, domain: domain as SatisfactionDomain, score, comment: `${COMMENT} (${domain})` })));
  }
  return { swA };
}

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  const world = await buildSatisfactionWorld(server.db.db);
  director = await server.login((await makeStaff(server.db.db, 'DIRECTOR')).email, PASSWORD);
  worker = await server.login(world.swA.email, PASSWORD);
  tool = (await server.gql('mutation { reportingTokenCreate(input: { label: "Tableau de bord", expiresAt: "2027-01-01T00:00:00Z" }) { token } }', {}, director)).data?.reportingTokenCreate.token;
});
afterAll(() => server?.close());

const REPORT = (from: string, to: string) => `{ satisfactionReport(from: "${from}", to: "${to}") { from to firstMonth lastMonth partialUntil minGroupSize lowScoreAtMost
  figures { month sectorCode sectorName domain checks answers meanScore satisfied dissatisfied withheld partial } } }`;
const shown = (month: string, sectorCode: string, domain: string, checks: number, answers: number, meanScore: number, satisfied: number, dissatisfied: number) => ({
  month, sectorCode, sectorName: sectorCode === 'SA' ? 'Satisfaction A' : 'Satisfaction B', domain, checks, answers, meanScore, satisfied, dissatisfied, withheld: false, partial: false,
});
const withheld = (month: string, sectorCode: string, domain: string, checks: number, answers: number) => ({
  month, sectorCode, sectorName: sectorCode === 'SA' ? 'Satisfaction A' : 'Satisfaction B', domain, checks, answers, meanScore: null, satisfied: null, dissatisfied: null, withheld: true, partial: month === '2026-04',
});

// Worked out by hand from CHECKS.
const EXPECTED = [
  // January, SA: three checks. Punctuality 5, 3, 1; quality 4, 4, 2; relationship 5, 4, 3; communication answered twice (2, 1).
  shown('2026-01', 'SA', P, 3, 3, 3, 1, 1),
  shown('2026-01', 'SA', Q, 3, 3, 3.33, 2, 1),
  shown('2026-01', 'SA', R, 3, 3, 4, 2, 0),
  withheld('2026-01', 'SA', C, 3, 2),
  // February, SA: one check alone; none of it is shown.
  withheld('2026-02', 'SA', P, 1, 1),
  withheld('2026-02', 'SA', Q, 1, 1),
  withheld('2026-02', 'SA', R, 1, 0),
  withheld('2026-02', 'SA', C, 1, 0),
  // February, SB: quality of help answered three times by two beneficiaries: withheld all the same.
  withheld('2026-02', 'SB', P, 3, 0),
  withheld('2026-02', 'SB', Q, 3, 3),
  withheld('2026-02', 'SB', R, 3, 0),
  withheld('2026-02', 'SB', C, 3, 0),
  // March, SB: three checks. Punctuality 4, 5, 5; quality 4, 5, 3; relationship 4, 5, 4; communication 4, 5, 2.
  shown('2026-03', 'SB', P, 3, 3, 4.67, 3, 0),
  shown('2026-03', 'SB', Q, 3, 3, 4, 2, 0),
  shown('2026-03', 'SB', R, 3, 3, 4.33, 3, 0),
  shown('2026-03', 'SB', C, 3, 3, 3.67, 2, 1),
];
// April, SB, up to 10 April: one check (the one after midnight is not counted yet), withheld, partial.
const APRIL = [withheld('2026-04', 'SB', P, 1, 1), withheld('2026-04', 'SB', Q, 1, 1), withheld('2026-04', 'SB', R, 1, 1), withheld('2026-04', 'SB', C, 1, 1)];

describe('satisfactionReport on a hand-made data set', () => {
  it('by whole month, sector and domain: checks, answers, mean, satisfied and dissatisfied; fewer than three answers withheld; the current month partial', async () => {
    const r = await server.gql(REPORT('2026-01-01', '2026-04-30'), {}, director);
    expect(r.errors).toBeUndefined();
    // April is not over on 10 April: direction gets it up to today, flagged partial; December 2025 is before the period.
    expect(r.data?.satisfactionReport).toEqual({ from: '2026-01-01', to: '2026-04-30', firstMonth: '2026-01', lastMonth: '2026-04', partialUntil: '2026-04-10', minGroupSize: 3, lowScoreAtMost: 2, figures: [...EXPECTED, ...APRIL] });
    const over = await server.gql(REPORT('2026-01-01', '2026-03-31'), {}, director);
    expect(over.data?.satisfactionReport).toMatchObject({ lastMonth: '2026-03', partialUntil: null, figures: EXPECTED });
    // A reporting tool gets the months over only (two days' partial figures could be subtracted).
    const forTool = await server.gql(REPORT('2026-01-01', '2026-04-30'), {}, tool);
    expect(forTool.data?.satisfactionReport).toMatchObject({ lastMonth: '2026-03', partialUntil: null, figures: EXPECTED });
  });

  it('the threshold counts beneficiaries, not answers: three answers from two beneficiaries are withheld', async () => {
    const r = await server.gql(`{ satisfactionReport(from: "2026-02-01", to: "2026-02-28") { figures { sectorCode domain answers beneficiaries meanScore withheld } } }`, {}, tool);
    expect(r.data?.satisfactionReport.figures.filter((f: { sectorCode: string; domain: string }) => f.sectorCode === 'SB' && f.domain === Q)).toEqual([
      { sectorCode: 'SB', domain: Q, answers: 3, beneficiaries: 2, meanScore: null, withheld: true },
    ]);
    const jan = await server.gql(`{ satisfactionReport(from: "2026-01-01", to: "2026-01-31") { figures { domain answers beneficiaries withheld } } }`, {}, tool);
    expect(jan.data?.satisfactionReport.figures[0]).toEqual({ domain: P, answers: 3, beneficiaries: 3, withheld: false });
  });

  it('a period inside months covers those whole months: no day-by-day difference singles out one answer', async () => {
    const r = await server.gql(REPORT('2026-01-15', '2026-03-10'), {}, tool);
    expect(r.data?.satisfactionReport).toMatchObject({ firstMonth: '2026-01', lastMonth: '2026-03', figures: EXPECTED });
    const jan = await server.gql(REPORT('2026-01-31', '2026-01-31'), {}, tool);
    expect(jan.data?.satisfactionReport.figures).toEqual(EXPECTED.slice(0, 4));
    const april = await server.gql(REPORT('2026-04-01', '2026-04-05'), {}, director);
    expect(april.data?.satisfactionReport).toMatchObject({ firstMonth: '2026-04', lastMonth: '2026-04', partialUntil: '2026-04-10', figures: APRIL });
    const none = await server.gql(REPORT('2026-04-01', '2026-04-05'), {}, tool);
    expect(none.data?.satisfactionReport).toMatchObject({ firstMonth: null, lastMonth: null, partialUntil: null, figures: [] });
  });

  it('no comment and no beneficiary ever reaches the report; direction reads it too; a social worker does not; a bad period names the parameter', async () => {
    const r = await server.gql(REPORT('2025-12-01', '2026-04-30'), {}, director);
    expect(r.errors).toBeUndefined();
    expect(r.data?.satisfactionReport.figures[0]).toEqual(withheld('2025-12', 'SA', P, 1, 1));
    for (const secret of ['Secret', 'Hélène', 'Bénéficiaire', 'parle']) expect(JSON.stringify(r)).not.toContain(secret);
    expect((await server.gql(REPORT('2026-01-01', '2026-03-31'), {}, worker)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const [from, to, field] of [['2026-02-30', '2026-03-01', 'from'], ['2026-03-01', '2026-02-01', 'to'], ['2025-01-01', '2026-03-01', 'to'], ['', '2026-03-01', 'from'], ['2026-01-01', '9999-12-31', 'to']]) {
      const bad = await server.gql(REPORT(from, to), {}, tool);
      expect(bad.errors?.[0].extensions, `${from} ${to}`).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('satisfaction.csv: one row per month, sector and domain, decimal comma, withheld figures empty, no comment; the partial month for direction only', async () => {
    const tools = await (await fetch(`${server.url}/reports/satisfaction.csv?from=2026-01-01&to=2026-04-30`, { headers: { authorization: `Bearer ${tool}` } })).text();
    expect(tools).toContain('2026-03;SB;Satisfaction B;COMMUNICATION_WITH_SERVICE;3;3;3;3,67;2;1;no;no');
    expect(tools).not.toContain('2026-04');
    const res = await fetch(`${server.url}/reports/satisfaction.csv?from=2026-01-01&to=2026-04-30`, { headers: { authorization: `Bearer ${director}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = await res.text();
    expect(text.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      'month;sector;sector_name;domain;checks;answers;beneficiaries;mean_score;satisfied;dissatisfied;withheld;partial',
      '2026-01;SA;Satisfaction A;PUNCTUALITY;3;3;3;3;1;1;no;no',
      '2026-01;SA;Satisfaction A;QUALITY_OF_HELP;3;3;3;3,33;2;1;no;no',
      '2026-01;SA;Satisfaction A;RELATIONSHIP_WITH_HELPER;3;3;3;4;2;0;no;no',
      '2026-01;SA;Satisfaction A;COMMUNICATION_WITH_SERVICE;3;2;2;;;;yes;no',
      '2026-02;SA;Satisfaction A;PUNCTUALITY;1;1;1;;;;yes;no',
      '2026-02;SA;Satisfaction A;QUALITY_OF_HELP;1;1;1;;;;yes;no',
      '2026-02;SA;Satisfaction A;RELATIONSHIP_WITH_HELPER;1;0;0;;;;yes;no',
      '2026-02;SA;Satisfaction A;COMMUNICATION_WITH_SERVICE;1;0;0;;;;yes;no',
      '2026-02;SB;Satisfaction B;PUNCTUALITY;3;0;0;;;;yes;no',
      '2026-02;SB;Satisfaction B;QUALITY_OF_HELP;3;3;2;;;;yes;no',
      '2026-02;SB;Satisfaction B;RELATIONSHIP_WITH_HELPER;3;0;0;;;;yes;no',
      '2026-02;SB;Satisfaction B;COMMUNICATION_WITH_SERVICE;3;0;0;;;;yes;no',
      '2026-03;SB;Satisfaction B;PUNCTUALITY;3;3;3;4,67;3;0;no;no',
      '2026-03;SB;Satisfaction B;QUALITY_OF_HELP;3;3;3;4;2;0;no;no',
      '2026-03;SB;Satisfaction B;RELATIONSHIP_WITH_HELPER;3;3;3;4,33;3;0;no;no',
      '2026-03;SB;Satisfaction B;COMMUNICATION_WITH_SERVICE;3;3;3;3,67;2;1;no;no',
      ...[P, Q, R, C].map((d) => `2026-04;SB;Satisfaction B;${d};1;1;1;;;;yes;yes`),
      '',
    ]);
    expect(text).not.toContain('Secret');
    const social = await fetch(`${server.url}/reports/satisfaction.csv?from=2026-01-01&to=2026-04-30`, { headers: { authorization: `Bearer ${worker}` } });
    expect(social.status).toBe(403);
  });
});

describe('the low-score threshold, a setting of direction', () => {
  const SETTINGS = `{ satisfactionSettings { lowScoreAtMost version updatedAt updatedBy { id } } }`;
  const UPDATE = `mutation ($n: Int!) { satisfactionSettingsUpdate(input: { lowScoreAtMost: $n }) { satisfactionSettings { lowScoreAtMost version updatedAt updatedBy { id } } userErrors { field code message } } }`;
  const settingsAudit = () => server.db.sql`select actor_id, entity_version, before, after from audit_entries where kind = 'CHANGE' and entity = 'SatisfactionSettings' order by position`;

  it('is 2 until set; outside 1..5 it is refused naming lowScoreAtMost and nothing changes; only direction reads or changes it', async () => {
    expect((await server.gql(SETTINGS, {}, director)).data?.satisfactionSettings).toEqual({ lowScoreAtMost: 2, version: 0, updatedAt: null, updatedBy: null });
    for (const n of [0, 6, -3]) {
      const r = await server.gql(UPDATE, { n }, director);
      expect(r.data?.satisfactionSettingsUpdate, String(n)).toEqual({ satisfactionSettings: null, userErrors: [{ field: ['input', 'lowScoreAtMost'], code: 'OUT_OF_RANGE', message: expect.stringContaining('5') }] });
    }
    for (const token of [worker, tool]) {
      expect((await server.gql(UPDATE, { n: 3 }, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await server.gql(SETTINGS, {}, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await settingsAudit()).toEqual([]);
    expect((await server.db.sql`select count(*)::int as n from satisfaction_settings`)[0].n).toBe(0);
  });

  it('set to 3: kept in PostgreSQL, audited with before and after, and the reports count answers of 3 as low', async () => {
    try {
      const r = await server.gql(UPDATE, { n: 3 }, director);
      expect(r.data?.satisfactionSettingsUpdate).toMatchObject({ satisfactionSettings: { lowScoreAtMost: 3, version: 1, updatedAt: NOW.toISOString(), updatedBy: { id: expect.any(String) } }, userErrors: [] });
      expect((await server.db.sql`select low_score_at_most from satisfaction_settings`).map((x) => x.low_score_at_most)).toEqual([3]);
      const [entry] = await settingsAudit();
      expect(entry).toMatchObject({ entity_version: 1, before: { lowScoreAtMost: 2 }, after: { lowScoreAtMost: 3 } });
      const report = await server.gql(REPORT('2026-01-01', '2026-03-31'), {}, tool);
      expect(report.data?.satisfactionReport.lowScoreAtMost).toBe(3);
      // Worked out from CHECKS with answers of 1 to 3 as low.
      const low = report.data?.satisfactionReport.figures.map((f: { month: string; domain: string; dissatisfied: number | null }) => [f.month, f.domain, f.dissatisfied]);
      expect(low).toEqual([
        ['2026-01', P, 2], ['2026-01', Q, 1], ['2026-01', R, 1], ['2026-01', C, null],
        ['2026-02', P, null], ['2026-02', Q, null], ['2026-02', R, null], ['2026-02', C, null],
        ['2026-02', P, null], ['2026-02', Q, null], ['2026-02', R, null], ['2026-02', C, null],
        ['2026-03', P, 0], ['2026-03', Q, 1], ['2026-03', R, 0], ['2026-03', C, 1],
      ]);
      const csv = await (await fetch(`${server.url}/reports/satisfaction.csv?from=2026-01-01&to=2026-01-31`, { headers: { authorization: `Bearer ${tool}` } })).text();
      expect(csv).toContain('2026-01;SA;Satisfaction A;PUNCTUALITY;3;3;3;3;1;2;no;no');
    } finally {
      await server.gql(UPDATE, { n: 2 }, director);
    }
    expect((await settingsAudit()).map((e) => e.after)).toEqual([{ lowScoreAtMost: 3 }, { lowScoreAtMost: 2 }]);
  });
});
