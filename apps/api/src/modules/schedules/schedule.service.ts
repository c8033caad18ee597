// Schedule use cases: make entries (one-off or weekly), change them during the day (each change
// recorded with who, when, why and what it replaced), preview a change's conflicts; each write
// rechecks only the helper-days and plan-weeks it touches, in its own transaction.
import { GraphQLError } from 'graphql';
import type { Database, Tx } from '../../db/client.js';
import { decodeCursor, encodeCursor, offsetPage, pageSize, type Page } from '../../shared/paging.js';
import { fromGlobalId, type NodeTypeName } from '../../shared/global-id.js';
import { RuleViolation, violation } from '../../shared/outcome.js';
import type { StaffViewer } from '../auth/viewer.js';
import { ConflictRepository } from './conflict.repository.js';
import { reconcileConflicts, scopesOf } from './conflict.engine.js';
import type { Settings } from './conflict.rules.js';
import { expandPattern, patternError } from './recurrence.rules.js';
import { dayBounds, isLocalDay, localDay } from '../../time/service-time.js';
import type { ScheduleEntryChangeInput, ScheduleEntryCreateInput } from './schedule.input.js';
import { ScheduleRepository } from './schedule.repository.js';
import { applyChange, mayPlan, spanError } from './schedule.rules.js';
import { isHelper } from '../org/org.rules.js';
import { entrySectors, type ScheduleViewer, type StaffScheduleViewer } from './schedule.access.js';
import { projectAll, projectChange, projectConflict, projectEntry, toPreview } from './schedule.projection.js';
import type { ScheduleChange, ScheduleEntry } from './schedule.types.js';

class Rollback extends Error {
  constructor(public readonly result: unknown) {
    super('preview rolled back');
  }
}

const MAX_WINDOW_DAYS = 62;

export class ScheduleService {
  constructor(
    private readonly db: Database,
    private readonly settings: Settings,
  ) {}

  private dbId(globalId: string, type: NodeTypeName, field: string, code: string): string {
    const id = fromGlobalId(globalId, type)?.id;
    if (!id) throw violation(field, code, `\`${field}\` is not the ID of a ${type}.`);
    return id;
  }

  private async helper(tx: Tx, id: string, field: string) {
    const [h] = await new ConflictRepository(tx).helpers([id]);
    if (!h || !isHelper(h.role)) throw violation(field, 'NOT_A_HELPER', 'This is not a family helper (AF) or household helper (AMS).');
    return h;
  }

  async create(input: ScheduleEntryCreateInput, viewer: StaffViewer, now: Date) {
    const helperId = this.dbId(input.helperId, 'Staff', 'helperId', 'NOT_A_HELPER');
    const caseFileId = this.dbId(input.caseFileId, 'CaseFile', 'caseFileId', 'UNKNOWN_CASE_FILE');
    const spans = this.spansOf(input);
    return this.db.transaction(async (tx) => {
      const [c] = await new ConflictRepository(tx).caseSectors([caseFileId]);
      if (!c || !mayPlan(viewer, c.sectorId)) throw violation('caseFileId', 'UNKNOWN_CASE_FILE', 'No case file whose schedule you plan has this ID.');
      await this.helper(tx, helperId, 'helperId');
      const repo = new ScheduleRepository(tx);
      const pattern = input.recurrence
        ? await repo.insertPattern({ helperId, caseFileId, kind: input.kind, tasks: input.tasks, ...input.recurrence, createdById: viewer.staffId, createdAt: now })
        : null;
      const rows = await repo.insertEntries(
        spans.map((s) => ({ helperId, caseFileId, sectorId: c.sectorId, kind: input.kind, tasks: input.tasks, ...s, patternId: pattern?.id ?? null, createdById: viewer.staffId, createdAt: now, updatedAt: now })),
      );
      // Conflict rows are locked before the outbox lock is taken (publish), always in this order.
      const created = { type: 'SCHEDULE_ENTRIES_CREATED', topic: 'schedule' as const, subjectId: rows[0].id, actorId: viewer.staffId, payload: { entryId: rows[0].id, count: rows.length, sectorId: c.sectorId, helperIds: [helperId] } };
      const { opened } = await reconcileConflicts(tx, rows.flatMap(scopesOf), { now, actorId: viewer.staffId, settings: this.settings, events: [created] });
      return { entries: projectAll(projectEntry, viewer, rows.slice(0, 100)), entryCount: rows.length, conflictsOpened: projectAll(projectConflict, viewer, opened) };
    });
  }

