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

@InputType({ description: 'A holder offers one of her shifts to her colleagues (R13: less than a week ahead, with the event that caused it).' })
export class PermanenceSwapOfferInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID, { description: 'The shift offered; the viewer must hold it (herself or in her binôme).' })
  shiftId!: string;

  @Limited(NOTE)
  @Field(() => String, { nullable: true, description: 'Why it is offered, for colleagues and approvers.' })
  note?: string | null;

  @Limited(NOTE)
  @Field(() => String, { nullable: true, description: 'R13: required less than a week ahead — the event that caused the change.' })
  event?: string | null;
}

@InputType({ description: 'One step on a swap: take, approve, refuse or undo it.' })
export class PermanenceSwapStepInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID, { description: 'The swap (a PermanenceSwap ID).' })
  swapId!: string;

  @Limited(NOTE)
  @Field(() => String, { nullable: true, description: 'R13: approving or undoing less than a week ahead needs the event that caused it (the offer\'s event counts for an approval).' })
  event?: string | null;
}

@InputType({ description: 'Refuse a pending swap, saying why.' })
export class PermanenceSwapRefuseInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID, { description: 'The swap (a PermanenceSwap ID).' })
  swapId!: string;

  @Limited(NOTE)
  @Field(() => String, { description: 'Why it is refused: required, read by the colleagues concerned.' })
  reason!: string;
}

@InputType({ description: 'Direction gives a shift to someone at once, without a swap (R13: less than a week ahead, with the event).' })
export class PermanenceShiftReassignInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID, { description: 'The shift.' })
  shiftId!: string;

  @Limited(GLOBAL_ID)
  @Field(() => ID, { description: 'Who holds it now: a colleague who holds the social permanence and is not away during it.' })
  holderStaffId!: string;

  @Limited(GLOBAL_ID)
  @Field(() => ID, { nullable: true, description: 'On a binôme’s shift: the member whose place the colleague takes, the other member staying on call (as an approved swap does). Without it the colleague holds the shift alone.' })
  inPlaceOfStaffId?: string | null;

  @Limited(NOTE)
  @Field(() => String, { nullable: true, description: 'R13: required less than a week ahead — the event that caused the change.' })
  event?: string | null;
}
