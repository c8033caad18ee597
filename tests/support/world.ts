// A small service to test the permanence against: one sector, its social worker, a binôme holding
// the rota, the flying and relay social workers, direction, a helper, a telephonist, a kiosk.
import type { TestServer } from './server.js';
import { rotaSpans } from '../../apps/api/src/modules/permanence/rota.rules.js';
import { makeBinome, makeSector, makeShift, makeStaff, makeTeam, PASSWORD } from './factories.js';

export async function buildWorld(server: TestServer, rota: { from: string; to: string }) {
  const db = server.db.db;
  const sector = await makeSector(db, 'Ixelles');
  const sw = await makeStaff(db, 'SOCIAL_WORKER', { fullName: 'Sarah Sector', sectorId: sector.id });
  await makeTeam(db, sector.id, sw.id);
  const p1 = await makeStaff(db, 'SOCIAL_WORKER', { fullName: 'Paul Premier' });
  const p2 = await makeStaff(db, 'SOCIAL_WORKER', { fullName: 'Pia Second' });
  const spare = await makeStaff(db, 'SOCIAL_WORKER', { fullName: 'Sam Spare' });
  const flying = await makeStaff(db, 'FLYING_SOCIAL_WORKER', { fullName: 'Flore Flying' });
  const relay = await makeStaff(db, 'RELAY_CONTROL_SOCIAL_WORKER', { fullName: 'Remi Relay' });
  const head = await makeStaff(db, 'SOCIAL_POLE_HEAD', { fullName: 'Hélène Head' });
  const director = await makeStaff(db, 'DIRECTOR', { fullName: 'Denis Director' });
  const helper = await makeStaff(db, 'FAMILY_HELPER', { fullName: 'Hugo Helper', sectorId: sector.id });
  const telephonist = await makeStaff(db, 'TELEPHONIST', { fullName: 'Tina Phone' });
  const binome = await makeBinome(db, p1.id, p2.id, 'Paul & Pia');
  const shifts = [];
  for (const span of rotaSpans(rota.from, rota.to)) shifts.push(await makeShift(db, { ...span, holderBinomeId: binome.id }));
  const token = async (who: { email: string }) => server.login(who.email, PASSWORD);
  const kiosk = (await server.app.services.auth.createKioskToken('test screen', server.clock.now)).token;
  return { sector, sw, p1, p2, spare, flying, relay, head, director, helper, telephonist, binome, shifts, token, kiosk };
}
export type World = Awaited<ReturnType<typeof buildWorld>>;

/** The shift covering an instant. */
export function shiftAt(world: World, at: Date) {
  const s = world.shifts.find((x) => x.startsAt <= at && at < x.endsAt);
  if (!s) throw new Error(`no shift at ${at.toISOString()}`);
  return s;
}
