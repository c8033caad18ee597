// Inputs of the visit, file-check and aid-decision mutations.
import { Field, ID, InputType } from 'type-graphql';
import { DateTime } from '../../graphql/scalars.js';
import { AidDecisionKindEnum, FileCheckOutcomeEnum, VisitKindEnum } from './visit.types.js';
import { GLOBAL_ID, INSTANT, Limited, NOTE, REPORT } from '../../graphql/input-limits.js';

@InputType()
export class VisitPlanInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  caseFileId!: string;

  @Field(() => VisitKindEnum)
  kind!: VisitKindEnum;

  @Limited(INSTANT)
  @Field(() => DateTime)
  plannedAt!: Date;

  @Limited(GLOBAL_ID)
  @Field(() => ID, { description: "The sector's social worker, the flying or the relay social worker." })
  visitorId!: string;
}

@InputType()
export class VisitCompleteInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  visitId!: string;

  @Limited(REPORT)
  @Field(() => String)
  report!: string;
}

@InputType()
export class VisitCancelInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  visitId!: string;

  @Limited(NOTE)
  @Field(() => String)
  reason!: string;
}

@InputType({ description: 'R3: the result of the file check after a visit.' })
export class FileCheckRecordInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  fileCheckId!: string;

  @Field(() => Boolean)
  encodingOk!: boolean;

  @Field(() => Boolean)
  financialParticipationOk!: boolean;

  @Field(() => Boolean)
  socialAspectsOk!: boolean;

  @Field(() => FileCheckOutcomeEnum)
  outcome!: FileCheckOutcomeEnum;

  @Limited(REPORT)
  @Field(() => String)
  findings!: string;
}

@InputType({ description: 'R4: a decider records a decision; the flying social worker records a proposal.' })
export class AidDecisionRecordInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  caseFileId!: string;

  @Field(() => AidDecisionKindEnum)
  decision!: AidDecisionKindEnum;

  @Limited(NOTE)
  @Field(() => String)
  reason!: string;
}

@InputType({ description: 'R4: a decider accepts or rejects a proposal (never their own).' })
export class AidDecisionReviewInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  aidDecisionId!: string;

  @Field(() => Boolean)
  accept!: boolean;

  @Limited(NOTE)
  @Field(() => String)
  reason!: string;
}

@InputType({ description: "R10: the sector's social worker acknowledges a report handed to them." })
export class VisitReportAcknowledgeInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  visitId!: string;
}
