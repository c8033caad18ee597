// GraphQL types of R11 replacements and onboardings by the flying social worker, and of the relay
// social worker's work list.
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/relay.js';
import { DateTime } from '../../graphql/scalars.js';
import { UserError } from '../../graphql/user-errors.js';
import { FileCheck, Visit } from '../visits/index.js';
import { PermanenceReplacement } from '../permanence/index.js';
import { ASSIGNMENT_KINDS, type AssignmentKind } from './flying-assignment.rules.js';
import { PREPARATION_STEP_KINDS, type PreparationStepKind } from './work-list.rules.js';
import { IncomeFollowUpConnection } from '../income/index.js';
import { graphqlEnum } from '../../graphql/enums.js';
import { toGlobalId } from '../../shared/global-id.js';
import type { AssignmentRow } from './planning.repository.js';

export const FlyingAssignmentKindEnum = graphqlEnum(ASSIGNMENT_KINDS, { name: 'FlyingAssignmentKind', description: 'R11: replacing a sick social worker, or onboarding a new one.' });
export type FlyingAssignmentKindEnum = (typeof FlyingAssignmentKindEnum)[keyof typeof FlyingAssignmentKindEnum];

export const PreparationStepKindEnum = graphqlEnum(PREPARATION_STEP_KINDS, { name: 'PreparationStepKind', description: 'Administrative steps of the relay social worker before a visit.' });
export type PreparationStepKindEnum = (typeof PreparationStepKindEnum)[keyof typeof PreparationStepKindEnum];

@ObjectType({ implements: Node, description: 'R11: a replacement plan of the flying social worker, approved by direction.' })
export class FlyingAssignment extends Node {
  dbId!: string;
  flyingWorkerDbId!: string;
  socialWorkerDbId!: string;
  sectorDbId!: string;
  approvedByDbId!: string;

  @Field(() => FlyingAssignmentKindEnum)
  kind!: AssignmentKind;

  @Field(() => DateTime)
  startsAt!: Date;

  @Field(() => DateTime, { description: 'Exclusive: the start of the day after the last day.' })
  endsAt!: Date;

  @Field(() => [String], { description: "Which of the social worker's tasks the flying worker takes over." })
  tasks!: string[];

  @Field(() => DateTime)
  approvedAt!: Date;

  @Field(() => DateTime, { nullable: true })
  endedEarlyAt!: Date | null;
}

@ObjectType()
export class FlyingAssignmentPayload {
  @Field(() => FlyingAssignment, { nullable: true })
  assignment!: FlyingAssignment | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class PreparationStep {
  @Field(() => PreparationStepKindEnum)
  kind!: PreparationStepKind;

  @Field(() => DateTime)
  dueAt!: Date;

  @Field(() => Boolean)
  done!: boolean;

  @Field(() => Boolean)
  overdue!: boolean;
}

@ObjectType({ description: 'A planned visit and the steps to take before it.' })
export class VisitPreparation {
  @Field(() => Visit)
  visit!: Visit;

  @Field(() => [PreparationStep])
  steps!: PreparationStep[];
}

@ObjectType({ description: "The relay & control social worker's work list." })
export class RelayWorkList {
  @Field(() => [VisitPreparation], { description: 'Planned visits with steps still to do, soonest first.' })
  preparations!: VisitPreparation[];

  @Field(() => [FileCheck], { description: 'R3: file checks still open after visits.' })
  openFileChecks!: FileCheck[];

  @Field(() => IncomeFollowUpConnection, { description: 'R2: files whose proofs of income are missing after a visit, oldest first (the first 100).' })
  incomeFollowUps!: IncomeFollowUpConnection;

  @Field(() => [PermanenceReplacement], { description: 'R13: permanence replacements you programmed, for shifts still to come.' })
  programmedReplacements!: PermanenceReplacement[];

  @Field(() => Int, { description: 'Steps still to do, open file checks and open income follow-ups: the queue size for the board.' })
  queueSize!: number;
}

@ObjectType()
export class PreparationStepPayload {
  @Field(() => PreparationStep, { nullable: true })
  step!: PreparationStep | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

export function toAssignment(r: AssignmentRow): FlyingAssignment {
  return Object.assign(new FlyingAssignment(), {
    id: toGlobalId('FlyingAssignment', r.id),
    dbId: r.id,
    flyingWorkerDbId: r.flyingWorkerId,
    socialWorkerDbId: r.socialWorkerId,
    sectorDbId: r.sectorId,
    approvedByDbId: r.approvedById,
    kind: r.kind,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    tasks: r.tasks,
    approvedAt: r.approvedAt,
    endedEarlyAt: r.endedEarlyAt,
  });
}
