// GraphQL types of the organisation: staff, sectors, binômes, absences.
import { Authorized, Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime } from '../../graphql/scalars.js';
import { Node } from '../../graphql/relay.js';
import type { AbsenceKind, StaffRole } from './org.rules.js';

export enum StaffRoleEnum {
  SOCIAL_WORKER = 'SOCIAL_WORKER',
  FLYING_SOCIAL_WORKER = 'FLYING_SOCIAL_WORKER',
  RELAY_CONTROL_SOCIAL_WORKER = 'RELAY_CONTROL_SOCIAL_WORKER',
  FAMILY_HELPER = 'FAMILY_HELPER',
  HOME_HELPER = 'HOME_HELPER',
  TELEPHONIST = 'TELEPHONIST',
  DIRECTOR = 'DIRECTOR',
  SOCIAL_POLE_HEAD = 'SOCIAL_POLE_HEAD',
  TRAINEE = 'TRAINEE',
}
registerEnumType(StaffRoleEnum, { name: 'StaffRole', description: 'Roles of DOMAIN.md "Who works there".' });

export enum AbsenceKindEnum {
  SICKNESS = 'SICKNESS',
  LEAVE = 'LEAVE',
  TRAINING = 'TRAINING',
  TIME_OFF_IN_LIEU = 'TIME_OFF_IN_LIEU',
  OTHER = 'OTHER',
}
registerEnumType(AbsenceKindEnum, { name: 'AbsenceKind' });

@ObjectType({ implements: Node })
export class Staff extends Node {
  dbId!: string;
  sectorDbId!: string | null;
  calendarSecret!: string | null;

  @Field(() => String)
  fullName!: string;

  @Field(() => StaffRoleEnum)
  role!: StaffRole;

  @Field(() => String, { nullable: true, description: 'How to reach them on duty.' })
  phone!: string | null;

  @Authorized()
  @Field(() => String, { description: 'Staff only: the kiosk does not see emails.' })
  email!: string;

  @Field(() => Float, { description: 'Full-time equivalent, 0 < fte <= 1.' })
  fte!: number;
}

@ObjectType({ implements: Node })
export class Sector extends Node {
  dbId!: string;
  calendarSecret!: string | null;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType({ implements: Node, description: 'A pair of social workers who share a permanence.' })
export class Binome extends Node {
  dbId!: string;
  memberDbIds!: [string, string];

  @Field(() => String)
  name!: string;
}

@ObjectType({ implements: Node })
export class Absence extends Node {
  dbId!: string;
  staffDbId!: string;

  // Why someone is away (kind, note) is resolved in AbsenceResolver: R5, see mayKnowWhyAway().
  kind!: AbsenceKind;

  @Field(() => DateTime)
  startsAt!: Date;

  @Field(() => DateTime)
  endsAt!: Date;

  note!: string | null;

  @Field(() => DateTime, { nullable: true })
  cancelledAt!: Date | null;
}
