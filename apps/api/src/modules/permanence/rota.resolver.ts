// The rota over GraphQL: on call now, the shifts over a window, a new shift, a generated year.
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { inputIdOrNull } from '../../graphql/ids.js';
import { DateTime } from '../../graphql/scalars.js';
import { payload } from '../../graphql/user-errors.js';
import { BOARD_READERS, CurrentStaff, ROTA_KEEPERS, type StaffViewer } from '../auth/index.js';
import { Binome, Staff, offerWholeStaff, staffOrNull } from '../org/index.js';
import { primeShiftHolidays } from './shift-holidays.resolver.js';
import { binomeOrNull, shiftHolders } from './permanence.fields.js';
import { PermanenceRotaGenerateInput, PermanenceShiftCreateInput } from './permanence.input.js';
import { toReplacement } from './permanence.mappers.js';
import { OnCall, PermanenceReplacement, PermanenceRotaGeneratePayload, PermanenceShift, PermanenceShiftConnection, PermanenceShiftCreatePayload } from './permanence.types.js';
import type { RotaService } from './rota.service.js';
import { askedInstant } from './permanence.rules.js';

const DAY = 86_400_000;

@Resolver(() => PermanenceShift)
export class PermanenceResolver {
  constructor(private readonly rota: RotaService) {}

  @Authorized(BOARD_READERS)
  @Query(() => OnCall, { description: 'The shift on call at `at` (now by default; within 400 days of now, else BAD_USER_INPUT naming `at`), the next one and the coming week-end.' })
  permanenceOnCall(@Arg('at', () => DateTime, { nullable: true }) at: Date | null, @Ctx() ctx: Context): Promise<OnCall> {
    return this.onCallPrimed(askedInstant(at, ctx.now), ctx);
  }

  // One statement for the whole panel: the shifts' binômes, replacements, holders in call order,
  // people and holidays are handed to the request's loaders, so their fields read nothing more.
  private async onCallPrimed(at: Date, ctx: Context): Promise<OnCall> {
    const { onCall, facts, callOrder, holidaysOf } = await this.rota.onCallRead(at, ctx.now);
    offerWholeStaff(ctx.reads, facts.staff);
    for (const b of facts.binomes) ctx.loaders.binome.prime(b.id, b);
    for (const s of facts.shifts) {
      ctx.loaders.replacementsOfShift.prime(s.id, facts.replacements.filter((r) => r.shiftId === s.id));
      ctx.loaders.holdersInCallOrder.prime({ id: s.id, startsAt: s.startsAt, endsAt: s.endsAt, holderBinomeId: s.holderBinomeId, holderStaffId: s.holderStaffId, substitutedMemberId: s.substitutedMemberId, substituteId: s.substituteId }, callOrder.get(s.id)!);
      for (let y = s.startsAt.getUTCFullYear(); y <= s.endsAt.getUTCFullYear(); y++) {
        const holidays = holidaysOf(y);
        if (holidays) primeShiftHolidays(ctx, y, holidays);
      }
    }
    return onCall;
  }

  @Authorized(BOARD_READERS)
  @Query(() => PermanenceShiftConnection, { description: 'Shifts overlapping [from, to), in time order. Defaults: the next 4 weeks. `to` not after `from` is BAD_USER_INPUT naming `to`.' })
  permanenceShifts(
    @Arg('from', () => DateTime, { nullable: true }) from: Date | null,
    @Arg('to', () => DateTime, { nullable: true }) to: Date | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    const start = from ?? ctx.now;
    return this.rota.shifts(start, to ?? new Date(start.getTime() + 28 * DAY), first, after);
  }

  @Authorized(ROTA_KEEPERS)
  @Mutation(() => PermanenceShiftCreatePayload, { description: 'Add a shift to the rota (a binôme, a person, or nobody yet: then it is a gap).' })
  permanenceShiftCreate(@Arg('input', () => PermanenceShiftCreateInput) input: PermanenceShiftCreateInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<PermanenceShiftCreatePayload> {
    return payload(
      () => {
        const holderStaffId = inputIdOrNull(input.holderStaffId, 'Staff', 'holderStaffId', 'UNKNOWN_PERSON');
        const holderBinomeId = inputIdOrNull(input.holderBinomeId, 'Binome', 'holderBinomeId', 'UNKNOWN_BINOME');
        return this.rota.createShift({ ...input, holderStaffId, holderBinomeId }, staff, ctx.now);
      },
      (shift) => ({ shift }),
      { shift: null },
    );
  }

  @Authorized(ROTA_KEEPERS)
  @Mutation(() => PermanenceRotaGeneratePayload, { description: 'Keep the rota a year ahead: fill a span with binômes in turn (weekday shifts day by day; week-ends and holidays by FTE, each binôme going where none of its members would go further above her own FTE share than another binôme’s would, the shifts already in the rota counted for whoever holds them).' })
  permanenceRotaGenerate(@Arg('input', () => PermanenceRotaGenerateInput) input: PermanenceRotaGenerateInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<PermanenceRotaGeneratePayload> {
    return payload(
      () => this.rota.generateRota({ ...input, binomeIds: input.binomeIds.map((id) => inputIdOrNull(id, 'Binome', 'binomeIds', 'UNKNOWN_BINOME')) }, staff, ctx.now),
      (created) => ({ created }),
      { created: 0 },
    );
  }

  @FieldResolver(() => Binome, { nullable: true })
  holderBinome(@Root() shift: PermanenceShift, @Ctx() ctx: Context) {
    return binomeOrNull(ctx, shift.holding.holderBinomeId);
  }

  @FieldResolver(() => Staff, { nullable: true })
  holderStaff(@Root() shift: PermanenceShift, @Ctx() ctx: Context) {
    return staffOrNull(ctx, shift.holding.holderStaffId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'On a binôme’s shift: the member who handed over her place (an approved swap); she is not on call for it. Null otherwise.' })
  substitutedMember(@Root() shift: PermanenceShift, @Ctx() ctx: Context) {
    return staffOrNull(ctx, shift.holding.substitutedMemberId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'On a binôme’s shift: who holds the place of `substitutedMember`, beside the other member. Null otherwise.' })
  substitute(@Root() shift: PermanenceShift, @Ctx() ctx: Context) {
    return staffOrNull(ctx, shift.holding.substituteId);
  }

  @FieldResolver(() => [Staff], { description: 'The people on call: both members of the binôme (the substitute in the place of a member who handed hers over), or the one holder; empty for a gap.' })
  holders(@Root() shift: PermanenceShift, @Ctx() ctx: Context): Promise<Staff[]> {
    return shiftHolders(ctx, shift);
  }

  @FieldResolver(() => [PermanenceReplacement], { description: 'R13: the history of changes of holder, oldest first.' })
  async replacements(@Root() shift: PermanenceShift, @Ctx() ctx: Context): Promise<PermanenceReplacement[]> {
    return (await ctx.loaders.replacementsOfShift.load(shift.dbId)).map(toReplacement);
  }
}
