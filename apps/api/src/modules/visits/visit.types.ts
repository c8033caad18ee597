// GraphQL types of visits, R3 file checks and R4 aid decisions.
import { Field, ObjectType } from 'type-graphql';
import { Connection, Node } from '../../graphql/relay.js';
import { toGlobalId } from '../../shared/global-id.js';
import { DateTime } from '../../graphql/scalars.js';
import { UserError } from '../../graphql/user-errors.js';
import type { AidDecisionRow, FileCheckRow, VisitRow } from './visit.repository.js';
import { AID_DECISION_KINDS, AID_DECISION_STATUSES, FILE_CHECK_OUTCOMES, VISIT_KINDS, VISIT_STATUSES, type AidDecisionKind, type VisitKind, type VisitStatus } from './visit.rules.js';
import { graphqlEnum } from '../../graphql/enums.js';

export const VisitKindEnum = graphqlEnum(VISIT_KINDS, { name: 'VisitKind' });
export type VisitKindEnum = (typeof VisitKindEnum)[keyof typeof VisitKindEnum];

export const VisitStatusEnum = graphqlEnum(VISIT_STATUSES, { name: 'VisitStatus' });

export const FileCheckOutcomeEnum = graphqlEnum(FILE_CHECK_OUTCOMES, { name: 'FileCheckOutcome' });
export type FileCheckOutcomeEnum = (typeof FileCheckOutcomeEnum)[keyof typeof FileCheckOutcomeEnum];

export const AidDecisionKindEnum = graphqlEnum(AID_DECISION_KINDS, { name: 'AidDecisionKind' });
export type AidDecisionKindEnum = (typeof AidDecisionKindEnum)[keyof typeof AidDecisionKindEnum];

export const AidDecisionStatusEnum = graphqlEnum(AID_DECISION_STATUSES, { name: 'AidDecisionStatus', description: 'R4: PROPOSED by the flying social worker, then DECIDED (accepted) or REJECTED by a decider.' });

@ObjectType({ implements: Node })
export class Visit extends Node {
  dbId!: string;
  caseDbId!: string;
  visitorDbId!: string;
  handedToDbId!: string | null;

  @Field(() => VisitKindEnum)
  kind!: VisitKind;

  @Field(() => VisitStatusEnum)
  status!: VisitStatus;

  @Field(() => DateTime)
  plannedAt!: Date;

  @Field(() => String, { nullable: true })
  report!: string | null;

  @Field(() => DateTime, { nullable: true })
  doneAt!: Date | null;

  @Field(() => String, { nullable: true })
  cancelledReason!: string | null;

  @Field(() => DateTime, { nullable: true, description: "R10: when the flying social worker's report was handed to the sector's social worker." })
  handedAt!: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'R10: when the sector social worker acknowledged the report.' })
  handoverAcknowledgedAt!: Date | null;
}

@ObjectType({ description: 'A rule the change did not break but should make you think twice (the change was made).' })
export class VisitWarning {
  @Field(() => String, { description: 'Stable upper-case code, e.g. R9_REVISITED_LAST_YEAR.' })
  code!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType({ implements: Node, description: 'R3: the check of a case file by the relay & control social worker after a visit.' })
export class FileCheck extends Node {
  dbId!: string;
  caseDbId!: string;
  visitDbId!: string;
  checkedByDbId!: string | null;

  @Field(() => DateTime)
  openedAt!: Date;

  @Field(() => Boolean, { nullable: true, description: 'Encoding of the file is right.' })
  encodingOk!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'R2: financial participation and its proofs of income are in order.' })
  financialParticipationOk!: boolean | null;

  @Field(() => Boolean, { nullable: true })
  socialAspectsOk!: boolean | null;

  @Field(() => FileCheckOutcomeEnum, { nullable: true })
  outcome!: string | null;

  @Field(() => String, { nullable: true })
  findings!: string | null;

  @Field(() => DateTime, { nullable: true, description: 'Null while the check is still to do.' })
  checkedAt!: Date | null;
}

@ObjectType({ implements: Node, description: 'R4: a decision to continue, suspend or stop aid, or a proposal of one.' })
export class AidDecision extends Node {
  dbId!: string;
  caseDbId!: string;
  proposedByDbId!: string | null;
  decidedByDbId!: string | null;

  @Field(() => AidDecisionKindEnum)
  decision!: AidDecisionKind;

  @Field(() => AidDecisionStatusEnum)
  status!: string;

  @Field(() => DateTime, { nullable: true })
  proposedAt!: Date | null;

  @Field(() => String, { nullable: true })
  proposalReason!: string | null;

  @Field(() => DateTime, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was decided, accepted or rejected.' })
  decisionReason!: string | null;
}

@ObjectType()
export class FileCheckConnection extends Connection(FileCheck, 'FileCheck') {}

@ObjectType()
export class VisitConnection extends Connection(Visit, 'Visit') {}

@ObjectType()
export class VisitPayload {
  @Field(() => Visit, { nullable: true })
  visit!: Visit | null;

  @Field(() => FileCheck, { nullable: true, description: 'R3: the file check opened when a visit is done.' })
  fileCheck!: FileCheck | null;

  @Field(() => [VisitWarning], { description: 'R9: e.g. the flying social worker revisits a beneficiary within 12 months.' })
  warnings!: VisitWarning[];

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class FileCheckPayload {
  @Field(() => FileCheck, { nullable: true })
  fileCheck!: FileCheck | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class AidDecisionPayload {
  @Field(() => AidDecision, { nullable: true })
  aidDecision!: AidDecision | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

export function toVisit(row: VisitRow): Visit {
  return Object.assign(new Visit(), {
    id: toGlobalId('Visit', row.id),
    dbId: row.id,
    caseDbId: row.caseFileId,
    visitorDbId: row.visitorId,
    handedToDbId: row.handedToId,
    kind: row.kind,
    status: row.status,
    plannedAt: row.plannedAt,
    report: row.report,
    doneAt: row.doneAt,
    cancelledReason: row.cancelledReason,
    handedAt: row.handedAt,
    handoverAcknowledgedAt: row.handoverAcknowledgedAt,
  });
}

export function toFileCheck(row: FileCheckRow): FileCheck {
  return Object.assign(new FileCheck(), {
    id: toGlobalId('FileCheck', row.id),
    dbId: row.id,
    caseDbId: row.caseFileId,
    visitDbId: row.visitId,
    checkedByDbId: row.checkedById,
    openedAt: row.openedAt,
    encodingOk: row.encodingOk,
    financialParticipationOk: row.financialParticipationOk,
    socialAspectsOk: row.socialAspectsOk,
    outcome: row.outcome,
    findings: row.findings,
    checkedAt: row.checkedAt,
  });
}

export function toAidDecision(row: AidDecisionRow): AidDecision {
  return Object.assign(new AidDecision(), {
    id: toGlobalId('AidDecision', row.id),
    dbId: row.id,
    caseDbId: row.caseFileId,
    proposedByDbId: row.proposedById,
    decidedByDbId: row.decidedById,
    decision: row.decision,
    status: row.status,
    proposedAt: row.proposedAt,
    proposalReason: row.proposalReason,
    decidedAt: row.decidedAt,
    decisionReason: row.decisionReason,
  });
}