  private spansOf(input: ScheduleEntryCreateInput): { startsAt: Date; endsAt: Date }[] {
    if (input.recurrence) {
      if (input.startsAt || input.endsAt) throw violation('recurrence', 'ONE_OR_THE_OTHER', 'Give either `startsAt`/`endsAt` or `recurrence`, not both.');
      const r = input.recurrence;
      const err = patternError(r);
      if (err) throw new RuleViolation([{ field: ['input', 'recurrence', err.field], code: 'BAD_RECURRENCE', message: err.message }]);
      const occ = expandPattern(r, { from: dayBounds(r.startsOn).from, to: dayBounds(r.until).to });
      if (!occ.length) throw violation('recurrence', 'NO_OCCURRENCE', 'This pattern has no visit between `startsOn` and `until`.');
      return occ.map((o) => ({ startsAt: o.startsAt, endsAt: o.endsAt }));
    }
    if (!input.startsAt) throw violation('startsAt', 'REQUIRED', 'Give `startsAt` and `endsAt` for a visit, or a `recurrence`.');
    if (!input.endsAt) throw violation('endsAt', 'REQUIRED', 'Give `endsAt` with `startsAt`.');
    const err = spanError(input.startsAt, input.endsAt);
    if (err) throw violation(err.field, err.code, err.message);
    return [{ startsAt: input.startsAt, endsAt: input.endsAt }];
  }

  /** The change inside a transaction: validate, store it with what it replaced, recheck, publish. */
  private async changeIn(tx: Tx, input: ScheduleEntryChangeInput, viewer: StaffViewer, now: Date, publishEvents: boolean) {
    const id = this.dbId(input.entryId, 'ScheduleEntry', 'entryId', 'UNKNOWN_ENTRY');
    const newHelperId = input.helperId ? this.dbId(input.helperId, 'Staff', 'helperId', 'NOT_A_HELPER') : null;
    const repo = new ScheduleRepository(tx);
    const before = await repo.lockEntry(id);
    if (!before || !mayPlan(viewer, before.sectorId)) throw violation('entryId', 'UNKNOWN_ENTRY', 'No schedule entry you plan has this ID.');
    if (input.expectedVersion != null && input.expectedVersion !== before.version) {
      throw violation('expectedVersion', 'STALE_WRITE', `The visit changed since you read it (version ${before.version} now); read it again.`);
    }
    const r = applyChange(before, { ...input, helperId: newHelperId });
    if (!r.ok) throw violation(r.error.field, r.error.code, r.error.message);
    if (input.action === 'REASSIGN') await this.helper(tx, r.next.helperId, 'helperId');
    const snap = (e: { helperId: string; startsAt: Date; endsAt: Date; status: string }) => ({ helperId: e.helperId, startsAt: e.startsAt.toISOString(), endsAt: e.endsAt.toISOString(), status: e.status });
    // The change row is written from what the entry becomes, alongside the update: one round trip.
    const [after, change] = await Promise.all([
      repo.updateEntry(id, { ...r.next, updatedAt: now }),
      repo.insertChange({
        entryId: id, sectorId: before.sectorId, day: localDay(before.startsAt), kind: input.action, reason: input.reason as 'OTHER',
        note: input.note?.trim() || null, before: snap(before), after: snap(r.next), byId: viewer.staffId, at: now,
      }),
    ]);
    const changed = {
      type: 'SCHEDULE_CHANGED', topic: 'schedule' as const, subjectId: id, actorId: viewer.staffId,
      payload: { changeId: change.id, entryId: id, sectorId: before.sectorId, helperIds: [...new Set([before.helperId, after.helperId])] },
    };
    // Conflict rows are locked before the outbox lock is taken (publish), always in this order.
    const rec = await reconcileConflicts(tx, [...scopesOf(before), ...scopesOf(after)], { now, actorId: viewer.staffId, settings: this.settings, publishEvents, events: [changed] });
    return { before, after, change, ...rec };
  }

  async change(input: ScheduleEntryChangeInput, viewer: StaffViewer, now: Date) {
    return this.db.transaction(async (tx) => {
      const r = await this.changeIn(tx, input, viewer, now, true);
      return {
        entry: projectEntry(viewer, r.after), change: projectChange(viewer, r.change),
        conflictsOpened: projectAll(projectConflict, viewer, r.opened), conflictsResolved: projectAll(projectConflict, viewer, r.resolved),
      };
    });
  }

