// The monthly planning over GraphQL: requests (R6, R15), generation, adjustments and fixing,
// reading and reporting quota use per month and sector (R7, R8).
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { inputId, inputIdOrNull } from '../../graphql/ids.js';
import { payload } from '../../graphql/user-errors.js';
import { CurrentStaff, DIRECTION, type StaffViewer } from '../auth/index.js';
import { CaseFile, projectCase, type CaseService } from '../cases/index.js';
import { toVisit, Visit } from '../visits/index.js';
import { Sector, Staff, staffOrNull } from '../org/index.js';
import { FlyingAssignment } from './flying-assignment.types.js';
import { PlanningFixInput, PlanningGenerateInput, PlanningItemMoveInput, PlanningItemRemoveInput, PlanningRequestCreateInput, PlanningRequestWithdrawInput } from './planning.input.js';
import { toRequest } from './planning.mappers.js';
import { Planning, PlanningChange, PlanningItem, PlanningPayload, PlanningReport, PlanningRequest, PlanningRequestPayload, SectorQuotaUse, UnplacedRequest } from './planning.types.js';
import { sectorOf } from './planning.fields.js';
import { PLANNING_READERS, REQUESTERS } from './planning.access.js';
import type { PlanningService } from './planning.service.js';

// Global IDs decoded at the boundary, each unknown one with its own code (UNKNOWN_CASE_FILE, UNKNOWN_PLANNING_ITEM…).
const id = (globalId: string, type: 'CaseFile' | 'Staff' | 'Sector' | 'Planning' | 'PlanningRequest' | 'PlanningItem', field: string) =>
  inputId(globalId, type, field, `UNKNOWN_${type.replace(/[A-Z]/g, (c, i) => (i ? '_' : '') + c).toUpperCase()}`);
const idOrNull = (globalId: string | null | undefined, type: 'CaseFile' | 'Staff' | 'Sector', field: string) => (globalId ? id(globalId, type, field) : null);

/** Who the case files' viewer is (R5), from the cases core. */
type CaseViewers = Pick<CaseService, 'caseViewer'>;

async function caseOrNull(cases: CaseViewers, ctx: Context, id: string | null): Promise<CaseFile | null> {
  const row = id ? await ctx.loaders.caseFile.load(id) : null;
  // R5: the case file comes through the same projection as every other path.
  return row && projectCase(await cases.caseViewer(ctx.viewer), row);
}

const planningPayload = (run: () => Promise<Planning>): Promise<PlanningPayload> => payload(run, (planning) => ({ planning }), { planning: null });

@Resolver(() => Planning)
export class PlanningResolver {
  constructor(private readonly planning: PlanningService) {}

