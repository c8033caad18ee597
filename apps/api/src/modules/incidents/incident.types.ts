// GraphQL types of civil-liability incidents: the incident, its status history, its documents, and
// the inputs and payloads of declaring, following and documenting one.
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/relay.js';
import { DateTime } from '../../graphql/scalars.js';
import { UserError } from '../../graphql/user-errors.js';
import { graphqlEnum } from '../../graphql/enums.js';
import { Each, GLOBAL_ID, INSTANT, Limited, NOTE, listOf, range, text, type Limit } from '../../graphql/input-limits.js';
import { toGlobalId } from '../../shared/global-id.js';
import { inServiceZone } from '../../time/service-time.js';
import type { IncidentDocumentRow, IncidentRow, IncidentStatusChangeRow } from './incident.repository.js';
import { INCIDENT_STATUSES, MAX_GRAPHQL_DOCUMENT_BYTES, type IncidentStatus } from './incident.rules.js';

export const IncidentStatusEnum = graphqlEnum(INCIDENT_STATUSES, {
  name: 'IncidentStatus',
  description: 'DECLARED → SENT_TO_INSURER (with the insurer’s reference) → CLOSED; a declaration may also be closed at once. A closed incident no longer changes.',
});

export const documentPath = (globalId: string) => `/incidents/documents/${globalId}`;

@ObjectType({ implements: Node, description: 'A file kept with an incident (photo of the damage, letter, insurer’s form), stored with its SHA-256.' })
export class IncidentDocument extends Node {
  dbId!: string;
  incidentDbId!: string;
  uploadedByDbId!: string;

  @Field(() => ID, { description: 'The incident it belongs to.' })
  incidentId!: string;

  @Field(() => String, { description: 'The file’s name as uploaded.' })
  fileName!: string;

  @Field(() => String, { description: 'application/pdf, image/jpeg or image/png.' })
  mediaType!: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  sizeBytes!: number;

  @Field(() => String, { description: 'SHA-256 of the content, lowercase hex; checked again on every download.' })
  sha256!: string;

  @Field(() => DateTime, { description: 'When it was uploaded.' })
  uploadedAt!: Date;

  @Field(() => String, { description: 'Where to download it: GET with `Authorization: Bearer <token>` (same access as this object).' })
  downloadPath!: string;
}

@ObjectType({ description: 'One change of an incident’s status, kept for good.' })
export class IncidentStatusChange {
  byDbId!: string;

  @Field(() => IncidentStatusEnum, { nullable: true, description: 'Null for the declaration itself.' })
  from!: IncidentStatus | null;

  @Field(() => IncidentStatusEnum, { description: 'The status it moved to.' })
  to!: IncidentStatus;

  @Field(() => String, { nullable: true, description: 'Why, or what the insurer answered.' })
  note!: string | null;

  @Field(() => DateTime, { description: 'When the status changed.' })
  at!: Date;
}

@ObjectType({
  implements: Node,
  description: 'Civil-liability incident: damage at a beneficiary’s home, followed with the insurer until closed. R5: a helper reads the incidents it declared, the sector’s social worker its sector’s, direction all.',
})
export class Incident extends Node {
  dbId!: string;
  sectorDbId!: string;
  caseFileDbId!: string;
  declaredByDbId!: string;
  involvedStaffDbIds!: string[];

  @Field(() => IncidentStatusEnum, { description: 'Where the claim stands.' })
  status!: IncidentStatus;

  @Field(() => Int, { description: 'Goes up with each status change; give it as `expectedVersion` to change from what you read.' })
  version!: number;

  @Field(() => DateTime, { description: 'When the damage happened (the instant).' })
  occurredAt!: Date;

  @Field(() => String, { description: 'The zone the time was told in (Europe/Brussels).' })
  occurredZone!: string;

  @Field(() => String, { description: 'When the damage happened, as local time in `occurredZone` with its offset, e.g. 2026-10-25T02:30:00.000+01:00.' })
  occurredLocal!: string;

  @Field(() => String, { description: 'What happened and what was damaged.' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'People involved who are not staff (the beneficiary, a relative, a neighbour), in words.' })
  otherPeopleInvolved!: string | null;

  @Field(() => String, { nullable: true, description: 'The insurer’s reference (claim number), once known.' })
  insurerReference!: string | null;

  @Field(() => ID, { description: 'The case file of the home (read it through `node`, with its R5 projection).' })
  caseFileId!: string;

  @Field(() => DateTime, { description: 'When it was declared in Relais.' })
  declaredAt!: Date;

  @Field(() => [IncidentStatusChange], { description: 'Every status change, oldest first, starting with the declaration.' })
  statusChanges!: IncidentStatusChange[];

  @Field(() => [IncidentDocument], { description: 'The documents, oldest first (not their content: see `downloadPath`).' })
  documents!: IncidentDocument[];
}

