// A small service to test case files against: two sectors with their teams (social worker and
// helpers), a trainee, the flying and relay social workers, direction, a telephonist, a kiosk.
import { scheduleEntries, teamMembers } from '../../apps/api/src/db/schema/index.js';
import { fromGlobalId } from '../../apps/api/src/shared/global-id.js';
import type { TestServer } from './server.js';
import { makeSector, makeStaff, makeTeam, PASSWORD } from './factories.js';

export async function buildCasesWorld(server: TestServer) {
  const db = server.db.db;
  const sector = await makeSector(db, 'Ixelles');
  const other = await makeSector(db, 'Uccle');
  const sw = await makeStaff(db, 'SOCIAL_WORKER', { fullName: 'Sarah Sector', sectorId: sector.id });
  const otherSw = await makeStaff(db, 'SOCIAL_WORKER', { fullName: 'Olga Other', sectorId: other.id });
  const team = await makeTeam(db, sector.id, sw.id);
  const otherTeam = await makeTeam(db, other.id, otherSw.id);
  const familyHelper = await makeStaff(db, 'FAMILY_HELPER', { fullName: 'Fanny Family', sectorId: sector.id });
  const homeHelper = await makeStaff(db, 'HOME_HELPER', { fullName: 'Hector Home', sectorId: sector.id });
  const otherHelper = await makeStaff(db, 'FAMILY_HELPER', { fullName: 'Oscar Outside', sectorId: other.id });
  // In the team, but scheduled at none of the test's homes (R5: sees nothing of them).
  const idleHelper = await makeStaff(db, 'HOME_HELPER', { fullName: 'Ida Idle', sectorId: sector.id });
  await db.insert(teamMembers).values([
    { teamId: team.id, helperId: familyHelper.id },
    { teamId: team.id, helperId: homeHelper.id },
    { teamId: team.id, helperId: idleHelper.id },
    { teamId: otherTeam.id, helperId: otherHelper.id },
  ]);
  const trainee = await makeStaff(db, 'TRAINEE', { fullName: 'Théo Trainee', sectorId: sector.id });
  const otherTrainee = await makeStaff(db, 'TRAINEE', { fullName: 'Tess Elsewhere', sectorId: other.id });
  const flying = await makeStaff(db, 'FLYING_SOCIAL_WORKER', { fullName: 'Flore Flying' });
  const relay = await makeStaff(db, 'RELAY_CONTROL_SOCIAL_WORKER', { fullName: 'Remi Relay' });
  const head = await makeStaff(db, 'SOCIAL_POLE_HEAD', { fullName: 'Hélène Head' });
  const director = await makeStaff(db, 'DIRECTOR', { fullName: 'Denis Director' });
  const telephonist = await makeStaff(db, 'TELEPHONIST', { fullName: 'Tina Phone' });
  const tokens = new Map<string, string>();
  const token = async (who: { email: string }) => {
    const t = tokens.get(who.email) ?? (await server.login(who.email, PASSWORD));
    tokens.set(who.email, t);
    return t;
  };
  const kiosk = (await server.app.services.auth.createKioskToken('test screen', server.clock.now)).token;
  return { sector, other, sw, otherSw, familyHelper, homeHelper, otherHelper, idleHelper, trainee, otherTrainee, flying, relay, head, director, telephonist, token, kiosk };
}
export type CasesWorld = Awaited<ReturnType<typeof buildCasesWorld>>;

// A valid national-register number: born 30 July 1985.
export const NRN_1985 = '85073003328';

export const OPEN_CASE = `mutation ($input: CaseFileOpenInput!) {
  caseFileOpen(input: $input) {
    caseFile { id status version urgent urgentAlert reasonForContact beneficiary { id firstName lastName version nationalRegisterNumber } }
    userErrors { field code message }
  }
}`;

/** Opens a case file in a sector through GraphQL, with full intake data. */
export async function openCase(server: TestServer, w: CasesWorld, opts: { sector?: { gid: string }; sw?: { gid: string }; nrn?: string | null; urgent?: boolean; lastName?: string } = {}) {
  const r = await server.gql(
    OPEN_CASE,
    {
      input: {
        sectorId: (opts.sector ?? w.sector).gid,
        socialWorkerId: (opts.sw ?? w.sw).gid,
        reasonForContact: 'Falls at home, lives alone',
        urgent: opts.urgent ?? false,
        beneficiary: {
          firstName: 'Marie',
          lastName: opts.lastName ?? 'Dupont',
          birthDate: '1985-07-30',
          address: { street: 'Rue du Bailli 12', postalCode: '1050', city: 'Ixelles', latitude: 50.8265, longitude: 4.3613 },
          maritalStatus: 'WIDOWED',
          nationalRegisterNumber: opts.nrn ?? null,
          familyAllowanceNumber: 'FA-778899',
          householdMembers: [{ name: 'Luc Dupont', relation: 'son' }],
          informalCaregivers: [{ name: 'Anne Voisine', relation: 'neighbour', phone: '+32 470 00 00 00' }],
          outsideProfessionals: [{ name: 'Dr Martin', relation: 'GP' }],
          propertyAdministrator: { name: 'Maître Legrand', relation: 'administrateur de biens' },
          accessNotes: 'Key box code 1234',
          safetyNotes: 'Dog in the garden',
          healthNotes: 'Diabetes, insulin twice a day',
          monthlyIncome: 1250.5,
        },
      },
    },
    await w.token(w.sw),
  );
  if (r.errors || r.data?.caseFileOpen.userErrors.length) throw new Error(`openCase: ${JSON.stringify(r.errors ?? r.data?.caseFileOpen.userErrors)}`);
  return r.data?.caseFileOpen.caseFile as { id: string; version: number; beneficiary: { id: string; version: number } };
}

/** Schedules a helper at a case's home (tomorrow unless told), so R5 lets it see what it needs of the beneficiary. */
export async function serveCase(server: TestServer, w: CasesWorld, caseGid: string, helper: { id: string; role: string }, startsAt = new Date(server.clock.now.getTime() + 86_400_000)) {
  const caseFileId = fromGlobalId(caseGid, 'CaseFile')?.id;
  if (!caseFileId) throw new Error(`serveCase: not a case file id ${caseGid}`);
  await server.db.db.insert(scheduleEntries).values({
    helperId: helper.id,
    caseFileId,
    sectorId: w.sector.id,
    kind: helper.role === 'FAMILY_HELPER' ? 'FAMILY_CARE' : 'HOUSEHOLD',
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
    createdById: w.sw.id,
  });
}
