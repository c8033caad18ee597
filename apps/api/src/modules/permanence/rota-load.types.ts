// The week-end load over GraphQL: a year per person, the fairness figure, and the warning a change
// of holder carries when it leaves someone above their FTE share.
import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One person’s permanence load over a calendar year. A local day counts for whoever holds the permanence at its noon (Brussels time), so a week-end is two days whatever the clocks do; a binôme’s shift counts whole for both members.' })
export class PermanencePersonLoad {
  staffDbId!: string;

  @Field(() => Float, { description: 'Full-time equivalent, in (0, 1].' })
  fte!: number;

  @Field(() => Float, { description: 'Week-ends held: Saturdays and Sundays held, divided by two (a half when a replacement split one).' })
  weekends!: number;

  @Field(() => Int, { description: 'Saturdays and Sundays held.' })
  weekendDays!: number;

  @Field(() => Int, { description: 'Public holidays and service closing days held that fall Monday to Friday (one on a Saturday or Sunday is a week-end day).' })
  holidayDays!: number;

  @Field(() => Int, { description: 'Weekday (office-hours) shifts held (a day counts for whoever holds its noon).' })
  weekdayShifts!: number;

  @Field(() => Float, { description: 'Hours of weekday (office-hours) permanence held, 2 decimals: a shift split by a replacement counts the part each held, in the year of the day it starts.' })
  weekdayHours!: number;

  @Field(() => Boolean, { description: 'On the week-end rota: a binôme member or someone who held a week-end shift that year. False for whoever did only weekday permanence: listed with their weekday hours, with no share of the closed days (expectedClosedDays and deviation 0) and out of totalClosedDays, meanClosedDaysPerFte and fairness.' })
  weekendRota!: boolean;

  @Field(() => Int, { description: 'weekendDays + holidayDays: the closed days held, what the fairness is measured on.' })
  closedDays!: number;

  @Field(() => Float, { description: 'The person’s share of all the closed days held by the people on the week-end rota, in proportion to their own FTE (not their binôme’s mean): Σ closedDays × fte / Σ fte over the week-end rota; 0 off it.' })
  expectedClosedDays!: number;

  @Field(() => Float, { description: 'closedDays − expectedClosedDays: above 0 carries more than the FTE share, below 0 less; 0 off the week-end rota.' })
  deviation!: number;
}

@ObjectType({ description: 'The week-end permanence load of a calendar year: week-ends and holidays per person against their FTE share.' })
export class PermanenceLoad {
  @Field(() => Int)
  year!: number;

  @Field(() => [PermanencePersonLoad], { description: 'Everyone who holds the permanence, by name: every binôme member and whoever held a shift that year, week-end or weekday (those with weekday permanence only have weekendRota false and 0 week-ends).' })
  people!: PermanencePersonLoad[];

  @Field(() => Int, { description: 'Σ closedDays of the people on the week-end rota (a binôme’s day counts for both).' })
  totalClosedDays!: number;

  @Field(() => Float, { nullable: true, description: 'The mean of closedDays / fte over the people on the week-end rota; null when nobody is on it.' })
  meanClosedDaysPerFte!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'The fairness figure: the coefficient of variation (population standard deviation / mean, 3 decimals) of closedDays / fte over the people on the week-end rota, the definition of permanenceReport.weekendFairness.coefficientOfVariation taken per FTE. 0 is perfectly fair; above 0.25 some carry much more than others; null when no closed day is held.',
  })
  fairness!: number | null;
}

@ObjectType({ description: 'A change of holder left (or, on a swap waiting for approval, would leave) this person more than one week-end (2 closed days) above their FTE share for the year, and higher than before: a warning for whoever programs it, the change is made.' })
export class PermanenceLoadWarning {
  staffDbId!: string;

  @Field(() => String, { description: 'LOAD_ABOVE_FTE_SHARE.' })
  code!: string;

  @Field(() => String, { description: 'In English; the board words it from the figures.' })
  message!: string;

  @Field(() => Int, { description: 'The calendar year measured (the one holding the shift’s days).' })
  year!: number;

  @Field(() => Int, { description: 'Closed days the person holds that year after the change.' })
  closedDays!: number;

  @Field(() => Float, { description: 'Their FTE share (see PermanencePersonLoad.expectedClosedDays).' })
  expectedClosedDays!: number;

  @Field(() => Float, { description: 'closedDays − expectedClosedDays after the change.' })
  deviation!: number;

  @Field(() => Float, { description: 'The same before the change.' })
  deviationBefore!: number;
}
