// GraphQL types of logging in and of the viewer.
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/relay.js';
import { DateTime } from '../../graphql/scalars.js';
import { UserError } from '../../graphql/user-errors.js';
import { Staff } from '../org/index.js';
import { GLOBAL_ID, LABEL, Limited, text } from '../../graphql/input-limits.js';
import { graphqlEnum } from '../../graphql/enums.js';
import { DESK_ACTION_NAMES, type DeskAction } from './viewer.js';

export const DeskActionEnum = graphqlEnum(DESK_ACTION_NAMES, {
  name: 'DeskAction',
  description: 'An action of the permanence desk: permanenceReplace, absenceRecord, scheduleConflictAcknowledge, alertAcknowledge, permanenceSwapOffer (and take), permanenceSwapApprove (and refuse).',
});

@ObjectType('Viewer', { description: 'Who is asking: a staff member, or the kiosk token of a meeting-room screen.' })
export class ViewerInfo {
  @Field(() => String, { description: 'STAFF or KIOSK' })
  kind!: string;

  @Field(() => Staff, { nullable: true })
  staff!: Staff | null;

  @Field(() => [DeskActionEnum], { description: 'What the permanence desk may do for this viewer (none for the kiosk).' })
  actions!: DeskAction[];
}

@InputType()
export class LoginInput {
  @Limited(text(254))
  @Field(() => String)
  email!: string;

  @Limited(text(200))
  @Field(() => String)
  password!: string;
}

@ObjectType()
export class LoginPayload {
  @Field(() => String, { nullable: true, description: 'Send as `Authorization: Bearer <token>`, or as `token` in the WebSocket connection_init.' })
  token!: string | null;

  @Field(() => DateTime, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => ViewerInfo, { nullable: true })
  viewer!: ViewerInfo | null;

  @Field(() => Int, { nullable: true, description: 'With TOO_MANY_ATTEMPTS: seconds to wait before the next attempt (also sent as the Retry-After header).' })
  retryAfterSeconds!: number | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@InputType()
export class KioskTokenCreateInput {
  @Limited(LABEL)
  @Field(() => String, { description: 'Which screen it is for, e.g. "Salle de réunion".' })
  label!: string;
}

@ObjectType()
export class KioskTokenCreatePayload {
  @Field(() => String, { nullable: true, description: 'Shown once: it reads the board and nothing else.' })
  token!: string | null;

  @Field(() => DateTime, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class LogoutPayload {
  @Field(() => Boolean)
  loggedOut!: boolean;
}

@ObjectType({ implements: Node, description: 'A meeting-room screen token (the token itself is never shown again).' })
export class KioskToken extends Node {
  @Field(() => String, { nullable: true })
  label!: string | null;

  @Field(() => DateTime)
  createdAt!: Date;

  @Field(() => DateTime)
  expiresAt!: Date;

  @Field(() => DateTime, { nullable: true })
  revokedAt!: Date | null;
}

@InputType()
export class KioskTokenRevokeInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  id!: string;
}

@ObjectType()
export class KioskTokenRevokePayload {
  @Field(() => KioskToken, { nullable: true })
  kioskToken!: KioskToken | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
