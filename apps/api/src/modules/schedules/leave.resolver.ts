// R12 over GraphQL: leave requests, decisions, and the monthly balance per helper.
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { argId, inputId } from '../../graphql/ids.js';
import { payload } from '../../graphql/user-errors.js';
import { ALL_STAFF, CurrentStaff, type StaffViewer } from '../auth/index.js';
import { Staff, staffById } from '../org/index.js';
import type { LeaveService } from './leave.service.js';
import { LeaveBalance, LeaveBalanceConnection, LeaveDecideInput, LeaveRequest, LeaveRequestInput, LeaveRequestPayload } from './leave.types.js';
import { SCHEDULERS } from './schedule.rules.js';

@Resolver(() => LeaveRequest)
export class LeaveRequestResolver {
  constructor(private readonly leave: LeaveService) {}

  @Authorized(['FAMILY_HELPER', 'HOME_HELPER', ...SCHEDULERS])
  @Mutation(() => LeaveRequestPayload, { description: 'R12: ask for leave or time off in lieu (a helper for themselves, a social worker for their helpers).' })
  async leaveRequest(@Arg('input', () => LeaveRequestInput) input: LeaveRequestInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<LeaveRequestPayload> {
    const helperId = () => inputId(input.helperId, 'Staff', 'helperId', 'NOT_A_HELPER');
    return payload(() => this.leave.request({ ...input, helperId: helperId() }, staff, ctx.now), (leaveRequest) => ({ leaveRequest }), { leaveRequest: null });
  }

  @Authorized(SCHEDULERS)
  @Mutation(() => LeaveRequestPayload, { description: 'R12: approve (it becomes an absence the schedules see) or reject a request.' })
  async leaveDecide(@Arg('input', () => LeaveDecideInput) input: LeaveDecideInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<LeaveRequestPayload> {
    const leaveRequestId = () => inputId(input.leaveRequestId, 'LeaveRequest', 'leaveRequestId', 'UNKNOWN_LEAVE_REQUEST');
    return payload(() => this.leave.decide({ ...input, leaveRequestId: leaveRequestId() }, staff, ctx.now), (leaveRequest) => ({ leaveRequest }), { leaveRequest: null });
  }

  @FieldResolver(() => Staff)
  helper(@Root() l: LeaveRequest, @Ctx() ctx: Context) {
    return staffById(ctx, l.helperDbId);
  }
}

@Resolver(() => LeaveBalance)
export class LeaveBalanceResolver {
  constructor(private readonly leave: LeaveService) {}

  @Authorized(ALL_STAFF)
  @Query(() => LeaveBalanceConnection, { description: "R12: each helper's leave and time off in lieu at the end of a month (YYYY-MM), for a sector." })
  leaveBalances(
    @Arg('sectorId', () => String) sectorId: string,
    @Arg('month', () => String) month: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @CurrentStaff() staff: StaffViewer,
  ) {
    return this.leave.balances(argId(sectorId, 'Sector', 'sectorId'), month, staff, first, after);
  }

  @FieldResolver(() => Staff)
  helper(@Root() b: LeaveBalance, @Ctx() ctx: Context) {
    return staffById(ctx, b.helperDbId);
  }
}