  /** What a change would open and resolve: made in a transaction that is then rolled back. */
  async preview(input: ScheduleEntryChangeInput, viewer: StaffViewer, now: Date) {
    try {
      await this.db.transaction(async (tx) => {
        const r = await this.changeIn(tx, input, viewer, now, false);
        throw new Rollback({ wouldOpen: r.opened.map((c) => toPreview(viewer, c, false)), wouldResolve: r.resolved.map((c) => toPreview(viewer, c, true)) });
      });
    } catch (err) {
      if (err instanceof Rollback) return err.result as { wouldOpen: ReturnType<typeof toPreview>[]; wouldResolve: ReturnType<typeof toPreview>[] };
      throw err;
    }
    throw new Error('preview ended without its rollback');
  }

  /** A helper's or a sector's entries overlapping a window; R5: helpers read only their own, social workers their sector's. */
  async entries(args: { helperId?: string | null; sectorId?: string | null; from: Date; to: Date; first?: number | null; after?: string | null }, viewer: StaffScheduleViewer): Promise<Page<ScheduleEntry>> {
    const bad = (field: string, message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });
    if (!!args.helperId === !!args.sectorId) throw bad('helperId', 'Give exactly one of `helperId` or `sectorId`.');
    const helperId = args.helperId ? fromGlobalId(args.helperId, 'Staff')?.id : undefined;
    const sectorId = args.sectorId ? fromGlobalId(args.sectorId, 'Sector')?.id : undefined;
    if (args.helperId && !helperId) throw bad('helperId', '`helperId` is not the ID of a staff member.');
    if (args.sectorId && !sectorId) throw bad('sectorId', '`sectorId` is not the ID of a sector.');
    if (args.to <= args.from) throw bad('to', '`to` must be after `from`.');
    if (args.to.getTime() - args.from.getTime() > MAX_WINDOW_DAYS * 86_400_000) throw bad('to', `A window spans at most ${MAX_WINDOW_DAYS} days.`);
    if (isHelper(viewer.role) && helperId !== viewer.staffId) {
      throw new GraphQLError('R5: helpers see only their own schedule.', { extensions: { code: 'FORBIDDEN' } });
    }
    // R5: a sector's visits go to its social roles; a helper's visits are read within those sectors.
    const sectors = isHelper(viewer.role) ? null : entrySectors(viewer);
    if (sectors && (sectors.length === 0 || (sectorId && !sectors.includes(sectorId)))) {
      throw new GraphQLError("R5: a sector's schedule is read by its social workers, the flying and relay social workers and direction.", { extensions: { code: 'FORBIDDEN' } });
    }
    const n = pageSize(args.first);
    const key = args.after ? decodeCursor(args.after, 2) : null;
    const repo = new ScheduleRepository(this.db);
    const filter = { helperId, sectorId, sectorIds: sectorId ? undefined : (sectors ?? undefined), from: args.from, to: args.to };
    const rows = await repo.entries(filter, n + 1, key ? { startsAt: new Date(String(key[0])), id: String(key[1]) } : undefined);
    const slice = rows.slice(0, n);
    const edges = slice.flatMap((r) => {
      const node = projectEntry(viewer, r);
      return node ? [{ cursor: encodeCursor([r.startsAt.toISOString(), r.id]), node }] : [];
    });
    return { edges, pageInfo: { hasNextPage: rows.length > n, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: await repo.countEntries(filter) };
  }

  /** A sector's (or the whole service's) changes of a day, newest first; R5: a helper sees only those of their own visits. */
  async changes(sectorGid: string | null, day: string, viewer: ScheduleViewer | null, first?: number | null, after?: string | null): Promise<Page<ScheduleChange>> {
    const sectorId = sectorGid ? fromGlobalId(sectorGid, 'Sector')?.id : undefined;
    if (sectorGid && !sectorId) throw new GraphQLError('`sectorId` is not the ID of a sector.', { extensions: { code: 'BAD_USER_INPUT', field: 'sectorId' } });
    if (!isLocalDay(day)) throw new GraphQLError('`day` must be a date YYYY-MM-DD.', { extensions: { code: 'BAD_USER_INPUT', field: 'day' } });
    const own = viewer?.kind === 'STAFF' && isHelper(viewer.role) ? viewer.staffId : undefined;
    const rows = await new ScheduleRepository(this.db).changes(sectorId, day, own);
    return offsetPage(projectAll(projectChange, viewer, rows), first, after);
  }

  entriesByIds(ids: readonly string[]) {
    return new ScheduleRepository(this.db).entriesByIds(ids);
  }

  changesByIds(ids: readonly string[]) {
    return new ScheduleRepository(this.db).changesByIds(ids);
  }
}
