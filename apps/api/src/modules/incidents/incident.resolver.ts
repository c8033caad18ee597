// Incidents over GraphQL: incidentDeclare, incidentStatusChange, incidentDocumentAdd and incidents
// (R5-scoped), never for the kiosk, the telephonist or the trainee.
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { argIdOrNull, inputId } from '../../graphql/ids.js';
import { Connection } from '../../graphql/relay.js';
import { payload } from '../../graphql/user-errors.js';
import { RuleViolation } from '../../shared/outcome.js';
import { CurrentStaff, type StaffViewer } from '../auth/index.js';
import { Sector, Staff, staffById, toSector } from '../org/index.js';
import { INCIDENT_DECLARERS, INCIDENT_HANDLERS, INCIDENT_READERS, MAX_GRAPHQL_DOCUMENT_BYTES, type IncidentStatus } from './incident.rules.js';
import type { IncidentService } from './incident.service.js';
import {
  Incident,
  IncidentDeclareInput,
  IncidentDocument,
  IncidentDocumentAddInput,
  IncidentDocumentAddPayload,
  IncidentPayload,
  IncidentStatusChange,
  IncidentStatusChangeInput,
  IncidentStatusEnum,
} from './incident.types.js';

@ObjectType()
class IncidentConnection extends Connection(Incident, 'Incident') {}

const UNKNOWN_INCIDENT = '`incidentId` is not the ID of an incident.';

@Resolver(() => Incident)
export class IncidentResolver {
  constructor(private readonly service: IncidentService) {}

  @Authorized(INCIDENT_DECLARERS)
  @Mutation(() => IncidentPayload, { description: 'Declares damage at a beneficiary’s home (civil liability): the helper at a home it works at, the sector’s social worker, direction.' })
  incidentDeclare(@Arg('input', () => IncidentDeclareInput) input: IncidentDeclareInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<IncidentPayload> {
    return payload(
      () => {
        const caseFileId = inputId(input.caseFileId, 'CaseFile', 'caseFileId', 'UNKNOWN_CASE_FILE');
        const involvedStaffIds = (input.involvedStaffIds ?? []).map((id) => inputId(id, 'Staff', 'involvedStaffIds', 'UNKNOWN_STAFF', 'Each of `involvedStaffIds` must be the ID of a staff member.'));
        return this.service.declare({ caseFileId, occurredAt: input.occurredAt, description: input.description, involvedStaffIds, otherPeopleInvolved: input.otherPeopleInvolved ?? null, insurerReference: input.insurerReference ?? null }, staff, ctx.now);
      },
      (incident) => ({ incident }),
      { incident: null },
    );
  }

  @Authorized(INCIDENT_HANDLERS)
  @Mutation(() => IncidentPayload, { description: 'Moves an incident on: sent to the insurer (with its reference), closed. The sector’s social worker and direction; a closed incident no longer changes.' })
  incidentStatusChange(@Arg('input', () => IncidentStatusChangeInput) input: IncidentStatusChangeInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<IncidentPayload> {
    return payload(
      () => this.service.changeStatus({ incidentId: inputId(input.incidentId, 'Incident', 'incidentId', 'UNKNOWN_INCIDENT', UNKNOWN_INCIDENT), to: input.to, insurerReference: input.insurerReference ?? null, note: input.note ?? null, expectedVersion: input.expectedVersion ?? null }, staff, ctx.now),
      (incident) => ({ incident }),
      { incident: null },
    );
  }

  @Authorized(INCIDENT_READERS)
  @Mutation(() => IncidentDocumentAddPayload, { description: `Adds a document (base64, at most ${MAX_GRAPHQL_DOCUMENT_BYTES} bytes) to an incident the viewer may read and that is not closed.` })
  incidentDocumentAdd(@Arg('input', () => IncidentDocumentAddInput) input: IncidentDocumentAddInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<IncidentDocumentAddPayload> {
    return payload(
      () => {
        const incidentId = inputId(input.incidentId, 'Incident', 'incidentId', 'UNKNOWN_INCIDENT', UNKNOWN_INCIDENT);
        // The service names the bytes `content`; here they came as `contentBase64`.
        return this.service.addDocument({ incidentId, fileName: input.fileName, mediaType: input.mediaType, content: Buffer.from(input.contentBase64, 'base64'), maxBytes: MAX_GRAPHQL_DOCUMENT_BYTES }, staff, ctx.now).catch((err: unknown) => {
          if (!(err instanceof RuleViolation)) throw err;
          throw new RuleViolation(err.errors.map((e) => ({ ...e, field: e.field.map((f) => (f === 'content' ? 'contentBase64' : f)) })));
        });
      },
      (r) => r,
      { document: null, incident: null },
    );
  }

  @Authorized(INCIDENT_READERS)
  @Query(() => IncidentConnection, { description: 'The incidents the viewer may read, newest first. R5: a helper its own declarations, a social worker her sector’s, direction all (or one sector’s).' })
  incidents(
    @Arg('sectorId', () => ID, { nullable: true, description: 'Direction: one sector’s only.' }) sectorId: string | null,
    @Arg('status', () => IncidentStatusEnum, { nullable: true, description: 'Only incidents in this status.' }) status: IncidentStatus | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @CurrentStaff() staff: StaffViewer,
    @Ctx() ctx: Context,
  ) {
    return this.service.list({ sectorId: argIdOrNull(sectorId, 'Sector', 'sectorId'), status, first, after }, staff, ctx.now);
  }

  @FieldResolver(() => Staff, { description: 'Who declared it.' })
  declaredBy(@Root() i: Incident, @Ctx() ctx: Context) {
    return staffById(ctx, i.declaredByDbId);
  }

  @FieldResolver(() => [Staff], { description: 'Staff members involved.' })
  involvedStaff(@Root() i: Incident, @Ctx() ctx: Context) {
    return Promise.all(i.involvedStaffDbIds.map((id) => staffById(ctx, id)));
  }

  @FieldResolver(() => Sector, { description: 'The sector of the home.' })
  async sector(@Root() i: Incident, @Ctx() ctx: Context) {
    const row = await ctx.loaders.sector.load(i.sectorDbId);
    if (!row) throw new Error(`sector ${i.sectorDbId} is missing`);
    return toSector(row);
  }
}

@Resolver(() => IncidentStatusChange)
export class IncidentStatusChangeResolver {
  @FieldResolver(() => Staff, { description: 'Who made the change.' })
  by(@Root() c: IncidentStatusChange, @Ctx() ctx: Context) {
    return staffById(ctx, c.byDbId);
  }
}

@Resolver(() => IncidentDocument)
export class IncidentDocumentResolver {
  @FieldResolver(() => Staff, { description: 'Who uploaded it.' })
  uploadedBy(@Root() d: IncidentDocument, @Ctx() ctx: Context) {
    return staffById(ctx, d.uploadedByDbId);
  }
}
