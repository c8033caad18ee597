// Weekly patterns through GraphQL on a real database: a pattern as a Node and its occurrences for
// any window (across DST), ending it from a day and taking a day out (each cancelled visit a
// recorded change, published, conflicts rechecked), R5, and bad input refused with nothing changed.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { until } from '../../../../../tests/events/subscriber.js';
import { startTestServer, type TestServer } from '@support/server.js';
import { at, buildSchedulesWorld, type SchedulesWorld } from '@support/schedules-world.js';

const NOW = new Date('2026-03-20T08:00:00Z');
let server: TestServer;
let w: SchedulesWorld;

const PATTERN = '{ id rrule startTime durationMinutes startsOn until exceptDates version kind caseFileId helper { fullName } }';
const OCCURRENCES = `query ($patternId: String!, $from: DateTime!, $to: DateTime!) { schedulePatternOccurrences(patternId: $patternId, from: $from, to: $to, first: 100) {
  totalCount edges { node { day startsAt endsAt } } } }`;
const ENTRIES = `query ($helperId: String!, $from: DateTime!, $to: DateTime!) { scheduleEntries(helperId: $helperId, from: $from, to: $to, first: 100) {
  edges { node { id day status version pattern ${PATTERN} } } } }`;
const PAYLOAD = `{ pattern ${PATTERN} cancelledCount changes { kind reason note day by { fullName } before { startsAt status } after { startsAt status } entry { id status } }
  conflictsOpened { rule explanation } conflictsResolved { rule } userErrors { field code message } }`;
const END = `mutation ($input: SchedulePatternEndInput!) { schedulePatternEnd(input: $input) ${PAYLOAD} }`;
const EXCEPT = `mutation ($input: SchedulePatternExceptionAddInput!) { schedulePatternExceptionAdd(input: $input) ${PAYLOAD} }`;

type Occ = { day: string; startsAt: string };
type Entry = { id: string; day: string; status: string; pattern: { id: string } | null };

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildSchedulesWorld(server);
});
afterAll(() => server?.close());

async function pattern(helper: { gid: string }, c: { id: string }, recurrence: Record<string, unknown>) {
  const r = await w.create({ helperId: helper.gid, caseFileId: c.id, kind: 'FAMILY_CARE', tasks: [], recurrence: { startTime: '09:00', durationMinutes: 120, ...recurrence } });
  if (!r || r.userErrors.length) throw new Error(`pattern refused: ${JSON.stringify(r?.userErrors)}`);
  const e = await server.gql(ENTRIES, { helperId: helper.gid, from: r.entries[0].startsAt, to: r.entries[0].endsAt }, w.swToken);
  return { id: e.data?.scheduleEntries.edges[0].node.pattern.id as string, entryCount: r.entryCount as number };
}
const occurrences = async (patternId: string, from: string, to: string, token = w.swToken) => server.gql(OCCURRENCES, { patternId, from, to }, token);
const days = (r: Awaited<ReturnType<typeof occurrences>>) => r.data?.schedulePatternOccurrences.edges.map((e: { node: Occ }) => e.node.day);
const entries = async (helper: { gid: string }, fromDay: string, toDay: string) =>
  (await server.gql(ENTRIES, { helperId: helper.gid, from: at(fromDay, '00:00'), to: at(toDay, '00:00') }, w.swToken)).data?.scheduleEntries.edges.map((e: { node: Entry }) => e.node) as Entry[];

