// GraphQL input and payload of acknowledging an alert at the desk.
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { GLOBAL_ID, Limited, NOTE } from '../../graphql/input-limits.js';
import { UserError } from '../../graphql/user-errors.js';
import { Alert } from './permanence.types.js';

@InputType({ description: 'Say that someone at the desk has seen an alert and is handling it.' })
export class AlertAcknowledgeInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  alertId!: string;

  @Limited(NOTE)
  @Field(() => String, { nullable: true, description: 'What is being done about it (R5: read by who records absences and its author).' })
  note?: string | null;
}

@ObjectType()
export class AlertAcknowledgePayload {
  @Field(() => Alert, { nullable: true })
  alert!: Alert | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
