// Inputs of the case-file mutations.
import { Field, ID, InputType, Int } from 'type-graphql';
import { BeneficiaryInput } from './beneficiary.input.js';
import { CaseStatusEnum, NeedDomainEnum, NeedLevelEnum } from './case.types.js';
import { GLOBAL_ID, LABEL, Limited, NOTE, Nested, listOf, range } from '../../graphql/input-limits.js';

@InputType({ description: 'Open a case file for a new beneficiary (`beneficiary`) or a known one (`beneficiaryId`).' })
export class CaseFileOpenInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID, { nullable: true })
  beneficiaryId?: string | null;

  @Nested()
  @Field(() => BeneficiaryInput, { nullable: true })
  beneficiary?: BeneficiaryInput | null;

  @Limited(GLOBAL_ID)
  @Field(() => ID)
  sectorId!: string;

  @Limited(GLOBAL_ID)
  @Field(() => ID, { description: 'The responsible social worker.' })
  socialWorkerId!: string;

  @Limited(NOTE)
  @Field(() => String)
  reasonForContact!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'An urgent social situation: needs action today.' })
  urgent!: boolean;
}

@InputType()
export class CaseFileTransitionInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  caseFileId!: string;

  @Limited(range(0, 2_147_483_647))
  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => CaseStatusEnum)
  to!: CaseStatusEnum;

  @Limited(NOTE)
  @Field(() => String, { description: 'Why: kept with who and when.' })
  reason!: string;

  @Limited(LABEL)
  @Field(() => String, { nullable: true, description: 'Required for REDIRECTED: the service the person is sent to.' })
  redirectedTo?: string | null;
}

@InputType()
export class NeedAssessmentInput {
  @Field(() => NeedDomainEnum)
  domain!: NeedDomainEnum;

  @Field(() => NeedLevelEnum)
  level!: NeedLevelEnum;

  @Limited(NOTE)
  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType({ description: 'Change a case file; omitted fields keep their value.' })
export class CaseFileUpdateInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  caseFileId!: string;

  @Limited(range(0, 2_147_483_647))
  @Field(() => Int)
  expectedVersion!: number;

  @Limited(NOTE)
  @Field(() => String, { nullable: true })
  reasonForContact?: string | null;

  @Limited(GLOBAL_ID)
  @Field(() => ID, { nullable: true })
  socialWorkerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Raise (true) or clear (false) an urgent situation.' })
  urgent?: boolean | null;

  @Limited(listOf(20))
  @Nested()
  @Field(() => [NeedAssessmentInput], { nullable: true, description: 'Domains given replace their earlier assessment.' })
  needs?: NeedAssessmentInput[] | null;
}

@InputType({ description: 'Record the action taken on an urgent situation.' })
export class CaseFileUrgentActionInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  caseFileId!: string;

  @Limited(range(0, 2_147_483_647))
  @Field(() => Int)
  expectedVersion!: number;

  @Limited(NOTE)
  @Field(() => String)
  actionTaken!: string;
}

@InputType({ description: 'Anonymise beneficiaries whose case files all closed more than `retentionYears` ago.' })
export class CaseFilesAnonymiseInput {
  // Below a year the "retention" would erase files still followed up: the service's own code for it.
  @Limited({ code: 'RETENTION_TOO_SHORT', says: 'From 1 to 100 years.', ok: (v) => typeof v === 'number' && v >= 1 }, { ...range(-Infinity, 100), says: 'From 1 to 100 years.' })
  @Field(() => Int, { defaultValue: 5, description: 'The retention period, in years (at least 1).' })
  retentionYears!: number;
}
