// Inputs of the aid-plan mutations.
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { AidActionKindEnum, AidActionStatusEnum } from './aid-plan.types.js';
import { NeedDomainEnum } from '../cases/index.js';
import { GLOBAL_ID, LABEL, Limited, NOTE, Nested, REPORT, day, listOf, range } from '../../graphql/input-limits.js';

@InputType()
export class AidPlanActionInput {
  @Field(() => NeedDomainEnum)
  domain!: NeedDomainEnum;

  @Limited(NOTE)
  @Field(() => String)
  objective!: string;

  @Field(() => AidActionKindEnum)
  kind!: AidActionKindEnum;

  @Limited(NOTE)
  @Field(() => String)
  description!: string;

  @Limited(LABEL)
  @Field(() => String)
  owner!: string;

  @Limited({ ...day(), code: 'INVALID_DATE' })
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueDate?: string | null;

  @Field(() => AidActionStatusEnum, { defaultValue: AidActionStatusEnum.TODO })
  status!: AidActionStatusEnum;

  @Limited(NOTE)
  @Field(() => String, { nullable: true })
  evaluationCriterion?: string | null;
}

@InputType({ description: 'Start a new DRAFT version, copied from the latest version (or empty for a first plan).' })
export class AidPlanDraftInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  caseFileId!: string;
}

@InputType({ description: 'Change a DRAFT version; omitted fields keep their value.' })
export class AidPlanUpdateInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  aidPlanId!: string;

  @Limited(range(0, 2_147_483_647))
  @Field(() => Int)
  expectedRevision!: number;

  @Limited(listOf(50))
  @Nested()
  @Field(() => [AidPlanActionInput], { nullable: true, description: 'Replaces the list of actions.' })
  actions?: AidPlanActionInput[] | null;

  @Limited({ ...range(0, 80, ' hours a week'), code: 'INVALID_HOURS' })
  @Field(() => Float, { nullable: true })
  familyHelperHours?: number | null;

  @Limited({ ...range(0, 80, ' hours a week'), code: 'INVALID_HOURS' })
  @Field(() => Float, { nullable: true })
  homeHelperHours?: number | null;
}

@InputType()
export class AidPlanProposeInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  aidPlanId!: string;

  @Limited(range(0, 2_147_483_647))
  @Field(() => Int)
  expectedRevision!: number;
}

@InputType({ description: 'The beneficiary agreed: who agreed for them, how; the next evaluation (R1: within a year).' })
export class AidPlanAgreeInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  aidPlanId!: string;

  @Limited(range(0, 2_147_483_647))
  @Field(() => Int)
  expectedRevision!: number;

  @Limited(LABEL)
  @Field(() => String)
  agreedBy!: string;

  @Limited(LABEL)
  @Field(() => String)
  agreedHow!: string;

  @Limited({ ...day(), code: 'INVALID_DATE' })
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, after today and at most a year later (NEXT_EVALUATION_TOO_EARLY, EVALUATION_TOO_LATE); a year after the agreement by default.' })
  nextEvaluationOn?: string | null;
}

@InputType({ description: 'Track an action of an agreed plan (the agreed text stays as it was).' })
export class AidPlanActionStatusInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  aidPlanId!: string;

  @Limited(range(0, 49))
  @Field(() => Int)
  actionIndex!: number;

  @Field(() => AidActionStatusEnum)
  status!: AidActionStatusEnum;
}

@InputType({ description: 'R1: record an evaluation (revision visit) of an agreed plan and set the next one.' })
export class AidPlanEvaluateInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  aidPlanId!: string;

  @Limited({ ...day(), code: 'INVALID_DATE' })
  @Field(() => String, { description: 'YYYY-MM-DD' })
  evaluatedOn!: string;

  @Limited({ ...day(), code: 'INVALID_DATE' })
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: after `evaluatedOn` (NEXT_EVALUATION_TOO_EARLY), not before today in Brussels (NEXT_EVALUATION_IN_THE_PAST), at most a year after `evaluatedOn` (EVALUATION_TOO_LATE); a year later by default.' })
  nextEvaluationOn?: string | null;

  @Limited(REPORT)
  @Field(() => String, { nullable: true })
  notes?: string | null;
}
