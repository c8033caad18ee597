// VISIT_ON_HOLIDAY for visits that never met the engine on their day (issue 12, tester's report):
// visits inserted in bulk (the demo, an import) on Noël are flagged when the API starts; a pattern
// generated over Christmas flags Noël and New Year's Day at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduleEntries } from '../../db/schema/index.js';
import { startTestServer, type TestServer } from '@support/server.js';
import { at, buildSchedulesWorld, dbId, type SchedulesWorld } from '@support/schedules-world.js';

const NOW = new Date('2026-12-03T08:00:00Z');
let server: TestServer;
let w: SchedulesWorld;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildSchedulesWorld(server);
});
afterAll(() => server?.close());

describe('VISIT_ON_HOLIDAY for visits already planned', () => {
  it('a weekday pattern over Christmas flags Noël and New Year’s Day only', async () => {
    const r = await w.create({
      helperId: w.homeHelper.gid, caseFileId: w.near.id, kind: 'HOUSEHOLD', tasks: ['CLEANING'],
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', startsOn: '2026-12-21', until: '2027-01-01', startTime: '14:00', durationMinutes: 60 },
    });
    expect(r?.userErrors).toEqual([]);
    expect(r?.entryCount).toBe(10);
    const open = await w.openConflicts('VISIT_ON_HOLIDAY');
    expect(open.map((c) => c.explanation).sort()).toEqual([
      expect.stringContaining('Friday 1 January 2027, a public holiday'),
      expect.stringContaining('Friday 25 December 2026, a public holiday (Noël)'),
    ]);
  });

  it('visits inserted without the engine on Noël are flagged when the API starts', async () => {
    const db = server.db.db;
    await db.insert(scheduleEntries).values({
      helperId: w.familyHelper.id, caseFileId: dbId(w.home.id), sectorId: w.sector.id, kind: 'FAMILY_CARE', tasks: ['DRESSING'],
      startsAt: new Date(at('2026-12-25', '09:00')), endsAt: new Date(at('2026-12-25', '10:00')), createdById: w.sw.id,
    });
    expect((await w.openConflicts('VISIT_ON_HOLIDAY')).some((c) => c.explanation.startsWith('Fanny Family'))).toBe(false);
    await server.startPeer(); // a restart of the API on the same database
    const fanny = (await w.openConflicts('VISIT_ON_HOLIDAY')).filter((c) => c.explanation.startsWith('Fanny Family'));
    expect(fanny.map((c) => c.explanation)).toEqual([expect.stringContaining('09:00–10:00 on Friday 25 December 2026, a public holiday (Noël)')]);
    await server.startPeer(); // again: nothing new
    expect((await w.openConflicts('VISIT_ON_HOLIDAY')).filter((c) => c.explanation.startsWith('Fanny Family'))).toHaveLength(1);
  });
});
