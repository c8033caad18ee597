// Inputs of the absence mutations.
import { Field, ID, InputType } from 'type-graphql';
import { DateTime } from '../../graphql/scalars.js';
import { AbsenceKindEnum } from './org.types.js';
import type { AbsenceKind } from './org.rules.js';

@InputType()
export class AbsenceRecordInput {
  @Field(() => ID)
  staffId!: string;

  @Field(() => AbsenceKindEnum)
  kind!: AbsenceKind;

  @Field(() => DateTime)
  startsAt!: Date;

  @Field(() => DateTime)
  endsAt!: Date;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class AbsenceCancelInput {
  @Field(() => ID)
  absenceId!: string;
}
