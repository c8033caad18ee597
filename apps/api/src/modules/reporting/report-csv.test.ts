// The reports as CSV through HTTP, on the hand-made service of tests/support/report-world.ts
// (January–March 2026 seen on 15 March 2026 at 12:00 UTC): BOM, `;`, decimal comma, one row per group.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStaff, PASSWORD } from '@support/factories.js';
import { buildReportWorld } from '@support/report-world.js';
import { startTestServer, type TestServer } from '@support/server.js';

const NOW = new Date('2026-03-15T12:00:00Z');
let server: TestServer;
let director: string;
let worker: string;
let tool: string;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  const world = await buildReportWorld(server.db.db);
  director = await server.login((await makeStaff(server.db.db, 'DIRECTOR')).email, PASSWORD);
  worker = await server.login(world.swA.email, PASSWORD);
  tool = (await server.gql('mutation { reportingTokenCreate(input: { label: "Excel", expiresAt: "2027-01-01T00:00:00Z" }) { token } }', {}, director)).data?.reportingTokenCreate.token;
});
afterAll(() => server?.close());

const get = (path: string, token: string | null = tool) => fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
const PERIOD = '?from=2026-01-01&to=2026-03-31';

describe('GET /reports/<name>.csv', () => {
  it('activity.csv: UTF-8 with BOM, `;`, a header row, one row per month and sector', async () => {
    const res = await get(`/reports/activity.csv${PERIOD}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3)).split('\r\n')).toEqual([
      'month;sector;sector_name;visits_new_request;visits_revision;visits_helper_control;visits_accompaniment;visits_planned;visits_done;visits_cancelled;file_checks_done;file_checks_pending;evaluations_on_time;evaluations_late;evaluations_overdue',
      '2026-01;RA;Rapport A;1;0;0;0;0;1;0;1;0;0;0;0',
      '2026-02;RA;Rapport A;0;1;0;0;0;1;0;0;1;1;0;0',
      '2026-02;RB;Rapport B;1;0;0;0;0;0;1;0;0;0;0;1',
      '',
    ]);
  });

  it('hours.csv and permanence.csv: hours with a decimal comma', async () => {
    // Direction's (a reporting token's stop at February, the last month over on 15 March).
    const hours = (await (await get(`/reports/hours.csv${PERIOD}`, director)).text()).replace(/^\uFEFF/, '');
    expect(hours.split('\r\n')).toEqual([
      'month;sector;sector_name;help_kind;agreed_hours;suspended_hours;planned_hours;done_hours;cancelled_hours',
      '2026-01;RA;Rapport A;FAMILY_CARE;22;0;0;0;0',
      '2026-02;RA;Rapport A;FAMILY_CARE;28;0;5;5;1,5',
      '2026-02;RB;Rapport B;HOUSEHOLD;13,5;0;0;0;0',
      '2026-03;RA;Rapport A;FAMILY_CARE;31;0;2;0;0',
      '2026-03;RB;Rapport B;HOUSEHOLD;15,5;0;0;0;0',
      '',
    ]);
    const permanence = (await (await get(`/reports/permanence.csv${PERIOD}`)).text()).replace(/^\uFEFF/, '');
    expect(permanence.split('\r\n')).toEqual(['month;person;sector;weekday_hours;weekend_hours', '2026-02;Alice Arnaud;RA;8,5;63,5', '2026-02;Bruno Bastin;RB;8,5;0', '']);
    for (const name of ['caseload', 'conflicts']) expect((await get(`/reports/${name}.csv${PERIOD}`)).status).toBe(200);
  });

  it('the GraphQL figures hours.csv, permanence.csv and caseload.csv leave out have files of their own (issue 13)', async () => {
    const csv = async (name: string, token: string = tool) => (await (await get(`/reports/${name}.csv${PERIOD}`, token)).text()).replace(/^\uFEFF/, '').split('\r\n');
    // February's one hospital cancellation is under 3 visits: a reporting token does not get it, direction does.
    expect(await csv('cancellations')).toEqual(['month;sector;sector_name;help_kind;reason;visits;hours', '']);
    expect(await csv('cancellations', director)).toEqual(['month;sector;sector_name;help_kind;reason;visits;hours', '2026-02;RA;Rapport A;FAMILY_CARE;BENEFICIARY_IN_HOSPITAL;1;1,5', '']);
    const utilisation = [
      'month;sector;sector_name;helper_role;helpers;contract_hours;planned_hours;done_hours;utilisation;helpers_over_contract',
      '2026-01;RA;Rapport A;FAMILY_HELPER;1;84,14;0;0;0;0',
      '2026-02;RA;Rapport A;FAMILY_HELPER;1;76;5;5;0,066;0',
    ];
    // A reporting token: the months over only (not March, under way on 15 March); direction: March too.
    expect(await csv('utilisation')).toEqual([...utilisation, '']);
    expect(await csv('utilisation', director)).toEqual([...utilisation, '2026-03;RA;Rapport A;FAMILY_HELPER;1;84,14;2;0;0,024;0', '']);
    expect((await csv('hours')).at(-2)).toBe('2026-02;RB;Rapport B;HOUSEHOLD;13,5;0;0;0;0');
    expect(await csv('permanence-load')).toEqual(['person;sector;weekend_shifts;weekend_hours', 'Alice Arnaud;RA;1;63,5', 'Bruno Bastin;RB;0;0', '']);
    expect(await csv('weekend-fairness')).toEqual(['people;mean_hours;std_dev_hours;coefficient_of_variation;min_hours;max_hours', '2;31,75;31,75;1;0;63,5', '']);
    expect(await csv('replacements')).toEqual(['month;kind;replacements', '2026-02;PLANNED;1', '2026-02;SAME_DAY;1', '']);
    const gaps = ['month;severity;gaps;gap_hours;resolved;still_open;mean_hours_open;max_hours_open', '2026-02;CRITICAL;1;63,5;1;0;48;48'];
    expect(await csv('gaps')).toEqual([...gaps, '']);
    expect(await csv('gaps', director)).toEqual([...gaps, '2026-03;WARNING;1;8,5;0;1;336;336', '']);
    // The two urgent situations are one each in their month: counts, not how long they waited.
    expect(await csv('urgent')).toEqual([
      'month;sector;sector_name;urgent_cases;acted;acted_same_day;waiting;median_hours_to_action;max_hours_to_action',
      '2026-01;RA;Rapport A;1;1;1;0;;',
      '2026-02;RB;Rapport B;1;0;0;1;;',
      '',
    ]);
    expect((await csv('urgent', director))[1]).toBe('2026-01;RA;Rapport A;1;1;1;0;4;4');
  });

  it('bad dates: 400 naming the parameter; an unknown report 404', async () => {
    for (const [query, field] of [
      ['?from=2026-1-1&to=2026-03-31', 'from'],
      ['?to=2026-03-31', 'from'],
      ['?from=2026-01-01&to=2026-02-30', 'to'],
      ['?from=2026-03-01&to=2026-01-01', 'to'],
    ]) {
      const res = await get(`/reports/hours.csv${query}`);
      expect(res.status, query).toBe(400);
      expect(await res.text(), query).toMatch(new RegExp(`^${field}: `));
    }
    expect((await get(`/reports/beneficiaries.csv${PERIOD}`)).status).toBe(404);
    // Which reports exist is told only to whom may read them.
    const stranger = await fetch(`${server.url}/reports/satisfactio.csv${PERIOD}`);
    expect(stranger.status).toBe(401);
    expect(await stranger.text()).not.toContain('satisfaction');
    const other = await get(`/reports/satisfactio.csv${PERIOD}`, worker);
    expect(other.status).toBe(403);
    expect(await other.text()).not.toContain('satisfaction');
  });

  it('a reporting token or direction; nobody else', async () => {
    expect((await get(`/reports/hours.csv${PERIOD}`, director)).status).toBe(200);
    expect((await get(`/reports/hours.csv${PERIOD}`, worker)).status).toBe(403);
    const none = await get(`/reports/hours.csv${PERIOD}`, null);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect((await get(`/reports/hours.csv${PERIOD}`, 'not-a-token')).status).toBe(401);
  });
});
