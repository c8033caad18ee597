// GraphQL types of weekly recurring patterns: the pattern (a Node), its occurrences, the payloads.
// R5: only the case file's ID, never the beneficiary.
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection, Node } from '../../graphql/relay.js';
import { toGlobalId } from '../../shared/global-id.js';
import { DateTime } from '../../graphql/scalars.js';
import { UserError } from '../../graphql/user-errors.js';
import type { PatternRow } from './schedule.repository.js';
import { HelpKindEnum, ScheduleChange, ScheduleConflict, ScheduleTaskEnum } from './schedule.types.js';

@ObjectType({ implements: Node, description: 'A weekly recurring visit (RFC 5545 RRULE in Brussels wall time) with days taken out.' })
export class SchedulePattern extends Node {
  dbId!: string;
  helperDbId!: string;

  @Field(() => ID, { description: 'The case file the visits serve.' })
  caseFileId!: string;

  @Field(() => HelpKindEnum)
  kind!: string;

  @Field(() => [ScheduleTaskEnum])
  tasks!: string[];

  @Field(() => String, { description: 'RFC 5545 RRULE, e.g. "FREQ=WEEKLY;BYDAY=MO,TH".' })
  rrule!: string;

  @Field(() => String, { description: 'Local start time HH:mm (Europe/Brussels).' })
  startTime!: string;

  @Field(() => Int)
  durationMinutes!: number;

  @Field(() => String, { description: 'First day, YYYY-MM-DD.' })
  startsOn!: string;

  @Field(() => String, { description: 'Last day, YYYY-MM-DD.' })
  until!: string;

  @Field(() => [String], { description: 'Days (YYYY-MM-DD) taken out.' })
  exceptDates!: string[];

  @Field(() => Int)
  version!: number;
}

@ObjectType({ description: 'One visit of a pattern, as its rule gives it (whatever became of the entry).' })
export class SchedulePatternOccurrence {
  @Field(() => String, { description: 'Brussels date, YYYY-MM-DD.' })
  day!: string;

  @Field(() => DateTime)
  startsAt!: Date;

  @Field(() => DateTime)
  endsAt!: Date;
}

@ObjectType()
export class SchedulePatternOccurrenceConnection extends Connection(SchedulePatternOccurrence, 'SchedulePatternOccurrence') {}

@ObjectType()
export class SchedulePatternChangePayload {
  @Field(() => SchedulePattern, { nullable: true })
  pattern!: SchedulePattern | null;

  @Field(() => [ScheduleChange], { description: 'One CANCEL change per visit cancelled (the first 100).' })
  changes!: ScheduleChange[];

  @Field(() => Int)
  cancelledCount!: number;

  @Field(() => [ScheduleConflict])
  conflictsOpened!: ScheduleConflict[];

  @Field(() => [ScheduleConflict])
  conflictsResolved!: ScheduleConflict[];

  @Field(() => [UserError])
  userErrors!: UserError[];
}

export function toPattern(r: PatternRow): SchedulePattern {
  return Object.assign(new SchedulePattern(), {
    id: toGlobalId('SchedulePattern', r.id), dbId: r.id, helperDbId: r.helperId, caseFileId: toGlobalId('CaseFile', r.caseFileId),
    kind: r.kind, tasks: r.tasks, rrule: r.rrule, startTime: r.startTime, durationMinutes: r.durationMinutes,
    startsOn: r.startsOn, until: r.until, exceptDates: [...r.exceptDates].sort(), version: r.version,
  });
}
