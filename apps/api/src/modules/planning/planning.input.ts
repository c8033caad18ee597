// Inputs of the planning mutations: requests, generation, adjustments, fixing.
import { Field, ID, InputType } from 'type-graphql';
import { DateTime } from '../../graphql/scalars.js';
import { PlanningRequestKindEnum } from './planning.types.js';
import { GLOBAL_ID, INSTANT, Limited, MONTH, NOTE } from '../../graphql/input-limits.js';

@InputType({ description: 'R6: a request for month M arrives by the 20th of M-1; later, direction may accept it as urgent.' })
export class PlanningRequestCreateInput {
  @Limited(MONTH)
  @Field(() => String, { description: 'YYYY-MM' })
  month!: string;

  @Field(() => PlanningRequestKindEnum)
  kind!: PlanningRequestKindEnum;

  @Limited(GLOBAL_ID)
  @Field(() => ID, { nullable: true, description: "The case file (revision, accompaniment; a control's home)." })
  caseFileId?: string | null;

  @Limited(GLOBAL_ID)
  @Field(() => ID, { nullable: true, description: 'The helper controlled (HELPER_CONTROL).' })
  helperId?: string | null;

  @Limited(GLOBAL_ID)
  @Field(() => ID, { nullable: true, description: "The sector; taken from the case file or the helper when not given." })
  sectorId?: string | null;

  @Limited(INSTANT)
  @Field(() => DateTime, { nullable: true, description: 'MEETING_SUPPORT: when the team meeting is (R15).' })
  meetingAt?: Date | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  urgent?: boolean | null;

  @Limited(NOTE)
  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class PlanningGenerateInput {
  @Limited(MONTH)
  @Field(() => String, { description: 'YYYY-MM' })
  month!: string;

  @Limited(GLOBAL_ID)
  @Field(() => ID, { nullable: true, description: 'Defaults to the only flying social worker.' })
  flyingWorkerId?: string | null;
}

@InputType()
export class PlanningItemMoveInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  itemId!: string;

  @Limited(INSTANT)
  @Field(() => DateTime)
  startsAt!: Date;

  @Limited(NOTE)
  @Field(() => String, { nullable: true, description: 'Required once the planning is fixed.' })
  reason?: string | null;
}

@InputType()
export class PlanningItemRemoveInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  itemId!: string;

  @Limited(NOTE)
  @Field(() => String, { nullable: true, description: 'Required once the planning is fixed.' })
  reason?: string | null;
}

@InputType()
export class PlanningFixInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  planningId!: string;
}

@InputType({ description: 'Withdraw a request: the next generation of the month leaves it out.' })
export class PlanningRequestWithdrawInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  requestId!: string;
}
