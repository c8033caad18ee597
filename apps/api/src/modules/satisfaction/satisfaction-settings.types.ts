// GraphQL types of direction's satisfaction settings: the settings, the mutation's input and payload.
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { Limited, range } from '../../graphql/input-limits.js';
import { DateTime } from '../../graphql/scalars.js';
import { UserError } from '../../graphql/user-errors.js';
import { SATISFACTION_SCORE } from './satisfaction.rules.js';
import type { SatisfactionSettingsState } from './satisfaction-settings.service.js';

@ObjectType({ description: 'How the satisfaction reports read the scores; set by direction (every change is in the audit trail).' })
export class SatisfactionSettings {
  updatedByDbId!: string | null;

  @Field(() => Int, { description: 'An answer scoring at most this counts as low (`dissatisfied` in satisfactionReport); 2 until direction sets it.' })
  lowScoreAtMost!: number;

  @Field(() => Int, { description: 'How many times the settings were changed (0: never, the defaults apply).' })
  version!: number;

  @Field(() => DateTime, { nullable: true, description: 'When they were last changed; null: never.' })
  updatedAt!: Date | null;
}

@InputType({ description: 'Direction changes the satisfaction settings.' })
export class SatisfactionSettingsUpdateInput {
  @Limited(range(SATISFACTION_SCORE.min, SATISFACTION_SCORE.max))
  @Field(() => Int, { description: `An answer scoring at most this counts as low, from ${SATISFACTION_SCORE.min} to ${SATISFACTION_SCORE.max} (the top of the scale).` })
  lowScoreAtMost!: number;
}

@ObjectType()
export class SatisfactionSettingsPayload {
  @Field(() => SatisfactionSettings, { nullable: true, description: 'The settings now in force; null when refused.' })
  satisfactionSettings!: SatisfactionSettings | null;

  @Field(() => [UserError], { description: 'Why it was refused (nothing was changed): OUT_OF_RANGE on lowScoreAtMost.' })
  userErrors!: UserError[];
}

export const toSatisfactionSettings = (s: SatisfactionSettingsState): SatisfactionSettings =>
  Object.assign(new SatisfactionSettings(), { lowScoreAtMost: s.lowScoreAtMost, version: s.version, updatedAt: s.updatedAt, updatedByDbId: s.updatedById });
