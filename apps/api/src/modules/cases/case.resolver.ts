// Case files and beneficiaries over GraphQL. Objects come projected (R5); related fields are
// resolved only where the same policy lets the viewer read them.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Context } from '../../graphql/context.js';
import { argId, filterId, inputId, inputIdOrNull } from '../../graphql/ids.js';
import { payload } from '../../graphql/user-errors.js';
import { CurrentStaff, DIRECTION, type StaffViewer } from '../auth/index.js';
import { Sector, Staff, toSector, toStaff } from '../org/index.js';
import type { AuditService } from './audit.service.js';
import type { BeneficiaryExportService } from './beneficiary-export.service.js';
import type { BeneficiaryService } from './beneficiary.service.js';
import { AuditEntryConnection, AuditKindEnum } from './audit.types.js';
import { BeneficiaryUpdateInput } from './beneficiary.input.js';
import { CASE_WRITERS, mayRead } from './case.access.js';
import { CaseFileOpenInput, CaseFilesAnonymiseInput, CaseFileTransitionInput, CaseFileUpdateInput, CaseFileUrgentActionInput } from './case.input.js';
import { toTransition } from './case.mappers.js';
import { fetchRelated, readForList } from './case.related.js';
import type { CaseService } from './case.service.js';
import { Beneficiary, BeneficiaryPayload, CaseFile, CaseFileConnection, CaseFilePayload, CaseFilesAnonymisePayload, CaseStatusEnum, CaseTransition } from './case.types.js';
import { localDay } from '../../time/service-time.js';

const casePayload = (run: () => Promise<CaseFile>): Promise<CaseFilePayload> => payload(run, (caseFile) => ({ caseFile }), { caseFile: null });
const caseFileId = (id: string) => inputId(id, 'CaseFile', 'caseFileId', 'UNKNOWN_CASE_FILE', 'No case file you may change has this ID.');

@Resolver(() => CaseFile)
export class CaseFileResolver {
  constructor(
    private readonly cases: CaseService,
    private readonly beneficiaries: BeneficiaryService,
    private readonly audit: AuditService,
    private readonly beneficiaryExports: BeneficiaryExportService,
  ) {}

  @Authorized()
  @Query(() => CaseFile, { nullable: true, description: 'One case file, as far as you may see it (R5); null when it is not yours to see or does not exist. An ID malformed or of another type is BAD_USER_INPUT naming `id`.' })
  caseFile(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return this.cases.byId(argId(id, 'CaseFile', 'id'), ctx.viewer);
  }

  @Authorized()
  @Query(() => CaseFileConnection, { description: "Case files you may see, newest first, with filters. FORBIDDEN to the telephonist (R5: no register of beneficiaries; she finds a caller's sector with `sectorSearch`)." })
  async caseFiles(
    @Arg('sectorId', () => ID, { nullable: true }) sectorId: string | null,
    @Arg('status', () => CaseStatusEnum, { nullable: true }) status: CaseStatusEnum | null,
    @Arg('socialWorkerId', () => ID, { nullable: true }) socialWorkerId: string | null,
    @Arg('urgentAlert', () => Boolean, { nullable: true, description: 'true: only urgent situations with no action recorded the same day; false: only the others.' }) urgentAlert: boolean | null,
    @Arg('evaluationOverdue', () => Boolean, { nullable: true, description: 'R1: true: only active cases whose agreed plan is overdue for evaluation; false: only the others.' })
    evaluationOverdue: boolean | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const filter = { sectorId: filterId(sectorId, 'Sector', 'sectorId'), status, socialWorkerId: filterId(socialWorkerId, 'Staff', 'socialWorkerId'), urgentAlert, evaluationOverdue: evaluationOverdue == null ? null : { on: localDay(ctx.now), overdue: evaluationOverdue } };
    const page = await this.cases.list(filter, first, after, ctx.viewer, readForList(info));
    await fetchRelated(page.edges.map((e) => e.node), info, ctx);
    return page;
  }

  @Authorized(CASE_WRITERS)
  @Mutation(() => CaseFilePayload, { description: 'Open a case file (NEW_REQUEST), with the intake data of a new beneficiary or for a known one.' })
  caseFileOpen(@Arg('input', () => CaseFileOpenInput) input: CaseFileOpenInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context) {
    return casePayload(() => this.cases.open(
        {
          ...input,
          sectorId: inputId(input.sectorId, 'Sector', 'sectorId', 'UNKNOWN_SECTOR', '`sectorId` is not a sector.'),
          socialWorkerId: inputId(input.socialWorkerId, 'Staff', 'socialWorkerId', 'NOT_A_SOCIAL_WORKER', '`socialWorkerId` must be a social worker.'),
          beneficiaryId: inputIdOrNull(input.beneficiaryId, 'Beneficiary', 'beneficiaryId', 'UNKNOWN_BENEFICIARY', 'No beneficiary you may see has this ID.'),
        },
        staff,
        ctx.now,
      ));
  }

  @Authorized(CASE_WRITERS)
  @Mutation(() => CaseFilePayload, { description: 'Move a case file along its workflow; illegal moves are refused with ILLEGAL_TRANSITION.' })
  caseFileTransition(@Arg('input', () => CaseFileTransitionInput) input: CaseFileTransitionInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context) {
    return casePayload(() => this.cases.transition({ ...input, caseFileId: caseFileId(input.caseFileId) }, staff, ctx.now));
  }

