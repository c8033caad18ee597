// Inputs of the visit, file-check and aid-decision mutations.
import { Field, ID, InputType } from 'type-graphql';
import { DateTime } from '../../graphql/scalars.js';
import { AidDecisionKindEnum, FileCheckOutcomeEnum, VisitKindEnum } from './visit.types.js';

@InputType()
export class VisitPlanInput {
  @Field(() => ID)
  caseFileId!: string;

  @Field(() => VisitKindEnum)
  kind!: VisitKindEnum;

  @Field(() => DateTime)
  plannedAt!: Date;

  @Field(() => ID, { description: "The sector's social worker, the flying or the relay social worker." })
  visitorId!: string;
}

@InputType()
export class VisitCompleteInput {
  @Field(() => ID)
  visitId!: string;

  @Field(() => String)
  report!: string;
}

@InputType()
export class VisitCancelInput {
  @Field(() => ID)
  visitId!: string;

  @Field(() => String)
  reason!: string;
}

@InputType({ description: 'R3: the result of the file check after a visit.' })
export class FileCheckRecordInput {
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

  @Field(() => String)
  findings!: string;
}

@InputType({ description: 'R4: a decider records a decision; the flying social worker records a proposal.' })
export class AidDecisionRecordInput {
  @Field(() => ID)
  caseFileId!: string;

  @Field(() => AidDecisionKindEnum)
  decision!: AidDecisionKindEnum;

  @Field(() => String)
  reason!: string;
}

@InputType({ description: 'R4: a decider accepts or rejects a proposal (never their own).' })
export class AidDecisionReviewInput {
  @Field(() => ID)
  aidDecisionId!: string;

  @Field(() => Boolean)
  accept!: boolean;

  @Field(() => String)
  reason!: string;
}

@InputType({ description: "R10: the sector's social worker acknowledges a report handed to them." })
export class VisitReportAcknowledgeInput {
  @Field(() => ID)
  visitId!: string;
}
