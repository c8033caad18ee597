// GraphQL types of case files and beneficiaries. Fields a viewer may not read come back null (R5).
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, Node } from '../../graphql/relay.js';
import { DateTime } from '../../graphql/scalars.js';
import { UserError } from '../../graphql/user-errors.js';
import type { CaseAccess } from './case.access.js';
import type { RelatedRows } from './case.related.js';
import { CASE_STATUSES, NEED_DOMAINS, type CaseStatus, type NeedDomain } from './case.rules.js';
import { graphqlEnum } from '../../graphql/enums.js';
import { MARITAL_STATUSES } from './beneficiary.rules.js';

export const CaseStatusEnum = graphqlEnum(CASE_STATUSES, { name: 'CaseStatus', description: 'NEW_REQUEST → ASSESSMENT → ACTIVE → SUSPENDED / CLOSED, or REDIRECTED to another service.' });
export type CaseStatusEnum = (typeof CaseStatusEnum)[keyof typeof CaseStatusEnum];

export const NeedDomainEnum = graphqlEnum(NEED_DOMAINS, { name: 'NeedDomain' });
export type NeedDomainEnum = (typeof NeedDomainEnum)[keyof typeof NeedDomainEnum];

export enum NeedLevelEnum {
  NONE = 'NONE',
  LOW = 'LOW',
  MODERATE = 'MODERATE',
  HIGH = 'HIGH',
}
registerEnumType(NeedLevelEnum, { name: 'NeedLevel' });

export const MaritalStatusEnum = graphqlEnum(MARITAL_STATUSES, { name: 'MaritalStatus' });
export type MaritalStatusEnum = (typeof MaritalStatusEnum)[keyof typeof MaritalStatusEnum];

@ObjectType()
export class Address {
  @Field(() => String, { nullable: true })
  street!: string | null;

  @Field(() => String, { nullable: true })
  postalCode!: string | null;

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => Float, { nullable: true, description: 'Entered by hand.' })
  latitude!: number | null;

  @Field(() => Float, { nullable: true })
  longitude!: number | null;
}

@ObjectType({ description: 'Someone around the beneficiary: household member, informal caregiver, professional, administrator.' })
export class PersonNote {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  relation!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType({ implements: Node, description: 'A person kept living at home, with their intake data. R5: fields you may not read are null.' })
export class Beneficiary extends Node {
  dbId!: string;
  /** The case file through which it was reached: reads of sensitive fields are audited against it. */
  caseDbId!: string | null;
  access!: CaseAccess;

  @Field(() => String, { nullable: true })
  firstName!: string | null;

  @Field(() => String, { nullable: true })
  lastName!: string | null;

  @Field(() => String, { nullable: true })
  birthDate!: string | null;

  @Field(() => Address, { nullable: true })
  address!: Address | null;

  @Field(() => MaritalStatusEnum, { nullable: true })
  maritalStatus!: string | null;

  // Sensitive fields are audited on read (audited-reads.ts).
  @Field(() => String, { nullable: true, description: 'Belgian national-register number (11 digits). Audited on read.' })
  nationalRegisterNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'Audited on read.' })
  familyAllowanceNumber!: string | null;

  @Field(() => [PersonNote], { nullable: true })
  householdMembers!: PersonNote[] | null;

  @Field(() => [PersonNote], { nullable: true })
  informalCaregivers!: PersonNote[] | null;

  @Field(() => [PersonNote], { nullable: true })
  outsideProfessionals!: PersonNote[] | null;

  @Field(() => PersonNote, { nullable: true })
  propertyAdministrator!: PersonNote | null;

  @Field(() => String, { nullable: true, description: 'How to get in: keys, codes, the dog.' })
  accessNotes!: string | null;

  @Field(() => String, { nullable: true })
  safetyNotes!: string | null;

  @Field(() => String, { nullable: true, description: 'Audited on read.' })
  healthNotes!: string | null;

  @Field(() => Float, { nullable: true, description: 'Monthly income in euros. Audited on read.' })
  monthlyIncome!: number | null;

  @Field(() => Int, { nullable: true, description: 'Send back as `expectedVersion` when updating.' })
  version!: number | null;
}

@ObjectType()
export class NeedAssessment {
  @Field(() => NeedDomainEnum)
  domain!: NeedDomain;

  @Field(() => NeedLevelEnum)
  level!: string;

  @Field(() => String, { nullable: true })
  notes!: string | null;
}

@ObjectType({ description: 'A move of a case file from one status to another: who, when, why.' })
export class CaseTransition {
  dbId!: string;
  byDbId!: string;

  @Field(() => CaseStatusEnum)
  from!: CaseStatus;

  @Field(() => CaseStatusEnum)
  to!: CaseStatus;

  @Field(() => String)
  reason!: string;

  @Field(() => DateTime)
  at!: Date;
}

@ObjectType({ implements: Node, description: 'A case file (dossier social). R5: fields you may not read are null.' })
export class CaseFile extends Node {
  dbId!: string;
  access!: CaseAccess;
  beneficiaryDbId!: string;
  sectorDbId!: string;
  socialWorkerDbId!: string;
  /** Rows a list fetched for its whole page (case.related.ts); a field not fetched goes through its loader. */
  related?: RelatedRows;

  @Field(() => CaseStatusEnum, { nullable: true })
  status!: CaseStatus | null;

  @Field(() => String, { nullable: true })
  reasonForContact!: string | null;

  @Field(() => String, { nullable: true, description: 'The service a REDIRECTED case was sent to.' })
  redirectedTo!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'An urgent social situation: needs action the same day.' })
  urgent!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Urgent and no action recorded the day it was raised: an alert.' })
  urgentAlert!: boolean | null;

  @Field(() => String, { nullable: true })
  urgentActionTaken!: string | null;

  @Field(() => [NeedAssessment], { nullable: true, description: 'Needs assessment, one entry per domain assessed.' })
  needs!: NeedAssessment[] | null;

  @Field(() => Int, { nullable: true, description: 'Send back as `expectedVersion` when changing the case.' })
  version!: number | null;

  @Field(() => DateTime, { nullable: true })
  openedAt!: Date | null;
}

@ObjectType()
export class CaseFileConnection extends Connection(CaseFile, 'CaseFile') {}

@ObjectType()
export class CaseFilePayload {
  @Field(() => CaseFile, { nullable: true })
  caseFile!: CaseFile | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class BeneficiaryPayload {
  @Field(() => Beneficiary, { nullable: true })
  beneficiary!: Beneficiary | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class CaseFilesAnonymisePayload {
  @Field(() => Int, { nullable: true, description: 'How many beneficiaries were anonymised.' })
  anonymisedCount!: number | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
