// Relay's `node` and `nodes` roots: any object by its global ID, as far as the viewer may read it.
import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Node } from '../../graphql/relay.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { BOARD_READERS, viewerRole } from '../auth/viewer.js';
import { toAbsence, toBinome, toSector, toStaff } from '../org/org.mappers.js';
import { toAlert, toReplacement, toShift } from '../permanence/permanence.mappers.js';
import { PLANNING_READERS } from '../planning/index.js';

const viewerRoleOf = (ctx: Context) => (ctx.viewer ? viewerRole(ctx.viewer) : '');
import { scheduleNode } from '../schedules/index.js';

async function load(ctx: Context, globalId: string): Promise<Node | null> {
  const parsed = fromGlobalId(globalId);
  if (!parsed) return null;
  const { type, id } = parsed;
  const l = ctx.loaders;
  switch (type) {
    case 'Staff': {
      const r = await l.staff.load(id);
      return r && toStaff(r);
    }
    case 'Sector': {
      const r = await l.sector.load(id);
      return r && toSector(r);
    }
    case 'Binome': {
      const r = await l.binome.load(id);
      return r && toBinome(r);
    }
    case 'PermanenceShift': {
      const r = await l.shift.load(id);
      return r && toShift(r);
    }
    case 'PermanenceReplacement': {
      const r = await l.replacement.load(id);
      return r && toReplacement(r);
    }
    case 'Alert': {
      const r = await l.alert.load(id);
      return r && toAlert(r);
    }
    case 'Absence': {
      // Absences are not for the kiosk: the board shows their effect, not the people's leave.
      if (ctx.viewer?.kind !== 'STAFF') return null;
      const r = await ctx.services.org.absenceById(id);
      return r ? toAbsence(r) : null;
    }
    case 'CaseFile':
      // R5: the same projection as every other path; null when the case is not the viewer's to see.
      return ctx.services.cases.byGlobalId(globalId, ctx.viewer);
    case 'Beneficiary':
      return ctx.services.cases.beneficiaryByGlobalId(globalId, ctx.viewer);
    case 'AidPlanVersion':
      return ctx.services.aidPlans.byGlobalId(globalId, ctx.viewer, ctx.now);
    case 'Visit':
    case 'FileCheck':
    case 'AidDecision':
      return ctx.services.visits.byGlobalId(globalId, ctx.viewer);
    case 'IncomeFollowUp':
      return ctx.services.income.byGlobalId(globalId, ctx.viewer);
    case 'Planning':
    case 'PlanningRequest':
    case 'PlanningItem':
      // The planning is for the social roles and direction, not for helpers or the kiosk.
      return PLANNING_READERS.includes(viewerRoleOf(ctx)) ? ctx.services.planning.byDbId(type, id) : null;
    case 'FlyingAssignment':
      return PLANNING_READERS.includes(viewerRoleOf(ctx)) ? ctx.services.flyingAssignments.byDbId(id) : null;
    case 'ScheduleEntry':
    case 'ScheduleChange':
    case 'ScheduleConflict':
    case 'SchedulePattern':
    case 'LeaveRequest':
      return scheduleNode(ctx, type, id);
    case 'TeamRecord':
      // R5: as teamRecords reads them; never the kiosk.
      return ctx.viewer?.kind === 'STAFF' ? ctx.services.team.byId(id, ctx.viewer) : null;
    default:
      return null;
  }
}

@Resolver()
export class NodeResolver {
  @Authorized(BOARD_READERS)
  @Query(() => Node, { nullable: true })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Node | null> {
    return load(ctx, id);
  }

  @Authorized(BOARD_READERS)
  @Query(() => [Node], { nullable: 'items' })
  nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<(Node | null)[]> {
    if (ids.length > 100) throw new Error('at most 100 ids');
    return Promise.all(ids.map((id) => load(ctx, id)));
  }
}
