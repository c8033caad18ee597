// VISIT_ON_HOLIDAY through GraphQL on a real database: a helper's visit planned on a public holiday
// or a closing day of the service is a conflict of its own (soft: the aid plan may ask for it, then
// the social worker acknowledges it); it resolves when the visit moves, and follows closing days
// direction sets or removes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '@support/server.js';
import { at, buildSchedulesWorld, type SchedulesWorld } from '@support/schedules-world.js';

const NOW = new Date('2026-03-27T08:00:00Z');
let server: TestServer;
let w: SchedulesWorld;

const CLOSING = `mutation ($input: ServiceClosingDaysSetInput!) { serviceClosingDaysSet(input: $input) { userErrors { field code message } } }`;
const FACTS = '{ scheduleConflicts(open: true, first: 100) { edges { node { rule severity hard day facts { spans { startsAt } holidayName holidayKind } } } } }';

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildSchedulesWorld(server);
});
afterAll(() => server?.close());

describe('VISIT_ON_HOLIDAY', () => {
  it('a visit on Easter Monday opens a soft conflict naming the holiday; moving it to the Tuesday resolves it', async () => {
    const r = await w.create({ helperId: w.familyHelper.gid, caseFileId: w.home.id, kind: 'FAMILY_CARE', tasks: ['DRESSING'], startsAt: at('2026-04-06', '09:00'), endsAt: at('2026-04-06', '10:00') });
    expect(r?.userErrors).toEqual([]);
    expect(r?.conflictsOpened).toEqual([
      {
        rule: 'VISIT_ON_HOLIDAY',
        severity: 'MEDIUM',
        hard: false,
        explanation: 'Fanny Family is scheduled 09:00–10:00 on Monday 6 April 2026, a public holiday (Lundi de Pâques): offices are closed and visits continue only where the aid plan says so.',
      },
    ]);
    const facts = await server.gql(FACTS, {}, w.swToken);
    expect(facts.data?.scheduleConflicts.edges.map((e: any) => e.node)).toEqual([
      { rule: 'VISIT_ON_HOLIDAY', severity: 'MEDIUM', hard: false, day: '2026-04-06', facts: { spans: [{ startsAt: at('2026-04-06', '09:00') }], holidayName: 'Lundi de Pâques', holidayKind: 'PUBLIC_HOLIDAY' } },
    ]);
    const moved = await w.change({ entryId: r?.entries[0].id, action: 'MOVE', reason: 'OTHER', startsAt: at('2026-04-07', '09:00'), endsAt: at('2026-04-07', '10:00') });
    expect(moved?.userErrors).toEqual([]);
    expect(moved?.conflictsResolved.map((c: any) => c.rule)).toEqual(['VISIT_ON_HOLIDAY']);
    expect(await w.openConflicts('VISIT_ON_HOLIDAY')).toEqual([]);
  });

  it('a recurring visit every weekday flags only the holidays of its span (Ascension, Thursday 14 May 2026)', async () => {
    const r = await w.create({
      helperId: w.homeHelper.gid, caseFileId: w.near.id, kind: 'HOUSEHOLD', tasks: ['CLEANING'],
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', startsOn: '2026-05-11', until: '2026-05-15', startTime: '14:00', durationMinutes: 60 },
    });
    expect(r?.entryCount).toBe(5);
    const open = await w.openConflicts('VISIT_ON_HOLIDAY');
    expect(open.map((c) => c.explanation)).toEqual([expect.stringContaining('Thursday 14 May 2026, a public holiday (Ascension)')]);
  });

  it('direction closes a day with visits planned: they are flagged in the same change; reopening the day resolves them; a week-end day is refused', async () => {
    await w.visit(w.familyHelper, w.far, '2026-04-15', '09:00', '10:00');
    expect(await w.openConflicts('VISIT_ON_HOLIDAY')).toHaveLength(1); // Ascension's, from before
    const director = await w.token(w.director);
    const weekend = await server.gql(CLOSING, { input: { year: 2026, days: [{ day: '2026-04-18', name: 'Samedi' }] } }, director);
    expect(weekend.data?.serviceClosingDaysSet.userErrors).toMatchObject([{ field: ['input', 'days', '0', 'day'], code: 'WEEKEND_DAY' }]);
    const set = await server.gql(CLOSING, { input: { year: 2026, days: [{ day: '2026-04-15', name: 'Journée de service' }] } }, director);
    expect(set.data?.serviceClosingDaysSet.userErrors).toEqual([]);
    const open = await w.openConflicts('VISIT_ON_HOLIDAY');
    expect(open.map((c) => c.explanation).sort()).toEqual([
      expect.stringContaining('Fanny Family is scheduled 09:00–10:00 on Wednesday 15 April 2026, a closing day of the service (Journée de service)'),
      expect.stringContaining('(Ascension)'),
    ].sort());
    const cleared = await server.gql(CLOSING, { input: { year: 2026, days: [] } }, director);
    expect(cleared.data?.serviceClosingDaysSet.userErrors).toEqual([]);
    expect((await w.openConflicts('VISIT_ON_HOLIDAY')).map((c) => c.explanation)).toEqual([expect.stringContaining('(Ascension)')]);
  });
});
