// Visits, R3 file checks and R4 aid decisions over GraphQL; on a case file they are read only
// where the R5 policy lets the viewer read them.
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { inputId } from '../../graphql/ids.js';
import { payload } from '../../graphql/user-errors.js';
import { CurrentStaff, DIRECTION, type StaffViewer } from '../auth/index.js';
import { CaseFile, CASE_WRITERS, mayRead, projectCase, type CaseService } from '../cases/index.js';
import { Staff, staffOrNull } from '../org/index.js';
import { AidDecisionRecordInput, AidDecisionReviewInput, FileCheckRecordInput, VisitCancelInput, VisitCompleteInput, VisitPlanInput, VisitReportAcknowledgeInput } from './visit.input.js';
import type { VisitService } from './visit.service.js';
import { AidDecision, AidDecisionPayload, FileCheck, FileCheckConnection, FileCheckPayload, toAidDecision, toFileCheck, toVisit, Visit, VisitConnection, VisitPayload } from './visit.types.js';

const CHECKERS = ['RELAY_CONTROL_SOCIAL_WORKER', ...DIRECTION];
const UNKNOWN_CASE_FILE = 'No case file you may change has this ID.';
const visitId = (id: string) => inputId(id, 'Visit', 'visitId', 'UNKNOWN_VISIT');

@Resolver(() => Visit)
export class VisitResolver {
  constructor(
    private readonly visits: VisitService,
    private readonly cases: CaseService,
  ) {}

