// GraphQL types of the who-to-call feed (R14): the new answer for a sector, or for every sector whose
// answer changed, with what caused it.
import { Field, ObjectType } from 'type-graphql';
import { DateTime } from '../../graphql/scalars.js';
import { WhoToCall } from './permanence.types.js';

@ObjectType({ description: 'The answer of `whoToCall` for a sector changed (R14); `whoToCall` is the new answer.' })
export class WhoToCallEvent {
  @Field(() => String, { nullable: true, description: 'Position of the change in the event feed that caused it; null when the clock reached a change (office hours, a shift, an absence or a replacement starting or ending).' })
  cursor!: string | null;

  @Field(() => String, { description: 'What caused it: the event type (ABSENCE_RECORDED, HOLDER_REPLACED, SERVICE_CLOSING_DAYS_SET…) or CLOCK.' })
  cause!: string;

  @Field(() => DateTime, { description: 'When the change happened (for CLOCK, the instant the service clock reached: the start or end of an absence, a shift or a replacement, office hours opening or closing, midnight; or the minute that turned when no plan foresaw it).' })
  occurredAt!: Date;

  @Field(() => WhoToCall, { description: 'The new answer.' })
  whoToCall!: WhoToCall;
}

@ObjectType({ description: 'The answers of `whoToCall` that changed, for every sector whose answer changed (R14).' })
export class SectorsWhoToCallEvent {
  @Field(() => String, { nullable: true, description: 'Position of the change in the event feed that caused it; null when the clock turned.' })
  cursor!: string | null;

  @Field(() => String, { description: 'What caused it: the event type, or CLOCK.' })
  cause!: string;

  @Field(() => DateTime, { description: 'When the change happened (for CLOCK, the instant the service clock reached: the start or end of an absence, a shift or a replacement, office hours opening or closing, midnight; or the minute that turned when no plan foresaw it).' })
  occurredAt!: Date;

  @Field(() => [WhoToCall], { description: 'The new answers, only for the sectors whose answer changed.' })
  answers!: WhoToCall[];
}
