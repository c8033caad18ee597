// GraphQL types of the absence mutations' payload and of the absence feed.
import { Field, ObjectType } from 'type-graphql';
import { DateTime } from '../../graphql/scalars.js';
import { UserError } from '../../graphql/user-errors.js';
import { Absence } from './org.types.js';

@ObjectType()
export class AbsencePayload {
  @Field(() => Absence, { nullable: true })
  absence!: Absence | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class AbsenceEvent {
  @Field(() => String)
  cursor!: string;

  @Field(() => String, { description: 'ABSENCE_RECORDED or ABSENCE_CANCELLED' })
  type!: string;

  @Field(() => DateTime)
  occurredAt!: Date;

  @Field(() => Absence)
  absence!: Absence;
}
