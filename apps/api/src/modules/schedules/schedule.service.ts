// Schedule use cases: make entries (one-off or weekly), change them during the day (each change
// recorded with who, when, why and what it replaced), preview a change's conflicts; each write
// rechecks only the helper-days and plan-weeks it touches, in its own transaction.
import type { UnitOfWork } from '../../db/unit-of-work.js';
import { afterKey, encodeCursor, offsetPage, pageSize, type Page } from '../../shared/paging.js';
import { BadInput, checkWindow, Forbidden, RuleViolation, violation } from '../../shared/outcome.js';
import { dayBounds, isLocalDay, localDay } from '../../time/service-time.js';
import type { StaffViewer } from '../auth/index.js';
import { isHelper } from '../org/index.js';
import type { ConflictEngine } from './conflict.engine.js';
import { scopesOf } from './conflict.scopes.js';
import { expandPattern, patternError } from './recurrence.rules.js';
import type { ScheduleEntryChangeInput, ScheduleEntryCreateInput } from './schedule.input.js';
import { applyChange, mayPlan, spanError } from './schedule.rules.js';
import { entrySectors, type ScheduleViewer, type StaffScheduleViewer } from './schedule.access.js';
import { projectAll, projectChange, projectConflict, projectEntry, toPreview } from './schedule.projection.js';
import { pageReadingAlong, type ReadAlong, type ScheduleChange, type ScheduleEntry } from './schedule.types.js';
import type { ScheduleRepositories } from './schedules.repositories.js';

/** A visit (or a weekly recurrence) to schedule, with database ids (decoded by the resolver). */
export type ScheduleEntryDraft = Omit<ScheduleEntryCreateInput, 'helperId' | 'caseFileId'> & { helperId: string; caseFileId: string };
/** A same-day change, with database ids (decoded by the resolver). */
export type ScheduleChangeDraft = Omit<ScheduleEntryChangeInput, 'entryId' | 'helperId'> & { entryId: string; helperId: string | null };

type Repos = Pick<ScheduleRepositories, 'schedule' | 'conflicts' | 'outbox' | 'closedDays' | 'closedMonths'>;

class Rollback extends Error {
  constructor(public readonly result: unknown) {
    super('preview rolled back');
  }
}

const MAX_WINDOW_DAYS = 62;

export class ScheduleService {
  constructor(
    private readonly uow: UnitOfWork<Repos>,
    private readonly engine: ConflictEngine,
  ) {}

  private async helper(repos: Repos, id: string, field: string) {
    const [h] = await repos.conflicts.helpers([id]);
    if (!h || !isHelper(h.role)) throw violation(field, 'NOT_A_HELPER', 'This is not a family helper (AF) or household helper (AMS).');
    return h;
  }

  async create(input: ScheduleEntryDraft, viewer: StaffViewer, now: Date) {
    const { helperId, caseFileId } = input;
    const spans = this.spansOf(input);
    return this.uow.run(async (repos) => {
      const [c] = await repos.conflicts.caseSectors([caseFileId]);
      if (!c || !mayPlan(viewer, c.sectorId)) throw violation('caseFileId', 'UNKNOWN_CASE_FILE', 'No case file whose schedule you plan has this ID.');
      await this.helper(repos, helperId, 'helperId');
      // Entries dated in a month over: that month's figures for reporting tools are kept as they were first.
      await repos.closedMonths?.keep(spans.map((x) => x.startsAt), now);
      const repo = repos.schedule;
      const pattern = input.recurrence
        ? await repo.insertPattern({ helperId, caseFileId, kind: input.kind, tasks: input.tasks, ...input.recurrence, createdById: viewer.staffId, createdAt: now })
        : null;
      const rows = await repo.insertEntries(
        spans.map((s) => ({ helperId, caseFileId, sectorId: c.sectorId, kind: input.kind, tasks: input.tasks, ...s, patternId: pattern?.id ?? null, createdById: viewer.staffId, createdAt: now, updatedAt: now })),
      );
      // Conflict rows are locked before the outbox lock is taken (publish), always in this order.
      const created = { type: 'SCHEDULE_ENTRIES_CREATED', topic: 'schedule' as const, subjectId: rows[0].id, actorId: viewer.staffId, payload: { entryId: rows[0].id, count: rows.length, sectorId: c.sectorId, helperIds: [helperId] } };
      const { opened } = await this.engine.reconcile(repos, rows.flatMap(scopesOf), { now, actorId: viewer.staffId, events: [created] });
      return { entries: projectAll(projectEntry, viewer, rows.slice(0, 100)), entryCount: rows.length, conflictsOpened: projectAll(projectConflict, viewer, opened) };
    });
  }

