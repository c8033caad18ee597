// What planningChanged sends: the event, and the planning, request or replacement plan it is about.
import { Field, ObjectType } from 'type-graphql';
import { DateTime } from '../../graphql/scalars.js';
import { FlyingAssignment } from './flying-assignment.types.js';
import { Planning, PlanningRequest } from './planning.types.js';

@ObjectType({ description: 'A change to the monthly planning. `cursor` resumes a subscription after it.' })
export class PlanningEvent {
  @Field(() => String)
  cursor!: string;

  @Field(() => String, { description: 'PLANNING_REQUESTED, PLANNING_GENERATED, PLANNING_ITEM_MOVED, PLANNING_ITEM_REMOVED, PLANNING_FIXED, FLYING_ASSIGNMENT_APPROVED, FLYING_ASSIGNMENT_ENDED.' })
  type!: string;

  @Field(() => DateTime)
  occurredAt!: Date;

  @Field(() => String, { nullable: true })
  month!: string | null;

  @Field(() => Planning, { nullable: true })
  planning!: Planning | null;

  @Field(() => PlanningRequest, { nullable: true })
  request!: PlanningRequest | null;

  @Field(() => FlyingAssignment, { nullable: true })
  assignment!: FlyingAssignment | null;
}
