// Schedules over GraphQL: entries, same-day changes, their preview, conflicts and acknowledgements.
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { argIdOrNull, inputId } from '../../graphql/ids.js';
import { DateTime } from '../../graphql/scalars.js';
import { primed } from '../../graphql/read-along.js';
import { payload } from '../../graphql/user-errors.js';
import { ALL_STAFF, BOARD_READERS, CurrentStaff, DIRECTION, staffOnly, type StaffViewer } from '../auth/index.js';
import { Sector, Staff, staffOrNull } from '../org/index.js';
import type { ConflictService } from './conflict.service.js';
import type { ScheduleService } from './schedule.service.js';
import { ScheduleConflictAcknowledgeInput, ScheduleConflictsRecheckInput, ScheduleEntryChangeInput, ScheduleEntryCreateInput } from './schedule.input.js';

const helperIdOf = (id: string) => inputId(id, 'Staff', 'helperId', 'NOT_A_HELPER');
const changeDraft = (input: ScheduleEntryChangeInput) => ({
  ...input,
  entryId: inputId(input.entryId, 'ScheduleEntry', 'entryId', 'UNKNOWN_ENTRY'),
  helperId: input.helperId ? helperIdOf(input.helperId) : null,
});
const sectorArg = (id: string | null) => argIdOrNull(id, 'Sector', 'sectorId');
import type { StaffScheduleViewer } from './schedule.access.js';
import { mayAcknowledgeConflict, SCHEDULERS } from './schedule.rules.js';
import { ScheduleChangePreviewPayload, ScheduleConflictAcknowledgePayload, ScheduleConflictsRecheckPayload, ScheduleEntryChangePayload, ScheduleEntryCreatePayload } from './schedule.payloads.js';
import { ScheduleChange, ScheduleChangeConnection, ScheduleConflict, ScheduleConflictConnection, ScheduleEntry, ScheduleEntryConnection, ScheduleEntryState } from './schedule.types.js';
import { projectAll, projectEntry } from './schedule.projection.js';
import { sectorOrNull } from './schedule.fields.js';
import { scheduleViewerOf } from './schedule.viewer.js';

@Resolver(() => ScheduleEntry)
export class ScheduleEntryResolver {
  constructor(private readonly schedules: ScheduleService) {}

