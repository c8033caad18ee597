// Satisfaction checks over GraphQL: the mutation recording one at a visit, and reads on the visit and
// the case file, only where the R5 projection lets the viewer read visits (comments are personal data).
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { inputId } from '../../graphql/ids.js';
import { payload } from '../../graphql/user-errors.js';
import { CurrentStaff, type StaffViewer } from '../auth/index.js';
import { CaseFile, mayRead, type CaseService } from '../cases/index.js';
import { toVisit, Visit } from '../visits/index.js';
import { Staff, staffById } from '../org/index.js';
import { SatisfactionCheckRecordInput } from './satisfaction.input.js';
import { SATISFACTION_RECORDERS } from './satisfaction.rules.js';
import type { SatisfactionService } from './satisfaction.service.js';
import { SatisfactionCheck, SatisfactionCheckPayload, toSatisfactionCheck } from './satisfaction.types.js';

@Resolver(() => SatisfactionCheck)
export class SatisfactionCheckResolver {
  constructor(
    private readonly satisfaction: SatisfactionService,
    private readonly cases: CaseService,
  ) {}

  @Authorized(SATISFACTION_RECORDERS)
  @Mutation(() => SatisfactionCheckPayload, {
    description: 'R7, R8: record the beneficiary’s satisfaction at a revision or helper control that took place: a score from 1 to 5 per domain asked, free comments. Once per visit; by the social worker who made the visit or the relay & control social worker.',
  })
  satisfactionCheckRecord(@Arg('input', () => SatisfactionCheckRecordInput) input: SatisfactionCheckRecordInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<SatisfactionCheckPayload> {
    return payload(
      () => this.satisfaction.record({ ...input, visitId: inputId(input.visitId, 'Visit', 'visitId', 'UNKNOWN_VISIT', 'No visit you may see has this ID.') }, staff, ctx.now),
      (row) => ({ satisfactionCheck: toSatisfactionCheck(row) }),
      { satisfactionCheck: null },
    );
  }

  @FieldResolver(() => CaseFile, { nullable: true, description: 'The case file of the visit, as far as you may see it.' })
  async caseFile(@Root() s: SatisfactionCheck, @Ctx() ctx: Context): Promise<CaseFile | null> {
    const row = await ctx.loaders.caseFile.load(s.caseDbId);
    return row && this.cases.projectFor(ctx.viewer, row);
  }

  @FieldResolver(() => Visit, { nullable: true, description: 'The revision or helper control it was asked at.' })
  async visit(@Root() s: SatisfactionCheck, @Ctx() ctx: Context): Promise<Visit | null> {
    const v = (await ctx.loaders.visitsOfCase.load(s.caseDbId)).find((x) => x.id === s.visitDbId);
    return v ? toVisit(v) : null;
  }

  @FieldResolver(() => Staff, { description: 'Who recorded it.' })
  recordedBy(@Root() s: SatisfactionCheck, @Ctx() ctx: Context): Promise<Staff> {
    return staffById(ctx, s.recordedByDbId);
  }
}

@Resolver(() => Visit)
export class VisitSatisfactionResolver {
  constructor(private readonly cases: CaseService) {}

  @FieldResolver(() => SatisfactionCheck, { nullable: true, description: 'R7, R8: the beneficiary’s satisfaction asked at this visit, if recorded (R5: those who may read the case file’s visits).' })
  async satisfactionCheck(@Root() v: Visit, @Ctx() ctx: Context): Promise<SatisfactionCheck | null> {
    const row = await ctx.loaders.caseFile.load(v.caseDbId);
    const c = row && (await this.cases.projectFor(ctx.viewer, row));
    if (!c || !mayRead(c.access, 'visits')) return null;
    const [check] = await ctx.loaders.satisfactionChecksOfVisit.load(v.dbId);
    return check ? toSatisfactionCheck(check) : null;
  }
}

@Resolver(() => CaseFile)
export class CaseFileSatisfactionResolver {
  @FieldResolver(() => [SatisfactionCheck], { nullable: true, description: 'R7, R8: the beneficiary’s satisfaction checks, oldest first (R5: those who may read the visits).' })
  async satisfactionChecks(@Root() c: CaseFile, @Ctx() ctx: Context): Promise<SatisfactionCheck[] | null> {
    if (!mayRead(c.access, 'visits')) return null;
    return (await ctx.loaders.satisfactionChecksOfCase.load(c.dbId)).map(toSatisfactionCheck);
  }
}
