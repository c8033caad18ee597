// Aid plans over GraphQL: the versions of a case file (R5: as far as the case lets you read
// them) and the mutations DRAFT → PROPOSED → AGREED, tracking and R1 evaluations.
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { payload } from '../../graphql/user-errors.js';
import { CurrentStaff } from '../auth/current-staff.js';
import type { StaffViewer } from '../auth/viewer.js';
import { AidPlanActionStatusInput, AidPlanAgreeInput, AidPlanDraftInput, AidPlanEvaluateInput, AidPlanProposeInput, AidPlanUpdateInput } from './aid-plan.input.js';
import { AidPlanPayload, AidPlanVersion } from './aid-plan.types.js';
import { CASE_WRITERS, mayRead } from './case.access.js';
import { CaseFile } from './case.types.js';

const aidPlanPayload = (run: () => Promise<AidPlanVersion>): Promise<AidPlanPayload> => payload(run, (aidPlan) => ({ aidPlan }), { aidPlan: null });

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
  @Authorized(CASE_WRITERS)
  @Mutation(() => AidPlanPayload, { description: 'Start a new DRAFT version, copied from the latest one (an agreed version is never edited).' })
  aidPlanDraft(@Arg('input', () => AidPlanDraftInput) input: AidPlanDraftInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context) {
    return aidPlanPayload(() => ctx.services.aidPlans.draft(input, staff, ctx.now));
  }

  @Authorized(CASE_WRITERS)
  @Mutation(() => AidPlanPayload, { description: 'Change a DRAFT: actions per domain, weekly hours (CONFLICT on a stale revision).' })
  aidPlanUpdate(@Arg('input', () => AidPlanUpdateInput) input: AidPlanUpdateInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context) {
    return aidPlanPayload(() => ctx.services.aidPlans.update(input, staff, ctx.now));
  }

  @Authorized(CASE_WRITERS)
  @Mutation(() => AidPlanPayload, { description: 'DRAFT → PROPOSED: the plan is put to the beneficiary.' })
  aidPlanPropose(@Arg('input', () => AidPlanProposeInput) input: AidPlanProposeInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context) {
    return aidPlanPayload(() => ctx.services.aidPlans.propose(input, staff, ctx.now));
  }

  @Authorized(CASE_WRITERS)
  @Mutation(() => AidPlanPayload, { description: 'PROPOSED → AGREED: who agreed for the beneficiary, how; R1 sets the next evaluation.' })
  aidPlanAgree(@Arg('input', () => AidPlanAgreeInput) input: AidPlanAgreeInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context) {
    return aidPlanPayload(() => ctx.services.aidPlans.agree(input, staff, ctx.now));
  }

  @Authorized(CASE_WRITERS)
  @Mutation(() => AidPlanPayload, { description: 'Track an action of an agreed plan (progress = share of actions DONE).' })
  aidPlanActionStatusSet(@Arg('input', () => AidPlanActionStatusInput) input: AidPlanActionStatusInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context) {
    return aidPlanPayload(() => ctx.services.aidPlans.setActionStatus(input, staff, ctx.now));
  }

  @Authorized(CASE_WRITERS)
  @Mutation(() => AidPlanPayload, { description: 'R1: record an evaluation of an agreed plan; the next one is at most a year later.' })
  aidPlanEvaluate(@Arg('input', () => AidPlanEvaluateInput) input: AidPlanEvaluateInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context) {
    return aidPlanPayload(() => ctx.services.aidPlans.evaluate(input, staff, ctx.now));
  }
}
