// R2 over GraphQL: proofs of income and financial participation on a case file (R5: only where
// the projection lets the viewer read them; amounts audited on read, cases/audited-reads.ts), the mutation recording a
// proof, and the relay social worker's follow-up list.
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { inputId } from '../../graphql/ids.js';
import { payload } from '../../graphql/user-errors.js';
import { CurrentStaff, DIRECTION, type StaffViewer } from '../auth/index.js';
import { CASE_WRITERS, CaseFile, mayRead } from '../cases/index.js';
import { Staff, staffById } from '../org/index.js';
import { IncomeProofRecordInput } from './income.input.js';
import { participationOf, type IncomeService } from './income.service.js';
import { FinancialParticipation, IncomeFollowUp, IncomeFollowUpConnection, IncomeProof, IncomeProofPayload, toIncomeFollowUp, toIncomeProof } from './income.types.js';

// R2: the relay & control social worker follows the files up; direction oversees.
const FOLLOWERS = ['RELAY_CONTROL_SOCIAL_WORKER', ...DIRECTION];

@Resolver(() => IncomeProof)
export class IncomeProofResolver {
  constructor(private readonly income: IncomeService) {}

  @Authorized(CASE_WRITERS)
  @Mutation(() => IncomeProofPayload, { description: 'R2: record a proof of income as received or missing; the follow-up ends when all are received.' })
  incomeProofRecord(@Arg('input', () => IncomeProofRecordInput) input: IncomeProofRecordInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<IncomeProofPayload> {
    return payload(
      () => this.income.record({ ...input, caseFileId: inputId(input.caseFileId, 'CaseFile', 'caseFileId', 'UNKNOWN_CASE_FILE', 'No case file you may change has this ID.') }, staff, ctx.now),
      (v) => v,
      { incomeProof: null, caseFile: null },
    );
  }

  @Authorized(FOLLOWERS)
  @Query(() => IncomeFollowUpConnection, { description: 'R2: case files whose proofs of income are missing after a visit (or found not in order), oldest first, until received.' })
  incomeProofFollowUps(@Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number, @Arg('after', () => String, { nullable: true }) after: string | null) {
    return this.income.followUps(first, after);
  }

  @FieldResolver(() => Staff)
  recordedBy(@Root() p: IncomeProof, @Ctx() ctx: Context): Promise<Staff> {
    return staffById(ctx, p.recordedByDbId);
  }
}

@Resolver(() => CaseFile)
export class CaseFileIncomeResolver {
  @FieldResolver(() => [IncomeProof], { nullable: true, description: 'R2: proofs of income, received or missing (R5: social roles only).' })
  async incomeProofs(@Root() c: CaseFile, @Ctx() ctx: Context): Promise<IncomeProof[] | null> {
    if (!mayRead(c.access, 'incomeProofs')) return null;
    return (await ctx.loaders.incomeProofsOfCase.load(c.dbId)).map(toIncomeProof);
  }

  @FieldResolver(() => FinancialParticipation, { nullable: true, description: 'R2: what the beneficiary pays, from the proofs of income (R5: social roles only).' })
  async financialParticipation(@Root() c: CaseFile, @Ctx() ctx: Context): Promise<FinancialParticipation | null> {
    if (!mayRead(c.access, 'financialParticipation')) return null;
    const [proofs, beneficiary, plans] = await Promise.all([ctx.loaders.incomeProofsOfCase.load(c.dbId), ctx.loaders.beneficiary.load(c.beneficiaryDbId), ctx.loaders.aidPlanVersionsOfCase.load(c.dbId)]);
    return participationOf(c.dbId, proofs, beneficiary?.householdMembers.length ?? 0, plans.filter((v) => v.status === 'AGREED').at(-1) ?? null);
  }

  @FieldResolver(() => IncomeFollowUp, { nullable: true, description: "R2: the open follow-up of the proofs of income by the relay social worker, if any." })
  async incomeFollowUp(@Root() c: CaseFile, @Ctx() ctx: Context): Promise<IncomeFollowUp | null> {
    if (!mayRead(c.access, 'incomeProofs')) return null;
    const [open] = await ctx.loaders.incomeFollowUpsOfCase.load(c.dbId);
    return open ? toIncomeFollowUp(open) : null;
  }
}
