// The permanence over GraphQL: on call now, who to call, the rota, alerts, and the mutations.
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DateTime } from '../../graphql/scalars.js';
import { payload } from '../../graphql/user-errors.js';
import { BOARD_READERS, CurrentStaff, DIRECTION, ROTA_KEEPERS, staffOnly, type StaffViewer } from '../auth/index.js';
import { Binome, mayKnowWhyReplaced, Sector, Staff, staffOrNull, toBinome, toSector, toStaff } from '../org/index.js';
import { toReplacement, toShift } from './permanence.mappers.js';
import { PermanenceReplaceInput, PermanenceRotaGenerateInput, PermanenceShiftCreateInput, PermanenceTakeOverInput } from './permanence.input.js';
import {
  Alert,
  AlertConnection,
  AlertStatusEnum,
  OnCall,
  PermanenceEvent,
  PermanenceReplacePayload,
  PermanenceReplacement,
  PermanenceRotaGeneratePayload,
  PermanenceShift,
  PermanenceShiftConnection,
  PermanenceShiftCreatePayload,
  WhoToCall,
  WhoToCallStep,
} from './permanence.types.js';

const DAY = 86_400_000;

const concernedBy = (r: PermanenceReplacement) => [r.previousStaffDbId, r.newStaffDbId, r.recordedByDbId];

async function binomeOrNull(ctx: Context, id: string | null): Promise<Binome | null> {
  if (!id) return null;
  const row = await ctx.loaders.binome.load(id);
  return row && toBinome(row);
}

async function shiftHolders(ctx: Context, shift: PermanenceShift): Promise<Staff[]> {
  if (shift.holderStaffDbId) return [await staffOrNull(ctx, shift.holderStaffDbId)].filter((s): s is Staff => !!s);
  const binome = shift.holderBinomeDbId ? await ctx.loaders.binome.load(shift.holderBinomeDbId) : null;
  if (!binome) return [];
  const people = await Promise.all([binome.firstMemberId, binome.secondMemberId].map((id) => staffOrNull(ctx, id)));
  return people.filter((s): s is Staff => !!s);
}

@Resolver(() => PermanenceShift)
export class PermanenceResolver {
  @Authorized(BOARD_READERS)
  @Query(() => OnCall, { description: 'The shift on call at `at` (now by default), the next one and the coming week-end.' })
  permanenceOnCall(@Arg('at', () => DateTime, { nullable: true }) at: Date | null, @Ctx() ctx: Context): Promise<OnCall> {
    return ctx.services.permanence.onCall(at ?? ctx.now);
  }

  @Authorized(BOARD_READERS)
  @Query(() => WhoToCall, { description: 'R14: who to call for a sector at `at` (now by default), with the chain of skipped steps.' })
  whoToCall(
    @Arg('sectorId', () => ID) sectorId: string,
    @Arg('at', () => DateTime, { nullable: true }) at: Date | null,
    @Ctx() ctx: Context,
  ): Promise<WhoToCall> {
    return ctx.services.permanence.whoToCall(sectorId, at ?? ctx.now);
  }

  @Authorized(BOARD_READERS)
  @Query(() => PermanenceShiftConnection, { description: 'Shifts overlapping [from, to), in time order. Defaults: the next 4 weeks.' })
  permanenceShifts(
    @Arg('from', () => DateTime, { nullable: true }) from: Date | null,
    @Arg('to', () => DateTime, { nullable: true }) to: Date | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    const start = from ?? ctx.now;
    return ctx.services.permanence.shifts(start, to ?? new Date(start.getTime() + 28 * DAY), first, after);
  }

  @Authorized(BOARD_READERS)
  @Query(() => AlertConnection, { description: 'Alerts, most severe first then soonest. OPEN lists those not yet over.' })
  alerts(
    @Arg('status', () => AlertStatusEnum, { defaultValue: AlertStatusEnum.OPEN }) status: AlertStatusEnum,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.permanence.alerts(status, first, after, ctx.now);
  }

