// Weekly patterns over GraphQL: a pattern and its occurrences for any window, ending it from a day,
// taking one day out; and `ScheduleEntry.pattern`. R5: helpers read only their own, the kiosk none.
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DateTime } from '../../graphql/scalars.js';
import { payload } from '../../graphql/user-errors.js';
import { CurrentStaff } from '../auth/current-staff.js';
import { ALL_STAFF, type StaffViewer } from '../auth/viewer.js';
import { toStaff } from '../org/org.mappers.js';
import { Staff } from '../org/org.types.js';
import { SchedulePatternEndInput, SchedulePatternExceptionAddInput } from './pattern.input.js';
import { SchedulePattern, SchedulePatternChangePayload, SchedulePatternOccurrenceConnection } from './pattern.types.js';
import { SCHEDULERS } from './schedule.rules.js';
import { ScheduleEntry } from './schedule.types.js';
import type { StaffScheduleViewer } from './schedule.access.js';
import { scheduleViewerOf } from './schedule.viewer.js';

const nothingChanged = () => ({ pattern: null, changes: [], cancelledCount: 0, conflictsOpened: [], conflictsResolved: [] });

@Resolver(() => SchedulePattern)
export class SchedulePatternResolver {
  @Authorized(ALL_STAFF)
  @Query(() => SchedulePatternOccurrenceConnection, { description: "A pattern's visits overlapping [from, to) as its rule gives them (at most two years). R5: helpers read only their own patterns." })
  async schedulePatternOccurrences(
    @Arg('patternId', () => String) patternId: string,
    @Arg('from', () => DateTime) from: Date,
    @Arg('to', () => DateTime) to: Date,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @CurrentStaff() _staff: StaffViewer,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.patterns.occurrences(patternId, from, to, (await scheduleViewerOf(ctx)) as StaffScheduleViewer, first, after);
  }

  @Authorized(SCHEDULERS)
  @Mutation(() => SchedulePatternChangePayload, { description: 'End a weekly pattern from a day: its later visits are cancelled (each a recorded change) and conflicts rechecked.' })
  async schedulePatternEnd(@Arg('input', () => SchedulePatternEndInput) input: SchedulePatternEndInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<SchedulePatternChangePayload> {
    return payload(() => ctx.services.patterns.end(input, staff, ctx.now), (v) => v, nothingChanged());
  }

  @Authorized(SCHEDULERS)
  @Mutation(() => SchedulePatternChangePayload, { description: "Take one day out of a weekly pattern: that day's visit is cancelled (a recorded change) and conflicts rechecked." })
  async schedulePatternExceptionAdd(@Arg('input', () => SchedulePatternExceptionAddInput) input: SchedulePatternExceptionAddInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<SchedulePatternChangePayload> {
    return payload(() => ctx.services.patterns.exceptionAdd(input, staff, ctx.now), (v) => v, nothingChanged());
  }

  @FieldResolver(() => Staff)
  async helper(@Root() p: SchedulePattern, @Ctx() ctx: Context): Promise<Staff> {
    const row = await ctx.loaders.staff.load(p.helperDbId);
    if (!row) throw new Error('pattern without helper');
    return toStaff(row);
  }
}

@Resolver(() => ScheduleEntry)
export class ScheduleEntryPatternResolver {
  @FieldResolver(() => SchedulePattern, { nullable: true, description: 'The weekly pattern the visit comes from, if any.' })
  async pattern(@Root() e: ScheduleEntry, @Ctx() ctx: Context): Promise<SchedulePattern | null> {
    // Entries reach only staff (R5); the kiosk never reads an entry, so never its pattern.
    const v = await scheduleViewerOf(ctx);
    return e.patternDbId && v?.kind === 'STAFF' ? ctx.services.patterns.byId(e.patternDbId, v) : null;
  }
}
