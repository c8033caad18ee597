// The week-end load over GraphQL: `permanenceLoad(year)` for whoever keeps the rota, and the
// `loadWarnings` of a change of holder (R13 replacements, approved or undone swaps), for them only.
import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ROTA_KEEPERS, staffOnly } from '../auth/index.js';
import { Staff, staffById } from '../org/index.js';
import { PermanenceReplacePayload, type PermanenceShift } from './permanence.types.js';
import { PermanenceSwap, PermanenceSwapPayload } from './swap.types.js';
import { shiftById } from './permanence.fields.js';
import { PermanenceLoad, PermanenceLoadWarning, PermanencePersonLoad } from './rota-load.types.js';
import type { LoadWarning, RotaLoadService } from './rota-load.service.js';
import { recordedHoldings, type Holding } from './shift-holders.rules.js';

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

const WARNINGS = {
  description:
    'Issue 12: the new holders this change leaves more than one week-end above their FTE share of the year’s week-ends and holidays (and higher than before). A warning, not a refusal: the change is made. Empty for a weekday shift, when nothing changed hands, or when the change failed; for the relay social worker and direction only (others get an empty list).',
};

/** Whoever keeps the rota sees the figures; others get no warnings. */
const keepsRota = (ctx: Context) => {
  const viewer = staffOnly(ctx.viewer);
  return !!viewer && ROTA_KEEPERS.includes(viewer.role);
};

function toWarnings(warnings: LoadWarning[], lead: string): PermanenceLoadWarning[] {
  return warnings.map((w) => ({
    ...w,
    staffDbId: w.staffId,
    code: 'LOAD_ABOVE_FTE_SHARE',
    message: `${lead} ${w.closedDays} closed days (week-end days and holidays) in ${w.year}, ${w.deviation} above their FTE share of ${w.expectedClosedDays}.`,
  }));
}

/** The warnings of a change of holder, for whoever keeps the rota (the figures are theirs to see). */
async function warningsOf(load: RotaLoadService, ctx: Context, shift: PermanenceShift | null, previous: Holding | null): Promise<PermanenceLoadWarning[]> {
  if (!shift || !previous || !keepsRota(ctx)) return [];
  return toWarnings(await load.afterChange({ shift, previous }), 'After this change they hold');
}

@Resolver(() => PermanenceReplacePayload)
export class PermanenceReplaceLoadResolver {
  constructor(private readonly load: RotaLoadService) {}

  @FieldResolver(() => [PermanenceLoadWarning], WARNINGS)
  loadWarnings(@Root() p: PermanenceReplacePayload, @Ctx() ctx: Context): Promise<PermanenceLoadWarning[]> {
    const r = p.replacement;
    return warningsOf(this.load, ctx, p.shift, r && r.previous);
  }
}

@Resolver(() => PermanenceSwapPayload)
export class PermanenceSwapLoadResolver {
  constructor(private readonly load: RotaLoadService) {}

  @FieldResolver(() => [PermanenceLoadWarning], WARNINGS)
  async loadWarnings(@Root() p: PermanenceSwapPayload, @Ctx() ctx: Context): Promise<PermanenceLoadWarning[]> {
    // An approval hands the shift to the taker, an undo gives it back: each recorded as a replacement.
    const id = p.swap?.status === 'APPROVED' ? p.swap.replacementDbId : p.swap?.status === 'UNDONE' ? p.swap.undoReplacementDbId : null;
    const r = id ? await ctx.loaders.replacement.load(id) : null;
    return warningsOf(this.load, ctx, p.shift, r && recordedHoldings(r).previous);
  }
}

@Resolver(() => PermanenceSwap)
export class PermanenceSwapLoadWarningsResolver {
  @FieldResolver(() => [PermanenceLoadWarning], {
    description:
      'Issue 12: what approving this swap would do to the week-end load: the taker, if holding the offerer’s place (on a binôme’s shift, beside the other member) would leave her more than one week-end above her FTE share of the year’s week-ends and holidays (and higher than before). Computed now, for a swap taken and waiting for approval; empty for other statuses, a weekday shift, and anyone but the relay social worker and direction (as the loadWarnings of the approval itself).',
  })
  async loadWarnings(@Root() s: PermanenceSwap, @Ctx() ctx: Context): Promise<PermanenceLoadWarning[]> {
    if (s.status !== 'TAKEN' || !s.takenByDbId || !keepsRota(ctx)) return [];
    const shift = await shiftById(ctx, s.shiftDbId, 'swap');
    return toWarnings(await ctx.loaders.swapLoadWarnings.load({ shift, giverId: s.offeredByDbId, takerId: s.takenByDbId }), 'If approved, they would hold');
  }
}