@InputType()
export class IncidentDeclareInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID, { description: 'The case file of the home where the damage happened (a helper: a home it works at).' })
  caseFileId!: string;

  @Limited(INSTANT)
  @Field(() => DateTime, { description: 'When it happened, with its offset; not after now.' })
  occurredAt!: Date;

  @Limited(NOTE)
  @Field(() => String, { description: 'What happened and what was damaged.' })
  description!: string;

  @Limited(listOf(20))
  @Each(GLOBAL_ID)
  @Field(() => [ID], { nullable: true, description: 'Staff members involved (the helper at work, usually).' })
  involvedStaffIds?: string[] | null;

  @Limited(text(1_000))
  @Field(() => String, { nullable: true, description: 'Other people involved, in words.' })
  otherPeopleInvolved?: string | null;

  @Limited(text(100))
  @Field(() => String, { nullable: true, description: 'The insurer’s reference, when already known.' })
  insurerReference?: string | null;
}

@InputType()
export class IncidentStatusChangeInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID, { description: 'The incident. An ID this API gave out.' })
  incidentId!: string;

  @Field(() => IncidentStatusEnum, { description: 'The new status.' })
  to!: IncidentStatus;

  @Limited(text(100))
  @Field(() => String, { nullable: true, description: 'The insurer’s reference: required when sending to the insurer unless already known.' })
  insurerReference?: string | null;

  @Limited(NOTE)
  @Field(() => String, { nullable: true, description: 'Why, or what the insurer answered.' })
  note?: string | null;

  @Limited(range(1, 1_000_000))
  @Field(() => Int, { nullable: true, description: 'The version you read; a change made since is refused with CONFLICT.' })
  expectedVersion?: number | null;
}

const BASE64_CHARS = Math.ceil(MAX_GRAPHQL_DOCUMENT_BYTES / 3) * 4;
const BASE64_SIZE: Limit = {
  code: 'TOO_LARGE',
  says: `At most ${MAX_GRAPHQL_DOCUMENT_BYTES} bytes once decoded (${BASE64_CHARS} base64 characters); larger files (up to 5 MiB) go to POST /incidents/<incidentId>/documents.`,
  ok: (v) => typeof v === 'string' && v.length <= BASE64_CHARS,
};
const BASE64: Limit = {
  code: 'BAD_BASE64',
  says: 'Standard base64 (A–Z, a–z, 0–9, +, /, = padding).',
  ok: (v) => typeof v === 'string' && v.length <= BASE64_CHARS && v.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(v),
};

@InputType()
export class IncidentDocumentAddInput {
  @Limited(GLOBAL_ID)
  @Field(() => ID, { description: 'The incident (not closed) the document belongs to.' })
  incidentId!: string;

  @Limited(text(200))
  @Field(() => String, { description: 'The file’s name, without a path.' })
  fileName!: string;

  @Limited(text(100))
  @Field(() => String, { description: 'application/pdf, image/jpeg or image/png; the content must be of that type.' })
  mediaType!: string;

  @Limited(BASE64_SIZE, BASE64)
  @Field(() => String, { description: 'The file, base64-encoded.' })
  contentBase64!: string;
}

@ObjectType()
export class IncidentPayload {
  @Field(() => Incident, { nullable: true, description: 'The incident as it now is; null when refused.' })
  incident!: Incident | null;

  @Field(() => [UserError], { description: 'Why nothing was changed.' })
  userErrors!: UserError[];
}

@ObjectType()
export class IncidentDocumentAddPayload {
  @Field(() => IncidentDocument, { nullable: true, description: 'The document kept; null when refused.' })
  document!: IncidentDocument | null;

  @Field(() => Incident, { nullable: true, description: 'The incident with its documents.' })
  incident!: Incident | null;

  @Field(() => [UserError], { description: 'Why nothing was changed.' })
  userErrors!: UserError[];
}

export function toIncidentDocument(r: IncidentDocumentRow): IncidentDocument {
  const id = toGlobalId('IncidentDocument', r.id);
  return Object.assign(new IncidentDocument(), {
    id, dbId: r.id, incidentDbId: r.incidentId, uploadedByDbId: r.uploadedById, incidentId: toGlobalId('Incident', r.incidentId),
    fileName: r.fileName, mediaType: r.mediaType, sizeBytes: r.sizeBytes, sha256: r.sha256, uploadedAt: r.uploadedAt, downloadPath: documentPath(id),
  });
}

export function toIncident(r: IncidentRow, changes: IncidentStatusChangeRow[], documents: IncidentDocumentRow[]): Incident {
  return Object.assign(new Incident(), {
    id: toGlobalId('Incident', r.id), dbId: r.id, sectorDbId: r.sectorId, caseFileDbId: r.caseFileId, declaredByDbId: r.declaredById, involvedStaffDbIds: r.involvedStaffIds,
    status: r.status, version: r.version, occurredAt: r.occurredAt, occurredZone: r.occurredZone,
    occurredLocal: inServiceZone(r.occurredAt).setZone(r.occurredZone).toISO() ?? r.occurredAt.toISOString(),
    description: r.description, otherPeopleInvolved: r.otherPeopleInvolved, insurerReference: r.insurerReference,
    caseFileId: toGlobalId('CaseFile', r.caseFileId), declaredAt: r.declaredAt,
    statusChanges: changes.filter((c) => c.incidentId === r.id).map((c) => Object.assign(new IncidentStatusChange(), { byDbId: c.byId, from: c.fromStatus, to: c.toStatus, note: c.note, at: c.at })),
    documents: documents.filter((d) => d.incidentId === r.id).map(toIncidentDocument),
  });
}
