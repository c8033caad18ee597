// The viewer as schedule access needs them (schedule.access.ts), once per request or per event: a
// sector's social worker also carries the sectors she is the one to call for right now (R14).
import type { Context } from '../../graphql/context.js';
import type { ScheduleViewer } from './schedule.access.js';

const built = new WeakMap<Context, Promise<ScheduleViewer | null>>();

export function scheduleViewerOf(ctx: Context): Promise<ScheduleViewer | null> {
  let v = built.get(ctx);
  if (!v) {
    v = build(ctx);
    built.set(ctx, v);
  }
  return v;
}

/** A subscription's context lives long: each event asks again (the permanence may have changed hands). */
export function forgetScheduleViewer(ctx: Context): void {
  built.delete(ctx);
}

async function build(ctx: Context): Promise<ScheduleViewer | null> {
  const v = ctx.viewer;
  if (v?.kind !== 'STAFF' || v.role !== 'SOCIAL_WORKER') return v;
  // The clock, not ctx.now: a subscription's context was built when it started.
  const at = ctx.services.clock();
  const others = (await ctx.services.org.sectors()).filter((s) => s.id !== v.sectorId);
  const answers = await Promise.all(others.map((s) => ctx.services.permanence.whoToCallFor(s.id, at)));
  return { ...v, coveringSectorIds: answers.filter((a) => a.staffDbId === v.staffId).map((a) => a.sectorDbId) };
}
