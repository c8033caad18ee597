// R11 replacement plans and the relay social worker's work list over GraphQL.
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DateTime } from '../../graphql/scalars.js';
import { payload } from '../../graphql/user-errors.js';
import { CurrentStaff } from '../auth/current-staff.js';
import { DIRECTION, ROTA_KEEPERS, type StaffViewer } from '../auth/viewer.js';
import { toSector } from '../org/org.mappers.js';
import { Sector, Staff } from '../org/org.types.js';
import { FlyingAssignmentCreateInput, FlyingAssignmentEndInput, PreparationStepDoneInput } from './flying-assignment.input.js';
import { FlyingAssignment, FlyingAssignmentPayload, PreparationStepPayload, RelayWorkList } from './flying-assignment.types.js';
import { PLANNING_READERS } from './planning.resolver.js';
import { staffById } from '../org/org.fields.js';

const DAY = 86_400_000;

@Resolver(() => FlyingAssignment)
export class FlyingAssignmentResolver {
  @Authorized(DIRECTION)
  @Mutation(() => FlyingAssignmentPayload, { description: "R11: direction approves the flying social worker's replacement plan (or an onboarding)." })
  async flyingAssignmentCreate(@Arg('input', () => FlyingAssignmentCreateInput) input: FlyingAssignmentCreateInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<FlyingAssignmentPayload> {
    return payload(() => ctx.services.flyingAssignments.create(input, staff, ctx.now), (assignment) => ({ assignment }), { assignment: null });
  }

  @Authorized(DIRECTION)
  @Mutation(() => FlyingAssignmentPayload, { description: 'R11: end a replacement early; the suspended items come back.' })
  async flyingAssignmentEnd(@Arg('input', () => FlyingAssignmentEndInput) input: FlyingAssignmentEndInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<FlyingAssignmentPayload> {
    return payload(() => ctx.services.flyingAssignments.end(input.assignmentId, staff, ctx.now), (assignment) => ({ assignment }), { assignment: null });
  }

  @Authorized(PLANNING_READERS)
  @Query(() => [FlyingAssignment], { description: 'R11: replacements and onboardings overlapping [from, to); default: the next 8 weeks.' })
  flyingAssignments(
    @Arg('from', () => DateTime, { nullable: true }) from: Date | null,
    @Arg('to', () => DateTime, { nullable: true }) to: Date | null,
    @Ctx() ctx: Context,
  ) {
    const start = from ?? ctx.now;
    return ctx.services.flyingAssignments.list(start, to ?? new Date(start.getTime() + 56 * DAY));
  }

  @Authorized(ROTA_KEEPERS)
  @Query(() => RelayWorkList, { description: "The relay social worker's work list: steps before visits, R3 checks, R13 replacements programmed." })
  relayWorkList(@CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context) {
    return ctx.services.workList.workList(staff, ctx.now);
  }

  @Authorized(ROTA_KEEPERS)
  @Mutation(() => PreparationStepPayload, { description: 'Mark a step before a visit done (letter sent, proofs asked, administrator contacted).' })
  async preparationStepDone(@Arg('input', () => PreparationStepDoneInput) input: PreparationStepDoneInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<PreparationStepPayload> {
    return payload(() => ctx.services.workList.stepDone(input, staff, ctx.now), (step) => ({ step }), { step: null });
  }

  @FieldResolver(() => Staff)
  flyingWorker(@Root() a: FlyingAssignment, @Ctx() ctx: Context) {
    return staffById(ctx, a.flyingWorkerDbId);
  }

  @FieldResolver(() => Staff, { description: 'The sick social worker replaced, or the new one onboarded.' })
  socialWorker(@Root() a: FlyingAssignment, @Ctx() ctx: Context) {
    return staffById(ctx, a.socialWorkerDbId);
  }

  @FieldResolver(() => Staff, { description: 'Direction member who approved the plan.' })
  approvedBy(@Root() a: FlyingAssignment, @Ctx() ctx: Context) {
    return staffById(ctx, a.approvedByDbId);
  }

  @FieldResolver(() => Sector)
  async sector(@Root() a: FlyingAssignment, @Ctx() ctx: Context) {
    const row = await ctx.loaders.sector.load(a.sectorDbId);
    if (!row) throw new Error('assignment without sector');
    return toSector(row);
  }

  @FieldResolver(() => Boolean, { description: 'Running now.' })
  inProgress(@Root() a: FlyingAssignment, @Ctx() ctx: Context) {
    return a.startsAt <= ctx.now && ctx.now < (a.endedEarlyAt ?? a.endsAt);
  }
}
