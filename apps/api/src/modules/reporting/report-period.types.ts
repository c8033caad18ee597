// The period a report covers, as it answers it: whole months, and which of them are over.
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The period the figures cover: the whole months `from` and `to` touch (a report never covers part of a month).' })
export class ReportPeriod {
  @Field(() => String, { description: 'First day covered: the first day of the month of the `from` asked.' }) from!: string;
  @Field(() => String, { description: 'Last day covered: the last day of the month of the `to` asked.' }) to!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'The last month of the period already over when asked (YYYY-MM), null when none is. For a reporting token, every report’s figures end here (none when null): the month under way is left out, as it changes day by day, and each month over is read as it stood when it closed (a cancellation recorded later does not change it).',
  })
  lastMonthOver!: string | null;
}
