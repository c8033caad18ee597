// Weekly patterns over GraphQL: a pattern and its occurrences for any window, ending it from a day,
// taking one day out; and `ScheduleEntry.pattern`. R5: helpers read only their own, the kiosk none.
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { argId, inputId } from '../../graphql/ids.js';
import { DateTime } from '../../graphql/scalars.js';
import { payload } from '../../graphql/user-errors.js';
import { ALL_STAFF, CurrentStaff, type StaffViewer } from '../auth/index.js';
import { Staff, staffById } from '../org/index.js';
import type { PatternService } from './pattern.service.js';
import { SchedulePatternEndInput, SchedulePatternExceptionAddInput } from './pattern.input.js';
import { SchedulePattern, SchedulePatternChangePayload, SchedulePatternOccurrenceConnection } from './pattern.types.js';
import { SCHEDULERS } from './schedule.rules.js';
import { ScheduleEntry } from './schedule.types.js';
import type { StaffScheduleViewer } from './schedule.access.js';
import { scheduleViewerOf } from './schedule.viewer.js';

const patternIdOf = (id: string) => inputId(id, 'SchedulePattern', 'patternId', 'UNKNOWN_PATTERN');
const nothingChanged = () => ({ pattern: null, changes: [], cancelledCount: 0, conflictsOpened: [], conflictsResolved: [] });

@Resolver(() => SchedulePattern)
export class SchedulePatternResolver {
  constructor(private readonly patterns: PatternService) {}

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
    const id = argId(patternId, 'SchedulePattern', 'patternId');
    return this.patterns.occurrences(id, from, to, (await scheduleViewerOf(ctx)) as StaffScheduleViewer, first, after);
  }

  @Authorized(SCHEDULERS)
  @Mutation(() => SchedulePatternChangePayload, { description: 'End a weekly pattern from a day: its later visits are cancelled (each a recorded change) and conflicts rechecked.' })
  async schedulePatternEnd(@Arg('input', () => SchedulePatternEndInput) input: SchedulePatternEndInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<SchedulePatternChangePayload> {
    return payload(() => this.patterns.end({ ...input, patternId: patternIdOf(input.patternId) }, staff, ctx.now), (v) => v, nothingChanged());
  }

  @Authorized(SCHEDULERS)
  @Mutation(() => SchedulePatternChangePayload, { description: "Take one day out of a weekly pattern: that day's visit is cancelled (a recorded change) and conflicts rechecked." })
  async schedulePatternExceptionAdd(@Arg('input', () => SchedulePatternExceptionAddInput) input: SchedulePatternExceptionAddInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<SchedulePatternChangePayload> {
    return payload(() => this.patterns.exceptionAdd({ ...input, patternId: patternIdOf(input.patternId) }, staff, ctx.now), (v) => v, nothingChanged());
  }

  @FieldResolver(() => Staff)
  helper(@Root() p: SchedulePattern, @Ctx() ctx: Context): Promise<Staff> {
    return staffById(ctx, p.helperDbId);
  }
}

@Resolver(() => ScheduleEntry)
export class ScheduleEntryPatternResolver {
  constructor(private readonly patterns: PatternService) {}

  @FieldResolver(() => SchedulePattern, { nullable: true, description: 'The weekly pattern the visit comes from, if any.' })
  async pattern(@Root() e: ScheduleEntry, @Ctx() ctx: Context): Promise<SchedulePattern | null> {
    // Entries reach only staff (R5); the kiosk never reads an entry, so never its pattern.
    const v = await scheduleViewerOf(ctx);
    return e.patternDbId && v?.kind === 'STAFF' ? this.patterns.byId(e.patternDbId, v) : null;
  }
}
