// Inputs of the schedule mutations: entries (one-off or weekly), same-day changes, conflict notes.
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateTime } from '../../graphql/scalars.js';
import { HelpKindEnum, ScheduleChangeKindEnum, ScheduleChangeReasonEnum, ScheduleTaskEnum } from './schedule.types.js';

@InputType({ description: 'A weekly recurrence in Brussels wall time (RFC 5545 RRULE), e.g. every Monday and Thursday at 09:00 for 2 h.' })
export class ScheduleRecurrenceInput {
  @Field(() => String, { description: 'RFC 5545 RRULE, weekly, at most 200 characters: FREQ=WEEKLY with BYDAY (plain weekdays MO–SU), INTERVAL 1–52 and WKST only, e.g. "FREQ=WEEKLY;BYDAY=MO,TH" (no UNTIL/COUNT: use `until`).' })
  rrule!: string;

  @Field(() => String, { description: 'First day, YYYY-MM-DD.' })
  startsOn!: string;

  @Field(() => String, { description: 'Last day, YYYY-MM-DD (at most a year after `startsOn`).' })
  until!: string;

  @Field(() => String, { description: 'Local start time HH:mm (Europe/Brussels).' })
  startTime!: string;

  @Field(() => Int)
  durationMinutes!: number;

  @Field(() => [String], { defaultValue: [], description: 'Days (YYYY-MM-DD) taken out of the pattern, at most 400.' })
  exceptDates!: string[];
}

@InputType()
export class ScheduleEntryCreateInput {
  @Field(() => ID, { description: 'A family helper (AF) or household helper (AMS).' })
  helperId!: string;

  @Field(() => ID)
  caseFileId!: string;

  @Field(() => HelpKindEnum)
  kind!: 'FAMILY_CARE' | 'HOUSEHOLD';

  @Field(() => [ScheduleTaskEnum], { defaultValue: [] })
  tasks!: string[];

  @Field(() => DateTime, { nullable: true, description: 'A one-off visit: its start (with `endsAt`); or give `recurrence`.' })
  startsAt?: Date | null;

  @Field(() => DateTime, { nullable: true })
  endsAt?: Date | null;

  @Field(() => ScheduleRecurrenceInput, { nullable: true })
  recurrence?: ScheduleRecurrenceInput | null;
}

@InputType({ description: 'CANCEL; MOVE (new `startsAt` and `endsAt`); REASSIGN (new `helperId`); SHORTEN (earlier `endsAt`, optionally later `startsAt`).' })
export class ScheduleEntryChangeInput {
  @Field(() => ID)
  entryId!: string;

  @Field(() => ScheduleChangeKindEnum)
  action!: 'CANCEL' | 'MOVE' | 'REASSIGN' | 'SHORTEN';

  @Field(() => ScheduleChangeReasonEnum)
  reason!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => DateTime, { nullable: true })
  startsAt?: Date | null;

  @Field(() => DateTime, { nullable: true })
  endsAt?: Date | null;

  @Field(() => ID, { nullable: true })
  helperId?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version you read: refused if the entry changed since.' })
  expectedVersion?: number | null;
}

@InputType()
export class ScheduleConflictAcknowledgeInput {
  @Field(() => ID)
  conflictId!: string;

  @Field(() => String, { description: 'Why it is accepted or how it is handled.' })
  note!: string;
}

@InputType()
export class ScheduleConflictsRecheckInput {
  @Field(() => String, { description: 'First day, YYYY-MM-DD.' })
  from!: string;

  @Field(() => String, { description: 'Day after the last, YYYY-MM-DD (at most 62 days after `from`).' })
  to!: string;
}
