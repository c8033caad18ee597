// Inputs of the permanence mutations.
import { Field, ID, InputType } from 'type-graphql';
import { DateTime } from '../../graphql/scalars.js';
import { ShiftKindEnum } from './permanence.types.js';
import type { ShiftKind } from './coverage.rules.js';
import { Each, GLOBAL_ID, INSTANT, Limited, NOTE, day, listOf } from '../../graphql/input-limits.js';

@InputType({ description: 'Give a shift to another person or binôme (exactly one of the two).' })
export class PermanenceReplaceInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  shiftId!: string;

  @Limited(GLOBAL_ID)
  @Field(() => ID, { nullable: true })
  holderStaffId?: string | null;

  @Limited(GLOBAL_ID)
  @Field(() => ID, { nullable: true })
  holderBinomeId?: string | null;

  @Limited(NOTE)
  @Field(() => String, { nullable: true, description: 'Why the replacement is programmed.' })
  reason?: string | null;

  @Limited(NOTE)
  @Field(() => String, { nullable: true, description: 'R13: required less than a week ahead — the event that caused the change.' })
  event?: string | null;
}

@InputType({ description: 'Direction takes over or reassigns a shift at once, in an emergency.' })
export class PermanenceTakeOverInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  shiftId!: string;

  @Limited(GLOBAL_ID)
  @Field(() => ID, { nullable: true, description: 'Who holds it now; the viewer when omitted.' })
  holderStaffId?: string | null;

  @Limited(NOTE)
  @Field(() => String)
  event!: string;
}

@InputType()
export class PermanenceShiftCreateInput {
  @Field(() => ShiftKindEnum)
  kind!: ShiftKind;

  @Limited(INSTANT)
  @Field(() => DateTime)
  startsAt!: Date;

  @Limited(INSTANT)
  @Field(() => DateTime)
  endsAt!: Date;

  @Limited(GLOBAL_ID)
  @Field(() => ID, { nullable: true })
  holderStaffId?: string | null;

  @Limited(GLOBAL_ID)
  @Field(() => ID, { nullable: true })
  holderBinomeId?: string | null;
}

@InputType({ description: 'Fill the rota over local dates [from, to) with shifts held by these binômes in turn.' })
export class PermanenceRotaGenerateInput {
  @Limited({ ...day(), code: 'INVALID_DATE' })
  @Field(() => String, { description: 'First local date, YYYY-MM-DD (Europe/Brussels).' })
  from!: string;

  @Limited({ ...day(), code: 'INVALID_DATE' })
  @Field(() => String, { description: 'Local date after the last one, YYYY-MM-DD.' })
  to!: string;

  @Limited(listOf(50))
  @Each(GLOBAL_ID)
  @Field(() => [ID], { description: 'Binômes in rotation order: weekdays day by day, week-ends week by week.' })
  binomeIds!: string[];
}
