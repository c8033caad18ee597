// The hours report's figures as GraphQL types; each field says what it counts.
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ReportPeriod } from './report-period.types.js';

const MONTH = 'Local month (Europe/Brussels) YYYY-MM.';
const KIND = 'FAMILY_CARE (family helpers, AF) or HOUSEHOLD (household helpers, AMS).';

@ObjectType({ description: 'Hours of help by month, sector and help kind: agreed in aid plans, planned in schedules, done, cancelled.' })
export class HelpHoursFigure {
  @Field(() => String, { description: MONTH }) month!: string;
  @Field(() => String) sectorCode!: string;
  @Field(() => String) sectorName!: string;
  @Field(() => String, { description: KIND }) helpKind!: string;
  @Field(() => Float, {
    description:
      'Hours agreed for case files being helped: for each case file, the weekly hours of its agreed aid plan in force (from the day it was agreed to the day the next version was agreed) × the days of the month on which the case file was ACTIVE (its status from the history; a day counts in the status entered last that day) / 7. Days SUSPENDED, CLOSED or in any other status count nothing here.',
  })
  agreedHours!: number;
  @Field(() => Float, { description: 'The same over the days the case file was SUSPENDED: hours agreed but not to be delivered then (not in agreedHours).' }) suspendedHours!: number;
  @Field(() => Float, { description: 'Hours of schedule entries starting in the month, not cancelled.' }) plannedHours!: number;
  @Field(() => Float, { description: 'Of the planned hours, those of entries ended by the as-of instant.' }) doneHours!: number;
  @Field(() => Float, { description: 'Hours of cancelled entries starting in the month.' }) cancelledHours!: number;
}

@ObjectType({ description: 'Cancelled hours by month, sector, help kind and the reason recorded with the cancellation. A reporting token gets the months already over only (a month under way changes day by day, and two days’ difference would point at one visit).' })
export class CancelledHoursFigure {
  @Field(() => String, { description: MONTH }) month!: string;
  @Field(() => String) sectorCode!: string;
  @Field(() => String) sectorName!: string;
  @Field(() => String, { description: KIND }) helpKind!: string;
  @Field(() => String, { description: 'HELPER_ILL, HELPER_UNAVAILABLE, BENEFICIARY_IN_HOSPITAL, BENEFICIARY_ABSENT, BENEFICIARY_REQUEST, PLAN_CHANGED, EMERGENCY, OTHER; UNRECORDED when no change says why. For a reporting token, only the months of the period already over are given (`period.lastMonthOver`), and reasons with fewer than 3 visits in a month, sector and help kind are added up under FEW_EACH, and left out when even that row has fewer than 3 (such figures could point at a beneficiary).' }) reason!: string;
  @Field(() => Int, { description: 'Visits cancelled.' }) visits!: number;
  @Field(() => Float, { description: 'Their hours.' }) hours!: number;
}

@ObjectType({ description: 'Helpers’ hours against their contract, by month, sector and role.' })
export class UtilisationFigure {
  @Field(() => String, { description: MONTH }) month!: string;
  @Field(() => String) sectorCode!: string;
  @Field(() => String) sectorName!: string;
  @Field(() => String, { description: 'FAMILY_HELPER (AF) or HOME_HELPER (AMS).' }) helperRole!: string;
  @Field(() => Int, { description: 'Helpers of the sector with this role.' }) helpers!: number;
  @Field(() => Float, { description: 'Their contract hours: FTE × 38 h a week × days of the month in the period / 7.' }) contractHours!: number;
  @Field(() => Float, { description: 'Hours planned for them (entries not cancelled).' }) plannedHours!: number;
  @Field(() => Float, { description: 'Of those, hours ended by the as-of instant.' }) doneHours!: number;
  @Field(() => Float, { nullable: true, description: 'plannedHours / contractHours (1 = fully used); null without contract hours.' }) utilisation!: number | null;
  @Field(() => Int, { description: 'Helpers planned over their own contract hours in the month.' }) helpersOverContract!: number;
}

@ObjectType({ description: 'Help delivered over a period: hours agreed, planned, done and cancelled, and helpers’ utilisation.' })
export class HoursReport {
  @Field(() => String, { description: 'First day asked (the figures cover from the first day of its month: `period`).' }) from!: string;
  @Field(() => String, { description: 'Last day asked (the figures cover up to the last day of its month: `period`).' }) to!: string;
  @Field(() => ReportPeriod, { description: 'The whole months the figures cover, and the last of them already over.' }) period!: ReportPeriod;
  @Field(() => [HelpHoursFigure]) help!: HelpHoursFigure[];
  @Field(() => [CancelledHoursFigure]) cancellations!: CancelledHoursFigure[];
  @Field(() => [UtilisationFigure]) utilisation!: UtilisationFigure[];
}
