// VISIT_ON_HOLIDAY's window moves with the date (issue 12): the API flags visits on the holidays of
// the coming 8 weeks at start, and again when the Brussels date turns on a running server, so a
// holiday entering the window at midnight is flagged that night, with the injectable clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduleEntries } from '../../db/schema/index.js';
import { startTestServer, type TestServer } from '@support/server.js';
import { at, buildSchedulesWorld, dbId, type SchedulesWorld } from '@support/schedules-world.js';

// Friday 30 October 2026, 23:59:58 in Brussels: the 8 weeks from today end the day before Noël.
const NOW = new Date('2026-10-30T22:59:58Z');
let server: TestServer;
let w: SchedulesWorld;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildSchedulesWorld(server);
});
afterAll(() => server?.close());

const fanny = async () => (await w.openConflicts('VISIT_ON_HOLIDAY')).filter((c) => c.explanation.startsWith('Fanny Family')).map((c) => c.explanation);

describe('VISIT_ON_HOLIDAY when the day turns', () => {
  it('a visit on Noël, 8 weeks and a day ahead, is flagged when the Brussels date turns to Saturday 31 October, not before', async () => {
    // Inserted without the engine (an import): only a recheck of the window can flag it.
    await server.db.db.insert(scheduleEntries).values({
      helperId: w.familyHelper.id, caseFileId: dbId(w.home.id), sectorId: w.sector.id, kind: 'FAMILY_CARE', tasks: ['DRESSING'],
      startsAt: new Date(at('2026-12-25', '09:00')), endsAt: new Date(at('2026-12-25', '10:00')), createdById: w.sw.id,
    });
    server.clock.now = new Date('2026-10-30T22:59:59.500Z'); // still Friday: the window ends on 24 December
    await sleep(2_000);
    expect(await fanny()).toEqual([]);
    server.clock.now = new Date('2026-10-30T23:00:00.200Z'); // Saturday 00:00:00.2 in Brussels
    const end = Date.now() + 8_000;
    let flagged: string[] = [];
    while (!flagged.length && Date.now() < end) {
      await sleep(200);
      flagged = await fanny();
    }
    expect(flagged).toEqual([expect.stringContaining('09:00–10:00 on Friday 25 December 2026, a public holiday (Noël)')]);
  });
});
