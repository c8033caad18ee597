// Holidays over GraphQL: `holidays(from, to)` for every board reader, `serviceClosingDaysSet` for direction.
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { payload } from '../../graphql/user-errors.js';
import { BOARD_READERS, CurrentStaff, DIRECTION, type StaffViewer } from '../auth/index.js';
import type { HolidayService } from './holiday.service.js';
import { Holiday, ServiceClosingDaysSetInput, ServiceClosingDaysSetPayload } from './holiday.types.js';

@Resolver(() => Holiday)
export class HolidayResolver {
  constructor(private readonly service: HolidayService) {}

  @Authorized(BOARD_READERS)
  @Query(() => [Holiday], { description: 'Belgian public holidays and the service’s closing days with a day in [from, to) (YYYY-MM-DD, at most 800 days), in date order.' })
  holidays(@Arg('from', () => String) from: string, @Arg('to', () => String) to: string, @Ctx() ctx: Context): Promise<Holiday[]> {
    return this.service.list(from, to, ctx.reads);
  }

  @Authorized(DIRECTION)
  @Mutation(() => ServiceClosingDaysSetPayload, { description: "Direction sets a year's closing days (the list replaces that year's); they count as holidays for the rota generated afterwards, who to call and the planning." })
  serviceClosingDaysSet(@Arg('input', () => ServiceClosingDaysSetInput) input: ServiceClosingDaysSetInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<ServiceClosingDaysSetPayload> {
    return payload(
      () => this.service.setClosingDays(input.year, input.days, staff, ctx.now),
      (holidays) => ({ holidays }),
      { holidays: null },
    );
  }
}
