// R11 replacement plans and the relay social worker's work list over GraphQL.
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { inputId, inputIdOrNull } from '../../graphql/ids.js';
import { DateTime } from '../../graphql/scalars.js';
import { payload } from '../../graphql/user-errors.js';
import { CurrentStaff, DIRECTION, ROTA_KEEPERS, type StaffViewer } from '../auth/index.js';
import { Sector, Staff, staffById } from '../org/index.js';
import type { FlyingAssignmentService } from './flying-assignment.service.js';
import { sectorOf } from './planning.fields.js';
import type { WorkListService } from './work-list.service.js';
import { FlyingAssignmentCreateInput, FlyingAssignmentEndInput, PreparationStepDoneInput } from './flying-assignment.input.js';
import { FlyingAssignment, FlyingAssignmentPayload, PreparationStepPayload, RelayWorkList } from './flying-assignment.types.js';
import { PLANNING_READERS } from './planning.access.js';

const DAY = 86_400_000;

const person = (id: string | null | undefined, field: string) => inputIdOrNull(id, 'Staff', field, 'UNKNOWN_PERSON');

@Resolver(() => FlyingAssignment)
export class FlyingAssignmentResolver {
  constructor(
    private readonly assignments: FlyingAssignmentService,
    private readonly workList: WorkListService,
  ) {}

  @Authorized(DIRECTION)
  @Mutation(() => FlyingAssignmentPayload, { description: "R11: direction approves the flying social worker's replacement plan (or an onboarding)." })
  async flyingAssignmentCreate(@Arg('input', () => FlyingAssignmentCreateInput) input: FlyingAssignmentCreateInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<FlyingAssignmentPayload> {
    return payload(
      () => this.assignments.create({ ...input, socialWorkerId: inputId(input.socialWorkerId, 'Staff', 'socialWorkerId', 'UNKNOWN_PERSON'), flyingWorkerId: person(input.flyingWorkerId, 'flyingWorkerId') }, staff, ctx.now),
      (assignment) => ({ assignment }), { assignment: null });
  }

  @Authorized(DIRECTION)
  @Mutation(() => FlyingAssignmentPayload, { description: 'R11: end a replacement early; the suspended items come back.' })
  async flyingAssignmentEnd(@Arg('input', () => FlyingAssignmentEndInput) input: FlyingAssignmentEndInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<FlyingAssignmentPayload> {
    return payload(() => this.assignments.end(inputId(input.assignmentId, 'FlyingAssignment', 'assignmentId', 'UNKNOWN_ASSIGNMENT'), staff, ctx.now), (assignment) => ({ assignment }), { assignment: null });
  }

  @Authorized(PLANNING_READERS)
  @Query(() => [FlyingAssignment], { description: 'R11: replacements and onboardings overlapping [from, to); default: the next 8 weeks.' })
  flyingAssignments(
    @Arg('from', () => DateTime, { nullable: true }) from: Date | null,
    @Arg('to', () => DateTime, { nullable: true }) to: Date | null,
    @Ctx() ctx: Context,
  ) {
    const start = from ?? ctx.now;
    return this.assignments.list(start, to ?? new Date(start.getTime() + 56 * DAY), ctx.reads);
  }

  @Authorized(ROTA_KEEPERS)
  @Query(() => RelayWorkList, { description: "The relay social worker's work list: steps before visits, R3 checks, R13 replacements programmed." })
  relayWorkList(@CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context) {
    return this.workList.workList(staff, ctx.now);
  }

  @Authorized(ROTA_KEEPERS)
  @Mutation(() => PreparationStepPayload, { description: 'Mark a step before a visit done (letter sent, proofs asked, administrator contacted).' })
  async preparationStepDone(@Arg('input', () => PreparationStepDoneInput) input: PreparationStepDoneInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<PreparationStepPayload> {
    return payload(() => this.workList.stepDone({ ...input, visitId: inputId(input.visitId, 'Visit', 'visitId', 'UNKNOWN_VISIT') }, staff, ctx.now), (step) => ({ step }), { step: null });
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
  sector(@Root() a: FlyingAssignment, @Ctx() ctx: Context) {
    return sectorOf(ctx, a.sectorDbId);
  }

  @FieldResolver(() => Boolean, { description: 'Running now.' })
  inProgress(@Root() a: FlyingAssignment, @Ctx() ctx: Context) {
    return a.startsAt <= ctx.now && ctx.now < (a.endedEarlyAt ?? a.endsAt);
  }
}
