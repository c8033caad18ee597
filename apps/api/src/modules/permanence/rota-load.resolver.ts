// The week-end load over GraphQL: `permanenceLoad(year)` for whoever keeps the rota, and the
// `loadWarnings` of a change of holder (R13 payloads).
import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ROTA_KEEPERS } from '../auth/index.js';
import { Staff, staffById } from '../org/index.js';
import { PermanenceReplacePayload } from './permanence.types.js';
import { PermanenceLoad, PermanenceLoadWarning, PermanencePersonLoad } from './rota-load.types.js';
import type { RotaLoadService } from './rota-load.service.js';

@Resolver(() => PermanenceLoad)
export class PermanenceLoadResolver {
  constructor(private readonly load: RotaLoadService) {}

  @Authorized(ROTA_KEEPERS)
  @Query(() => PermanenceLoad, { description: 'Issue 12: each person’s week-ends, holiday days and weekday shifts over a calendar year (Brussels time), their share by FTE, the deviation and the fairness figure. For the relay social worker and direction.' })
  async permanenceLoad(@Arg('year', () => Int, { description: 'A calendar year. From 2000 to 2100.' }) year: number): Promise<PermanenceLoad> {
    const load = await this.load.yearLoad(year);
    return { ...load, people: load.people.map((p) => ({ ...p, staffDbId: p.staffId })) };
  }
}

@Resolver(() => PermanencePersonLoad)
export class PermanencePersonLoadResolver {
  @FieldResolver(() => Staff)
  staff(@Root() p: PermanencePersonLoad, @Ctx() ctx: Context): Promise<Staff> {
    return staffById(ctx, p.staffDbId);
  }
}

@Resolver(() => PermanenceLoadWarning)
export class PermanenceLoadWarningResolver {
  @FieldResolver(() => Staff)
  staff(@Root() w: PermanenceLoadWarning, @Ctx() ctx: Context): Promise<Staff> {
    return staffById(ctx, w.staffDbId);
  }
}

@Resolver(() => PermanenceReplacePayload)
export class PermanenceReplaceLoadResolver {
  constructor(private readonly load: RotaLoadService) {}

  @FieldResolver(() => [PermanenceLoadWarning], {
    description: 'Issue 12: the new holders this change leaves more than one week-end above their FTE share of the year’s week-ends and holidays (and higher than before). A warning, not a refusal: the change is made. Empty for a weekday shift or when the change failed.',
  })
  async loadWarnings(@Root() p: PermanenceReplacePayload): Promise<PermanenceLoadWarning[]> {
    if (!p.shift || !p.replacement) return [];
    const warnings = await this.load.afterChange({ shift: p.shift, previousStaffDbId: p.replacement.previousStaffDbId, previousBinomeDbId: p.replacement.previousBinomeDbId });
    return warnings.map((w) => ({
      ...w,
      staffDbId: w.staffId,
      code: 'LOAD_ABOVE_FTE_SHARE',
      message: `After this change they hold ${w.closedDays} closed days (week-end days and holidays) in ${w.year}, ${w.deviation} above their FTE share of ${w.expectedClosedDays}.`,
    }));
  }
}
