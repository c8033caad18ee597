// PermanenceShift.holidays: the public holidays and closing days a shift covers, so the board can say
// "jour férié" on a holiday shift.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { HolidayType, type Holiday, type HolidayLookup } from '../holidays/index.js';
import { PermanenceShift } from './permanence.types.js';

// One look-up per year and request, however many shifts a list holds.
const perRequest = new WeakMap<object, Map<number, Promise<Holiday[]>>>();

/** A year's holidays already known to this request (read with the shifts): the field does not look them up. */
export function primeShiftHolidays(ctx: Context, year: number, holidays: Holiday[]): void {
  const years = perRequest.get(ctx) ?? new Map<number, Promise<Holiday[]>>();
  perRequest.set(ctx, years);
  if (!years.has(year)) years.set(year, Promise.resolve(holidays));
}

@Resolver(() => PermanenceShift)
export class ShiftHolidaysResolver {
  constructor(private readonly lookup: HolidayLookup) {}

  @FieldResolver(() => [HolidayType], { description: 'The public holidays and closing days this shift covers (a holiday is held like a week-end day), in date order.' })
  async holidays(@Root() shift: PermanenceShift, @Ctx() ctx: Context): Promise<Holiday[]> {
    const years = perRequest.get(ctx) ?? new Map<number, Promise<Holiday[]>>();
    perRequest.set(ctx, years);
    const year = (y: number) => {
      if (!years.has(y)) years.set(y, this.lookup.holidaysBetween(`${y}-01-01`, `${y + 1}-01-01`, ctx.reads));
      return years.get(y) as Promise<Holiday[]>;
    };
    const first = shift.startsAt.getUTCFullYear();
    const lists = await Promise.all([first, first + 1].filter((y) => y <= shift.endsAt.getUTCFullYear()).map(year));
    return lists.flat().filter((h) => coversDay(shift, h.day));
  }
}

/** A shift covers a day when it holds its middle (11:00 UTC: 12:00 or 13:00 in Brussels). */
function coversDay(shift: { startsAt: Date; endsAt: Date }, day: string): boolean {
  const midday = Date.parse(`${day}T11:00:00Z`);
  return shift.startsAt.getTime() <= midday && midday < shift.endsAt.getTime();
}
