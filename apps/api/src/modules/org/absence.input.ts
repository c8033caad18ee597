// Inputs of the absence mutations.
import { Field, ID, InputType } from 'type-graphql';
import { DateTime } from '../../graphql/scalars.js';
import { AbsenceKindEnum } from './org.types.js';
import type { AbsenceKind } from './org.rules.js';
import { GLOBAL_ID, INSTANT, Limited, NOTE } from '../../graphql/input-limits.js';

@InputType()
export class AbsenceRecordInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  staffId!: string;

  @Field(() => AbsenceKindEnum)
  kind!: AbsenceKind;

  @Limited(INSTANT)
  @Field(() => DateTime)
  startsAt!: Date;

  @Limited(INSTANT)
  @Field(() => DateTime)
  endsAt!: Date;

  @Limited(NOTE)
  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class AbsenceCancelInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  absenceId!: string;
}
