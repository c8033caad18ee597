// GraphQL payloads of the schedule mutations and the events of the schedule subscriptions.
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../../graphql/scalars.js';
import { UserError } from '../../graphql/user-errors.js';
import { ConflictPreview, ScheduleChange, ScheduleConflict, ScheduleEntry } from './schedule.types.js';

@ObjectType()
export class ScheduleEntryCreatePayload {
  @Field(() => [ScheduleEntry], { description: 'The entries made (the first 100 of a pattern).' })
  entries!: ScheduleEntry[];

  @Field(() => Int)
  entryCount!: number;

  @Field(() => [ScheduleConflict])
  conflictsOpened!: ScheduleConflict[];

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class ScheduleEntryChangePayload {
  @Field(() => ScheduleEntry, { nullable: true })
  entry!: ScheduleEntry | null;

  @Field(() => ScheduleChange, { nullable: true })
  change!: ScheduleChange | null;

  @Field(() => [ScheduleConflict])
  conflictsOpened!: ScheduleConflict[];

  @Field(() => [ScheduleConflict])
  conflictsResolved!: ScheduleConflict[];

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class ScheduleChangePreviewPayload {
  @Field(() => [ConflictPreview])
  wouldOpen!: ConflictPreview[];

  @Field(() => [ConflictPreview])
  wouldResolve!: ConflictPreview[];

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class ScheduleConflictAcknowledgePayload {
  @Field(() => ScheduleConflict, { nullable: true })
  conflict!: ScheduleConflict | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class ScheduleConflictsRecheckPayload {
  @Field(() => Int)
  opened!: number;

  @Field(() => Int)
  resolved!: number;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType({ description: 'A schedule event: entries made, or a same-day change.' })
export class ScheduleEvent {
  @Field(() => String, { description: 'Pass as `after` to resume after this event.' })
  cursor!: string;

  @Field(() => String)
  type!: string;

  @Field(() => DateTime)
  occurredAt!: Date;

  @Field(() => ScheduleChange, { nullable: true })
  change!: ScheduleChange | null;

  @Field(() => ScheduleEntry, { nullable: true })
  entry!: ScheduleEntry | null;
}

@ObjectType({ description: 'A conflict opened, resolved or acknowledged.' })
export class ConflictEvent {
  @Field(() => String)
  cursor!: string;

  @Field(() => String)
  type!: string;

  @Field(() => DateTime)
  occurredAt!: Date;

  @Field(() => ScheduleConflict)
  conflict!: ScheduleConflict;
}
