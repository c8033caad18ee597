// Aid plans over GraphQL: the versions of a case file (R5: as far as the case lets you read
// them) and the mutations DRAFT → PROPOSED → AGREED, tracking and R1 evaluations.
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { inputId } from '../../graphql/ids.js';
import { payload } from '../../graphql/user-errors.js';
import { CurrentStaff, type StaffViewer } from '../auth/index.js';
import { CASE_WRITERS, CaseFile, mayRead } from '../cases/index.js';
import { AidPlanActionStatusInput, AidPlanAgreeInput, AidPlanDraftInput, AidPlanEvaluateInput, AidPlanProposeInput, AidPlanUpdateInput } from './aid-plan.input.js';
import { AidPlanPayload, AidPlanVersion } from './aid-plan.types.js';
import type { AidPlanService } from './aid-plan.service.js';

const aidPlanPayload = (run: () => Promise<AidPlanVersion>): Promise<AidPlanPayload> => payload(run, (aidPlan) => ({ aidPlan }), { aidPlan: null });
const aidPlanId = (id: string) => inputId(id, 'AidPlanVersion', 'aidPlanId', 'UNKNOWN_AID_PLAN', 'No aid plan you may change has this ID.');

@Resolver(() => CaseFile)
export class CaseFileAidPlanResolver {
  @FieldResolver(() => AidPlanVersion, { nullable: true, description: 'The plan in force: the latest AGREED version (else the latest draft).' })
  async aidPlan(@Root() c: CaseFile, @Ctx() ctx: Context): Promise<AidPlanVersion | null> {
    if (!mayRead(c.access, 'aidPlan')) return null;
    const versions = await ctx.loaders.aidPlanVersionsOfCase.load(c.dbId);
    return versions.filter((v) => v.status === 'AGREED').at(-1) ?? versions.at(-1) ?? null;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'R1 alert: the agreed plan of this active case is past its evaluation date. List them with caseFiles(evaluationOverdue: true).' })
  async evaluationOverdue(@Root() c: CaseFile, @Ctx() ctx: Context): Promise<boolean | null> {
    if (!mayRead(c.access, 'aidPlan')) return null;
    const plan = (await ctx.loaders.aidPlanVersionsOfCase.load(c.dbId)).filter((v) => v.status === 'AGREED').at(-1);
    return c.status === 'ACTIVE' && !!plan?.evaluationOverdue;
  }

  @FieldResolver(() => String, { nullable: true, description: 'R1: when the agreed plan is next evaluated (YYYY-MM-DD); null without an agreed plan.' })
  async nextEvaluationOn(@Root() c: CaseFile, @Ctx() ctx: Context): Promise<string | null> {
    if (!mayRead(c.access, 'aidPlan')) return null;
    const plan = (await ctx.loaders.aidPlanVersionsOfCase.load(c.dbId)).filter((v) => v.status === 'AGREED').at(-1);
    return plan?.nextEvaluationOn ?? null;
  }

  @FieldResolver(() => [AidPlanVersion], { nullable: true, description: 'Every version, oldest first, each as it was.' })
  async aidPlanVersions(@Root() c: CaseFile, @Ctx() ctx: Context): Promise<AidPlanVersion[] | null> {
    if (!mayRead(c.access, 'aidPlan')) return null;
    return ctx.loaders.aidPlanVersionsOfCase.load(c.dbId);
  }
}

@Resolver(() => AidPlanVersion)
export class AidPlanResolver {
  constructor(private readonly aidPlans: AidPlanService) {}

  @Authorized(CASE_WRITERS)
  @Mutation(() => AidPlanPayload, { description: 'Start a new DRAFT version, copied from the latest one (an agreed version is never edited).' })
  aidPlanDraft(@Arg('input', () => AidPlanDraftInput) input: AidPlanDraftInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context) {
    return aidPlanPayload(() => this.aidPlans.draft({ ...input, caseFileId: inputId(input.caseFileId, 'CaseFile', 'caseFileId', 'UNKNOWN_CASE_FILE', 'No case file you may change has this ID.') }, staff, ctx.now));
  }

  @Authorized(CASE_WRITERS)
  @Mutation(() => AidPlanPayload, { description: 'Change a DRAFT: actions per domain, weekly hours (CONFLICT on a stale revision).' })
  aidPlanUpdate(@Arg('input', () => AidPlanUpdateInput) input: AidPlanUpdateInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context) {
    return aidPlanPayload(() => this.aidPlans.update({ ...input, aidPlanId: aidPlanId(input.aidPlanId) }, staff, ctx.now));
  }

  @Authorized(CASE_WRITERS)
  @Mutation(() => AidPlanPayload, { description: 'DRAFT → PROPOSED: the plan is put to the beneficiary.' })
  aidPlanPropose(@Arg('input', () => AidPlanProposeInput) input: AidPlanProposeInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context) {
    return aidPlanPayload(() => this.aidPlans.propose({ ...input, aidPlanId: aidPlanId(input.aidPlanId) }, staff, ctx.now));
  }

  @Authorized(CASE_WRITERS)
  @Mutation(() => AidPlanPayload, { description: 'PROPOSED → AGREED: who agreed for the beneficiary, how; R1 sets the next evaluation.' })
  aidPlanAgree(@Arg('input', () => AidPlanAgreeInput) input: AidPlanAgreeInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context) {
    return aidPlanPayload(() => this.aidPlans.agree({ ...input, aidPlanId: aidPlanId(input.aidPlanId) }, staff, ctx.now));
  }

  @Authorized(CASE_WRITERS)
  @Mutation(() => AidPlanPayload, { description: 'Track an action of an agreed plan (progress = share of actions DONE).' })
  aidPlanActionStatusSet(@Arg('input', () => AidPlanActionStatusInput) input: AidPlanActionStatusInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context) {
    return aidPlanPayload(() => this.aidPlans.setActionStatus({ ...input, aidPlanId: aidPlanId(input.aidPlanId) }, staff, ctx.now));
  }

  @Authorized(CASE_WRITERS)
  @Mutation(() => AidPlanPayload, { description: 'R1: record an evaluation of an agreed plan; the next one is at most a year later.' })
  aidPlanEvaluate(@Arg('input', () => AidPlanEvaluateInput) input: AidPlanEvaluateInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context) {
    return aidPlanPayload(() => this.aidPlans.evaluate({ ...input, aidPlanId: aidPlanId(input.aidPlanId) }, staff, ctx.now));
  }
}
