// Public holidays and the service's closing days: the composition root builds the service from here,
// other modules ask it which days are closed (HolidayLookup).
import type { Database, Executor } from '../../db/client.js';
import { unitOfWork } from '../../db/unit-of-work.js';
import { Outbox } from '../../events/outbox.js';
import { HolidayRepository } from './holiday.repository.js';
import { HolidayService, type ClosingDaysEffects } from './holiday.service.js';

import { holidaysBetween, type Holiday } from './holiday.rules.js';
export { belgianPublicHolidays, holidaysBetween, type Holiday, type HolidayKind } from './holiday.rules.js';
export { HolidayService, type ClosingDaysEffects, type HolidayLookup } from './holiday.service.js';
export { Holiday as HolidayType } from './holiday.types.js';

/** `effects`: what follows a change of closing days in its transaction (the composition root fills it). */
export function holidayService(db: Database, effects: ((executor: Executor) => ClosingDaysEffects) | null = null): HolidayService {
  return new HolidayService(unitOfWork(db, (executor: Executor) => ({ holidays: new HolidayRepository(executor), outbox: new Outbox(executor), effects: effects?.(executor) ?? null })));
}

/** Public holidays and closing days in [from, to), read inside another module's transaction. */
export async function holidaysIn(executor: Executor, from: string, to: string): Promise<Holiday[]> {
  const closing = await new HolidayRepository(executor).between(from, to);
  return holidaysWithClosingDays(from, to, closing);
}

/** Public holidays in [from, to) with the service's closing days already read (their rows). */
export function holidaysWithClosingDays(from: string, to: string, closing: readonly { day: string; name: string }[]): Holiday[] {
  return holidaysBetween(from, to, closing.map((c) => ({ day: c.day, kind: 'SERVICE_CLOSING_DAY' as const, name: c.name })));
}