  @Authorized(REQUESTERS)
  @Mutation(() => PlanningRequestPayload, { description: 'R6, R15: ask the flying social worker for next month.' })
  async planningRequestCreate(@Arg('input', () => PlanningRequestCreateInput) input: PlanningRequestCreateInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<PlanningRequestPayload> {
    return payload(
      () => this.planning.request({ ...input, caseFileId: idOrNull(input.caseFileId, 'CaseFile', 'caseFileId'), helperId: idOrNull(input.helperId, 'Staff', 'helperId'), sectorId: idOrNull(input.sectorId, 'Sector', 'sectorId') }, staff, ctx.now),
      (request) => ({ request }), { request: null });
  }

  @Authorized(REQUESTERS)
  @Mutation(() => PlanningRequestPayload, { description: 'Withdraw a request (who asked, or direction).' })
  async planningRequestWithdraw(@Arg('input', () => PlanningRequestWithdrawInput) input: PlanningRequestWithdrawInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<PlanningRequestPayload> {
    return payload(() => this.planning.withdraw(id(input.requestId, 'PlanningRequest', 'requestId'), staff, ctx.now), (request) => ({ request }), { request: null });
  }

  @Authorized(DIRECTION)
  @Mutation(() => PlanningPayload, { description: 'R7–R9: generate (or regenerate, while a draft) the proposal for a month.' })
  async planningGenerate(@Arg('input', () => PlanningGenerateInput) input: PlanningGenerateInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<PlanningPayload> {
    return planningPayload(() => this.planning.generate({ ...input, flyingWorkerId: idOrNull(input.flyingWorkerId, 'Staff', 'flyingWorkerId') }, staff, ctx.now));
  }

  @Authorized(DIRECTION)
  @Mutation(() => PlanningPayload, { description: 'Move an item; once fixed, with a reason, recorded.' })
  async planningItemMove(@Arg('input', () => PlanningItemMoveInput) input: PlanningItemMoveInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<PlanningPayload> {
    return planningPayload(() => this.planning.adjust({ ...input, itemId: id(input.itemId, 'PlanningItem', 'itemId') }, staff, ctx.now));
  }

  @Authorized(DIRECTION)
  @Mutation(() => PlanningPayload, { description: 'Remove an item; once fixed, with a reason, recorded.' })
  async planningItemRemove(@Arg('input', () => PlanningItemRemoveInput) input: PlanningItemRemoveInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<PlanningPayload> {
    return planningPayload(() => this.planning.adjust({ ...input, itemId: id(input.itemId, 'PlanningItem', 'itemId') }, staff, ctx.now));
  }

  @Authorized(DIRECTION)
  @Mutation(() => PlanningPayload, { description: 'The social pole head fixes the month: its visits enter the case files.' })
  async planningFix(@Arg('input', () => PlanningFixInput) input: PlanningFixInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<PlanningPayload> {
    return planningPayload(() => this.planning.fix(id(input.planningId, 'Planning', 'planningId'), staff, ctx.now));
  }

  @Authorized(PLANNING_READERS)
  @Query(() => [PlanningRequest], { description: 'Requests for a month, oldest first.' })
  planningRequests(@Arg('month', () => String) month: string) {
    return this.planning.requestsOfMonth(month);
  }

  @Authorized(PLANNING_READERS)
  @Query(() => [Planning], { description: "The flying social worker's planning for a month (one per flying worker)." })
  plannings(@Arg('month', () => String) month: string, @Ctx() ctx: Context) {
    return this.planning.ofMonth(month, ctx.reads);
  }

  @Authorized(PLANNING_READERS)
  @Query(() => PlanningReport, { description: 'Reporting: planning and quota use (R7, R8) per month and sector.' })
  planningReport(@Arg('month', () => String) month: string, @Ctx() ctx: Context) {
    return this.planning.report(month, ctx.reads);
  }

  @FieldResolver(() => Staff)
  async flyingWorker(@Root() p: Planning, @Ctx() ctx: Context) {
    const s = await staffOrNull(ctx, p.flyingWorkerDbId);
    if (!s) throw new Error('planning without flying worker');
    return s;
  }

  @FieldResolver(() => Staff, { nullable: true })
  fixedBy(@Root() p: Planning, @Ctx() ctx: Context) {
    return staffOrNull(ctx, p.fixedByDbId);
  }
}

@Resolver(() => PlanningRequest)
export class PlanningRequestResolver {
  constructor(private readonly cases: CaseViewers) {}

  @FieldResolver(() => Sector)
  sector(@Root() r: PlanningRequest, @Ctx() ctx: Context) {
    return sectorOf(ctx, r.sectorDbId);
  }

  @FieldResolver(() => CaseFile, { nullable: true, description: 'As far as you may see it (R5).' })
  caseFile(@Root() r: PlanningRequest, @Ctx() ctx: Context) {
    return caseOrNull(this.cases, ctx, r.caseDbId);
  }

  @FieldResolver(() => Staff, { nullable: true })
  helper(@Root() r: PlanningRequest, @Ctx() ctx: Context) {
    return staffOrNull(ctx, r.helperDbId);
  }

  @FieldResolver(() => Staff, { nullable: true })
  requestedBy(@Root() r: PlanningRequest, @Ctx() ctx: Context) {
    return staffOrNull(ctx, r.requestedByDbId);
  }
}

@Resolver(() => PlanningItem)
export class PlanningItemResolver {
  constructor(private readonly cases: CaseViewers) {}

  @FieldResolver(() => Sector)
  sector(@Root() i: PlanningItem, @Ctx() ctx: Context) {
    return sectorOf(ctx, i.sectorDbId);
  }

  @FieldResolver(() => CaseFile, { nullable: true, description: 'As far as you may see it (R5).' })
  caseFile(@Root() i: PlanningItem, @Ctx() ctx: Context) {
    return caseOrNull(this.cases, ctx, i.caseDbId);
  }

  @FieldResolver(() => PlanningRequest)
  async request(@Root() i: PlanningItem, @Ctx() ctx: Context) {
    const row = await ctx.loaders.planningRequest.load(i.requestDbId);
    if (!row) throw new Error('item without request');
    return toRequest(row);
  }

  @FieldResolver(() => Visit, { nullable: true, description: 'The visit the item became when the planning was fixed.' })
  async visit(@Root() i: PlanningItem, @Ctx() ctx: Context) {
    const c = await caseOrNull(this.cases, ctx, i.caseDbId);
    if (!i.visitDbId || !c) return null;
    const visits = await ctx.loaders.visitsOfCase.load(c.dbId);
    const v = visits.find((x) => x.id === i.visitDbId);
    return v ? toVisit(v) : null;
  }

  @FieldResolver(() => FlyingAssignment, { nullable: true, description: 'R11: the replacement that suspends this item.' })
  suspendedBy(@Root() i: PlanningItem, @Ctx() ctx: Context) {
    return i.suspendedByDbId ? ctx.loaders.flyingAssignment.load(i.suspendedByDbId) : null;
  }
}

@Resolver(() => UnplacedRequest)
export class UnplacedRequestResolver {
  @FieldResolver(() => PlanningRequest)
  async request(@Root() u: UnplacedRequest, @Ctx() ctx: Context) {
    const row = await ctx.loaders.planningRequest.load(u.requestDbId);
    if (!row) throw new Error('unplaced request missing');
    return toRequest(row);
  }
}

@Resolver(() => PlanningChange)
export class PlanningChangeResolver {
  @FieldResolver(() => Staff)
  async by(@Root() c: PlanningChange, @Ctx() ctx: Context) {
    const s = await staffOrNull(ctx, c.byDbId);
    if (!s) throw new Error('change without author');
    return s;
  }
}

@Resolver(() => SectorQuotaUse)
export class SectorQuotaUseResolver {
  @FieldResolver(() => Sector)
  sector(@Root() q: SectorQuotaUse, @Ctx() ctx: Context) {
    return sectorOf(ctx, q.sectorDbId);
  }
}
