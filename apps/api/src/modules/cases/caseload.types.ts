// GraphQL types of the board's caseload counts: numbers per sector, never a beneficiary (R5).
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../../graphql/scalars.js';
import type { Caseload } from './caseload.rules.js';

@ObjectType({ description: "A sector's caseload for the board: counts only, no beneficiary data, so the kiosk may read it (R5)." })
export class SectorCaseload {
  sectorDbId!: string;

  @Field(() => String, { description: 'The local day (Europe/Brussels) the counts are for, YYYY-MM-DD.' })
  day!: string;

  @Field(() => DateTime, { description: 'When that day ends: "today" and "overdue" move by themselves then, with no event.' })
  dayEndsAt!: Date;

  @Field(() => Int, { description: "Visits to the sector's case files planned for today, planned or done (cancelled ones excluded)." })
  visitsToday!: number;

  @Field(() => Int, { description: 'R1: active case files whose agreed aid plan is overdue for evaluation.' })
  evaluationsOverdue!: number;

  @Field(() => Int, { description: 'Urgent situations with no action recorded yet (an alert until someone acts).' })
  urgentOpen!: number;
}

@ObjectType({ description: 'New caseload counts of the sectors a case event changed. `cursor` resumes a subscription after it.' })
export class SectorCaseloadEvent {
  @Field(() => String)
  cursor!: string;

  @Field(() => DateTime)
  occurredAt!: Date;

  @Field(() => [SectorCaseload], { description: 'Only the sectors whose counts changed since the last event sent (all of them on the first).' })
  caseloads!: SectorCaseload[];
}

export function toSectorCaseload(sectorDbId: string, day: { day: string; to: Date }, counts: Caseload): SectorCaseload {
  return Object.assign(new SectorCaseload(), { sectorDbId, day: day.day, dayEndsAt: day.to, ...counts });
}