  private spansOf(input: ScheduleEntryDraft): { startsAt: Date; endsAt: Date }[] {
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
  private async changeIn(repos: Repos, input: ScheduleChangeDraft, viewer: StaffViewer, now: Date, publishEvents: boolean) {
    const id = input.entryId;
    const newHelperId = input.helperId;
    const repo = repos.schedule;
    const before = await repo.lockEntry(id);
    if (!before || !mayPlan(viewer, before.sectorId)) throw violation('entryId', 'UNKNOWN_ENTRY', 'No schedule entry you plan has this ID.');
    if (input.expectedVersion != null && input.expectedVersion !== before.version) {
      throw violation('expectedVersion', 'STALE_WRITE', `The visit changed since you read it (version ${before.version} now); read it again.`);
    }
    const r = applyChange(before, { ...input, helperId: newHelperId });
    if (!r.ok) throw violation(r.error.field, r.error.code, r.error.message);
    if (input.action === 'REASSIGN') await this.helper(repos, r.next.helperId, 'helperId');
    // A change in a month over (from it or into it): that month's figures for reporting tools are kept first.
    await repos.closedMonths?.keep([before.startsAt, r.next.startsAt], now);
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
    const rec = await this.engine.reconcile(repos, [...scopesOf(before), ...scopesOf(after)], { now, actorId: viewer.staffId, publishEvents, events: [changed] });
    return { before, after, change, ...rec };
  }

  async change(input: ScheduleChangeDraft, viewer: StaffViewer, now: Date) {
    return this.uow.run(async (repos) => {
      const r = await this.changeIn(repos, input, viewer, now, true);
      return {
        entry: projectEntry(viewer, r.after), change: projectChange(viewer, r.change),
        conflictsOpened: projectAll(projectConflict, viewer, r.opened), conflictsResolved: projectAll(projectConflict, viewer, r.resolved),
      };
    });
  }

  /** What a change would open and resolve: made in a transaction that is then rolled back. */
  async preview(input: ScheduleChangeDraft, viewer: StaffViewer, now: Date) {
    try {
      await this.uow.run(async (repos) => {
        const r = await this.changeIn(repos, input, viewer, now, false);
        throw new Rollback({ wouldOpen: r.opened.map((c) => toPreview(viewer, c, false)), wouldResolve: r.resolved.map((c) => toPreview(viewer, c, true)) });
      });
    } catch (err) {
      if (err instanceof Rollback) return err.result as { wouldOpen: ReturnType<typeof toPreview>[]; wouldResolve: ReturnType<typeof toPreview>[] };
      throw err;
    }
    throw new Error('preview ended without its rollback');
  }

  /** A helper's or a sector's entries overlapping a window (database ids); R5: helpers read only their own, social workers their sector's. */
  async entries(args: { helperId?: string | null; sectorId?: string | null; from: Date; to: Date; first?: number | null; after?: string | null }, viewer: StaffScheduleViewer): Promise<Page<ScheduleEntry>> {
    if (!!args.helperId === !!args.sectorId) throw new BadInput('helperId', 'Give exactly one of `helperId` or `sectorId`.');
    const helperId = args.helperId ?? undefined;
    const sectorId = args.sectorId ?? undefined;
    checkWindow(args.from, args.to, MAX_WINDOW_DAYS);
    // A refusal names the filter the client sent.
    const filteredBy = helperId ? 'helperId' : 'sectorId';
    if (isHelper(viewer.role) && helperId !== viewer.staffId) throw new Forbidden(`R5: helpers see only their own schedule (\`${filteredBy}\`: give \`helperId\` of yourself).`, filteredBy);
    // R5: a sector's visits go to its social roles; a helper's visits are read within those sectors.
    const sectors = isHelper(viewer.role) ? null : entrySectors(viewer);
    if (sectors && (sectors.length === 0 || (sectorId && !sectors.includes(sectorId)))) {
      throw new Forbidden(`R5: a sector's schedule is read by its social workers, the flying and relay social workers and direction (\`${filteredBy}\`).`, filteredBy);
    }
    const { schedule: repo, conflicts } = this.uow.read;
    // R5: a helper of a sector one does not read is refused like that sector, not answered with an
    // empty list that would say "no visits" (and, for an unknown ID, nothing tells it from one).
    if (sectors && helperId) {
      const [h] = await conflicts.helpers([helperId]);
      if (!h || !isHelper(h.role) || !h.sectorId || !sectors.includes(h.sectorId)) {
        throw new Forbidden("R5: `helperId` is not a helper of a sector whose schedule you read (its social workers, the flying and relay social workers and direction).", 'helperId');
      }
    }
    const n = pageSize(args.first);
    const key = afterKey(args.after, 'scheduleEntries', ['instant', 'id']);
    const filter = { helperId, sectorId, sectorIds: sectorId ? undefined : (sectors ?? undefined), from: args.from, to: args.to };
    const rows = await repo.entries(filter, n + 1, key ? { startsAt: new Date(String(key[0])), id: String(key[1]) } : undefined);
    const slice = rows.slice(0, n);
    const edges = slice.flatMap((r) => {
      const node = projectEntry(viewer, r);
      return node ? [{ cursor: encodeCursor('scheduleEntries', [r.startsAt.toISOString(), r.id]), node }] : [];
    });
    return { edges, pageInfo: { hasNextPage: rows.length > n, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: await repo.countEntries(filter) };
  }

  /** A sector's (or the whole service's) changes of a day, newest first; R5: a helper sees only those of their own visits. */
  async changes(sectorId: string | null, day: string, viewer: ScheduleViewer | null, first?: number | null, after?: string | null): Promise<Page<ScheduleChange> & { read: ReadAlong }> {
    if (!isLocalDay(day)) throw new BadInput('day', '`day` must be a date YYYY-MM-DD.');
    const own = viewer?.kind === 'STAFF' && isHelper(viewer.role) ? viewer.staffId : undefined;
    const seen = (await this.uow.read.schedule.changes(sectorId ?? undefined, day, own)).flatMap((r) => {
      const node = projectChange(viewer, r.change);
      return node ? [{ node, r }] : [];
    });
    return pageReadingAlong(offsetPage(seen, first, after, 'scheduleChanges'));
  }

  entriesByIds(ids: readonly string[]) {
    return this.uow.read.schedule.entriesByIds(ids);
  }

  changesByIds(ids: readonly string[]) {
    return this.uow.read.schedule.changesByIds(ids);
  }
}
