// Demo swaps of permanence shifts (R13), made through the swap use cases themselves: Youssef El Amrani
// offered his place on a weekday shift of Binôme A, Karim Benali took it and the relay social worker
// approved it (Karim holds it beside Claire now); Claire Vandenbroucke offered another one, Karim took it too, and it waits for
// approval at the desk. Added on a start when no swap exists yet, so an older demo gets them too.
import { and, asc, count, eq, gt } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { binomes, permanenceShifts, permanenceSwaps, staff } from '../db/schema/index.js';
import type { Services } from '../composition/services.js';

const DAY = 86_400_000;

/** Inserts the demo swaps when there is none and Binôme A holds weekday shifts two weeks ahead; returns whether it did. */
export async function seedDemoSwaps(db: Database, services: Pick<Services, 'swaps'>, now: Date): Promise<boolean> {
  const [{ n }] = await db.select({ n: count() }).from(permanenceSwaps);
  if (n > 0) return false;
  const people = await db.select({ id: staff.id, fullName: staff.fullName, role: staff.role }).from(staff);
  const who = (fullName: string) => people.find((p) => p.fullName === fullName);
  const [claire, youssef, karim, relay] = ['Claire Vandenbroucke', 'Youssef El Amrani', 'Karim Benali', 'Pieter De Smet'].map(who);
  const [binomeA] = await db.select({ id: binomes.id }).from(binomes).where(eq(binomes.name, 'Binôme A'));
  if (!claire || !youssef || !karim || !relay || !binomeA) return false;
  // Two weeks ahead and more: R13's week of notice holds for the offer and the approval alike.
  const shifts = await db
    .select({ id: permanenceShifts.id })
    .from(permanenceShifts)
    .where(and(eq(permanenceShifts.holderBinomeId, binomeA.id), eq(permanenceShifts.kind, 'WEEKDAY'), gt(permanenceShifts.startsAt, new Date(now.getTime() + 14 * DAY))))
    .orderBy(asc(permanenceShifts.startsAt))
    .limit(2);
  if (shifts.length < 2) return false;
  const as = (p: { id: string; role: (typeof people)[number]['role'] }) => ({ staffId: p.id, role: p.role });

  const approved = await services.swaps.offer({ shiftId: shifts[0].id, note: 'Formation continue ce jour-là' }, as(youssef), now);
  await services.swaps.take({ swapId: approved.swap.dbId }, as(karim), now);
  await services.swaps.approve({ swapId: approved.swap.dbId }, as(relay), now);

  const pending = await services.swaps.offer({ shiftId: shifts[1].id, note: 'Rendez-vous pris de longue date' }, as(claire), now);
  await services.swaps.take({ swapId: pending.swap.dbId }, as(karim), now);
  return true;
}