  @Authorized(ROTA_KEEPERS)
  @Mutation(() => PermanenceReplacePayload, { description: 'R13: give a shift to someone else, at least a week ahead or with the event that caused it.' })
  async permanenceReplace(@Arg('input', () => PermanenceReplaceInput) input: PermanenceReplaceInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<PermanenceReplacePayload> {
    return payload(() => ctx.services.permanence.replace(input, staff, ctx.now), (v) => v, { shift: null, replacement: null });
  }

  @Authorized(DIRECTION)
  @Mutation(() => PermanenceReplacePayload, { description: 'Direction takes over or reassigns a shift at once (recorded as an emergency change).' })
  async permanenceTakeOver(@Arg('input', () => PermanenceTakeOverInput) input: PermanenceTakeOverInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<PermanenceReplacePayload> {
    return payload(() => ctx.services.permanence.takeOver(input, staff, ctx.now), (v) => v, { shift: null, replacement: null });
  }

  @Authorized(ROTA_KEEPERS)
  @Mutation(() => PermanenceShiftCreatePayload, { description: 'Add a shift to the rota (a binôme, a person, or nobody yet: then it is a gap).' })
  async permanenceShiftCreate(@Arg('input', () => PermanenceShiftCreateInput) input: PermanenceShiftCreateInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<PermanenceShiftCreatePayload> {
    return payload(() => ctx.services.permanence.createShift(input, staff, ctx.now), (shift) => ({ shift }), { shift: null });
  }

  @Authorized(ROTA_KEEPERS)
  @Mutation(() => PermanenceRotaGeneratePayload, { description: 'Keep the rota a year ahead: fill a span with binômes in turn.' })
  async permanenceRotaGenerate(@Arg('input', () => PermanenceRotaGenerateInput) input: PermanenceRotaGenerateInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<PermanenceRotaGeneratePayload> {
    return payload(() => ctx.services.permanence.generateRota(input, staff, ctx.now), (created) => ({ created }), { created: 0 });
  }

  @FieldResolver(() => Binome, { nullable: true })
  holderBinome(@Root() shift: PermanenceShift, @Ctx() ctx: Context) {
    return binomeOrNull(ctx, shift.holderBinomeDbId);
  }

  @FieldResolver(() => Staff, { nullable: true })
  holderStaff(@Root() shift: PermanenceShift, @Ctx() ctx: Context) {
    return staffOrNull(ctx, shift.holderStaffDbId);
  }

  @FieldResolver(() => [Staff], { description: 'The people on call: both members of the binôme, or the one holder; empty for a gap.' })
  holders(@Root() shift: PermanenceShift, @Ctx() ctx: Context): Promise<Staff[]> {
    return shiftHolders(ctx, shift);
  }

  @FieldResolver(() => [PermanenceReplacement], { description: 'R13: the history of changes of holder, oldest first.' })
  async replacements(@Root() shift: PermanenceShift, @Ctx() ctx: Context): Promise<PermanenceReplacement[]> {
    return (await ctx.loaders.replacementsOfShift.load(shift.dbId)).map(toReplacement);
  }
}

@Resolver(() => PermanenceReplacement)
export class PermanenceReplacementResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Why it changed hands: for who records absences and the people concerned (R5); null for others and the kiosk.' })
  reason(@Root() r: PermanenceReplacement, @Ctx() ctx: Context): string | null {
    return mayKnowWhyReplaced(staffOnly(ctx.viewer), concernedBy(r)) ? r.reason : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The event that caused a change at short notice (often someone\'s health): for who records absences and the people concerned (R5).' })
  event(@Root() r: PermanenceReplacement, @Ctx() ctx: Context): string | null {
    return mayKnowWhyReplaced(staffOnly(ctx.viewer), concernedBy(r)) ? r.event : null;
  }

  @FieldResolver(() => Staff)
  async recordedBy(@Root() r: PermanenceReplacement, @Ctx() ctx: Context): Promise<Staff> {
    const s = await staffOrNull(ctx, r.recordedByDbId);
    if (!s) throw new Error('replacement without recorder');
    return s;
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

  @FieldResolver(() => PermanenceShift)
  async shift(@Root() r: PermanenceReplacement, @Ctx() ctx: Context): Promise<PermanenceShift> {
    const row = await ctx.loaders.shift.load(r.shiftDbId);
    if (!row) throw new Error('replacement without shift');
    return toShift(row);
  }
}

@Resolver(() => WhoToCall)
export class WhoToCallResolver {
  @FieldResolver(() => Sector)
  async sector(@Root() w: WhoToCall, @Ctx() ctx: Context): Promise<Sector> {
    const row = await ctx.loaders.sector.load(w.sectorDbId);
    if (!row) throw new Error('who-to-call without sector');
    return toSector(row);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The person to call (their phone is on Staff); null for a gap.' })
  person(@Root() w: WhoToCall, @Ctx() ctx: Context) {
    return staffOrNull(ctx, w.staffDbId);
  }
}

@Resolver(() => WhoToCallStep)
export class WhoToCallStepResolver {
  @FieldResolver(() => Staff, { nullable: true })
  person(@Root() s: WhoToCallStep, @Ctx() ctx: Context) {
    return staffOrNull(ctx, s.staffDbId);
  }
}

@Resolver(() => Alert)
export class AlertResolver {
  @FieldResolver(() => PermanenceShift, { nullable: true })
  async shift(@Root() a: Alert, @Ctx() ctx: Context): Promise<PermanenceShift | null> {
    if (!a.shiftDbId) return null;
    const row = await ctx.loaders.shift.load(a.shiftDbId);
    return row && toShift(row);
  }

  @FieldResolver(() => [Staff], { description: 'Who is away: the one binôme member (ONE_AWAY) or every holder (ALL_AWAY).' })
  async awayStaff(@Root() a: Alert, @Ctx() ctx: Context): Promise<Staff[]> {
    if (a.cause === 'ONE_AWAY' && a.awayStaffDbId) {
      const row = await ctx.loaders.staff.load(a.awayStaffDbId);
      return row ? [toStaff(row)] : [];
    }
    if (a.cause !== 'ALL_AWAY' || !a.shiftDbId) return [];
    const shift = await this.shift(a, ctx);
    return shift ? shiftHolders(ctx, shift) : [];
  }
}

@Resolver(() => PermanenceEvent)
export class PermanenceEventResolver {
  @FieldResolver(() => PermanenceShift)
  async shift(@Root() e: PermanenceEvent, @Ctx() ctx: Context): Promise<PermanenceShift> {
    const row = await ctx.loaders.shift.load(e.shiftDbId);
    if (!row) throw new Error('event without shift');
    return toShift(row);
  }
}
