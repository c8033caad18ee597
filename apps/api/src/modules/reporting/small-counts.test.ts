// Small counts cannot be read off by differencing two periods (issue 13): reports cover whole months, and
// a reporting token reads cancellations by reason and urgent waits of months already over only. The
// outside tester's attacks, on a hand-made sector seen on 20 December 2026.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStaff, PASSWORD } from '@support/factories.js';
import { startTestServer, type TestServer } from '@support/server.js';
import { beneficiaries, caseFiles, scheduleChanges, scheduleEntries, sectors } from '../../db/schema/index.js';

const NOW = new Date('2026-12-20T12:00:00Z');
let server: TestServer;
let director: string;
let tool: string;

// One-hour visits cancelled because the beneficiary was in hospital: four in November, four in December
// (the fourth on the 14th each time). Urgent situations: three in November (the one of the 4th waited 30 h), one in December.
const HOSPITAL_DAYS = ['2026-11-03', '2026-11-06', '2026-11-10', '2026-11-14', '2026-12-02', '2026-12-05', '2026-12-09', '2026-12-14'];
const URGENT: [string, string | null][] = [
  ['2026-11-03T08:00:00Z', '2026-11-03T12:00:00Z'],
  ['2026-11-04T08:00:00Z', '2026-11-05T14:00:00Z'],
  ['2026-11-10T08:00:00Z', '2026-11-10T10:00:00Z'],
  ['2026-12-03T08:00:00Z', '2026-12-03T20:00:00Z'],
];

async function buildWorld(db: TestServer['db']['db']) {
  const [lx] = await db.insert(sectors).values({ code: 'LX', name: 'Leak X' }).returning();
  const sw = await makeStaff(db, 'SOCIAL_WORKER', { fullName: 'Léa Lambert', sectorId: lx.id });
  const helper = await makeStaff(db, 'FAMILY_HELPER', { fullName: 'Hugo Hamel', sectorId: lx.id });
  const caseFile = async (i: number, urgent?: [string, string | null]) => {
    const [b] = await db.insert(beneficiaries).values({ firstName: `Patient${i}`, lastName: 'Secret' }).returning();
    const [c] = await db
      .insert(caseFiles)
      .values({ beneficiaryId: b.id, sectorId: lx.id, socialWorkerId: sw.id, reasonForContact: 'r', status: 'ACTIVE', openedAt: new Date('2026-10-01T08:00:00Z'),
        ...(urgent ? { urgentSince: new Date(urgent[0]), urgentActionTaken: urgent[1] ? 'call' : null, urgentActionAt: urgent[1] ? new Date(urgent[1]) : null } : {}) })
      .returning();
    return c;
  };
  for (const [i, day] of HOSPITAL_DAYS.entries()) {
    const c = await caseFile(i);
    const startsAt = new Date(`${day}T08:00:00Z`);
    const endsAt = new Date(`${day}T09:00:00Z`);
    const [e] = await db.insert(scheduleEntries).values({ helperId: helper.id, caseFileId: c.id, sectorId: lx.id, kind: 'FAMILY_CARE', startsAt, endsAt, status: 'CANCELLED', createdById: sw.id }).returning();
    const snap = { helperId: helper.id, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), status: 'PLANNED' };
    await db.insert(scheduleChanges).values({ entryId: e.id, sectorId: lx.id, day, kind: 'CANCEL', reason: 'BENEFICIARY_IN_HOSPITAL', before: snap, after: { ...snap, status: 'CANCELLED' }, byId: sw.id, at: new Date(`${day}T07:00:00Z`) });
  }
  for (const [i, u] of URGENT.entries()) await caseFile(100 + i, u);
}

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  await buildWorld(server.db.db);
  director = await server.login((await makeStaff(server.db.db, 'DIRECTOR')).email, PASSWORD);
  tool = (await server.gql('mutation { reportingTokenCreate(input: { label: "BI", expiresAt: "2027-06-01T00:00:00Z" }) { token } }', {}, director)).data?.reportingTokenCreate.token;
});
afterAll(() => server?.close());

const ask = async (query: string, token = tool) => {
  const r = await server.gql(query, {}, token);
  expect(r.errors).toBeUndefined();
  return r.data as Record<string, any>;
};
const cancellations = async (from: string, to: string, token = tool) =>
  (await ask(`{ hoursReport(from: "${from}", to: "${to}") { period { from to lastMonthOver } cancellations { month sectorCode reason visits hours } } }`, token)).hoursReport;
