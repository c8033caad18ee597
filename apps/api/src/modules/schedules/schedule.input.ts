// Inputs of the schedule mutations: entries (one-off or weekly), same-day changes, conflict notes.
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateTime } from '../../graphql/scalars.js';
import { HelpKindEnum, ScheduleChangeKindEnum, ScheduleChangeReasonEnum, ScheduleTaskEnum } from './schedule.types.js';
import { CLOCK_TIME, Each, GLOBAL_ID, INSTANT, Limited, NOTE, Nested, day, listOf, range, text } from '../../graphql/input-limits.js';

@InputType({ description: 'A weekly recurrence in Brussels wall time (RFC 5545 RRULE), e.g. every Monday and Thursday at 09:00 for 2 h.' })
export class ScheduleRecurrenceInput {
  @Limited(text(200))
  @Field(() => String, { description: 'RFC 5545 RRULE, weekly: FREQ=WEEKLY with BYDAY (plain weekdays MO–SU), INTERVAL 1–52 and WKST only, e.g. "FREQ=WEEKLY;BYDAY=MO,TH" (no UNTIL/COUNT: use `until`).' })
  rrule!: string;

  @Limited(day())
  @Field(() => String, { description: 'First day, YYYY-MM-DD.' })
  startsOn!: string;

  @Limited(day())
  @Field(() => String, { description: 'Last day, YYYY-MM-DD (at most a year after `startsOn`).' })
  until!: string;

  @Limited(CLOCK_TIME)
  @Field(() => String, { description: 'Local start time HH:mm (Europe/Brussels).' })
  startTime!: string;

  @Limited(range(1, 720, ' minutes'))
  @Field(() => Int)
  durationMinutes!: number;

  @Limited(listOf(400))
  @Each(day())
  @Field(() => [String], { defaultValue: [], description: 'Days (YYYY-MM-DD) taken out of the pattern.' })
  exceptDates!: string[];
}

@InputType()
export class ScheduleEntryCreateInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID, { description: 'A family helper (AF) or household helper (AMS).' })
  helperId!: string;

  @Limited(GLOBAL_ID)
  @Field(() => ID)
  caseFileId!: string;

  @Field(() => HelpKindEnum)
  kind!: 'FAMILY_CARE' | 'HOUSEHOLD';

  @Limited(listOf(20))
  @Field(() => [ScheduleTaskEnum], { defaultValue: [] })
  tasks!: string[];

  @Limited(INSTANT)
  @Field(() => DateTime, { nullable: true, description: 'A one-off visit: its start (with `endsAt`); or give `recurrence`.' })
  startsAt?: Date | null;

  @Limited(INSTANT)
  @Field(() => DateTime, { nullable: true })
  endsAt?: Date | null;

  @Nested()
  @Field(() => ScheduleRecurrenceInput, { nullable: true })
  recurrence?: ScheduleRecurrenceInput | null;
}

@InputType({ description: 'CANCEL; MOVE (new `startsAt` and `endsAt`); REASSIGN (new `helperId`); SHORTEN (earlier `endsAt`, optionally later `startsAt`).' })
export class ScheduleEntryChangeInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  entryId!: string;

  @Field(() => ScheduleChangeKindEnum)
  action!: 'CANCEL' | 'MOVE' | 'REASSIGN' | 'SHORTEN';

  @Field(() => ScheduleChangeReasonEnum)
  reason!: string;

  @Limited(NOTE)
  @Field(() => String, { nullable: true })
  note?: string | null;

  @Limited(INSTANT)
  @Field(() => DateTime, { nullable: true })
  startsAt?: Date | null;

  @Limited(INSTANT)
  @Field(() => DateTime, { nullable: true })
  endsAt?: Date | null;

  @Limited(GLOBAL_ID)
  @Field(() => ID, { nullable: true })
  helperId?: string | null;

  @Limited(range(0, 2_147_483_647))
  @Field(() => Int, { nullable: true, description: 'The version you read: refused if the entry changed since.' })
  expectedVersion?: number | null;
}

@InputType()
export class ScheduleConflictAcknowledgeInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  conflictId!: string;

  @Limited(NOTE)
  @Field(() => String, { description: 'Why it is accepted or how it is handled.' })
  note!: string;
}

@InputType()
export class ScheduleConflictsRecheckInput {
  @Limited(day())
  @Field(() => String, { description: 'First day, YYYY-MM-DD.' })
  from!: string;

  @Limited(day())
  @Field(() => String, { description: 'Day after the last, YYYY-MM-DD (at most 62 days after `from`).' })
  to!: string;
}
