// Who to call's one-statement read (board-facts.repository.ts) reads the absences and R11 replacements
// under way at the instants asked, never everything between them: a board reader may ask one sector in
// 2000 and another now in one request (the repository is asked so here; over GraphQL `at` is bounded
// to 400 days of now), and the span would read decades of everyone's absences.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAbsence, makeSector, makeStaff, makeTeam, PASSWORD } from '@support/factories.js';
import { startTestServer, type TestServer } from '@support/server.js';
import { BoardFactsRepository } from './board-facts.repository.js';

const NOW = new Date('2026-11-24T09:30:00Z'); // a Tuesday, 10:30 in Brussels
const LONG_AGO = new Date('2000-01-04T10:00:00Z');
let server: TestServer;
let sectorId: string;
let workerId: string;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  const sector = await makeSector(server.db.db);
  sectorId = sector.id;
  const worker = await makeStaff(server.db.db, 'SOCIAL_WORKER', { sectorId });
  workerId = worker.id;
  await makeTeam(server.db.db, sectorId, workerId);
  await makeStaff(server.db.db, 'FLYING_SOCIAL_WORKER');
  // Away on both instants asked, and away many times in between.
  await makeAbsence(server.db.db, { staffId: workerId, kind: 'SICKNESS', startsAt: new Date('2000-01-03T00:00:00Z'), endsAt: new Date('2000-01-05T00:00:00Z') });
  await makeAbsence(server.db.db, { staffId: workerId, kind: 'SICKNESS', startsAt: new Date('2026-11-23T00:00:00Z'), endsAt: new Date('2026-11-25T00:00:00Z') });
  for (let year = 2001; year < 2026; year++) {
    await makeAbsence(server.db.db, { staffId: workerId, kind: 'LEAVE', startsAt: new Date(`${year}-07-01T00:00:00Z`), endsAt: new Date(`${year}-07-15T00:00:00Z`) });
  }
});

afterAll(async () => {
  await server?.close();
});

describe("who to call's facts", () => {
  it('holds the absences under way at each instant asked, not those between the instants', async () => {
    const facts = await new BoardFactsRepository(server.db.db).whoToCallFacts([sectorId], [LONG_AGO, NOW], '2000-01-03', '2026-11-26');
    expect(facts.absences.map((a) => a.startsAt.toISOString()).sort()).toEqual(['2000-01-03T00:00:00.000Z', '2026-11-23T00:00:00.000Z']);
  });

  it('a request asking 2000 is refused naming `at` (beyond 400 days of now); now is answered with the sector worker away', async () => {
    const director = await makeStaff(server.db.db, 'DIRECTOR');
    const token = await server.login(director.email, PASSWORD);
    const old = await server.gql(`{ sectors { old: whoToCall(at: "2000-01-04T10:00:00Z") { chain { role } } now: whoToCall { chain { role } } } }`, {}, token);
    expect(old.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'at', reason: 'AT_OUT_OF_RANGE' });
    const r = await server.gql(`{ sectors { now: whoToCall { chain { role skipped reasonCode } } } }`, {}, token);
    expect(r.errors).toBeUndefined();
    expect(r.data!.sectors[0].now.chain[0]).toMatchObject({ role: 'SECTOR_SOCIAL_WORKER', skipped: true });
  });
});
