// GraphQL types of R12: leave and time-off-in-lieu requests and the monthly balance per helper.
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, Node } from '../../graphql/relay.js';
import { toGlobalId } from '../../shared/global-id.js';
import { DateTime } from '../../graphql/scalars.js';
import { UserError } from '../../graphql/user-errors.js';
import type { LeaveRow } from './leave.repository.js';
import { GLOBAL_ID, INSTANT, Limited, NOTE, range } from '../../graphql/input-limits.js';
import { LEAVE_KINDS, LEAVE_STATUSES } from './leave.rules.js';
import { graphqlEnum } from '../../graphql/enums.js';

export const LeaveKindEnum = graphqlEnum(LEAVE_KINDS, { name: 'LeaveKind', description: 'R12: paid leave (congé) or time off in lieu of extra hours worked (récupération).' });

export const LeaveStatusEnum = graphqlEnum(LEAVE_STATUSES, { name: 'LeaveStatus' });

@ObjectType({ implements: Node, description: 'R12: a request for leave or time off in lieu; approved, it is an absence the schedules see.' })
export class LeaveRequest extends Node {
  dbId!: string;
  helperDbId!: string;

  @Field(() => LeaveKindEnum)
  kind!: string;

  @Field(() => DateTime)
  startsAt!: Date;

  @Field(() => DateTime)
  endsAt!: Date;

  @Field(() => Float)
  hours!: number;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => LeaveStatusEnum)
  status!: string;

  @Field(() => DateTime)
  requestedAt!: Date;

  @Field(() => DateTime, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true })
  decisionNote!: string | null;
}

@ObjectType({ description: 'R12: a helper’s leave and time off in lieu at the end of a month (hours, counted from 1 January).' })
export class LeaveBalance {
  helperDbId!: string;

  @Field(() => String, { description: 'YYYY-MM' })
  month!: string;

  @Field(() => Float, { description: 'Paid leave a year: 20 days of 7.6 h × FTE.' })
  leaveAllowanceHours!: number;

  @Field(() => Float)
  leaveTakenInMonthHours!: number;

  @Field(() => Float)
  leaveTakenToDateHours!: number;

  @Field(() => Float)
  leaveRemainingHours!: number;

  @Field(() => Float, { description: 'Hours scheduled over the contract (FTE × 38 h) in the weeks starting this month.' })
  toilEarnedInMonthHours!: number;

  @Field(() => Float)
  toilTakenInMonthHours!: number;

  @Field(() => Float, { description: 'Time off in lieu still owed to the helper (negative: taken in advance).' })
  toilBalanceHours!: number;

  @Field(() => Int, { description: 'Requests still waiting for a decision.' })
  pendingRequests!: number;
}

@InputType()
export class LeaveRequestInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  helperId!: string;

  @Field(() => LeaveKindEnum)
  kind!: 'LEAVE' | 'TIME_OFF_IN_LIEU';

  @Limited(INSTANT)
  @Field(() => DateTime)
  startsAt!: Date;

  @Limited(INSTANT)
  @Field(() => DateTime)
  endsAt!: Date;

  @Limited({ ...range(0, 744, ' hours'), code: 'INVALID_HOURS' })
  @Field(() => Float, { description: 'Working hours the request takes (at most the span).' })
  hours!: number;

  @Limited(NOTE)
  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class LeaveDecideInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  leaveRequestId!: string;

  @Field(() => Boolean)
  approve!: boolean;

  @Limited(NOTE)
  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ObjectType()
export class LeaveRequestPayload {
  @Field(() => LeaveRequest, { nullable: true })
  leaveRequest!: LeaveRequest | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

export function toLeave(r: LeaveRow): LeaveRequest {
  return Object.assign(new LeaveRequest(), {
    id: toGlobalId('LeaveRequest', r.id), dbId: r.id, helperDbId: r.helperId, kind: r.kind, startsAt: r.startsAt, endsAt: r.endsAt, hours: Number(r.hours),
    note: r.note, status: r.status, requestedAt: r.requestedAt, decidedAt: r.decidedAt, decisionNote: r.decisionNote,
  });
}

@ObjectType()
export class LeaveBalanceConnection extends Connection(LeaveBalance, 'LeaveBalance') {}
