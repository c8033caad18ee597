// Inputs of the R2 income-proof mutation.
import { Field, Float, ID, InputType } from 'type-graphql';
import { IncomeProofKindEnum, IncomeProofStatusEnum } from './income.types.js';
import { GLOBAL_ID, Limited, NOTE, day, range } from '../../graphql/input-limits.js';

@InputType({ description: 'R2: record a proof of income of a case file as received (with its amount) or missing. One per kind; recording again replaces it.' })
export class IncomeProofRecordInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  caseFileId!: string;

  @Field(() => IncomeProofKindEnum)
  kind!: IncomeProofKindEnum;

  @Field(() => IncomeProofStatusEnum)
  status!: IncomeProofStatusEnum;

  @Limited({ ...range(0, 100_000, ' euros'), code: 'INVALID_AMOUNT' })
  @Field(() => Float, { nullable: true, description: 'Monthly net amount in euros the proof shows; required when RECEIVED.' })
  monthlyAmount?: number | null;

  @Limited(day())
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; required when RECEIVED, not after today.' })
  receivedOn?: string | null;

  @Limited(NOTE)
  @Field(() => String, { nullable: true })
  note?: string | null;
}
