// Demo data on first start: the seed, its coverage alerts, and a kiosk token for the board when no
// screen has one in force (a token is a credential: minting one at every start would leave a
// trail of year-long tokens).
import type { Database } from '../db/client.js';
import type { Services } from '../composition/services.js';
import { DEMO_PASSWORD, seedDemo } from './demo.js';
import { seedDemoIncident } from './demo-incidents.js';
import { seedDemoSwaps } from './demo-swaps.js';

export async function seedIfEmpty(db: Database, services: Services, now: Date) {
  const logins = await seedDemo(db, { now, password: DEMO_PASSWORD });
  await seedDemoIncident(db, now);
  await seedDemoSwaps(db, services, now);
  await services.alerts.reconcileAll(now);
  // The demo's visits on the coming weeks' holidays: inserted in bulk, they meet the conflict engine here.
  await services.conflicts.recheckHolidays(now);
  const kiosk = (await services.auth.hasLiveKioskToken(now)) ? null : await services.auth.createKioskToken('Demo meeting-room screen', now);
  return { logins, password: DEMO_PASSWORD, kioskToken: kiosk?.token ?? null };
}
