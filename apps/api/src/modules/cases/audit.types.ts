// GraphQL types of the audit trail (read-only: there is no mutation on it).
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Connection } from '../../graphql/relay.js';
import { toGlobalId } from '../../shared/global-id.js';
import { DateTime } from '../../graphql/scalars.js';
import type { AuditEntity, AuditRow } from './audit.repository.js';

export enum AuditKindEnum {
  CHANGE = 'CHANGE',
  READ = 'READ',
}
registerEnumType(AuditKindEnum, { name: 'AuditKind', description: 'CHANGE: a write with before/after; READ: a sensitive field was read.' });

@ObjectType({ description: 'One line of the audit trail: who, when, what, before/after or which field was read.' })
export class AuditEntry {
  @Field(() => ID)
  id!: string;

  actorDbId!: string | null;

  @Field(() => AuditKindEnum)
  kind!: 'CHANGE' | 'READ';

  @Field(() => String, { description: 'The entity type, e.g. CaseFile, Beneficiary, AidPlanVersion.' })
  entity!: string;

  @Field(() => String, { description: 'Global ID of the entity.' })
  entityId!: string;

  @Field(() => String, { nullable: true, description: 'Global ID of the case file concerned.' })
  caseFileId!: string | null;

  @Field(() => String, { nullable: true, description: 'READ: the sensitive field read.' })
  field!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  after!: Record<string, unknown> | null;

  @Field(() => DateTime)
  at!: Date;
}

@ObjectType()
export class AuditEntryConnection extends Connection(AuditEntry, 'AuditEntry') {}

export function toAuditEntry(row: AuditRow): AuditEntry {
  return Object.assign(new AuditEntry(), {
    id: row.id,
    actorDbId: row.actorId,
    kind: row.kind,
    entity: row.entity,
    entityId: toGlobalId(row.entity as AuditEntity, row.entityId),
    caseFileId: row.caseFileId ? toGlobalId('CaseFile', row.caseFileId) : null,
    field: row.field,
    before: row.before,
    after: row.after,
    at: row.at,
  });
}
