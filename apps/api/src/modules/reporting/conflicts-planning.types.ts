// The schedule-conflicts and planning reports' figures as GraphQL types; each field says what it counts.
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ReportPeriod } from './report-period.types.js';

@ObjectType({ description: 'Schedule conflicts opened in the period, by month opened, sector and rule.' })
export class ConflictFigure {
  @Field(() => String, { description: 'Local month YYYY-MM the conflict opened.' }) month!: string;
  @Field(() => String, { nullable: true }) sectorCode!: string | null;
  @Field(() => String, { nullable: true }) sectorName!: string | null;
  @Field(() => String, { description: 'The conflict rule: DOUBLE_BOOKING, SCHEDULED_WHILE_ABSENT, PERSONAL_CARE_BY_HOME_HELPER, LEGAL_DAY_EXCEEDED, TRAVEL_TIME, CONTRACT_WEEK_EXCEEDED, PLAN_HOURS_NOT_COVERED, NO_BREAK, VISIT_ON_HOLIDAY.' }) rule!: string;
  @Field(() => Int) opened!: number;
  @Field(() => Int, { description: 'Of those, resolved by the as-of instant.' }) resolved!: number;
  @Field(() => Int, { description: 'Still open at the as-of instant.' }) stillOpen!: number;
  @Field(() => Float, { nullable: true, description: 'Mean hours from opening to resolution (resolved ones).' }) meanHoursToResolve!: number | null;
  @Field(() => Float, { nullable: true, description: 'Median hours from opening to resolution.' }) medianHoursToResolve!: number | null;
  @Field(() => Float, { nullable: true, description: 'Longest hours from opening to resolution.' }) maxHoursToResolve!: number | null;
}

@ObjectType({ description: 'Schedule conflicts over a period.' })
export class ConflictsReport {
  @Field(() => String, { description: 'First day asked (the figures cover from the first day of its month: `period`).' }) from!: string;
  @Field(() => String, { description: 'Last day asked (the figures cover up to the last day of its month: `period`).' }) to!: string;
  @Field(() => ReportPeriod, { description: 'The whole months the figures cover, and the last of them already over.' }) period!: ReportPeriod;
  @Field(() => [ConflictFigure]) conflicts!: ConflictFigure[];
}

@ObjectType({ description: 'R7/R8: the flying social worker’s planned work per month and sector (planningReport of each month).' })
export class PlanningQuotaFigure {
  @Field(() => String, { description: 'The planning’s month YYYY-MM.' }) month!: string;
  @Field(() => String) sectorCode!: string;
  @Field(() => String) sectorName!: string;
  @Field(() => Int, { description: 'Revision visits planned.' }) revisions!: number;
  @Field(() => Int, { description: 'R7: about 2 a sector.' }) revisionQuota!: number;
  @Field(() => Int, { description: 'Helper controls planned.' }) controls!: number;
  @Field(() => Int, { description: 'R8: 1 a sector.' }) controlQuota!: number;
  @Field(() => Int) accompaniments!: number;
  @Field(() => Int) meetingSupports!: number;
  @Field(() => Int, { description: 'Requests of this sector left out of the planning.' }) leftOut!: number;
}

@ObjectType({ description: 'Requests left out of a month’s planning, by why.' })
export class LeftOutFigure {
  @Field(() => String) month!: string;
  @Field(() => String, { description: 'R7_MONTHLY_REVISIONS, R7_SECTOR_REVISIONS, R8_MONTHLY_CONTROLS, R8_SECTOR_CONTROLS, R9_REVISITED_LAST_YEAR, FLYING_WORKER_BUSY, NO_FREE_SLOT.' }) code!: string;
  @Field(() => Int) requests!: number;
}

@ObjectType({ description: 'The monthly planning over a period: R7/R8 quota use per month and sector, and what was left out and why.' })
export class PlanningQuotaReport {
  @Field(() => String, { description: 'First day asked (the figures cover from the first day of its month: `period`).' }) from!: string;
  @Field(() => String, { description: 'Last day asked (the figures cover up to the last day of its month: `period`).' }) to!: string;
  @Field(() => ReportPeriod, { description: 'The whole months the figures cover, and the last of them already over.' }) period!: ReportPeriod;
  @Field(() => [PlanningQuotaFigure]) sectors!: PlanningQuotaFigure[];
  @Field(() => [LeftOutFigure]) leftOut!: LeftOutFigure[];
}
