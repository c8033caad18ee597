// Inputs of the planning mutations: requests, generation, adjustments, fixing.
import { Field, ID, InputType } from 'type-graphql';
import { DateTime } from '../../graphql/scalars.js';
import { PlanningRequestKindEnum } from './planning.types.js';

@InputType({ description: 'R6: a request for month M arrives by the 20th of M-1; later, direction may accept it as urgent.' })
export class PlanningRequestCreateInput {
  @Field(() => String, { description: 'YYYY-MM' })
  month!: string;

  @Field(() => PlanningRequestKindEnum)
  kind!: PlanningRequestKindEnum;

  @Field(() => ID, { nullable: true, description: "The case file (revision, accompaniment; a control's home)." })
  caseFileId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The helper controlled (HELPER_CONTROL).' })
  helperId?: string | null;

  @Field(() => ID, { nullable: true, description: "The sector; taken from the case file or the helper when not given." })
  sectorId?: string | null;

  @Field(() => DateTime, { nullable: true, description: 'MEETING_SUPPORT: when the team meeting is (R15).' })
  meetingAt?: Date | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  urgent?: boolean | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class PlanningGenerateInput {
  @Field(() => String, { description: 'YYYY-MM' })
  month!: string;

  @Field(() => ID, { nullable: true, description: 'Defaults to the only flying social worker.' })
  flyingWorkerId?: string | null;
}

@InputType()
export class PlanningItemMoveInput {
  @Field(() => ID)
  itemId!: string;

  @Field(() => DateTime)
  startsAt!: Date;

  @Field(() => String, { nullable: true, description: 'Required once the planning is fixed.' })
  reason?: string | null;
}

@InputType()
export class PlanningItemRemoveInput {
  @Field(() => ID)
  itemId!: string;

  @Field(() => String, { nullable: true, description: 'Required once the planning is fixed.' })
  reason?: string | null;
}

@InputType()
export class PlanningFixInput {
  @Field(() => ID)
  planningId!: string;
}

@InputType({ description: 'Withdraw a request: the next generation of the month leaves it out.' })
export class PlanningRequestWithdrawInput {
  @Field(() => ID)
  requestId!: string;
}
