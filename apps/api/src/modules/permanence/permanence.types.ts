// GraphQL types of the permanence: shifts, replacements, who-to-call, alerts and their events.
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, Node } from '../../graphql/relay.js';
import { DateTime } from '../../graphql/scalars.js';
import { UserError } from '../../graphql/user-errors.js';
import { ALERT_SEVERITIES, GAP_CAUSES, SHIFT_KINDS, type GapCause, type Severity, type ShiftKind } from './coverage.rules.js';
import { REPLACEMENT_KINDS, type ReplacementKind } from './permanence.rules.js';
import { CALL_ROLES, SKIP_REASONS, type CallRole, type SkipReason } from './who-to-call.rules.js';
import { graphqlEnum } from '../../graphql/enums.js';
import type { Holding } from './shift-holders.rules.js';
import { Staff } from '../org/index.js';

export const ShiftKindEnum = graphqlEnum(SHIFT_KINDS, { name: 'ShiftKind' });

export const ReplacementKindEnum = graphqlEnum(REPLACEMENT_KINDS, {
  name: 'ReplacementKind',
  description: 'R13: PLANNED at least a week ahead; SAME_DAY a later change recorded with its event; EMERGENCY a take-over by direction.',
});

export const AlertSeverityEnum = graphqlEnum(ALERT_SEVERITIES, { name: 'AlertSeverity' });

export enum AlertStatusEnum {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
  ALL = 'ALL',
}
registerEnumType(AlertStatusEnum, { name: 'AlertStatus' });

export const GapCauseEnum = graphqlEnum(GAP_CAUSES, {
  name: 'GapCause',
  description: 'Why a permanence shift is a coverage gap: nobody holds it, every holder is away, or one member of the binôme is away.',
});

export const CallRoleEnum = graphqlEnum(CALL_ROLES, { name: 'CallRole' });

export const SkipReasonEnum = graphqlEnum(SKIP_REASONS, { name: 'SkipReason' });

@ObjectType({ implements: Node, description: 'One shift of the permanence rota.' })
export class PermanenceShift extends Node {
  dbId!: string;
  /** Who holds it as stored: a person, or a binôme with at most one member substituted. */
  holding!: Holding;

  @Field(() => ShiftKindEnum)
  kind!: ShiftKind;

  @Field(() => DateTime)
  startsAt!: Date;

  @Field(() => DateTime)
  endsAt!: Date;
}

@ObjectType({ implements: Node, description: 'R13: a change of holder of a shift, kept as history.' })
export class PermanenceReplacement extends Node {
  dbId!: string;
  shiftDbId!: string;
  recordedByDbId!: string;
  previousStaffDbId!: string | null;
  previousBinomeDbId!: string | null;
  newStaffDbId!: string | null;
  newBinomeDbId!: string | null;
  /** The holdings before and after, substitution included (shift-holders.rules.ts). */
  previous!: Holding;
  next!: Holding;

  @Field(() => ReplacementKindEnum)
  kind!: ReplacementKind;

  // reason and event are resolved in PermanenceReplacementResolver: R5, see mayKnowWhyReplaced().
  reason!: string | null;
  event!: string | null;

  @Field(() => DateTime)
  recordedAt!: Date;
}

@ObjectType({ description: 'The permanence around an instant.' })
export class OnCall {
  @Field(() => DateTime)
  at!: Date;

  @Field(() => PermanenceShift, { nullable: true, description: 'The shift covering `at`; null when the permanence is planned closed (a night).' })
  current!: PermanenceShift | null;

  @Field(() => PermanenceShift, { nullable: true })
  next!: PermanenceShift | null;

  @Field(() => PermanenceShift, { nullable: true, description: 'The week-end permanence in progress or coming.' })
  weekend!: PermanenceShift | null;
}

@ObjectType()
export class WhoToCallStep {
  staffDbId!: string | null;

  // Made with the answer from the facts' plain columns (no other read; calendarUrl reads its secret).
  @Field(() => Staff, { nullable: true })
  person!: Staff | null;

