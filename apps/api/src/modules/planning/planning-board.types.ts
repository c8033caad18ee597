// GraphQL types of the board's planning panel: the month's status, quota use per sector (R7, R8),
// the R11 replacement under way and the relay worker's queue size. Counts and staff/sector names
// only, never a beneficiary or a task text, so the kiosk may read it (R5).
import { Field, Int, ObjectType } from 'type-graphql';
import type { ReadAlong } from '../../graphql/read-along.js';
import { DateTime } from '../../graphql/scalars.js';
import type { AssignmentKind } from './flying-assignment.rules.js';
import { PlanningStatusEnum, SectorQuotaUse } from './planning.types.js';

@ObjectType({ description: 'R11 on the board: who the flying social worker replaces (or onboards), where and until when; no task text.' })
export class PlanningBoardReplacement {
  flyingWorkerDbId!: string;
  socialWorkerDbId!: string;
  sectorDbId!: string;

  // kind is resolved in PlanningBoardReplacementResolver: it says why (sickness), so R5 applies.
  kind!: AssignmentKind;

  @Field(() => Boolean, { description: 'Running now; false for the next one approved.' })
  inProgress!: boolean;

  @Field(() => DateTime)
  startsAt!: Date;

  @Field(() => DateTime, { description: 'Exclusive; an early end included.' })
  endsAt!: Date;
}

@ObjectType({ description: "The board's planning panel: counts only, readable by the kiosk (R5)." })
export class PlanningBoard {
  flyingWorkerDbId!: string | null;
  relayWorkerDbId!: string | null;
  /** The staff and sectors the panel names, read with it: the resolver primes the request's loaders. */
  read!: ReadAlong;

  @Field(() => String, { description: 'YYYY-MM: the month under way if its planning is fixed, otherwise next month.' })
  month!: string;

  @Field(() => Boolean, { description: 'True when `month` is the month under way.' })
  currentMonth!: boolean;

  @Field(() => PlanningStatusEnum, { nullable: true, description: 'Null while no planning is generated for the month.' })
  status!: 'DRAFT' | 'FIXED' | null;

  @Field(() => Int)
  requests!: number;

  @Field(() => Int, { description: 'R7: revisions planned.' })
  revisions!: number;

  @Field(() => Int, { description: 'R7: 14 a month.' })
  revisionLimit!: number;

  @Field(() => Int, { description: 'R8: controls planned.' })
  controls!: number;

  @Field(() => Int, { description: 'R8: 7 a month.' })
  controlLimit!: number;

  @Field(() => Int, { description: 'Requests left out of the planning.' })
  unplaced!: number;

  @Field(() => Int, { description: 'R11: planned items suspended by a replacement or onboarding.' })
  suspended!: number;

  @Field(() => [SectorQuotaUse], { description: 'Every sector, zeros included.' })
  sectors!: SectorQuotaUse[];

  @Field(() => PlanningBoardReplacement, { nullable: true, description: 'R11: the replacement under way, else the next one approved.' })
  replacement!: PlanningBoardReplacement | null;

  @Field(() => Int, { description: "The relay social worker's open work-list items: steps before visits and R3 file checks." })
  relayQueueSize!: number;
}

@ObjectType({ description: 'Something in the planning changed: read `planningBoard` again. No content, so the kiosk may follow it.' })
export class PlanningBoardEvent {
  @Field(() => String)
  cursor!: string;

  @Field(() => String)
  type!: string;

  @Field(() => DateTime)
  occurredAt!: Date;
}