describe('schedule patterns', () => {
  it('a pattern is a Node its visits point to; its occurrences come for any window, 09:00 Brussels on both sides of DST', async () => {
    const p = await pattern(w.familyHelper, w.home, { rrule: 'FREQ=WEEKLY;BYDAY=MO,TH', startsOn: '2026-03-23', until: '2027-03-22', exceptDates: ['2026-04-06'] });
    const node = await server.gql(`query ($id: ID!) { node(id: $id) { ... on SchedulePattern ${PATTERN} } }`, { id: p.id }, w.swToken);
    expect(node.data?.node).toMatchObject({ rrule: 'FREQ=WEEKLY;BYDAY=MO,TH', startTime: '09:00', durationMinutes: 120, startsOn: '2026-03-23', until: '2027-03-22', exceptDates: ['2026-04-06'], version: 1, kind: 'FAMILY_CARE', caseFileId: w.home.id, helper: { fullName: 'Fanny Family' } });
    const spring = await occurrences(p.id, at('2026-03-26', '00:00'), at('2026-04-10', '00:00'));
    expect(spring.data?.schedulePatternOccurrences.edges.map((e: { node: Occ }) => e.node)).toEqual([
      { day: '2026-03-26', startsAt: '2026-03-26T08:00:00.000Z', endsAt: '2026-03-26T10:00:00.000Z' },
      { day: '2026-03-30', startsAt: '2026-03-30T07:00:00.000Z', endsAt: '2026-03-30T09:00:00.000Z' },
      { day: '2026-04-02', startsAt: '2026-04-02T07:00:00.000Z', endsAt: '2026-04-02T09:00:00.000Z' },
      { day: '2026-04-09', startsAt: '2026-04-09T07:00:00.000Z', endsAt: '2026-04-09T09:00:00.000Z' },
    ]);
    // A window of a whole year and one past the pattern's last day: expanded from the rule, not read from entries.
    expect((await occurrences(p.id, '2026-01-01T00:00:00Z', '2027-06-01T00:00:00Z')).data?.schedulePatternOccurrences.totalCount).toBe(p.entryCount);
    expect(days(await occurrences(p.id, '2027-03-18T00:00:00Z', '2027-06-01T00:00:00Z'))).toEqual(['2027-03-18', '2027-03-22']);
    // Summer time ends on Sunday 25 October 2026.
    const winter = await occurrences(p.id, '2026-10-22T00:00:00Z', '2026-10-27T00:00:00Z');
    expect(winter.data?.schedulePatternOccurrences.edges.map((e: { node: Occ }) => e.node.startsAt)).toEqual(['2026-10-22T07:00:00.000Z', '2026-10-26T08:00:00.000Z']);
  });

  it('R5: a helper reads only their own patterns; the kiosk reads none', async () => {
    const p = await pattern(w.familyHelper, w.near, { rrule: 'FREQ=WEEKLY;BYDAY=WE', startsOn: '2026-03-25', until: '2026-05-27', startTime: '14:00', durationMinutes: 60 });
    const own = await occurrences(p.id, at('2026-03-25', '00:00'), at('2026-04-02', '00:00'), await w.token(w.familyHelper));
    expect(days(own)).toEqual(['2026-03-25', '2026-04-01']);
    const other = await occurrences(p.id, at('2026-03-25', '00:00'), at('2026-04-02', '00:00'), await w.token(w.partTime));
    expect(other.errors?.[0]).toMatchObject({ message: 'No schedule pattern you may read has this ID.', extensions: { field: 'patternId' } });
    expect(other.data?.schedulePatternOccurrences ?? null).toBeNull();
    const NODE = 'query ($id: ID!) { node(id: $id) { id } }';
    expect((await server.gql(NODE, { id: p.id }, await w.token(w.familyHelper))).data?.node).toEqual({ id: p.id });
    expect((await server.gql(NODE, { id: p.id }, await w.token(w.partTime))).data?.node).toBeNull();
    expect((await server.gql(NODE, { id: p.id }, w.kiosk)).data?.node).toBeNull();
    const kiosk = await occurrences(p.id, at('2026-03-25', '00:00'), at('2026-04-02', '00:00'), w.kiosk);
    expect(kiosk.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const helperEnds = await server.gql(END, { input: { patternId: p.id, from: '2026-04-01', reason: 'OTHER' } }, await w.token(w.familyHelper));
    expect(helperEnds.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('ending a pattern cancels its visits from that day as recorded changes, publishes them, and opens PLAN_HOURS_NOT_COVERED for the weeks left bare', async () => {
    const token = w.swToken;
    const m = (name: string, type: string) => `mutation ($input: ${type}!) { ${name}(input: $input) { aidPlan { id } userErrors { code message } } }`;
    const d = await server.gql(m('aidPlanDraft', 'AidPlanDraftInput'), { input: { caseFileId: w.far.id } }, token);
    const planId = d.data?.aidPlanDraft.aidPlan.id;
    const action = { domain: 'HEALTH', objective: 'Stay at home safely', kind: 'INTERVENTION', description: 'Family care twice a week', owner: 'Sarah Sector', dueDate: null };
    await server.gql(m('aidPlanUpdate', 'AidPlanUpdateInput'), { input: { aidPlanId: planId, expectedRevision: 1, familyHelperHours: 4, homeHelperHours: 0, actions: [action] } }, token);
    await server.gql(m('aidPlanPropose', 'AidPlanProposeInput'), { input: { aidPlanId: planId, expectedRevision: 2 } }, token);
    expect((await server.gql(m('aidPlanAgree', 'AidPlanAgreeInput'), { input: { aidPlanId: planId, expectedRevision: 3, agreedBy: 'Marie Far', agreedHow: 'Signed at home' } }, token)).data?.aidPlanAgree.userErrors).toEqual([]);
    const p = await pattern(w.partTime, w.far, { rrule: 'FREQ=WEEKLY;BYDAY=MO,TH', startsOn: '2026-03-23', until: '2026-05-14' });
    const bare = async (monday: string) => (await w.openConflicts('PLAN_HOURS_NOT_COVERED')).filter((c) => c.explanation.includes(monday));
    expect(await bare('Monday 20 April 2026')).toEqual([]);

    const got: unknown[] = [];
    const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { token: w.kiosk }, retryAttempts: 0 });
    client.subscribe({ query: 'subscription ($s: String) { scheduleChanged(sectorId: $s) { type change { kind reason day } } }', variables: { s: w.sector.gid } }, { next: (r) => got.push(r.data ?? r.errors), error: (x) => got.push(x), complete: () => {} });
    await new Promise((r) => setTimeout(r, 300));

    const stale = await server.gql(END, { input: { patternId: p.id, from: '2026-04-20', reason: 'PLAN_CHANGED', expectedVersion: 7 } }, token);
    expect(stale.data?.schedulePatternEnd.userErrors).toEqual([{ field: ['input', 'expectedVersion'], code: 'STALE_WRITE', message: 'The pattern changed since you read it (version 1 now); read it again.' }]);
    const r = (await server.gql(END, { input: { patternId: p.id, from: '2026-04-20', reason: 'PLAN_CHANGED', note: 'Daughter takes over in the mornings', expectedVersion: 1 } }, token)).data?.schedulePatternEnd;
    expect(r.userErrors).toEqual([]);
    expect(r.pattern).toMatchObject({ until: '2026-04-19', version: 2 });
    // Mondays and Thursdays from 20 April to 14 May.
    expect(r.cancelledCount).toBe(8);
    expect(r.changes.map((c: { day: string }) => c.day)).toEqual(['2026-04-20', '2026-04-23', '2026-04-27', '2026-04-30', '2026-05-04', '2026-05-07', '2026-05-11', '2026-05-14']);
    expect(r.changes[0]).toEqual({
      kind: 'CANCEL', reason: 'PLAN_CHANGED', note: 'Daughter takes over in the mornings', day: '2026-04-20', by: { fullName: 'Sarah Sector' },
      before: { startsAt: at('2026-04-20', '09:00'), status: 'PLANNED' }, after: { startsAt: at('2026-04-20', '09:00'), status: 'CANCELLED' }, entry: { id: expect.any(String), status: 'CANCELLED' },
    });
    expect(r.conflictsOpened.map((c: { rule: string }) => c.rule)).toEqual(['PLAN_HOURS_NOT_COVERED', 'PLAN_HOURS_NOT_COVERED', 'PLAN_HOURS_NOT_COVERED', 'PLAN_HOURS_NOT_COVERED']);
    expect((await bare('Monday 20 April 2026'))[0].explanation).toBe('The aid plan asks for 4 h of family care (AF) a week; only 0 h are scheduled in the week of Monday 20 April 2026.');
    expect(await bare('Monday 13 April 2026')).toEqual([]);
    const left = await entries(w.partTime, '2026-04-13', '2026-05-15');
    expect(left.map((e) => `${e.day} ${e.status}`)).toEqual(['2026-04-13 PLANNED', '2026-04-16 PLANNED', ...r.changes.map((c: { day: string }) => `${c.day} CANCELLED`)]);
    expect(days(await occurrences(p.id, at('2026-04-13', '00:00'), at('2026-06-01', '00:00')))).toEqual(['2026-04-13', '2026-04-16']);
    expect(await until(() => got.length >= 8)).toBe(true);
    await client.dispose();
    expect(got[0]).toEqual({ scheduleChanged: { type: 'SCHEDULE_CHANGED', change: { kind: 'CANCEL', reason: null, day: '2026-04-20' } } }); // the kiosk: not why (R5)
    expect(got).toHaveLength(8);
  });

  it('taking one day out of a pattern cancels that visit as a recorded change and the rule skips it', async () => {
    const p = await pattern(w.homeHelper, w.near, { rrule: 'FREQ=WEEKLY;BYDAY=TU', startsOn: '2026-03-24', until: '2026-04-28', startTime: '10:00' });
    const r = (await server.gql(EXCEPT, { input: { patternId: p.id, day: '2026-04-07', reason: 'BENEFICIARY_IN_HOSPITAL', note: 'Back on the 10th' } }, w.swToken)).data?.schedulePatternExceptionAdd;
    expect(r.userErrors).toEqual([]);
    expect(r.pattern).toMatchObject({ exceptDates: ['2026-04-07'], version: 2, until: '2026-04-28' });
    expect(r.cancelledCount).toBe(1);
    expect(r.changes).toMatchObject([{ kind: 'CANCEL', reason: 'BENEFICIARY_IN_HOSPITAL', note: 'Back on the 10th', day: '2026-04-07', before: { status: 'PLANNED' }, after: { status: 'CANCELLED' } }]);
    expect((await entries(w.homeHelper, '2026-03-31', '2026-04-15')).map((e) => `${e.day} ${e.status}`)).toEqual(['2026-03-31 PLANNED', '2026-04-07 CANCELLED', '2026-04-14 PLANNED']);
    expect(days(await occurrences(p.id, at('2026-03-31', '00:00'), at('2026-04-15', '00:00')))).toEqual(['2026-03-31', '2026-04-14']);
    const again = await server.gql(EXCEPT, { input: { patternId: p.id, day: '2026-04-07', reason: 'OTHER' } }, w.swToken);
    expect(again.data?.schedulePatternExceptionAdd.userErrors).toEqual([{ field: ['input', 'day'], code: 'ALREADY_EXCEPTED', message: 'This day is already taken out of the pattern.' }]);
    const wednesday = await server.gql(EXCEPT, { input: { patternId: p.id, day: '2026-04-08', reason: 'OTHER' } }, w.swToken);
    expect(wednesday.data?.schedulePatternExceptionAdd.userErrors).toEqual([{ field: ['input', 'day'], code: 'NO_OCCURRENCE', message: 'The pattern has no visit on this day.' }]);
  });

  it('bad input is refused with an error naming the field, and nothing changes', async () => {
    const p = await pattern(w.familyHelper, w.far, { rrule: 'FREQ=WEEKLY;BYDAY=FR', startsOn: '2026-04-03', until: '2026-05-01', startTime: '15:00', durationMinutes: 60 });
    const end = async (input: Record<string, unknown>, tok = w.swToken) => (await server.gql(END, { input: { patternId: p.id, reason: 'OTHER', ...input } }, tok)).data?.schedulePatternEnd.userErrors[0];
    expect(await end({ patternId: 'nonsense', from: '2026-04-10' })).toEqual({ field: ['input', 'patternId'], code: 'UNKNOWN_PATTERN', message: '`patternId` is not the ID of a SchedulePattern.' });
    expect(await end({ from: '2026-04-10' }, await w.token(w.otherSw))).toMatchObject({ field: ['input', 'patternId'], code: 'UNKNOWN_PATTERN' });
    expect(await end({ from: '2026-03-19' })).toEqual({ field: ['input', 'from'], code: 'DAY_IN_PAST', message: 'A pattern ends from today or a later day, not in the past.' });
    expect(await end({ from: '2026-03-27' })).toEqual({ field: ['input', 'from'], code: 'BEFORE_PATTERN_START', message: 'The pattern starts on 2026-04-03; end it from that day or later.' });
    expect(await end({ from: '2026-05-02' })).toMatchObject({ field: ['input', 'from'], code: 'AFTER_PATTERN_END' });
    expect(await end({ from: '10 April' })).toMatchObject({ field: ['input', 'from'], code: 'BAD_DATE' });
    const except = async (day: string) => (await server.gql(EXCEPT, { input: { patternId: p.id, day, reason: 'OTHER' } }, w.swToken)).data?.schedulePatternExceptionAdd.userErrors[0];
    expect(await except('2026-03-13')).toMatchObject({ field: ['input', 'day'], code: 'DAY_IN_PAST' });
    expect(await except('2026-05-08')).toMatchObject({ field: ['input', 'day'], code: 'NO_OCCURRENCE' });
    const node = await server.gql(`query ($id: ID!) { node(id: $id) { ... on SchedulePattern ${PATTERN} } }`, { id: p.id }, w.swToken);
    expect(node.data?.node).toMatchObject({ until: '2026-05-01', exceptDates: [], version: 1 });
    expect((await entries(w.familyHelper, '2026-04-03', '2026-05-02')).filter((e) => e.pattern?.id === p.id).map((e) => e.status)).toEqual(['PLANNED', 'PLANNED', 'PLANNED', 'PLANNED', 'PLANNED']);
  });
});