  @Authorized(CASE_WRITERS)
  @Mutation(() => CaseFilePayload, { description: 'Change the reason, social worker, urgency or needs assessment (CONFLICT on a stale version).' })
  caseFileUpdate(@Arg('input', () => CaseFileUpdateInput) input: CaseFileUpdateInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context) {
    return casePayload(() => this.cases.update(
        {
          ...input,
          caseFileId: caseFileId(input.caseFileId),
          socialWorkerId: inputIdOrNull(input.socialWorkerId, 'Staff', 'socialWorkerId', 'NOT_A_SOCIAL_WORKER', '`socialWorkerId` must be a social worker.'),
        },
        staff,
        ctx.now,
      ));
  }

  @Authorized(CASE_WRITERS)
  @Mutation(() => CaseFilePayload, { description: 'Record the action taken on an urgent situation (the alert ends when it is the same day).' })
  caseFileUrgentActionRecord(@Arg('input', () => CaseFileUrgentActionInput) input: CaseFileUrgentActionInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context) {
    return casePayload(() => this.cases.recordUrgentAction({ ...input, caseFileId: caseFileId(input.caseFileId) }, staff, ctx.now));
  }

  @Authorized(CASE_WRITERS)
  @Mutation(() => BeneficiaryPayload, { description: "Change a beneficiary's intake data (CONFLICT on a stale version)." })
  async beneficiaryUpdate(@Arg('input', () => BeneficiaryUpdateInput) input: BeneficiaryUpdateInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<BeneficiaryPayload> {
    return payload(
      () => this.beneficiaries.update({ ...input, beneficiaryId: inputId(input.beneficiaryId, 'Beneficiary', 'beneficiaryId', 'UNKNOWN_BENEFICIARY', 'No beneficiary you may change has this ID.') }, staff, ctx.now),
      (beneficiary) => ({ beneficiary }),
      { beneficiary: null },
    );
  }

  @Authorized(DIRECTION)
  @Query(() => AuditEntryConnection, { description: 'The audit trail, newest first: changes and reads of sensitive fields. Read-only.' })
  auditEntries(
    @Arg('caseFileId', () => ID, { nullable: true }) caseFileId: string | null,
    @Arg('kind', () => AuditKindEnum, { nullable: true }) kind: AuditKindEnum | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return this.audit.entries({ caseFileId: filterId(caseFileId, 'CaseFile', 'caseFileId'), kind }, first, after);
  }

  @Authorized()
  @Query(() => GraphQLJSONObject, { nullable: true, description: 'Everything held about one beneficiary, as JSON (a data-subject request): made by the social roles and direction, FORBIDDEN to others (a trainee too); null unless you see them in full. Audited. An ID malformed or of another type is BAD_USER_INPUT naming `id`.' })
  beneficiaryExport(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return this.beneficiaryExports.export(argId(id, 'Beneficiary', 'id'), ctx.viewer, ctx.now);
  }

  @Authorized(DIRECTION)
  @Mutation(() => CaseFilesAnonymisePayload, { description: 'Anonymise beneficiaries whose case files all closed more than `retentionYears` ago, keeping the figures.' })
  async caseFilesAnonymise(@Arg('input', () => CaseFilesAnonymiseInput) input: CaseFilesAnonymiseInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<CaseFilesAnonymisePayload> {
    return payload(() => this.beneficiaryExports.anonymise(input.retentionYears, staff, ctx.now), (anonymisedCount) => ({ anonymisedCount }), { anonymisedCount: null });
  }

  // Sync when the list fetched the page's rows (case.related.ts), through the loader otherwise.
  @FieldResolver(() => Beneficiary, { nullable: true })
  beneficiary(@Root() c: CaseFile, @Ctx() ctx: Context): Beneficiary | null | Promise<Beneficiary | null> {
    const row = c.related?.beneficiary;
    if (row !== undefined) return row && this.cases.beneficiaryOf(c, row);
    return ctx.loaders.beneficiary.load(c.beneficiaryDbId).then((r) => r && this.cases.beneficiaryOf(c, r));
  }

  @FieldResolver(() => Sector, { nullable: true })
  sector(@Root() c: CaseFile, @Ctx() ctx: Context): Sector | null | Promise<Sector | null> {
    if (!mayRead(c.access, 'sector')) return null;
    const row = c.related?.sector;
    return row !== undefined ? row && toSector(row) : ctx.loaders.sector.load(c.sectorDbId).then((r) => r && toSector(r));
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The responsible social worker.' })
  socialWorker(@Root() c: CaseFile, @Ctx() ctx: Context): Staff | null | Promise<Staff | null> {
    if (!mayRead(c.access, 'socialWorker')) return null;
    const row = c.related?.socialWorker;
    return row !== undefined ? row && toStaff(row) : ctx.loaders.staff.load(c.socialWorkerDbId).then((r) => r && toStaff(r));
  }

  @FieldResolver(() => [CaseTransition], { nullable: true, description: 'Status history, oldest first.' })
  async transitions(@Root() c: CaseFile, @Ctx() ctx: Context): Promise<CaseTransition[] | null> {
    if (!mayRead(c.access, 'transitions')) return null;
    return (await ctx.loaders.transitionsOfCase.load(c.dbId)).map(toTransition);
  }
}

@Resolver(() => CaseTransition)
export class CaseTransitionResolver {
  @FieldResolver(() => Staff, { description: 'Who moved the case file.' })
  async by(@Root() t: CaseTransition, @Ctx() ctx: Context): Promise<Staff> {
    const row = await ctx.loaders.staff.load(t.byDbId);
    if (!row) throw new Error('transition without author');
    return toStaff(row);
  }
}
