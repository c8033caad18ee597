// GraphQL types of rotating and revoking the secret calendar links.
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-errors.js';
import { GLOBAL_ID, Limited } from '../../graphql/input-limits.js';

@InputType()
export class CalendarLinkInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID, { description: 'The Staff or Sector whose feed link it is.' })
  ownerId!: string;
}

@ObjectType()
export class CalendarLinkPayload {
  @Field(() => String, { nullable: true, description: 'The new link after a rotation; null after a revocation.' })
  calendarUrl!: string | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
