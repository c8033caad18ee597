// Swaps over GraphQL (R13): offer, take, approve, refuse, undo; the pending swaps; a swap's people,
// and why (R5: for who records absences and the people concerned); a shift's history.
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { inputId } from '../../graphql/ids.js';
import { payload } from '../../graphql/user-errors.js';
import { ABSENCE_RECORDERS, ALL_STAFF, CurrentStaff, ROTA_KEEPERS, staffOnly, type StaffViewer } from '../auth/index.js';
import { mayKnowWhyReplaced, SOCIAL_ROLES, Staff, staffById, staffOrNull } from '../org/index.js';
import { shiftById } from './permanence.fields.js';
import { PermanenceSwapOfferInput, PermanenceSwapRefuseInput, PermanenceSwapStepInput } from './permanence.input.js';
import { toReplacement, toSwap } from './permanence.mappers.js';
import { PermanenceReplacement, PermanenceShift } from './permanence.types.js';
import { canHoldPermanence } from './permanence.rules.js';
import { isOpenSwap, isSwapApprover, mayDecide, maySeeSwap, offerRefusal, PENDING_SWAP, shiftHistory } from './swap.rules.js';
import { shiftHolderIds, type Holding } from './shift-holders.rules.js';
import type { SwapService } from './swap.service.js';
import { PermanenceSwap, PermanenceSwapPayload, ShiftHistoryEntry } from './swap.types.js';

const swapIdOf = (id: string) => inputId(id, 'PermanenceSwap', 'swapId', 'UNKNOWN_SWAP');
const concernedBy = (s: PermanenceSwap) => [s.offeredByDbId, s.takenByDbId, s.decidedByDbId];
const EMPTY = { swap: null, shift: null };

async function replacementOrNull(ctx: Context, id: string | null): Promise<PermanenceReplacement | null> {
  const row = id ? await ctx.loaders.replacement.load(id) : null;
  return row ? toReplacement(row) : null;
}

@Resolver(() => PermanenceSwap)
export class PermanenceSwapResolver {
  constructor(private readonly swaps: SwapService) {}

