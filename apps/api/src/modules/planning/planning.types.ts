// GraphQL types of the flying social worker's monthly planning: requests (R6, R15), the planning
// with its items, unplaced requests and recorded changes (R7–R9), quota use per sector.
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/relay.js';
import { DateTime } from '../../graphql/scalars.js';
import { UserError } from '../../graphql/user-errors.js';
import { PLANNING_ITEM_STATUSES, PLANNING_STATUSES, REQUEST_KINDS, type RequestKind } from './planning.rules.js';
import { graphqlEnum } from '../../graphql/enums.js';

export const PlanningRequestKindEnum = graphqlEnum(REQUEST_KINDS, { name: 'PlanningRequestKind', description: 'What the flying social worker is asked for: a revision visit, a helper control, an accompaniment, support at a team meeting (R15).' });
export type PlanningRequestKindEnum = (typeof PlanningRequestKindEnum)[keyof typeof PlanningRequestKindEnum];

export const PlanningStatusEnum = graphqlEnum(PLANNING_STATUSES, { name: 'PlanningStatus', description: 'DRAFT: generated, adjustable; FIXED by the social pole head, changes are then recorded with a reason.' });

export const PlanningItemStatusEnum = graphqlEnum(PLANNING_ITEM_STATUSES, { name: 'PlanningItemStatus' });

@ObjectType({ implements: Node, description: 'A request to the flying social worker for a month (R6).' })
export class PlanningRequest extends Node {
  dbId!: string;
  sectorDbId!: string;
  caseDbId!: string | null;
  helperDbId!: string | null;
  requestedByDbId!: string;

  @Field(() => String, { description: 'YYYY-MM, Brussels.' })
  month!: string;

  @Field(() => PlanningRequestKindEnum)
  kind!: RequestKind;

  @Field(() => DateTime, { nullable: true, description: 'R15: when the team meeting is held.' })
  meetingAt!: Date | null;

  @Field(() => Boolean, { description: 'R6: accepted after the 20th of the month before, by direction.' })
  urgent!: boolean;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => DateTime)
  requestedAt!: Date;

  @Field(() => DateTime, { nullable: true })
  withdrawnAt!: Date | null;
}

@ObjectType({ implements: Node, description: 'A dated item of the planning: one accepted request placed at a time.' })
export class PlanningItem extends Node {
  dbId!: string;
  requestDbId!: string;
  sectorDbId!: string;
  caseDbId!: string | null;
  visitDbId!: string | null;
  suspendedByDbId!: string | null;

  @Field(() => PlanningRequestKindEnum)
  kind!: RequestKind;

  @Field(() => DateTime)
  startsAt!: Date;

  @Field(() => DateTime)
  endsAt!: Date;

  @Field(() => PlanningItemStatusEnum)
  status!: 'PLANNED' | 'REMOVED';

  @Field(() => Boolean, { description: 'R11: suspended while a replacement or onboarding by the flying worker runs; it comes back when that ends.' })
  suspended!: boolean;
}

@ObjectType({ description: 'A request the generator could not place, with the rule that kept it out.' })
export class UnplacedRequest {
  requestDbId!: string;

  @Field(() => String, { description: 'R7_MONTHLY_REVISIONS, R7_SECTOR_REVISIONS, R8_MONTHLY_CONTROLS, R8_SECTOR_CONTROLS, R9_REVISITED_LAST_YEAR, FLYING_WORKER_BUSY, NO_FREE_SLOT.' })
  code!: string;

  @Field(() => String)
  reason!: string;
}

@ObjectType({ description: 'Who changed the planning, when and why.' })
export class PlanningChange {
  itemDbId!: string | null;
  byDbId!: string;

  @Field(() => String, { description: 'GENERATED, MOVED, REMOVED, FIXED.' })
  action!: string;

  @Field(() => DateTime, { nullable: true })
  fromStartsAt!: Date | null;

  @Field(() => DateTime, { nullable: true })
  toStartsAt!: Date | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => Boolean, { description: 'Made after the planning was fixed.' })
  afterFixing!: boolean;

  @Field(() => DateTime)
  at!: Date;
}

@ObjectType({ description: 'R7, R8: how much of a sector quota the month uses.' })
export class SectorQuotaUse {
  sectorDbId!: string;

  @Field(() => Int)
  revisions!: number;

  @Field(() => Int, { description: 'R7: about 2 a sector.' })
  revisionQuota!: number;

  @Field(() => Int)
  controls!: number;

  @Field(() => Int, { description: 'R8: 1 a sector.' })
  controlQuota!: number;

  @Field(() => Int)
  accompaniments!: number;

  @Field(() => Int)
  meetingSupports!: number;

  @Field(() => Int, { description: 'Requests of this sector left out of the planning.' })
  unplaced!: number;
}

@ObjectType({ implements: Node, description: "The flying social worker's planning for a month." })
export class Planning extends Node {
  dbId!: string;
  flyingWorkerDbId!: string;
  fixedByDbId!: string | null;

  @Field(() => String)
  month!: string;

  @Field(() => PlanningStatusEnum)
  status!: 'DRAFT' | 'FIXED';

  @Field(() => Int)
  version!: number;

  @Field(() => DateTime)
  generatedAt!: Date;

  @Field(() => DateTime, { nullable: true })
  fixedAt!: Date | null;

  @Field(() => [PlanningItem], { description: 'In time order, removed ones included.' })
  items!: PlanningItem[];

  @Field(() => [UnplacedRequest])
  unplaced!: UnplacedRequest[];

  @Field(() => [PlanningChange])
  changes!: PlanningChange[];

  @Field(() => [SectorQuotaUse], { description: 'R7, R8: quota use per sector that has items or requests.' })
  quotaUse!: SectorQuotaUse[];

  @Field(() => Int, { description: 'R7: revisions planned, at most 14.' })
  revisions!: number;

  @Field(() => Int, { description: 'R8: controls planned, at most 7.' })
  controls!: number;
}

@ObjectType({ description: 'R6 / R15: the request made, or why not.' })
export class PlanningRequestPayload {
  @Field(() => PlanningRequest, { nullable: true })
  request!: PlanningRequest | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class PlanningPayload {
  @Field(() => Planning, { nullable: true })
  planning!: Planning | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType({ description: 'Planning and quota use of a month, for reporting.' })
export class PlanningReport {
  @Field(() => String)
  month!: string;

  @Field(() => [Planning])
  plannings!: Planning[];

  @Field(() => [SectorQuotaUse], { description: 'All sectors, with zeros where nothing is planned.' })
  sectors!: SectorQuotaUse[];

  @Field(() => Int)
  revisions!: number;

  @Field(() => Int)
  revisionLimit!: number;

  @Field(() => Int)
  controls!: number;

  @Field(() => Int)
  controlLimit!: number;

  @Field(() => Int)
  requests!: number;
}
