// Inputs of R11 replacement plans and of the relay social worker's steps.
import { Field, ID, InputType } from 'type-graphql';
import { FlyingAssignmentKindEnum, PreparationStepKindEnum } from './flying-assignment.types.js';
import { Each, GLOBAL_ID, Limited, day, listOf, text } from '../../graphql/input-limits.js';

@InputType({ description: 'R11: 3 days to 3 consecutive weeks, one social worker at a time, approved by direction (the caller).' })
export class FlyingAssignmentCreateInput {
  @Field(() => FlyingAssignmentKindEnum)
  kind!: FlyingAssignmentKindEnum;

  @Limited(GLOBAL_ID)
  @Field(() => ID, { description: 'The sick social worker, or the new one being onboarded.' })
  socialWorkerId!: string;

  @Limited(GLOBAL_ID)
  @Field(() => ID, { nullable: true, description: 'Defaults to the only flying social worker.' })
  flyingWorkerId?: string | null;

  @Limited(day())
  @Field(() => String, { description: 'First day, YYYY-MM-DD (Brussels).' })
  fromDate!: string;

  @Limited(day())
  @Field(() => String, { description: 'Last day included, YYYY-MM-DD (Brussels).' })
  toDate!: string;

  @Limited(listOf(20))
  @Each(text(500))
  @Field(() => [String], { description: "The sick worker's tasks the flying worker takes over." })
  tasks!: string[];
}

@InputType({ description: 'Ends a replacement early (the social worker is back): suspended items come back.' })
export class FlyingAssignmentEndInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  assignmentId!: string;
}

@InputType()
export class PreparationStepDoneInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  visitId!: string;

  @Field(() => PreparationStepKindEnum)
  kind!: PreparationStepKindEnum;
}
