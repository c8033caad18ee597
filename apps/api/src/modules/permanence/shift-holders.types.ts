// GraphQL type of one holder of a shift as the board shows it: answers or not, call order, away from/until.
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../../graphql/scalars.js';

@ObjectType({
  description:
    'One holder of a shift at the moment that matters (now for a shift under way, its start for one ahead): whether they answer, in which order to call them, and the absence that concerns the shift. Never why they are away (R5).',
})
export class ShiftHolder {
  staffDbId!: string;

  @Field(() => Boolean, { description: 'Answers calls at the moment that matters; false while away.' })
  answers!: boolean;

  @Field(() => Int, { nullable: true, description: '1 for the first to call; null for a holder who does not answer.' })
  callOrder!: number | null;

  @Field(() => DateTime, { nullable: true, description: 'Start of the absence overlapping what is left of the shift (it may be under way).' })
  awayFrom!: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'End of that absence (back-to-back absences read as one).' })
  awayUntil!: Date | null;
}
