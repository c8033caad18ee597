// Inputs of the mutations on a whole weekly pattern: end it from a day, take one day out.
import { Field, ID, InputType, Int } from 'type-graphql';
import { ScheduleChangeReasonEnum } from './schedule.types.js';

@InputType({ description: 'End a weekly pattern from a Brussels day: no visit from that day on.' })
export class SchedulePatternEndInput {
  @Field(() => ID)
  patternId!: string;

  @Field(() => String, { description: 'First day without visits, YYYY-MM-DD (today or later, not before the pattern starts).' })
  from!: string;

  @Field(() => ScheduleChangeReasonEnum)
  reason!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version you read: refused if the pattern changed since.' })
  expectedVersion?: number | null;
}

@InputType({ description: 'Take one day out of a weekly pattern; its visit that day is cancelled.' })
export class SchedulePatternExceptionAddInput {
  @Field(() => ID)
  patternId!: string;

  @Field(() => String, { description: 'The day, YYYY-MM-DD.' })
  day!: string;

  @Field(() => ScheduleChangeReasonEnum)
  reason!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version you read: refused if the pattern changed since.' })
  expectedVersion?: number | null;
}
