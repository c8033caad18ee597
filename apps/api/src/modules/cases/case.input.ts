// Inputs of the case-file mutations.
import { Field, ID, InputType, Int } from 'type-graphql';
import { BeneficiaryInput } from './beneficiary.input.js';
import { CaseStatusEnum, NeedDomainEnum, NeedLevelEnum } from './case.types.js';

@InputType({ description: 'Open a case file for a new beneficiary (`beneficiary`) or a known one (`beneficiaryId`).' })
export class CaseFileOpenInput {
  @Field(() => ID, { nullable: true })
  beneficiaryId?: string | null;

  @Field(() => BeneficiaryInput, { nullable: true })
  beneficiary?: BeneficiaryInput | null;

  @Field(() => ID)
  sectorId!: string;

  @Field(() => ID, { description: 'The responsible social worker.' })
  socialWorkerId!: string;

  @Field(() => String)
  reasonForContact!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'An urgent social situation: needs action today.' })
  urgent!: boolean;
}

@InputType()
export class CaseFileTransitionInput {
  @Field(() => ID)
  caseFileId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => CaseStatusEnum)
  to!: CaseStatusEnum;

  @Field(() => String, { description: 'Why: kept with who and when.' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'Required for REDIRECTED: the service the person is sent to.' })
  redirectedTo?: string | null;
}

@InputType()
export class NeedAssessmentInput {
  @Field(() => NeedDomainEnum)
  domain!: NeedDomainEnum;

  @Field(() => NeedLevelEnum)
  level!: NeedLevelEnum;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType({ description: 'Change a case file; omitted fields keep their value.' })
export class CaseFileUpdateInput {
  @Field(() => ID)
  caseFileId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  reasonForContact?: string | null;

  @Field(() => ID, { nullable: true })
  socialWorkerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Raise (true) or clear (false) an urgent situation.' })
  urgent?: boolean | null;

  @Field(() => [NeedAssessmentInput], { nullable: true, description: 'Domains given replace their earlier assessment.' })
  needs?: NeedAssessmentInput[] | null;
}

@InputType({ description: 'Record the action taken on an urgent situation.' })
export class CaseFileUrgentActionInput {
  @Field(() => ID)
  caseFileId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => String)
  actionTaken!: string;
}

@InputType({ description: 'Anonymise beneficiaries whose case files all closed more than `retentionYears` ago.' })
export class CaseFilesAnonymiseInput {
  @Field(() => Int, { defaultValue: 5, description: 'The retention period, in years (at least 1).' })
  retentionYears!: number;
}
