// The permanence report's figures as GraphQL types; each field says what it counts.
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ReportPeriod } from './report-period.types.js';

@ObjectType({ description: 'Hours a person held the permanence in a month (a binôme’s shift counts whole for each member), the part of each shift inside the month and period.' })
export class OnCallFigure {
  @Field(() => String, { description: 'Local month YYYY-MM.' }) month!: string;
  @Field(() => String) person!: string;
  @Field(() => String, { nullable: true, description: 'The person’s sector code.' }) sectorCode!: string | null;
  @Field(() => Float, { description: 'Hours of weekday shifts.' }) weekdayHours!: number;
  @Field(() => Float, { description: 'Hours of week-end shifts (week-ends and public holidays).' }) weekendHours!: number;
}

@ObjectType({ description: 'A person’s week-end load over the whole period: binôme members and anyone who held a shift in it (zeros included).' })
export class WeekendLoadFigure {
  @Field(() => String) person!: string;
  @Field(() => String, { nullable: true }) sectorCode!: string | null;
  @Field(() => Int, { description: 'Week-end shifts held (touching the period).' }) weekendShifts!: number;
  @Field(() => Float, { description: 'Their hours inside the period.' }) weekendHours!: number;
}

@ObjectType({ description: 'How evenly the week-end load is spread over the people of weekendLoad: the same definition (spread, in the permanence module) as permanenceLoad.fairness, which takes it over closed days per FTE.' })
export class WeekendFairness {
  @Field(() => Int) people!: number;
  @Field(() => Float, { nullable: true, description: 'Mean week-end hours per person.' }) meanHours!: number | null;
  @Field(() => Float, { nullable: true, description: 'Population standard deviation of the week-end hours.' }) stdDevHours!: number | null;
  @Field(() => Float, { nullable: true, description: 'stdDevHours / meanHours: 0 is perfectly even; above 0.25 some carry much more than others.' }) coefficientOfVariation!: number | null;
  @Field(() => Float, { nullable: true }) minHours!: number | null;
  @Field(() => Float, { nullable: true }) maxHours!: number | null;
}

@ObjectType({ description: 'R13: changes of permanence holder recorded in the period, by month recorded and kind.' })
export class ReplacementFigure {
  @Field(() => String, { description: 'Local month YYYY-MM.' }) month!: string;
  @Field(() => String, { description: 'PLANNED (a week ahead or more), SAME_DAY (with the event behind it) or EMERGENCY.' }) kind!: string;
  @Field(() => Int) replacements!: number;
}

@ObjectType({ description: 'Coverage gaps (a slot with nobody, or with everyone away) whose slot starts in the period, by month and severity.' })
export class CoverageGapFigure {
  @Field(() => String, { description: 'Local month YYYY-MM of the slot’s start.' }) month!: string;
  @Field(() => String, { description: 'CRITICAL, HIGH or WARNING.' }) severity!: string;
  @Field(() => Int, { description: 'Gap alerts.' }) gaps!: number;
  @Field(() => Float, { description: 'Hours of the uncovered slots.' }) gapHours!: number;
  @Field(() => Int, { description: 'Resolved by the as-of instant.' }) resolved!: number;
  @Field(() => Int, { description: 'Still open at the as-of instant.' }) stillOpen!: number;
  @Field(() => Float, { nullable: true, description: 'Mean hours an alert stayed open (opening to resolution, or to the as-of instant).' }) meanHoursOpen!: number | null;
  @Field(() => Float, { nullable: true, description: 'Longest hours an alert stayed open.' }) maxHoursOpen!: number | null;
}

@ObjectType({ description: 'The permanence over a period: hours on call, week-end load and its fairness, replacements, coverage gaps.' })
export class PermanenceReport {
  @Field(() => String, { description: 'First day asked (the figures cover from the first day of its month: `period`).' }) from!: string;
  @Field(() => String, { description: 'Last day asked (the figures cover up to the last day of its month: `period`).' }) to!: string;
  @Field(() => ReportPeriod, { description: 'The whole months the figures cover, and the last of them already over.' }) period!: ReportPeriod;
  @Field(() => [OnCallFigure]) onCall!: OnCallFigure[];
  @Field(() => [WeekendLoadFigure]) weekendLoad!: WeekendLoadFigure[];
  @Field(() => WeekendFairness) weekendFairness!: WeekendFairness;
  @Field(() => [ReplacementFigure]) replacements!: ReplacementFigure[];
  @Field(() => [CoverageGapFigure]) coverageGaps!: CoverageGapFigure[];
}
