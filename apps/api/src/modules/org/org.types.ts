// GraphQL types of the organisation: staff, sectors, binômes, absences.
import { Authorized, Field, Float, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../graphql/enums.js';
import { DateTime } from '../../graphql/scalars.js';
import { Node } from '../../graphql/relay.js';
import { ABSENCE_KINDS, STAFF_ROLES, type AbsenceKind, type StaffRole } from './org.rules.js';

export const StaffRoleEnum = graphqlEnum(STAFF_ROLES, { name: 'StaffRole', description: 'Roles of DOMAIN.md "Who works there".' });
export const AbsenceKindEnum = graphqlEnum(ABSENCE_KINDS, { name: 'AbsenceKind' });

@ObjectType({ implements: Node })
export class Staff extends Node {
  dbId!: string;
  sectorDbId!: string | null;
  /** undefined: not read with the row (PLAIN_STAFF); calendarUrl then reads it. */
  calendarSecret!: string | null | undefined;

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
