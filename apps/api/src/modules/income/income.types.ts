// GraphQL types of R2: proofs of income, the financial participation, the relay's follow-ups.
// Amounts are audited on read (R5, cases/audited-reads.ts).
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Connection, Node } from '../../graphql/relay.js';
import { toGlobalId } from '../../shared/global-id.js';
import { DateTime } from '../../graphql/scalars.js';
import { UserError } from '../../graphql/user-errors.js';
import type { IncomeFollowUpRow, IncomeProofRow } from './income.repository.js';
import { INCOME_FOLLOW_UP_REASONS, INCOME_PROOF_KINDS, INCOME_PROOF_STATUSES, PARTICIPATION_BASES, type IncomeFollowUpReason, type IncomeProofKind, type IncomeProofStatus, type Participation, type ParticipationBasis } from './income.rules.js';
import { CaseFile } from '../cases/index.js';
import { graphqlEnum } from '../../graphql/enums.js';

export const IncomeProofKindEnum = graphqlEnum(INCOME_PROOF_KINDS, { name: 'IncomeProofKind' });
export type IncomeProofKindEnum = (typeof IncomeProofKindEnum)[keyof typeof IncomeProofKindEnum];

export const IncomeProofStatusEnum = graphqlEnum(INCOME_PROOF_STATUSES, { name: 'IncomeProofStatus' });
export type IncomeProofStatusEnum = (typeof IncomeProofStatusEnum)[keyof typeof IncomeProofStatusEnum];

export const ParticipationBasisEnum = graphqlEnum(PARTICIPATION_BASES, { name: 'ParticipationBasis', description: 'R2: from the proofs of income, or the maximum rate while proofs are missing.' });

export const IncomeFollowUpReasonEnum = graphqlEnum(INCOME_FOLLOW_UP_REASONS, { name: 'IncomeFollowUpReason' });

@ObjectType({ description: 'R2: a proof of income of a case file, received or missing. Amounts: R5, audited on read.' })
export class IncomeProof {
  dbId!: string;
  caseDbId!: string;
  recordedByDbId!: string;
  @Field(() => Float, { nullable: true, description: 'Monthly net amount in euros. Audited on read.' })
  monthlyAmount!: number | null;

  @Field(() => IncomeProofKindEnum)
  kind!: IncomeProofKind;

  @Field(() => IncomeProofStatusEnum)
  status!: IncomeProofStatus;

  @Field(() => String, { nullable: true })
  receivedOn!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => DateTime)
  recordedAt!: Date;
}

@ObjectType({ description: 'R2: what the beneficiary pays for the help, from the proofs of income (a documented model scale).' })
export class FinancialParticipation {
  caseDbId!: string;
  @Field(() => Float, { nullable: true, description: 'Sum of the received proofs, per month; null at the maximum rate. Audited on read.' })
  householdMonthlyIncome!: number | null;

  @Field(() => Float, { nullable: true, description: 'Income per consumption unit (the beneficiary 1, each other household member 0.5). Audited on read.' })
  equivalisedMonthlyIncome!: number | null;

  @Field(() => Float, { description: 'Euros per hour of help. Audited on read.' })
  hourlyRate!: number;

  @Field(() => Float, { nullable: true, description: 'Hourly rate × weekly hours of the plan in force; null without an agreed plan. Audited on read.' })
  weeklyAmount!: number | null;

  @Field(() => ParticipationBasisEnum)
  basis!: ParticipationBasis;

  @Field(() => Boolean, { description: 'At least one proof recorded and none missing.' })
  proofsComplete!: boolean;

  @Field(() => Int, { nullable: true, description: 'Income band of the model scale (1 = lowest); null at the maximum rate.' })
  band!: number | null;
}

@ObjectType({ implements: Node, description: "R2: a file whose proofs of income need the relay social worker's follow-up." })
export class IncomeFollowUp extends Node {
  dbId!: string;
  caseDbId!: string;
  visitDbId!: string | null;
  fileCheckDbId!: string | null;
  closedByDbId!: string | null;

  @Field(() => IncomeFollowUpReasonEnum)
  reason!: IncomeFollowUpReason;

  @Field(() => DateTime)
  openedAt!: Date;

  @Field(() => DateTime, { nullable: true, description: 'When the proofs were all recorded as received.' })
  closedAt!: Date | null;
}

@ObjectType()
export class IncomeFollowUpConnection extends Connection(IncomeFollowUp, 'IncomeFollowUp') {}

@ObjectType()
export class IncomeProofPayload {
  @Field(() => IncomeProof, { nullable: true })
  incomeProof!: IncomeProof | null;

  @Field(() => CaseFile, { nullable: true, description: 'The case file after the change (its participation and follow-up).' })
  caseFile!: CaseFile | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

export function toIncomeProof(row: IncomeProofRow): IncomeProof {
  return Object.assign(new IncomeProof(), {
    dbId: row.id,
    caseDbId: row.caseFileId,
    recordedByDbId: row.recordedById,
    monthlyAmount: row.monthlyAmount === null ? null : Number(row.monthlyAmount),
    kind: row.kind,
    status: row.status,
    receivedOn: row.receivedOn,
    note: row.note,
    recordedAt: row.recordedAt,
  });
}

export function toParticipation(caseDbId: string, p: Participation, complete: boolean): FinancialParticipation {
  return Object.assign(new FinancialParticipation(), { caseDbId, ...p, proofsComplete: complete });
}

export function toIncomeFollowUp(row: IncomeFollowUpRow): IncomeFollowUp {
  return Object.assign(new IncomeFollowUp(), {
    id: toGlobalId('IncomeFollowUp', row.id),
    dbId: row.id,
    caseDbId: row.caseFileId,
    visitDbId: row.visitId,
    fileCheckDbId: row.fileCheckId,
    closedByDbId: row.closedById,
    reason: row.reason,
    openedAt: row.openedAt,
    closedAt: row.closedAt,
  });
}