  @Authorized(SOCIAL_ROLES)
  @Mutation(() => PermanenceSwapPayload, { description: 'A holder offers one of her shifts to her colleagues (R13: less than a week ahead, with the event that caused it).' })
  permanenceSwapOffer(@Arg('input', () => PermanenceSwapOfferInput) input: PermanenceSwapOfferInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<PermanenceSwapPayload> {
    return payload(() => this.swaps.offer({ ...input, shiftId: inputId(input.shiftId, 'PermanenceShift', 'shiftId', 'UNKNOWN_SHIFT') }, staff, ctx.now), (v) => v, EMPTY);
  }

  @Authorized(SOCIAL_ROLES)
  @Mutation(() => PermanenceSwapPayload, { description: 'A colleague who holds the social permanence, and is free during the shift, takes an offer; it then waits for approval.' })
  permanenceSwapTake(@Arg('input', () => PermanenceSwapStepInput) input: PermanenceSwapStepInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<PermanenceSwapPayload> {
    return payload(() => this.swaps.take({ swapId: swapIdOf(input.swapId) }, staff, ctx.now), (v) => v, EMPTY);
  }

  @Authorized(ROTA_KEEPERS)
  @Mutation(() => PermanenceSwapPayload, { description: 'Whoever programs replacements approves a taken swap: the taker holds the shift (R13).' })
  permanenceSwapApprove(@Arg('input', () => PermanenceSwapStepInput) input: PermanenceSwapStepInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<PermanenceSwapPayload> {
    return payload(() => this.swaps.approve({ swapId: swapIdOf(input.swapId), event: input.event }, staff, ctx.now), (v) => v, EMPTY);
  }

  @Authorized(ROTA_KEEPERS)
  @Mutation(() => PermanenceSwapPayload, { description: 'Whoever programs replacements refuses a pending swap, saying why.' })
  permanenceSwapRefuse(@Arg('input', () => PermanenceSwapRefuseInput) input: PermanenceSwapRefuseInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<PermanenceSwapPayload> {
    return payload(() => this.swaps.refuse({ swapId: swapIdOf(input.swapId), reason: input.reason }, staff, ctx.now), (v) => v, EMPTY);
  }

  @Authorized(ABSENCE_RECORDERS)
  @Mutation(() => PermanenceSwapPayload, {
    description: 'The offerer withdraws her pending offer; whoever programs replacements withdraws a pending swap or undoes an approved one before the shift starts (the shift goes back, R13).',
  })
  permanenceSwapUndo(@Arg('input', () => PermanenceSwapStepInput) input: PermanenceSwapStepInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<PermanenceSwapPayload> {
    return payload(() => this.swaps.undo({ swapId: swapIdOf(input.swapId), event: input.event }, staff, ctx.now), (v) => v, EMPTY);
  }

  @Authorized(ABSENCE_RECORDERS)
  @Query(() => [PermanenceSwap], {
    description: 'Pending swaps (offered or taken) of shifts not yet started, soonest first: all for whoever programs replacements; for a colleague, hers and the open offers she could take.',
  })
  permanenceSwapsPending(
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: 'At most this many.' }) first: number,
    @CurrentStaff() staff: StaffViewer,
    @Ctx() ctx: Context,
  ): Promise<PermanenceSwap[]> {
    return this.swaps.pending(staff, first, ctx.now);
  }

  @FieldResolver(() => PermanenceShift)
  shift(@Root() s: PermanenceSwap, @Ctx() ctx: Context): Promise<PermanenceShift> {
    return shiftById(ctx, s.shiftDbId, 'swap');
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer may approve or refuse this swap now: whoever programs replacements, not for a swap she offered or took, nor (but for direction) on a shift she holds. The mutations’ own rule.',
  })
  async viewerCanDecide(@Root() s: PermanenceSwap, @Ctx() ctx: Context): Promise<boolean> {
    const viewer = staffOnly(ctx.viewer);
    if (!viewer || !isSwapApprover(viewer.role) || !PENDING_SWAP.includes(s.status)) return false;
    const shift = await shiftById(ctx, s.shiftDbId, 'swap');
    return !mayDecide({ status: s.status, offeredById: s.offeredByDbId, takenById: s.takenByDbId }, viewer, await holderIdsOf(ctx, shift.holding));
  }

  @FieldResolver(() => Staff)
  offeredBy(@Root() s: PermanenceSwap, @Ctx() ctx: Context): Promise<Staff> {
    return staffById(ctx, s.offeredByDbId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The colleague who took it.' })
  takenBy(@Root() s: PermanenceSwap, @Ctx() ctx: Context) {
    return staffOrNull(ctx, s.takenByDbId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who approved or refused it.' })
  decidedBy(@Root() s: PermanenceSwap, @Ctx() ctx: Context) {
    return staffOrNull(ctx, s.decidedByDbId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who withdrew, undid or cancelled it.' })
  endedBy(@Root() s: PermanenceSwap, @Ctx() ctx: Context) {
    return staffOrNull(ctx, s.endedByDbId);
  }

  @FieldResolver(() => PermanenceReplacement, { nullable: true, description: 'The change of holder its approval made.' })
  replacement(@Root() s: PermanenceSwap, @Ctx() ctx: Context) {
    return replacementOrNull(ctx, s.replacementDbId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why it was offered: for who records absences and the people concerned (R5).' })
  note(@Root() s: PermanenceSwap, @Ctx() ctx: Context): string | null {
    return mayKnowWhyReplaced(staffOnly(ctx.viewer), concernedBy(s)) ? s.noteText : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'R13: the event behind an offer less than a week ahead: for who records absences and the people concerned (R5).' })
  event(@Root() s: PermanenceSwap, @Ctx() ctx: Context): string | null {
    return mayKnowWhyReplaced(staffOnly(ctx.viewer), concernedBy(s)) ? s.eventText : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why it was refused: for who records absences and the people concerned (R5).' })
  refusalReason(@Root() s: PermanenceSwap, @Ctx() ctx: Context): string | null {
    return mayKnowWhyReplaced(staffOnly(ctx.viewer), concernedBy(s)) ? s.refusalReasonText : null;
  }
}

@Resolver(() => PermanenceShift)
export class ShiftHistoryResolver {
  @FieldResolver(() => Boolean, {
    description:
      'Whether the viewer may offer this shift to her colleagues now (`permanenceSwapOffer` would accept it, R13’s event aside): a holder, before it starts, her binôme partner’s place not already handed over, no offer open on it. False for anyone else.',
  })
  async viewerCanOffer(@Root() shift: PermanenceShift, @Ctx() ctx: Context): Promise<boolean> {
    const viewer = staffOnly(ctx.viewer);
    if (!viewer || shift.startsAt <= ctx.now) return false;
    const [holders, swaps] = await Promise.all([holderIdsOf(ctx, shift.holding), ctx.loaders.swapsOfShift.load(shift.dbId)]);
    return !offerRefusal({ ...shift.holding, startsAt: shift.startsAt }, viewer.staffId, holders, swaps.some(isOpenSwap), ctx.now);
  }

  @Authorized(ALL_STAFF)
  @FieldResolver(() => [ShiftHistoryEntry], { description: 'Every offer, take, approval, refusal, withdrawal, undo and change of holder of this shift, with who and when, oldest first.' })
  async history(@Root() shift: PermanenceShift, @Ctx() ctx: Context): Promise<ShiftHistoryEntry[]> {
    const [swaps, changes] = await Promise.all([ctx.loaders.swapsOfShift.load(shift.dbId), ctx.loaders.replacementsOfShift.load(shift.dbId)]);
    return shiftHistory(swaps, changes).map((e) =>
      Object.assign(new ShiftHistoryEntry(), { kind: e.kind, at: e.at, actorDbId: e.actorId, swapDbId: e.swapId, replacementDbId: e.replacementId }),
    );
  }
}

@Resolver(() => ShiftHistoryEntry)
export class ShiftHistoryEntryResolver {
  @FieldResolver(() => Staff, { description: 'Who took the step.' })
  actor(@Root() e: ShiftHistoryEntry, @Ctx() ctx: Context): Promise<Staff> {
    return staffById(ctx, e.actorDbId);
  }

  @FieldResolver(() => PermanenceSwap, { nullable: true, description: 'The swap of a swap step, as far as the viewer may see it (approvers and the colleagues concerned).' })
  async swap(@Root() e: ShiftHistoryEntry, @Ctx() ctx: Context): Promise<PermanenceSwap | null> {
    const viewer = staffOnly(ctx.viewer);
    const row = e.swapDbId && viewer ? await ctx.loaders.swap.load(e.swapDbId) : null;
    return row && viewer && maySeeSwap(row, viewer, canHoldPermanence(viewer.role)) ? toSwap(row) : null;
  }

  @FieldResolver(() => PermanenceReplacement, { nullable: true, description: 'The change of holder of a HOLDER_CHANGED step.' })
  replacement(@Root() e: ShiftHistoryEntry, @Ctx() ctx: Context) {
    return replacementOrNull(ctx, e.replacementDbId);
  }
}

/** The people holding a shift (ids), through the request's binôme loader. */
async function holderIdsOf(ctx: Context, holding: Holding): Promise<string[]> {
  const binome = holding.holderBinomeId ? await ctx.loaders.binome.load(holding.holderBinomeId) : null;
  return shiftHolderIds(holding, () => (binome ? [binome.firstMemberId, binome.secondMemberId] : undefined));
}