  @Authorized(SCHEDULERS)
  @Mutation(() => ScheduleEntryCreatePayload, { description: 'Schedule a helper at a home: one visit, or a weekly recurrence expanded into visits.' })
  async scheduleEntryCreate(@Arg('input', () => ScheduleEntryCreateInput) input: ScheduleEntryCreateInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<ScheduleEntryCreatePayload> {
    return payload(() => this.schedules.create({ ...input, helperId: helperIdOf(input.helperId), caseFileId: inputId(input.caseFileId, 'CaseFile', 'caseFileId', 'UNKNOWN_CASE_FILE') }, staff, ctx.now), (v) => v, { entries: [], entryCount: 0, conflictsOpened: [] });
  }

  @Authorized(SCHEDULERS)
  @Mutation(() => ScheduleEntryChangePayload, { description: 'Cancel, move, reassign or shorten a visit, saying why; the conflicts it opens and resolves come back.' })
  async scheduleEntryChange(@Arg('input', () => ScheduleEntryChangeInput) input: ScheduleEntryChangeInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<ScheduleEntryChangePayload> {
    return payload(() => this.schedules.change(changeDraft(input), staff, ctx.now), (v) => v, { entry: null, change: null, conflictsOpened: [], conflictsResolved: [] });
  }

  @Authorized(SCHEDULERS)
  @Mutation(() => ScheduleChangePreviewPayload, { description: 'Check a change before making it: the conflicts it would open or resolve. Nothing is saved.' })
  async scheduleChangePreview(@Arg('input', () => ScheduleEntryChangeInput) input: ScheduleEntryChangeInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<ScheduleChangePreviewPayload> {
    return payload(() => this.schedules.preview(changeDraft(input), staff, ctx.now), (v) => v, { wouldOpen: [], wouldResolve: [] });
  }

  @Authorized(ALL_STAFF)
  @Query(() => ScheduleEntryConnection, { description: "A helper's or a sector's visits overlapping [from, to). R5: helpers read only their own; a social worker or trainee her sector's (and, a social worker, those she is the one to call for now); the flying and relay social workers and direction all; the telephonist none. A `helperId` or `sectorId` whose visits you may not read is FORBIDDEN naming it (`extensions.field`). `to` after `from`, at most 62 days later (else BAD_USER_INPUT naming `to`)." })
  async scheduleEntries(
    @Arg('helperId', () => String, { nullable: true }) helperId: string | null,
    @Arg('sectorId', () => String, { nullable: true }) sectorId: string | null,
    @Arg('from', () => DateTime) from: Date,
    @Arg('to', () => DateTime) to: Date,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @CurrentStaff() _staff: StaffViewer,
    @Ctx() ctx: Context,
  ) {
    const helper = argIdOrNull(helperId, 'Staff', 'helperId');
    return this.schedules.entries({ helperId: helper, sectorId: sectorArg(sectorId), from, to, first, after }, (await scheduleViewerOf(ctx)) as StaffScheduleViewer);
  }

  @FieldResolver(() => Staff)
  async helper(@Root() e: ScheduleEntry, @Ctx() ctx: Context): Promise<Staff> {
    const s = await staffOrNull(ctx, e.helperDbId);
    if (!s) throw new Error('entry without helper');
    return s;
  }

  @FieldResolver(() => Sector, { nullable: true })
  sector(@Root() e: ScheduleEntry, @Ctx() ctx: Context): Promise<Sector | null> {
    return sectorOrNull(ctx, e.sectorDbId);
  }
}

@Resolver(() => ScheduleChange)
export class ScheduleChangeResolver {
  constructor(private readonly schedules: ScheduleService) {}

  @Authorized(BOARD_READERS)
  @Query(() => ScheduleChangeConnection, { description: "A sector's (or, without `sectorId`, the service's) schedule changes of a day (YYYY-MM-DD, Brussels), newest first. R5: outside the sectors one plans, as the board shows them (no note, no visit); a helper only those of their own visits." })
  async scheduleChanges(
    @Arg('sectorId', () => String, { nullable: true }) sectorId: string | null,
    @Arg('day', () => String) day: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return primed(ctx, await this.schedules.changes(sectorArg(sectorId), day, await scheduleViewerOf(ctx), first, after));
  }

  @FieldResolver(() => ScheduleEntry, { nullable: true, description: 'The visit as it is now; null for those who may not read it (R5: the kiosk, the telephonist, other sectors).' })
  async entry(@Root() c: ScheduleChange, @Ctx() ctx: Context): Promise<ScheduleEntry | null> {
    const row = await ctx.loaders.scheduleEntry.load(c.entryDbId);
    if (!row) throw new Error('change without entry');
    return projectEntry(await scheduleViewerOf(ctx), row);
  }

  @FieldResolver(() => Sector, { nullable: true })
  sector(@Root() c: ScheduleChange, @Ctx() ctx: Context): Promise<Sector | null> {
    return sectorOrNull(ctx, c.sectorDbId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who made the change.' })
  by(@Root() c: ScheduleChange, @Ctx() ctx: Context) {
    return staffOrNull(ctx, c.byDbId);
  }
}

@Resolver(() => ScheduleEntryState)
export class ScheduleEntryStateResolver {
  @FieldResolver(() => Staff, { nullable: true })
  helper(@Root() s: ScheduleEntryState, @Ctx() ctx: Context) {
    return staffOrNull(ctx, s.helperDbId);
  }
}

@Resolver(() => ScheduleConflict)
export class ScheduleConflictResolver {
  constructor(private readonly conflicts: ConflictService) {}

  @Authorized(BOARD_READERS)
  @Query(() => ScheduleConflictConnection, { description: 'Schedule conflicts, most severe first; `open` (default) lists those still standing. R5: outside the sectors one plans, without case files, visits or notes; a helper only their own.' })
  async scheduleConflicts(
    @Arg('sectorId', () => String, { nullable: true }) sectorId: string | null,
    @Arg('open', () => Boolean, { nullable: true, defaultValue: true }) open: boolean | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return primed(ctx, await this.conflicts.list({ sectorId: sectorArg(sectorId), open, first, after }, await scheduleViewerOf(ctx)));
  }

  @Authorized(SCHEDULERS)
  @Mutation(() => ScheduleConflictAcknowledgePayload, { description: 'Acknowledge an open conflict with a note; it stays open until its cause goes.' })
  async scheduleConflictAcknowledge(@Arg('input', () => ScheduleConflictAcknowledgeInput) input: ScheduleConflictAcknowledgeInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<ScheduleConflictAcknowledgePayload> {
    const conflictId = () => inputId(input.conflictId, 'ScheduleConflict', 'conflictId', 'UNKNOWN_CONFLICT');
    return payload(() => this.conflicts.acknowledge({ conflictId: conflictId(), note: input.note }, staff, ctx.now), (conflict) => ({ conflict }), { conflict: null });
  }

  @Authorized(['RELAY_CONTROL_SOCIAL_WORKER', ...DIRECTION])
  @Mutation(() => ScheduleConflictsRecheckPayload, { description: 'Recheck every schedule of a span (at most 62 days), e.g. after an import.' })
  async scheduleConflictsRecheck(@Arg('input', () => ScheduleConflictsRecheckInput) input: ScheduleConflictsRecheckInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<ScheduleConflictsRecheckPayload> {
    return payload(() => this.conflicts.recheck(input, staff.staffId, ctx.now), (v) => v, { opened: 0, resolved: 0 });
  }

  @FieldResolver(() => Staff, { nullable: true })
  helper(@Root() c: ScheduleConflict, @Ctx() ctx: Context) {
    return staffOrNull(ctx, c.helperDbId);
  }

  @FieldResolver(() => Boolean, { description: 'Whether scheduleConflictAcknowledge would accept this conflict from you (open, and in a sector you plan): the same rule the mutation applies, so a board offers the action only where it works.' })
  viewerCanAcknowledge(@Root() c: ScheduleConflict, @Ctx() ctx: Context): boolean {
    return c.open && mayAcknowledgeConflict(staffOnly(ctx.viewer), c.sectorDbId);
  }

  @FieldResolver(() => Staff, { nullable: true })
  acknowledgedBy(@Root() c: ScheduleConflict, @Ctx() ctx: Context) {
    return staffOrNull(ctx, c.acknowledgedByDbId);
  }

  @FieldResolver(() => Sector, { nullable: true })
  sector(@Root() c: ScheduleConflict, @Ctx() ctx: Context): Promise<Sector | null> {
    return sectorOrNull(ctx, c.sectorDbId);
  }

  @FieldResolver(() => [ScheduleEntry], { description: 'The visits involved, as far as the viewer may read them (R5: none for the kiosk, the telephonist, other sectors).' })
  async entries(@Root() c: ScheduleConflict, @Ctx() ctx: Context): Promise<ScheduleEntry[]> {
    const rows = await ctx.loaders.scheduleEntry.loadMany(c.entryDbIds);
    return projectAll(projectEntry, await scheduleViewerOf(ctx), rows.flatMap((r) => (r && !(r instanceof Error) ? [r] : [])));
  }
}
