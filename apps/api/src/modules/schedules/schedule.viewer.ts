// The viewer as schedule access needs them (schedule.access.ts): a sector's social worker also carries
// the sectors she is the one to call for right now (R14). Built once per request; a subscription's
// context lives long, so it is built again when older than REFRESH_MS (the permanence changes hands).
import type { Context } from '../../graphql/context.js';
import type { ScheduleViewer } from './schedule.access.js';

// Short enough to follow a change of permanence holder, long enough that a burst of events (a month's
// recheck) does not ask who-to-call for every sector at each event.
const REFRESH_MS = 30_000;
const built = new WeakMap<Context, { until: number; viewer: Promise<ScheduleViewer | null> }>();

export function scheduleViewerOf(ctx: Context): Promise<ScheduleViewer | null> {
  const now = ctx.clock().getTime();
  const known = built.get(ctx);
  if (known && now < known.until) return known.viewer;
  const viewer = build(ctx);
  built.set(ctx, { until: now + REFRESH_MS, viewer });
  return viewer;
}

async function build(ctx: Context): Promise<ScheduleViewer | null> {
  const v = ctx.viewer;
  if (v?.kind === 'REPORTING') return null; // reads the reports only
  if (v?.kind !== 'STAFF' || v.role !== 'SOCIAL_WORKER') return v;
  // The clock, not ctx.now: a subscription's context was built when it started.
  const answers = await ctx.loaders.whoToCallEverywhere.load(ctx.clock().toISOString());
  return { ...v, coveringSectorIds: answers.filter((a) => a.sectorDbId !== v.sectorId && a.staffDbId === v.staffId).map((a) => a.sectorDbId) };
}
