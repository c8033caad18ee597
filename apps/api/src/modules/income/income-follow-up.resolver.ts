// The relay social worker's follow-up over GraphQL: the case file, visit or file check it came from,
// and who ended it. The case file comes through the R5 projection like everywhere else.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { CaseFile, type CaseService } from '../cases/index.js';
import { FileCheck, toFileCheck, toVisit, Visit } from '../visits/index.js';
import { Staff, toStaff } from '../org/index.js';
import { IncomeFollowUp } from './income.types.js';

@Resolver(() => IncomeFollowUp)
export class IncomeFollowUpResolver {
  constructor(private readonly cases: CaseService) {}

  @FieldResolver(() => CaseFile, { nullable: true, description: 'The case file to follow up, as far as you may see it.' })
  async caseFile(@Root() f: IncomeFollowUp, @Ctx() ctx: Context): Promise<CaseFile | null> {
    const row = await ctx.loaders.caseFile.load(f.caseDbId);
    return row && this.cases.projectFor(ctx.viewer, row);
  }

  @FieldResolver(() => Visit, { nullable: true, description: 'The visit after which the proofs were missing.' })
  async visit(@Root() f: IncomeFollowUp, @Ctx() ctx: Context): Promise<Visit | null> {
    if (!f.visitDbId) return null;
    const v = (await ctx.loaders.visitsOfCase.load(f.caseDbId)).find((x) => x.id === f.visitDbId);
    return v ? toVisit(v) : null;
  }

  @FieldResolver(() => FileCheck, { nullable: true, description: 'The file check that found the participation not in order.' })
  async fileCheck(@Root() f: IncomeFollowUp, @Ctx() ctx: Context): Promise<FileCheck | null> {
    if (!f.fileCheckDbId) return null;
    const check = (await ctx.loaders.fileChecksOfCase.load(f.caseDbId)).find((x) => x.id === f.fileCheckDbId);
    return check ? toFileCheck(check) : null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who recorded the proof that ended the follow-up.' })
  async closedBy(@Root() f: IncomeFollowUp, @Ctx() ctx: Context): Promise<Staff | null> {
    const row = f.closedByDbId ? await ctx.loaders.staff.load(f.closedByDbId) : null;
    return row && toStaff(row);
  }
}
