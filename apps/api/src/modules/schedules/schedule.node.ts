// `node(id:)` for schedule entries, patterns, changes, conflicts and leave requests, through the same
// R5 projections as the lists (schedule.access.ts): the kiosk reads changes and conflicts as the board
// shows them, never entries, patterns or leave.
import type { Context } from '../../graphql/context.js';
import type { NodeTypes } from '../../graphql/node-registry.js';
import type { Node } from '../../graphql/relay.js';
import type { ConflictService } from './conflict.service.js';
import type { LeaveService } from './leave.service.js';
import { toLeave } from './leave.types.js';
import type { PatternService } from './pattern.service.js';
import { mayReadLeave } from './schedule.access.js';
import { projectChange, projectConflict, projectEntry } from './schedule.projection.js';
import type { ScheduleService } from './schedule.service.js';
import { scheduleViewerOf } from './schedule.viewer.js';

const SCHEDULE_NODE_TYPES = ['ScheduleEntry', 'ScheduleChange', 'ScheduleConflict', 'SchedulePattern', 'LeaveRequest'] as const;

type NodeServices = { schedules: Pick<ScheduleService, 'changesByIds'>; patterns: Pick<PatternService, 'byId'>; conflicts: Pick<ConflictService, 'byIds'>; leave: Pick<LeaveService, 'byIds'> };

async function scheduleNode(s: NodeServices, ctx: Context, type: (typeof SCHEDULE_NODE_TYPES)[number], id: string): Promise<Node | null> {
  const v = await scheduleViewerOf(ctx);
  if (!v) return null;
  if (type === 'ScheduleEntry') {
    const row = await ctx.loaders.scheduleEntry.load(id);
    return row && projectEntry(v, row);
  }
  if (type === 'SchedulePattern') {
    return v.kind === 'STAFF' ? s.patterns.byId(id, v) : null;
  }
  if (type === 'LeaveRequest') {
    if (v.kind !== 'STAFF') return null;
    const [row] = await s.leave.byIds([id]);
    const helper = row && (await ctx.loaders.staff.load(row.helperId));
    return row && helper && mayReadLeave(v, { helperId: row.helperId, sectorId: helper.sectorId }) ? toLeave(row) : null;
  }
  if (type === 'ScheduleChange') {
    const [row] = await s.schedules.changesByIds([id]);
    return row && projectChange(v, row);
  }
  const [row] = await s.conflicts.byIds([id]);
  return row && projectConflict(v, row);
}

/** The schedules module's node types, for the registry (composition/nodes.ts). */
export function scheduleNodes(services: NodeServices): NodeTypes {
  return Object.fromEntries(SCHEDULE_NODE_TYPES.map((type) => [type, (ctx: Context, id: string) => scheduleNode(services, ctx, type, id)]));
}
