// Input of the satisfaction check's mutation.
import { Field, ID, InputType, Int } from 'type-graphql';
import { GLOBAL_ID, Limited, Nested, listOf, range, text } from '../../graphql/input-limits.js';
import { COMMENT_MAX, SATISFACTION_DOMAINS, SATISFACTION_SCORE } from './satisfaction.rules.js';
import { SatisfactionDomainEnum } from './satisfaction.types.js';

@InputType({ description: 'The beneficiary’s answer on one domain.' })
export class SatisfactionScoreInput {
  @Field(() => SatisfactionDomainEnum, { description: 'Each domain at most once.' })
  domain!: SatisfactionDomainEnum;

  @Limited({ ...range(SATISFACTION_SCORE.min, SATISFACTION_SCORE.max), code: 'SCORE_OUT_OF_RANGE' })
  @Field(() => Int, { description: '1 very dissatisfied, 2 dissatisfied, 3 neither, 4 satisfied, 5 very satisfied.' })
  score!: number;

  @Limited(text(COMMENT_MAX))
  @Field(() => String, { nullable: true, description: 'What the beneficiary said about this domain.' })
  comment?: string | null;
}

@InputType({ description: 'R7, R8: record the beneficiary’s satisfaction at a revision or helper control visit that took place, once per visit; by the social worker who made the visit or the relay & control social worker.' })
export class SatisfactionCheckRecordInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID, { description: 'The visit (a REVISION or HELPER_CONTROL, DONE).' })
  visitId!: string;

  @Nested()
  @Limited(listOf(SATISFACTION_DOMAINS.length))
  @Field(() => [SatisfactionScoreInput], { description: 'At least one domain; the domains the beneficiary did not answer are left out.' })
  scores!: SatisfactionScoreInput[];

  @Limited(text(COMMENT_MAX))
  @Field(() => String, { nullable: true, description: 'What the beneficiary said overall.' })
  comment?: string | null;
}
