// Inputs of the mutations on a whole weekly pattern: end it from a day, take one day out.
import { Field, ID, InputType, Int } from 'type-graphql';
import { ScheduleChangeReasonEnum } from './schedule.types.js';
import { GLOBAL_ID, Limited, NOTE, day, range } from '../../graphql/input-limits.js';

@InputType({ description: 'End a weekly pattern from a Brussels day: no visit from that day on.' })
export class SchedulePatternEndInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  patternId!: string;

  @Limited(day())
  @Field(() => String, { description: 'First day without visits, YYYY-MM-DD (today or later, not before the pattern starts).' })
  from!: string;

  @Field(() => ScheduleChangeReasonEnum)
  reason!: string;

  @Limited(NOTE)
  @Field(() => String, { nullable: true })
  note?: string | null;

  @Limited(range(0, 2_147_483_647))
  @Field(() => Int, { nullable: true, description: 'The version you read: refused if the pattern changed since.' })
  expectedVersion?: number | null;
}

@InputType({ description: 'Take one day out of a weekly pattern; its visit that day is cancelled.' })
export class SchedulePatternExceptionAddInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  patternId!: string;

  @Limited(day())
  @Field(() => String, { description: 'The day, YYYY-MM-DD.' })
  day!: string;

  @Field(() => ScheduleChangeReasonEnum)
  reason!: string;

  @Limited(NOTE)
  @Field(() => String, { nullable: true })
  note?: string | null;

  @Limited(range(0, 2_147_483_647))
  @Field(() => Int, { nullable: true, description: 'The version you read: refused if the pattern changed since.' })
  expectedVersion?: number | null;
}