  @Authorized(CASE_WRITERS)
  @Mutation(() => VisitPayload, { description: "Plan a visit, made by the sector's social worker, the flying or the relay social worker." })
  async visitPlan(@Arg('input', () => VisitPlanInput) input: VisitPlanInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<VisitPayload> {
    return payload(() => this.visits.plan({ ...input, visitorId: inputId(input.visitorId, 'Staff', 'visitorId', 'UNKNOWN_PERSON'), caseFileId: inputId(input.caseFileId, 'CaseFile', 'caseFileId', 'UNKNOWN_CASE_FILE', UNKNOWN_CASE_FILE) }, staff, ctx.now), (v) => v, { visit: null, fileCheck: null, warnings: [] });
  }

  @Authorized(CASE_WRITERS)
  @Mutation(() => VisitPayload, { description: 'R3: mark a visit done with its report; opens the file check for the relay social worker.' })
  async visitComplete(@Arg('input', () => VisitCompleteInput) input: VisitCompleteInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<VisitPayload> {
    return payload(() => this.visits.complete({ ...input, visitId: visitId(input.visitId) }, staff, ctx.now), (v) => v, { visit: null, fileCheck: null, warnings: [] });
  }

  @Authorized(CASE_WRITERS)
  @Mutation(() => VisitPayload)
  async visitCancel(@Arg('input', () => VisitCancelInput) input: VisitCancelInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<VisitPayload> {
    return payload(() => this.visits.cancel({ ...input, visitId: visitId(input.visitId) }, staff, ctx.now), (v) => v, { visit: null, fileCheck: null, warnings: [] });
  }

  @Authorized()
  @Mutation(() => VisitPayload, { description: "R10: acknowledge a flying social worker's report handed to you." })
  async visitReportAcknowledge(@Arg('input', () => VisitReportAcknowledgeInput) input: VisitReportAcknowledgeInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<VisitPayload> {
    return payload(() => this.visits.acknowledgeReport({ ...input, visitId: visitId(input.visitId) }, staff, ctx.now), (v) => v, { visit: null, fileCheck: null, warnings: [] });
  }

  @Authorized()
  @Query(() => VisitConnection, { description: "R10: the flying social worker's reports handed to you and not yet acknowledged, oldest first." })
  visitReportsHandedToMe(
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @CurrentStaff() staff: StaffViewer,
    @Ctx() ctx: Context,
  ) {
    return this.visits.handedReports(staff, first, after);
  }

  @Authorized(CHECKERS)
  @Mutation(() => FileCheckPayload, { description: 'R3: record the check of a file after a visit: encoding, financial participation, social aspects.' })
  async fileCheckRecord(@Arg('input', () => FileCheckRecordInput) input: FileCheckRecordInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<FileCheckPayload> {
    return payload(() => this.visits.recordCheck({ ...input, fileCheckId: inputId(input.fileCheckId, 'FileCheck', 'fileCheckId', 'UNKNOWN_FILE_CHECK') }, staff, ctx.now), (fileCheck) => ({ fileCheck }), { fileCheck: null });
  }

  @Authorized(CHECKERS)
  @Query(() => FileCheckConnection, { description: 'R3: file checks, oldest first; `open` (default) lists those still to do.' })
  fileChecks(
    @Arg('open', () => Boolean, { nullable: true, defaultValue: true }) open: boolean | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return this.visits.fileChecks(open, first, after);
  }

  @Authorized(CASE_WRITERS)
  @Mutation(() => AidDecisionPayload, { description: 'R4: decide to continue, suspend or stop aid (sector social worker, direction), or propose it (flying social worker).' })
  async aidDecisionRecord(@Arg('input', () => AidDecisionRecordInput) input: AidDecisionRecordInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<AidDecisionPayload> {
    return payload(() => this.visits.recordDecision({ ...input, caseFileId: inputId(input.caseFileId, 'CaseFile', 'caseFileId', 'UNKNOWN_CASE_FILE', UNKNOWN_CASE_FILE) }, staff, ctx.now), (aidDecision) => ({ aidDecision }), { aidDecision: null });
  }

  @Authorized(CASE_WRITERS)
  @Mutation(() => AidDecisionPayload, { description: 'R4: accept or reject a proposal; never your own.' })
  async aidDecisionReview(@Arg('input', () => AidDecisionReviewInput) input: AidDecisionReviewInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<AidDecisionPayload> {
    return payload(() => this.visits.review({ ...input, aidDecisionId: inputId(input.aidDecisionId, 'AidDecision', 'aidDecisionId', 'UNKNOWN_AID_DECISION') }, staff, ctx.now), (aidDecision) => ({ aidDecision }), { aidDecision: null });
  }

  @FieldResolver(() => Staff)
  async visitor(@Root() v: Visit, @Ctx() ctx: Context): Promise<Staff> {
    const s = await staffOrNull(ctx, v.visitorDbId);
    if (!s) throw new Error('visit without visitor');
    return s;
  }

  @FieldResolver(() => Staff, { nullable: true, description: "R10: the sector's social worker the report was handed to." })
  handedTo(@Root() v: Visit, @Ctx() ctx: Context) {
    return staffOrNull(ctx, v.handedToDbId);
  }

  @FieldResolver(() => CaseFile, { nullable: true, description: 'The case file visited, as far as you may see it.' })
  async caseFile(@Root() v: Visit, @Ctx() ctx: Context): Promise<CaseFile | null> {
    const row = await ctx.loaders.caseFile.load(v.caseDbId);
    return row && projectCase(await this.cases.caseViewer(ctx.viewer), row);
  }
}

@Resolver(() => FileCheck)
export class FileCheckResolver {
  constructor(private readonly cases: CaseService) {}

  @FieldResolver(() => CaseFile, { nullable: true, description: 'The case file checked, as far as you may see it.' })
  async caseFile(@Root() f: FileCheck, @Ctx() ctx: Context): Promise<CaseFile | null> {
    const row = await ctx.loaders.caseFile.load(f.caseDbId);
    return row && projectCase(await this.cases.caseViewer(ctx.viewer), row);
  }

  @FieldResolver(() => Staff, { nullable: true })
  checkedBy(@Root() f: FileCheck, @Ctx() ctx: Context) {
    return staffOrNull(ctx, f.checkedByDbId);
  }
}

@Resolver(() => AidDecision)
export class AidDecisionResolver {
  @FieldResolver(() => Staff, { nullable: true })
  proposedBy(@Root() d: AidDecision, @Ctx() ctx: Context) {
    return staffOrNull(ctx, d.proposedByDbId);
  }

  @FieldResolver(() => Staff, { nullable: true })
  decidedBy(@Root() d: AidDecision, @Ctx() ctx: Context) {
    return staffOrNull(ctx, d.decidedByDbId);
  }
}

@Resolver(() => CaseFile)
export class CaseFileVisitsResolver {
  @FieldResolver(() => [Visit], { nullable: true })
  async visits(@Root() c: CaseFile, @Ctx() ctx: Context): Promise<Visit[] | null> {
    if (!mayRead(c.access, 'visits')) return null;
    return (await ctx.loaders.visitsOfCase.load(c.dbId)).map(toVisit);
  }

  @FieldResolver(() => [FileCheck], { nullable: true, description: 'R3: checks of the file after visits.' })
  async fileChecks(@Root() c: CaseFile, @Ctx() ctx: Context): Promise<FileCheck[] | null> {
    if (!mayRead(c.access, 'visits')) return null;
    return (await ctx.loaders.fileChecksOfCase.load(c.dbId)).map(toFileCheck);
  }

  @FieldResolver(() => [AidDecision], { nullable: true, description: 'R4: decisions and proposals to continue, suspend or stop aid.' })
  async aidDecisions(@Root() c: CaseFile, @Ctx() ctx: Context): Promise<AidDecision[] | null> {
    if (!mayRead(c.access, 'visits')) return null;
    return (await ctx.loaders.aidDecisionsOfCase.load(c.dbId)).map(toAidDecision);
  }
}