  @Field(() => CallRoleEnum)
  role!: CallRole;

  @Field(() => Boolean)
  skipped!: boolean;

  @Field(() => SkipReasonEnum, { nullable: true })
  reasonCode!: SkipReason | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  /** `reason` with why the person is away (leave, training…): resolved per viewer (R5). */
  reasonWhy?: string | null;

  @Field(() => DateTime, { nullable: true, description: 'When the person is away: until when.' })
  until!: Date | null;
}

@ObjectType({ description: 'R14: who to call now for a sector, and why earlier steps were skipped.' })
export class WhoToCall {
  sectorDbId!: string;
  staffDbId!: string | null;

  @Field(() => Staff, { nullable: true, description: 'The person to call (their phone is on Staff); null for a gap.' })
  person!: Staff | null;

  @Field(() => DateTime)
  at!: Date;

  @Field(() => CallRoleEnum, { nullable: true })
  role!: CallRole | null;

  @Field(() => [WhoToCallStep])
  chain!: WhoToCallStep[];

  @Field(() => Boolean, { description: 'Nobody can be called: a coverage gap to show.' })
  gap!: boolean;
}

@ObjectType({ implements: Node })
export class Alert extends Node {
  dbId!: string;
  shiftDbId!: string | null;

  @Field(() => String)
  kind!: string;

  @Field(() => AlertSeverityEnum)
  severity!: Severity;

  @Field(() => String, { description: 'The alert in English; clients in another language word it from `cause`, `awayStaff` and `shift`.' })
  message!: string;

  @Field(() => GapCauseEnum, { nullable: true, description: 'For coverage gaps: what makes the shift uncovered.' })
  cause!: GapCause | null;

  awayStaffDbId!: string | null;

  @Field(() => DateTime, { description: 'Start of the uncovered span.' })
  startsAt!: Date;

  @Field(() => DateTime)
  endsAt!: Date;

  @Field(() => DateTime)
  openedAt!: Date;

  @Field(() => DateTime, { nullable: true })
  resolvedAt!: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'When someone at the desk acknowledged it (alertAcknowledge); it stays open until its cause goes.' })
  acknowledgedAt!: Date | null;

  acknowledgedByDbId!: string | null;
  acknowledgementNoteText!: string | null;
}

@ObjectType()
export class AlertConnection extends Connection(Alert, 'Alert') {}

@ObjectType()
export class PermanenceShiftConnection extends Connection(PermanenceShift, 'PermanenceShift') {}

@ObjectType({ description: 'A change to the rota. `cursor` resumes a subscription after it.' })
export class PermanenceEvent {
  shiftDbId!: string;

  @Field(() => String)
  cursor!: string;

  @Field(() => String, { description: 'SHIFT_CREATED or SHIFT_HOLDER_CHANGED' })
  type!: string;

  @Field(() => DateTime)
  occurredAt!: Date;

  @Field(() => PermanenceReplacement, { nullable: true })
  replacement!: PermanenceReplacement | null;
}

@ObjectType()
export class AlertEvent {
  @Field(() => String)
  cursor!: string;

  @Field(() => String, { description: 'ALERT_OPENED, ALERT_ACKNOWLEDGED or ALERT_RESOLVED' })
  type!: string;

  @Field(() => DateTime)
  occurredAt!: Date;

  @Field(() => Alert)
  alert!: Alert;
}

@ObjectType()
export class PermanenceReplacePayload {
  @Field(() => PermanenceShift, { nullable: true })
  shift!: PermanenceShift | null;

  @Field(() => PermanenceReplacement, { nullable: true })
  replacement!: PermanenceReplacement | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class PermanenceShiftCreatePayload {
  @Field(() => PermanenceShift, { nullable: true })
  shift!: PermanenceShift | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class PermanenceRotaGeneratePayload {
  @Field(() => Int, { description: 'Shifts created; spans already in the rota are left as they are.' })
  created!: number;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
