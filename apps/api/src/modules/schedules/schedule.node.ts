// `node(id:)` for schedule entries, patterns, changes, conflicts and leave requests, through the same
// R5 projections as the lists (schedule.access.ts): the kiosk reads changes and conflicts as the board
// shows them, never entries, patterns or leave.
import type { Context } from '../../graphql/context.js';
import type { NodeTypes } from '../../graphql/node-registry.js';
import type { Node } from '../../graphql/relay.js';
import { toLeave } from './leave.types.js';
import { mayReadLeave } from './schedule.access.js';
import { projectChange, projectConflict, projectEntry } from './schedule.projection.js';
import { scheduleViewerOf } from './schedule.viewer.js';

export async function scheduleNode(ctx: Context, type: 'ScheduleEntry' | 'ScheduleChange' | 'ScheduleConflict' | 'SchedulePattern' | 'LeaveRequest', id: string): Promise<Node | null> {
  const v = await scheduleViewerOf(ctx);
  if (!v) return null;
  if (type === 'ScheduleEntry') {
    const row = await ctx.loaders.scheduleEntry.load(id);
    return row && projectEntry(v, row);
  }
  if (type === 'SchedulePattern') {
    return v.kind === 'STAFF' ? ctx.services.patterns.byId(id, v) : null;
  }
  if (type === 'LeaveRequest') {
    if (v.kind !== 'STAFF') return null;
    const [row] = await ctx.services.leave.byIds([id]);
    const helper = row && (await ctx.loaders.staff.load(row.helperId));
    return row && helper && mayReadLeave(v, { helperId: row.helperId, sectorId: helper.sectorId }) ? toLeave(row) : null;
  }
  if (type === 'ScheduleChange') {
    const [row] = await ctx.services.schedules.changesByIds([id]);
    return row && projectChange(v, row);
  }
  const [row] = await ctx.services.conflicts.byIds([id]);
  return row && projectConflict(v, row);
}

const SCHEDULE_NODE_TYPES = ['ScheduleEntry', 'ScheduleChange', 'ScheduleConflict', 'SchedulePattern', 'LeaveRequest'] as const;

/** The schedules module's node types, for the registry (composition/nodes.ts). */
export const scheduleNodes: NodeTypes = Object.fromEntries(SCHEDULE_NODE_TYPES.map((type) => [type, (ctx: Context, id: string) => scheduleNode(ctx, type, id)]));
