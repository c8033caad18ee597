// Inputs of the aid-plan mutations.
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { AidActionKindEnum, AidActionStatusEnum } from './aid-plan.types.js';
import { NeedDomainEnum } from './case.types.js';

@InputType()
export class AidPlanActionInput {
  @Field(() => NeedDomainEnum)
  domain!: NeedDomainEnum;

  @Field(() => String)
  objective!: string;

  @Field(() => AidActionKindEnum)
  kind!: AidActionKindEnum;

  @Field(() => String)
  description!: string;

  @Field(() => String)
  owner!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueDate?: string | null;

  @Field(() => AidActionStatusEnum, { defaultValue: AidActionStatusEnum.TODO })
  status!: AidActionStatusEnum;

  @Field(() => String, { nullable: true })
  evaluationCriterion?: string | null;
}

@InputType({ description: 'Start a new DRAFT version, copied from the latest version (or empty for a first plan).' })
export class AidPlanDraftInput {
  @Field(() => ID)
  caseFileId!: string;
}

@InputType({ description: 'Change a DRAFT version; omitted fields keep their value.' })
export class AidPlanUpdateInput {
  @Field(() => ID)
  aidPlanId!: string;

  @Field(() => Int)
  expectedRevision!: number;

  @Field(() => [AidPlanActionInput], { nullable: true, description: 'Replaces the list of actions.' })
  actions?: AidPlanActionInput[] | null;

  @Field(() => Float, { nullable: true })
  familyHelperHours?: number | null;

  @Field(() => Float, { nullable: true })
  homeHelperHours?: number | null;
}

@InputType()
export class AidPlanProposeInput {
  @Field(() => ID)
  aidPlanId!: string;

  @Field(() => Int)
  expectedRevision!: number;
}

@InputType({ description: 'The beneficiary agreed: who agreed for them, how; the next evaluation (R1: within a year).' })
export class AidPlanAgreeInput {
  @Field(() => ID)
  aidPlanId!: string;

  @Field(() => Int)
  expectedRevision!: number;

  @Field(() => String)
  agreedBy!: string;

  @Field(() => String)
  agreedHow!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; a year after the agreement by default.' })
  nextEvaluationOn?: string | null;
}

@InputType({ description: 'Track an action of an agreed plan (the agreed text stays as it was).' })
export class AidPlanActionStatusInput {
  @Field(() => ID)
  aidPlanId!: string;

  @Field(() => Int)
  actionIndex!: number;

  @Field(() => AidActionStatusEnum)
  status!: AidActionStatusEnum;
}

@InputType({ description: 'R1: record an evaluation (revision visit) of an agreed plan and set the next one.' })
export class AidPlanEvaluateInput {
  @Field(() => ID)
  aidPlanId!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  evaluatedOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, at most a year later; a year later by default.' })
  nextEvaluationOn?: string | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}
