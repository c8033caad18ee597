// R13 over GraphQL: changing a shift's holder, direction's emergency take-over, and the history of
// changes (why a shift changed hands is for who records absences and the people concerned, R5).
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { inputId, inputIdOrNull } from '../../graphql/ids.js';
import { payload } from '../../graphql/user-errors.js';
import { CurrentStaff, DIRECTION, ROTA_KEEPERS, staffOnly, type StaffViewer } from '../auth/index.js';
import { Binome, mayKnowWhyReplaced, Staff, staffById, staffOrNull } from '../org/index.js';
import { binomeOrNull, holdersOfHolding, shiftById } from './permanence.fields.js';
import { PermanenceReplaceInput, PermanenceShiftReassignInput, PermanenceTakeOverInput } from './permanence.input.js';
import { PermanenceReplacePayload, PermanenceReplacement, PermanenceShift } from './permanence.types.js';
import type { ReplacementService } from './replacement.service.js';

const concernedBy = (r: PermanenceReplacement) => [r.previousStaffDbId, r.newStaffDbId, r.recordedByDbId, r.previous.substitutedMemberId, r.previous.substituteId, r.next.substitutedMemberId, r.next.substituteId];
const shiftIdOf = (id: string) => inputId(id, 'PermanenceShift', 'shiftId', 'UNKNOWN_SHIFT');

@Resolver(() => PermanenceReplacement)
export class PermanenceReplacementResolver {
  constructor(private readonly replacements: ReplacementService) {}

  @Authorized(ROTA_KEEPERS)
  @Mutation(() => PermanenceReplacePayload, { description: 'R13: give a shift to someone else, at least a week ahead or with the event that caused it.' })
  permanenceReplace(@Arg('input', () => PermanenceReplaceInput) input: PermanenceReplaceInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<PermanenceReplacePayload> {
    return payload(
      () => {
        const shiftId = shiftIdOf(input.shiftId);
        const holderStaffId = inputIdOrNull(input.holderStaffId, 'Staff', 'holderStaffId', 'UNKNOWN_PERSON');
        const holderBinomeId = inputIdOrNull(input.holderBinomeId, 'Binome', 'holderBinomeId', 'UNKNOWN_BINOME');
        return this.replacements.replace({ ...input, shiftId, holderStaffId, holderBinomeId }, staff, ctx.now);
      },
      (v) => v,
      { shift: null, replacement: null },
    );
  }

  @Authorized(DIRECTION)
  @Mutation(() => PermanenceReplacePayload, { description: 'Direction takes over or reassigns a shift at once (recorded as an emergency change).' })
  permanenceTakeOver(@Arg('input', () => PermanenceTakeOverInput) input: PermanenceTakeOverInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<PermanenceReplacePayload> {
    return payload(
      () => this.replacements.takeOver({ ...input, shiftId: shiftIdOf(input.shiftId), holderStaffId: inputIdOrNull(input.holderStaffId, 'Staff', 'holderStaffId', 'UNKNOWN_PERSON') }, staff, ctx.now),
      (v) => v,
      { shift: null, replacement: null },
    );
  }

  @Authorized(DIRECTION)
  @Mutation(() => PermanenceReplacePayload, { description: 'Direction gives a shift to a colleague at once, without a swap (any swap under way is cancelled); R13: less than a week ahead, with the event.' })
  permanenceShiftReassign(@Arg('input', () => PermanenceShiftReassignInput) input: PermanenceShiftReassignInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<PermanenceReplacePayload> {
    return payload(
      () =>
        this.replacements.reassign(
          {
            ...input,
            shiftId: shiftIdOf(input.shiftId),
            holderStaffId: inputId(input.holderStaffId, 'Staff', 'holderStaffId', 'UNKNOWN_PERSON'),
            inPlaceOfStaffId: inputIdOrNull(input.inPlaceOfStaffId, 'Staff', 'inPlaceOfStaffId', 'NOT_HOLDER'),
          },
          staff,
          ctx.now,
        ),
      (v) => v,
      { shift: null, replacement: null },
    );
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why it changed hands: for who records absences and the people concerned (R5); null for others and the kiosk.' })
  reason(@Root() r: PermanenceReplacement, @Ctx() ctx: Context): string | null {
    return mayKnowWhyReplaced(staffOnly(ctx.viewer), concernedBy(r)) ? r.reason : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The event that caused a change at short notice (often someone\'s health): for who records absences and the people concerned (R5).' })
  event(@Root() r: PermanenceReplacement, @Ctx() ctx: Context): string | null {
    return mayKnowWhyReplaced(staffOnly(ctx.viewer), concernedBy(r)) ? r.event : null;
  }

  @FieldResolver(() => Staff)
  recordedBy(@Root() r: PermanenceReplacement, @Ctx() ctx: Context): Promise<Staff> {
    return staffById(ctx, r.recordedByDbId);
  }

  @FieldResolver(() => Staff, { nullable: true })
  previousStaff(@Root() r: PermanenceReplacement, @Ctx() ctx: Context) {
    return staffOrNull(ctx, r.previousStaffDbId);
  }

  @FieldResolver(() => Binome, { nullable: true })
  previousBinome(@Root() r: PermanenceReplacement, @Ctx() ctx: Context) {
    return binomeOrNull(ctx, r.previousBinomeDbId);
  }

  @FieldResolver(() => Staff, { nullable: true })
  newStaff(@Root() r: PermanenceReplacement, @Ctx() ctx: Context) {
    return staffOrNull(ctx, r.newStaffDbId);
  }

  @FieldResolver(() => Binome, { nullable: true })
  newBinome(@Root() r: PermanenceReplacement, @Ctx() ctx: Context) {
    return binomeOrNull(ctx, r.newBinomeDbId);
  }

  @FieldResolver(() => [Staff], { description: 'Who held the shift before the change: the person, or the binôme’s members (a substitute in the place of a member who had handed hers over).' })
  previousHolders(@Root() r: PermanenceReplacement, @Ctx() ctx: Context): Promise<Staff[]> {
    return holdersOfHolding(ctx, r.previous);
  }

  @FieldResolver(() => [Staff], { description: 'Who holds it after the change, read the same way: after a swap on a binôme’s shift, the other member and the colleague who took the place.' })
  newHolders(@Root() r: PermanenceReplacement, @Ctx() ctx: Context): Promise<Staff[]> {
    return holdersOfHolding(ctx, r.next);
  }

  @FieldResolver(() => PermanenceShift)
  shift(@Root() r: PermanenceReplacement, @Ctx() ctx: Context): Promise<PermanenceShift> {
    return shiftById(ctx, r.shiftDbId, 'replacement');
  }
}
