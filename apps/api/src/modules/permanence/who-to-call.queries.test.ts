// The board asks who to call for every sector at once: the answer costs the same SQL statements for
// 2 sectors as for 8 (it was about seven per sector).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSector, makeStaff, makeTeam, PASSWORD } from '@support/factories.js';
import { startTestServer, type TestServer } from '@support/server.js';
import { countStatements } from '@support/statements.js';

const NOW = new Date('2026-11-24T09:30:00Z'); // a Tuesday, 10:30 in Brussels: office hours
let server: TestServer;
let token: string;

const BOARD = `{ sectors { name whoToCall { role gap person { fullName phone } chain { role skipped reasonCode person { fullName } } } } }`;

async function addSectors(n: number) {
  for (let i = 0; i < n; i++) {
    const sector = await makeSector(server.db.db);
    const worker = await makeStaff(server.db.db, 'SOCIAL_WORKER', { sectorId: sector.id });
    await makeTeam(server.db.db, sector.id, worker.id);
  }
}

async function statementsOfBoardRead(): Promise<{ n: number; sectors: number }> {
  let sectors = 0;
  // The token's session is known before counting (the server keeps live sessions it has seen).
  await server.gql('{ viewer { kind } }', {}, token);
  const { n } = await countStatements(server.app, async () => {
    const r = await server.gql(BOARD, {}, token);
    expect(r.errors).toBeUndefined();
    for (const s of r.data?.sectors ?? []) expect(s.whoToCall.role).toBe('SECTOR_SOCIAL_WORKER');
    sectors = r.data?.sectors.length;
  });
  return { n, sectors };
}

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  await makeStaff(server.db.db, 'FLYING_SOCIAL_WORKER');
  const director = await makeStaff(server.db.db, 'DIRECTOR');
  token = await server.login(director.email, PASSWORD);
});

afterAll(async () => {
  await server?.close();
});

describe('who to call for every sector', () => {
  it('costs the same SQL statements for 2 sectors as for 8', async () => {
    await addSectors(2);
    const few = await statementsOfBoardRead();
    await addSectors(6);
    const many = await statementsOfBoardRead();
    expect([few.sectors, many.sectors]).toEqual([2, 8]);
    expect(many.n).toBe(few.n);
  });
});
