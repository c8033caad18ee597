// Reporting tokens over GraphQL: the token (never its secret again), and the inputs and payloads of
// its mutations.
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { GLOBAL_ID, INSTANT, LABEL, Limited } from '../../graphql/input-limits.js';
import { DateTime } from '../../graphql/scalars.js';
import { Connection } from '../../graphql/relay.js';
import { UserError } from '../../graphql/user-errors.js';
import { toGlobalId } from '../../shared/global-id.js';
import type { ReportingTokenRow } from './reporting-token.repository.js';

@ObjectType({ description: 'A reporting tool’s token (the token itself is shown once, at creation). It reads the reports and nothing else.' })
export class ReportingToken {
  @Field(() => ID)
  id!: string;
  @Field(() => String, { description: 'Which tool it is for.' })
  label!: string;
  @Field(() => DateTime)
  createdAt!: Date;
  @Field(() => DateTime, { nullable: true, description: 'Its last accepted use (a query or a CSV download); null if never used.' })
  lastUsedAt!: Date | null;
  @Field(() => DateTime)
  expiresAt!: Date;
  @Field(() => DateTime, { nullable: true })
  revokedAt!: Date | null;
  @Field(() => Boolean, { description: 'Still working: not revoked and not expired.' })
  active!: boolean;
  createdByDbId!: string | null;
  revokedByDbId!: string | null;
}

@ObjectType()
export class ReportingTokenConnection extends Connection(ReportingToken, 'ReportingToken') {}

export function toReportingToken(row: ReportingTokenRow, now: Date): ReportingToken {
  return Object.assign(new ReportingToken(), {
    active: !row.revokedAt && row.expiresAt > now,
    createdByDbId: row.createdById,
    revokedByDbId: row.revokedById,
    id: toGlobalId('ReportingToken', row.id),
    label: row.label ?? '',
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
  });
}

@InputType()
export class ReportingTokenCreateInput {
  @Limited(LABEL)
  @Field(() => String, { description: 'Which tool it is for, e.g. "Power BI — direction". Required.' })
  label!: string;
  @Limited(INSTANT)
  @Field(() => DateTime, { description: 'When it stops working: in the future, at most 731 days ahead.' })
  expiresAt!: Date;
}

@ObjectType()
export class ReportingTokenCreatePayload {
  @Field(() => String, { nullable: true, description: 'Shown once: send it as `Authorization: Bearer <token>` from the tool.' })
  token!: string | null;
  @Field(() => ReportingToken, { nullable: true })
  reportingToken!: ReportingToken | null;
  @Field(() => [UserError])
  userErrors!: UserError[];
}

@InputType()
export class ReportingTokenRevokeInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID)
  id!: string;
}

@ObjectType()
export class ReportingTokenRevokePayload {
  @Field(() => ReportingToken, { nullable: true })
  reportingToken!: ReportingToken | null;
  @Field(() => [UserError])
  userErrors!: UserError[];
}
