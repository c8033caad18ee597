// A service to test the monthly planning against: eight sectors, each with its social worker, team
// and one helper; the flying and relay social workers; direction; case files made by a factory.
import { beneficiaries, caseFiles, teamMembers } from '../../apps/api/src/db/schema/index.js';
import type { Database } from '../../apps/api/src/db/client.js';
import { toGlobalId } from '../../apps/api/src/shared/global-id.js';
import type { TestServer } from './server.js';
import { makeSector, makeStaff, makeTeam, PASSWORD } from './factories.js';

let n = 0;

/** A beneficiary and an active case file in a sector. */
export async function makeCase(db: Database, sectorId: string, socialWorkerId: string, opts: { propertyAdministrator?: boolean } = {}) {
  const i = ++n;
  const [b] = await db
    .insert(beneficiaries)
    .values({ firstName: `Ben${i}`, lastName: `Eficiary${i}`, propertyAdministrator: opts.propertyAdministrator ? { name: 'Maître Legrand', relation: 'administrateur de biens' } : null })
    .returning();
  const [c] = await db.insert(caseFiles).values({ beneficiaryId: b.id, sectorId, socialWorkerId, reasonForContact: 'Needs help at home', status: 'ACTIVE' }).returning();
  return { ...c, gid: toGlobalId('CaseFile', c.id) };
}

export async function buildPlanningWorld(server: TestServer, sectorCount = 8) {
  const db = server.db.db;
  const sectors: { sector: Awaited<ReturnType<typeof makeSector>>; sw: Awaited<ReturnType<typeof makeStaff>>; helper: Awaited<ReturnType<typeof makeStaff>> }[] = [];
  for (let i = 1; i <= sectorCount; i++) {
    const sector = await makeSector(db, `Sector ${i}`);
    const sw = await makeStaff(db, 'SOCIAL_WORKER', { fullName: `Social Worker ${i}`, sectorId: sector.id });
    const team = await makeTeam(db, sector.id, sw.id);
    const helper = await makeStaff(db, 'FAMILY_HELPER', { fullName: `Helper ${i}`, sectorId: sector.id });
    await db.insert(teamMembers).values({ teamId: team.id, helperId: helper.id });
    sectors.push({ sector, sw, helper });
  }
  const flying = await makeStaff(db, 'FLYING_SOCIAL_WORKER', { fullName: 'Flore Flying' });
  const relay = await makeStaff(db, 'RELAY_CONTROL_SOCIAL_WORKER', { fullName: 'Remi Relay' });
  const head = await makeStaff(db, 'SOCIAL_POLE_HEAD', { fullName: 'Hélène Head' });
  const director = await makeStaff(db, 'DIRECTOR', { fullName: 'Denis Director' });
  const tokens = new Map<string, string>();
  // Sessions expire: the tests move the clock by months, so a token is kept for one test day only.
  const token = async (who: { email: string }) => {
    const key = `${who.email}@${server.clock.now.toISOString().slice(0, 10)}`;
    const t = tokens.get(key) ?? (await server.login(who.email, PASSWORD));
    tokens.set(key, t);
    return t;
  };
  const kiosk = (await server.app.services.auth.createKioskToken('test screen', server.clock.now)).token;
  return { sectors, flying, relay, head, director, token, kiosk, makeCase: (i: number, opts?: { propertyAdministrator?: boolean }) => makeCase(db, sectors[i].sector.id, sectors[i].sw.id, opts) };
}
export type PlanningWorld = Awaited<ReturnType<typeof buildPlanningWorld>>;

export const REQUEST = `mutation ($input: PlanningRequestCreateInput!) {
  planningRequestCreate(input: $input) { request { id month kind urgent meetingAt sector { name } } userErrors { field code message } }
}`;
export const GENERATE = `mutation ($input: PlanningGenerateInput!) {
  planningGenerate(input: $input) { planning { ...P } userErrors { field code message } }
}
fragment P on Planning {
  id month status version revisions controls
  items { id kind startsAt endsAt status suspended sector { name } request { id } suspendedBy { id } }
  unplaced { code reason request { id kind sector { name } } }
  changes { action fromStartsAt toStartsAt reason afterFixing at by { fullName } }
  quotaUse { sector { name } revisions revisionQuota controls controlQuota accompaniments meetingSupports unplaced }
}`;
