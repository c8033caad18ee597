// R12 over GraphQL: leave requests, decisions, and the monthly balance per helper.
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Connection } from '../../graphql/relay.js';
import { payload } from '../../graphql/user-errors.js';
import { CurrentStaff } from '../auth/current-staff.js';
import { ALL_STAFF, type StaffViewer } from '../auth/viewer.js';
import { Staff } from '../org/org.types.js';
import { LeaveBalance, LeaveDecideInput, LeaveRequest, LeaveRequestInput, LeaveRequestPayload } from './leave.types.js';
import { SCHEDULERS } from './schedule.rules.js';
import { staffById } from '../org/org.fields.js';

@ObjectType()
export class LeaveBalanceConnection extends Connection(LeaveBalance, 'LeaveBalance') {}

@Resolver(() => LeaveRequest)
export class LeaveRequestResolver {
  @Authorized(['FAMILY_HELPER', 'HOME_HELPER', ...SCHEDULERS])
  @Mutation(() => LeaveRequestPayload, { description: 'R12: ask for leave or time off in lieu (a helper for themselves, a social worker for their helpers).' })
  async leaveRequest(@Arg('input', () => LeaveRequestInput) input: LeaveRequestInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<LeaveRequestPayload> {
    return payload(() => ctx.services.leave.request(input, staff, ctx.now), (leaveRequest) => ({ leaveRequest }), { leaveRequest: null });
  }

  @Authorized(SCHEDULERS)
  @Mutation(() => LeaveRequestPayload, { description: 'R12: approve (it becomes an absence the schedules see) or reject a request.' })
  async leaveDecide(@Arg('input', () => LeaveDecideInput) input: LeaveDecideInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<LeaveRequestPayload> {
    return payload(() => ctx.services.leave.decide(input, staff, ctx.now), (leaveRequest) => ({ leaveRequest }), { leaveRequest: null });
  }

  @FieldResolver(() => Staff)
  helper(@Root() l: LeaveRequest, @Ctx() ctx: Context) {
    return staffById(ctx, l.helperDbId);
  }
}

@Resolver(() => LeaveBalance)
export class LeaveBalanceResolver {
  @Authorized(ALL_STAFF)
  @Query(() => LeaveBalanceConnection, { description: "R12: each helper's leave and time off in lieu at the end of a month (YYYY-MM), for a sector." })
  leaveBalances(
    @Arg('sectorId', () => String) sectorId: string,
    @Arg('month', () => String) month: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @CurrentStaff() staff: StaffViewer,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.leave.balances(sectorId, month, staff, first, after);
  }

  @FieldResolver(() => Staff)
  helper(@Root() b: LeaveBalance, @Ctx() ctx: Context) {
    return staffById(ctx, b.helperDbId);
  }
}
