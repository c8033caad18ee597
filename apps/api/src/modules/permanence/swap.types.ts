// GraphQL types of swaps: a swap with its steps, the payload of each step, and a shift's history.
import { Field, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../graphql/enums.js';
import { Node } from '../../graphql/relay.js';
import { DateTime } from '../../graphql/scalars.js';
import { UserError } from '../../graphql/user-errors.js';
import { PermanenceShift } from './permanence.types.js';
import { SHIFT_HISTORY_KINDS, SWAP_STATUSES, type ShiftHistoryKind, type SwapStatus } from './swap.rules.js';

export const SwapStatusEnum = graphqlEnum(SWAP_STATUSES, {
  name: 'SwapStatus',
  description:
    'OFFERED by a holder; TAKEN by a colleague (waiting for approval); APPROVED (the taker holds the shift) or REFUSED with a reason; WITHDRAWN before approval; UNDONE after approval, before the shift starts; CANCELLED when the shift changed hands another way.',
});

export const ShiftHistoryKindEnum = graphqlEnum(SHIFT_HISTORY_KINDS, { name: 'ShiftHistoryKind', description: 'A step of a swap of the shift, or a change of its holder (R13).' });

@ObjectType({ implements: Node, description: 'A holder offers her shift, a colleague takes it, whoever programs replacements approves or refuses it (R13).' })
export class PermanenceSwap extends Node {
  dbId!: string;
  shiftDbId!: string;
  offeredByDbId!: string;
  takenByDbId!: string | null;
  decidedByDbId!: string | null;
  endedByDbId!: string | null;
  replacementDbId!: string | null;
  undoReplacementDbId!: string | null;
  // note, event and refusalReason are resolved in PermanenceSwapResolver: R5, see mayKnowWhyReplaced().
  noteText!: string | null;
  eventText!: string | null;
  refusalReasonText!: string | null;

  @Field(() => SwapStatusEnum)
  status!: SwapStatus;

  @Field(() => DateTime)
  offeredAt!: Date;

  @Field(() => DateTime, { nullable: true })
  takenAt!: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'When it was approved or refused.' })
  decidedAt!: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'When it was withdrawn, undone or cancelled.' })
  endedAt!: Date | null;
}

@ObjectType()
export class PermanenceSwapPayload {
  @Field(() => PermanenceSwap, { nullable: true })
  swap!: PermanenceSwap | null;

  @Field(() => PermanenceShift, { nullable: true, description: 'The shift as it is after the step (its holder changes on approval and undo).' })
  shift!: PermanenceShift | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType({ description: 'One step in the life of a shift: who did what, when.' })
export class ShiftHistoryEntry {
  actorDbId!: string;
  swapDbId!: string | null;
  replacementDbId!: string | null;

  @Field(() => ShiftHistoryKindEnum)
  kind!: ShiftHistoryKind;

  @Field(() => DateTime)
  at!: Date;
}
