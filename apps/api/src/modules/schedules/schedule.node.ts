// `node(id:)` for schedule entries, patterns, changes and conflicts. R5: a helper reads only their own;
// the kiosk reads changes and conflicts (board data), never entries or patterns by ID.
import type { Context } from '../../graphql/context.js';
import type { Node } from '../../graphql/relay.js';
import { toLeave } from './leave.types.js';
import { isHelper } from './schedule.rules.js';
import { toChange, toConflict, toEntry } from './schedule.types.js';

export async function scheduleNode(ctx: Context, type: 'ScheduleEntry' | 'ScheduleChange' | 'ScheduleConflict' | 'SchedulePattern' | 'LeaveRequest', id: string): Promise<Node | null> {
  const v = ctx.viewer;
  if (!v) return null;
  const own = v.kind === 'STAFF' && isHelper(v.role) ? v.staffId : null;
  if (type === 'ScheduleEntry') {
    if (v.kind !== 'STAFF') return null;
    const row = await ctx.loaders.scheduleEntry.load(id);
    return row && (!own || row.helperId === own) ? toEntry(row) : null;
  }
  if (type === 'SchedulePattern') {
    return v.kind === 'STAFF' ? ctx.services.patterns.byId(id, v) : null;
  }
  if (type === 'LeaveRequest') {
    if (v.kind !== 'STAFF') return null;
    const [row] = await ctx.services.leave.byIds([id]);
    return row && (!own || row.helperId === own) ? toLeave(row) : null;
  }
  if (type === 'ScheduleChange') {
    const [row] = await ctx.services.schedules.changesByIds([id]);
    return row && (!own || row.before.helperId === own || row.after.helperId === own) ? toChange(row) : null;
  }
  const [row] = await ctx.services.conflicts.byIds([id]);
  return row && (!own || row.helperId === own) ? toConflict(row) : null;
}
