// Issue 9, item 2: no recurrence rule can hang the API. Rules are validated before any expansion
// (weekly only, INTERVAL 1–52, plain BYDAY, no COUNT/UNTIL inside the rule, bounded length), each
// refusal is a userError naming `recurrence.rrule` and the rule, nothing is stored, and the server
// answers the next request at once; a bad rule already in the database expands to nothing.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduleEntries, schedulePatterns } from '../../apps/api/src/db/schema/index.js';
import { toGlobalId } from '../../apps/api/src/shared/global-id.js';
import { startTestServer, type TestServer } from '@support/server.js';
import { buildSchedulesWorld, dbId, type SchedulesWorld } from '@support/schedules-world.js';

const NOW = new Date('2026-03-20T08:00:00Z');
let server: TestServer;
let w: SchedulesWorld;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildSchedulesWorld(server);
});
afterAll(() => server?.close());

const OCCURRENCES = `query ($patternId: String!, $from: DateTime!, $to: DateTime!) { schedulePatternOccurrences(patternId: $patternId, from: $from, to: $to, first: 100) {
  totalCount edges { node { day } } } }`;

const recurrence = (rrule: string) => ({ rrule, startsOn: '2026-03-23', until: '2026-06-29', startTime: '09:00', durationMinutes: 120 });
const create = (rrule: string) => w.create({ helperId: w.familyHelper.gid, caseFileId: w.home.id, kind: 'FAMILY_CARE', tasks: [], recurrence: recurrence(rrule) });

/** The server still answers, quickly enough to tell a hang from a slow query. */
async function answersNextRequest() {
  const started = Date.now();
  const r = await server.gql('{ __typename }', {}, w.swToken);
  expect(r.data).toEqual({ __typename: 'Query' });
  expect(Date.now() - started).toBeLessThan(5_000);
}

async function storedPatterns() {
  return (await server.db.db.select().from(schedulePatterns).where(eq(schedulePatterns.helperId, w.familyHelper.id))).length;
}

describe('recurrence rules are validated before they are expanded', () => {
  const refused: [string, string, RegExp][] = [
    ['INTERVAL=-2 (looped for ever)', 'FREQ=WEEKLY;INTERVAL=-2;BYDAY=MO', /INTERVAL/],
    ['INTERVAL=0', 'FREQ=WEEKLY;INTERVAL=0;BYDAY=MO', /INTERVAL/],
    ['an INTERVAL beyond a year', 'FREQ=WEEKLY;INTERVAL=100000;BYDAY=MO', /INTERVAL/],
    ['FREQ=SECONDLY', 'FREQ=SECONDLY;BYDAY=MO', /FREQ=WEEKLY/],
    ['FREQ=MINUTELY', 'FREQ=MINUTELY', /FREQ=WEEKLY/],
    ['COUNT=10^9', 'FREQ=WEEKLY;BYDAY=MO;COUNT=1000000000', /COUNT/],
    ['UNTIL in year 9999', 'FREQ=WEEKLY;BYDAY=MO;UNTIL=99991231T000000Z', /UNTIL/],
    ['a weekly rule that fires every second (BYHOUR/BYMINUTE/BYSECOND)', `FREQ=WEEKLY;BYDAY=MO;BYHOUR=${range(24)};BYMINUTE=${range(60)};BYSECOND=${range(60)}`, /at most 200 characters/i],
    ['BYHOUR and BYSECOND (parts a visit has not)', 'FREQ=WEEKLY;BYDAY=MO;BYHOUR=9,10;BYSECOND=0,1,2', /BYHOUR is not supported/],
    ['BYDAY with an ordinal', 'FREQ=WEEKLY;BYDAY=+1MO', /BYDAY/],
    ['a part given twice', 'FREQ=WEEKLY;BYDAY=MO;BYDAY=TU', /twice/],
    ['garbage', 'every monday, please', /RFC 5545/],
    ['garbage in a part', 'FREQ=WEEKLY;BYDAY=MO;=;;', /RFC 5545/],
    ['a huge string', `FREQ=WEEKLY;BYDAY=${Array.from({ length: 20_000 }, () => 'MO').join(',')}`, /at most 200 characters/i],
  ];

  for (const [what, rrule, rule] of refused) {
    it(`refuses ${what} with a userError on recurrence.rrule naming the rule, stores nothing, and keeps answering`, async () => {
      const before = await storedPatterns();
      const r = await create(rrule);
      expect(r?.userErrors).toHaveLength(1);
      // Over-long rules are stopped by the input limits (TOO_LONG) before the rule is read.
      const code = rrule.length > 200 ? 'TOO_LONG' : 'BAD_RECURRENCE';
      expect(r?.userErrors[0]).toMatchObject({ field: ['input', 'recurrence', 'rrule'], code });
      expect(r?.userErrors[0].message).toMatch(rule);
      expect(r?.entryCount ?? 0).toBe(0);
      expect(await storedPatterns()).toBe(before);
      await answersNextRequest();
    });
  }

  it('still accepts the weekly rules a home visit has (INTERVAL, several days, WKST)', async () => {
    const r = await create('RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;WKST=MO');
    expect(r?.userErrors).toEqual([]);
    expect(r?.entryCount).toBe(15);
  });

  it('reads a rule written in lower case as RFC 5545 allows, not as a fault', async () => {
    const r = await create('freq=weekly;interval=2;byday=mo,th');
    expect(r?.userErrors).toEqual([]);
    expect(r?.entryCount).toBe(15);
  });
});

/** A pattern written straight into the database, as one stored before the rules were checked. */
async function storedPattern(rrule: string, startsOn: string, until: string) {
  const [p] = await server.db.db
    .insert(schedulePatterns)
    .values({ helperId: w.partTime.id, caseFileId: dbId(w.near.id), kind: 'FAMILY_CARE', rrule, startsOn, until, startTime: '09:00', durationMinutes: 60, createdById: w.sw.id })
    .returning();
  return p;
}

describe('every expansion is bounded', () => {
  it('a pattern whose rule would loop, already in the database, expands to nothing and the server keeps answering', async () => {
    const p = await storedPattern('FREQ=WEEKLY;INTERVAL=-2;BYDAY=MO', '2026-03-23', '2026-06-29');
    const r = await server.gql(OCCURRENCES, { patternId: toGlobalId('SchedulePattern', p.id), from: '2026-03-01T00:00:00Z', to: '2026-07-01T00:00:00Z' }, w.swToken);
    expect(r.errors).toBeUndefined();
    expect(r.data?.schedulePatternOccurrences.totalCount).toBe(0);
    await answersNextRequest();
  });

  it('a pattern stored with a span of centuries expands to nothing rather than walking every week of it', async () => {
    const p = await storedPattern('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU', '0001-01-01', '9999-12-31');
    const r = await server.gql(OCCURRENCES, { patternId: toGlobalId('SchedulePattern', p.id), from: '2098-01-01T00:00:00Z', to: '2099-12-31T00:00:00Z' }, w.swToken);
    expect(r.errors).toBeUndefined();
    expect(r.data?.schedulePatternOccurrences.totalCount).toBe(0);
    expect(await server.db.db.select().from(scheduleEntries).where(eq(scheduleEntries.patternId, p.id))).toEqual([]);
    await answersNextRequest();
  });
});

function range(n: number): string {
  return Array.from({ length: n }, (_, i) => i).join(',');
}