const urgent = async (from: string, to: string, token = tool) =>
  (await ask(`{ caseloadReport(from: "${from}", to: "${to}") { period { from to lastMonthOver } urgent { month urgentCases acted waiting medianHoursToAction maxHoursToAction } } }`, token)).caseloadReport;

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30', lastMonthOver: '2026-11' };
const NOV_HOSPITAL = { month: '2026-11', sectorCode: 'LX', reason: 'BENEFICIARY_IN_HOSPITAL', visits: 4, hours: 4 };

describe('no small count by differencing two periods', () => {
  it('hoursReport: 1–30 November and 1–13 November answer the same whole month, so the 14th’s cancellation is not singled out', async () => {
    const whole = await cancellations('2026-11-01', '2026-11-30');
    expect(whole).toEqual({ period: NOVEMBER, cancellations: [NOV_HOSPITAL] });
    expect(await cancellations('2026-11-01', '2026-11-13')).toEqual(whole);
    expect(await cancellations('2026-11-14', '2026-11-14')).toEqual(whole);
  });

  it('hoursReport: the month under way gives a reporting token no cancellation by reason (it would change day by day); direction reads it', async () => {
    const december = { from: '2026-12-01', to: '2026-12-31', lastMonthOver: null };
    expect(await cancellations('2026-12-01', '2026-12-31')).toEqual({ period: december, cancellations: [] });
    expect(await cancellations('2026-12-01', '2026-12-13')).toEqual({ period: december, cancellations: [] });
    // November and December together: November's figures only, the same as November's alone.
    expect(await cancellations('2026-11-20', '2026-12-13')).toEqual({ period: { from: '2026-11-01', to: '2026-12-31', lastMonthOver: '2026-11' }, cancellations: [NOV_HOSPITAL] });
    const dir = await cancellations('2026-12-01', '2026-12-13', director);
    expect(dir.cancellations).toEqual([{ ...NOV_HOSPITAL, month: '2026-12' }]);
  });

  it('caseloadReport: one-day periods do not say which day had an urgent case, and November vs 5–30 November does not give one wait', async () => {
    const nov = { period: NOVEMBER, urgent: [{ month: '2026-11', urgentCases: 3, acted: 3, waiting: 0, medianHoursToAction: 4, maxHoursToAction: 30 }] };
    expect(await urgent('2026-11-01', '2026-11-30')).toEqual(nov);
    for (const day of ['2026-11-03', '2026-11-04', '2026-11-05', '2026-11-20']) expect(await urgent(day, day), day).toEqual(nov);
    expect(await urgent('2026-11-05', '2026-11-30')).toEqual(nov);
    // December is under way: its urgent case is not shown to a tool, whichever day is asked; direction sees it.
    expect((await urgent('2026-12-03', '2026-12-03')).urgent).toEqual([]);
    expect((await urgent('2026-12-03', '2026-12-03', director)).urgent).toEqual([{ month: '2026-12', urgentCases: 1, acted: 1, waiting: 0, medianHoursToAction: 12, maxHoursToAction: 12 }]);
  });

  it('the CSV of a reporting token follows the same rules', async () => {
    const res = await fetch(`${server.url}/reports/urgent.csv?from=2026-11-04&to=2026-12-31`, { headers: { authorization: `Bearer ${tool}` } });
    expect(res.status).toBe(200);
    expect((await res.text()).replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      'month;sector;sector_name;urgent_cases;acted;acted_same_day;waiting;median_hours_to_action;max_hours_to_action',
      '2026-11;LX;Leak X;3;3;2;0;4;30',
      '',
    ]);
  });

  it('a period reaches 400 days after `from`, not one more; the answer says the whole months it covers', async () => {
    const r = await ask('{ activityReport(from: "2026-01-01", to: "2027-02-05") { from to period { from to lastMonthOver } } }');
    expect(r.activityReport).toEqual({ from: '2026-01-01', to: '2027-02-05', period: { from: '2026-01-01', to: '2027-02-28', lastMonthOver: '2026-11' } });
    const over = await server.gql('{ activityReport(from: "2026-01-01", to: "2027-02-06") { from } }', {}, tool);
    expect(over.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(over.errors?.[0].message).toContain('400 days after');
  });
});
