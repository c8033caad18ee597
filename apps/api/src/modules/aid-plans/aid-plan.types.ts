// GraphQL types of aid plans: versions (an AGREED one is a record), actions, evaluations.
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/relay.js';
import { DateTime } from '../../graphql/scalars.js';
import { UserError } from '../../graphql/user-errors.js';
import { toGlobalId } from '../../shared/global-id.js';
import type { ActionStatusRow, AidPlanRow, EvaluationRow } from './aid-plan.repository.js';
import { ACTION_STATUSES, AID_PLAN_STATUSES, isEvaluationOverdue, progress, type ActionStatus, type AidPlanStatus } from './aid-plan.rules.js';
import { NeedDomainEnum } from '../cases/index.js';
import { graphqlEnum } from '../../graphql/enums.js';

export const AidPlanStatusEnum = graphqlEnum(AID_PLAN_STATUSES, { name: 'AidPlanStatus', description: 'DRAFT → PROPOSED → AGREED; an AGREED version never changes.' });

export enum AidActionKindEnum {
  INTERVENTION = 'INTERVENTION',
  RECOMMENDATION = 'RECOMMENDATION',
}
registerEnumType(AidActionKindEnum, {
  name: 'AidActionKind',
  description: 'INTERVENTION: done by the social worker; RECOMMENDATION (préconisation): done by the beneficiary.',
});

export const AidActionStatusEnum = graphqlEnum(ACTION_STATUSES, { name: 'AidActionStatus' });
export type AidActionStatusEnum = (typeof AidActionStatusEnum)[keyof typeof AidActionStatusEnum];

@ObjectType({ description: 'An action of the plan, under an objective of a needs domain.' })
export class AidPlanAction {
  @Field(() => Int, { description: 'Position in the version; identifies the action for status updates.' })
  index!: number;

  @Field(() => NeedDomainEnum)
  domain!: string;

  @Field(() => String)
  objective!: string;

  @Field(() => AidActionKindEnum)
  kind!: string;

  @Field(() => String)
  description!: string;

  @Field(() => String, { description: 'Who does it.' })
  owner!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueDate!: string | null;

  @Field(() => AidActionStatusEnum, { description: 'The latest tracked status.' })
  status!: ActionStatus;

  @Field(() => String, { nullable: true })
  evaluationCriterion!: string | null;
}

@ObjectType()
export class AidPlanEvaluation {
  @Field(() => String)
  evaluatedOn!: string;

  @Field(() => String)
  nextEvaluationOn!: string;

  @Field(() => String, { nullable: true })
  notes!: string | null;

  @Field(() => DateTime)
  at!: Date;
}

@ObjectType({ implements: Node, description: 'One version of a case’s aid plan; every version stays readable as it was.' })
export class AidPlanVersion extends Node {
  dbId!: string;
  caseDbId!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => AidPlanStatusEnum)
  status!: AidPlanStatus;

  @Field(() => Int, { nullable: true, description: 'The version this draft was copied from.' })
  copiedFromNumber!: number | null;

  @Field(() => [AidPlanAction])
  actions!: AidPlanAction[];

  @Field(() => Float, { description: 'Weekly hours of a family helper (AF).' })
  familyHelperHours!: number;

  @Field(() => Float, { description: 'Weekly hours of a home helper (AMS).' })
  homeHelperHours!: number;

  @Field(() => Float, { description: 'Share of actions done, 0..1.' })
  progress!: number;

  @Field(() => String, { nullable: true, description: 'Who agreed for the beneficiary.' })
  agreedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'How: signed at home, by phone…' })
  agreedHow!: string | null;

  @Field(() => DateTime, { nullable: true })
  agreedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'R1: the last evaluation (the agreement counts as the first).' })
  lastEvaluatedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'R1: at most a year after the last evaluation.' })
  nextEvaluationOn!: string | null;

  @Field(() => Boolean, { description: 'R1: an agreed plan whose next evaluation date has passed.' })
  evaluationOverdue!: boolean;

  @Field(() => [AidPlanEvaluation])
  evaluations!: AidPlanEvaluation[];

  @Field(() => Int, { description: 'Send back as `expectedRevision` when changing this version.' })
  revision!: number;

  @Field(() => DateTime)
  createdAt!: Date;
}

@ObjectType()
export class AidPlanPayload {
  @Field(() => AidPlanVersion, { nullable: true })
  aidPlan!: AidPlanVersion | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

export function toAidPlan(row: AidPlanRow, statuses: ActionStatusRow[], evaluations: EvaluationRow[], today: string, copiedFromNumber: number | null = null): AidPlanVersion {
  const latest = new Map<number, ActionStatus>();
  for (const s of statuses) latest.set(s.actionIndex, s.status as ActionStatus);
  const actions = row.actions.map((a, index) => ({ ...a, index, dueDate: a.dueDate ?? null, evaluationCriterion: a.evaluationCriterion ?? null, status: latest.get(index) ?? (a.status as ActionStatus) }));
  const lastEval = evaluations.at(-1);
  const nextEvaluationOn = lastEval?.nextEvaluationOn ?? row.nextEvaluationOn;
  return Object.assign(new AidPlanVersion(), {
    id: toGlobalId('AidPlanVersion', row.id),
    dbId: row.id,
    caseDbId: row.caseFileId,
    number: row.number,
    status: row.status as AidPlanStatus,
    copiedFromNumber,
    actions,
    familyHelperHours: Number(row.familyHelperHours),
    homeHelperHours: Number(row.homeHelperHours),
    progress: progress(actions.map((a) => a.status)),
    agreedBy: row.agreedByName,
    agreedHow: row.agreedHow,
    agreedAt: row.agreedAt,
    lastEvaluatedOn: lastEval?.evaluatedOn ?? row.lastEvaluatedOn,
    nextEvaluationOn,
    evaluationOverdue: row.status === 'AGREED' && isEvaluationOverdue(nextEvaluationOn, today),
    evaluations: evaluations.map((e) => ({ evaluatedOn: e.evaluatedOn, nextEvaluationOn: e.nextEvaluationOn, notes: e.notes, at: e.at })),
    revision: row.revision,
    createdAt: row.createdAt,
  });
}
