// Inputs of the R2 income-proof mutation.
import { Field, Float, ID, InputType } from 'type-graphql';
import { IncomeProofKindEnum, IncomeProofStatusEnum } from './income.types.js';

@InputType({ description: 'R2: record a proof of income of a case file as received (with its amount) or missing. One per kind; recording again replaces it.' })
export class IncomeProofRecordInput {
  @Field(() => ID)
  caseFileId!: string;

  @Field(() => IncomeProofKindEnum)
  kind!: IncomeProofKindEnum;

  @Field(() => IncomeProofStatusEnum)
  status!: IncomeProofStatusEnum;

  @Field(() => Float, { nullable: true, description: 'Monthly net amount in euros the proof shows; required when RECEIVED.' })
  monthlyAmount?: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; required when RECEIVED, not after today.' })
  receivedOn?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}
