// GraphQL types of holidays: a public holiday or a closing day of the service, and setting a year's closing days.
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../graphql/enums.js';
import { LABEL, Limited, Nested, day, listOf, range } from '../../graphql/input-limits.js';
import { UserError } from '../../graphql/user-errors.js';
import { HOLIDAY_KINDS, MAX_CLOSING_DAYS, MAX_YEAR, MIN_YEAR, type HolidayKind } from './holiday.rules.js';

export const HolidayKindEnum = graphqlEnum(HOLIDAY_KINDS, {
  name: 'HolidayKind',
  description: 'PUBLIC_HOLIDAY: one of the ten Belgian legal holidays (computed); SERVICE_CLOSING_DAY: a day direction closed the service.',
});

@ObjectType({ description: 'A day the offices are closed ("jour férié"): the permanence covers it as it covers a week-end day.' })
export class Holiday {
  @Field(() => String, { description: 'Local date (Europe/Brussels), YYYY-MM-DD.' })
  day!: string;

  @Field(() => HolidayKindEnum)
  kind!: HolidayKind;

  @Field(() => String, { description: 'Its name in French, as the board shows it (Noël, Lundi de Pâques…).' })
  name!: string;
}

@InputType()
export class ClosingDayInput {
  @Limited(day())
  @Field(() => String, { description: 'YYYY-MM-DD, in the year being set, not a public holiday.' })
  day!: string;

  @Limited(LABEL)
  @Field(() => String, { description: 'What the service closes for, 1 to 80 characters.' })
  name!: string;
}

@InputType({ description: "Direction sets one year's closing days; the list replaces that year's." })
export class ServiceClosingDaysSetInput {
  @Limited(range(MIN_YEAR, MAX_YEAR))
  @Field(() => Int)
  year!: number;

  @Limited(listOf(MAX_CLOSING_DAYS))
  @Nested()
  @Field(() => [ClosingDayInput])
  days!: ClosingDayInput[];
}

@ObjectType()
export class ServiceClosingDaysSetPayload {
  @Field(() => [Holiday], { nullable: true, description: "The year's public holidays and closing days, in date order." })
  holidays!: Holiday[] | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
