// Use cases on a whole weekly pattern: read it and its occurrences for any window, end it from a
// day, take one day out. Each write cancels the materialised visits concerned as recorded CANCEL
// changes (who, when, why, what they replaced), publishes them in one batch and rechecks only the
// helper-days and plan-weeks they touched, all in one transaction.
import type { UnitOfWork } from '../../db/unit-of-work.js';
import { offsetPage, type Page } from '../../shared/paging.js';
import { BadInput, checkWindow, violation } from '../../shared/outcome.js';
import { dayBounds, localDay } from '../../time/service-time.js';
import type { StaffViewer } from '../auth/index.js';
import type { ConflictEngine } from './conflict.engine.js';
import { scopesOf } from './conflict.scopes.js';
import { endError, exceptionError, untilWhenEndingFrom } from './pattern.rules.js';
import type { SchedulePatternEndInput, SchedulePatternExceptionAddInput } from './pattern.input.js';
import { toPattern, type SchedulePattern, type SchedulePatternOccurrence } from './pattern.types.js';
import { expandPattern } from './recurrence.rules.js';
import type { EntryRow, PatternRow } from './schedule.repository.js';
import { mayPlan } from './schedule.rules.js';
import { scheduleAccess, type StaffScheduleViewer } from './schedule.access.js';
import { projectAll, projectChange, projectConflict } from './schedule.projection.js';
import type { ScheduleRepositories } from './schedules.repositories.js';

type Repos = Pick<ScheduleRepositories, 'schedule' | 'conflicts' | 'outbox' | 'closedDays'>;
/** A write on a pattern, with its database id (decoded by the resolver). */
export type PatternEndDraft = Omit<SchedulePatternEndInput, 'patternId'> & { patternId: string };
export type PatternExceptionDraft = Omit<SchedulePatternExceptionAddInput, 'patternId'> & { patternId: string };

// Two years: more than any pattern spans (at most a year), so every window that matters fits.
const MAX_WINDOW_DAYS = 731;

const snap = (e: { helperId: string; startsAt: Date; endsAt: Date; status: string }) => ({ helperId: e.helperId, startsAt: e.startsAt.toISOString(), endsAt: e.endsAt.toISOString(), status: e.status });

export class PatternService {
  constructor(
    private readonly uow: UnitOfWork<Repos>,
    private readonly engine: ConflictEngine,
  ) {}

  /** The pattern when the viewer may read its visits (R5: the sector's social roles, direction, the helper), else null. */
  async byId(id: string, viewer: StaffScheduleViewer): Promise<SchedulePattern | null> {
    const row = await this.readable(id, viewer);
    return row && toPattern(row);
  }

  private async readable(id: string, viewer: StaffScheduleViewer): Promise<PatternRow | null> {
    const { schedule, conflicts } = this.uow.read;
    const [row] = await schedule.patternsByIds([id]);
    if (!row) return null;
    const [c] = await conflicts.caseSectors([row.caseFileId]);
    const access = scheduleAccess(viewer, { sectorId: c?.sectorId ?? null, helperIds: [row.helperId] });
    return access === 'FULL' || access === 'OWN' ? row : null;
  }

  /** `id`: the pattern's database id (decoded by the resolver). */
  async occurrences(id: string, from: Date, to: Date, viewer: StaffScheduleViewer, first?: number | null, after?: string | null): Promise<Page<SchedulePatternOccurrence>> {
    checkWindow(from, to, MAX_WINDOW_DAYS);
    // R5: asking about a pattern one may not read tells nothing, not even that it exists.
    const row = await this.readable(id, viewer);
    if (!row) throw new BadInput('patternId', 'No schedule pattern you may read has this ID.');
    const occ = expandPattern(row, { from, to }).map((o) => ({ day: o.localDate, startsAt: o.startsAt, endsAt: o.endsAt }));
    return offsetPage(occ, first, after, 'schedulePatternOccurrences');
  }

  /** The pattern locked for a write, after the checks every write shares. */
  private async lock(repos: Repos, id: string, viewer: StaffViewer, expectedVersion: number | null | undefined) {
    const p = await repos.schedule.lockPattern(id);
    const [c] = p ? await repos.conflicts.caseSectors([p.caseFileId]) : [];
    if (!p || !c || !mayPlan(viewer, c.sectorId)) throw violation('patternId', 'UNKNOWN_PATTERN', 'No schedule pattern you plan has this ID.');
    if (expectedVersion != null && expectedVersion !== p.version) {
      throw violation('expectedVersion', 'STALE_WRITE', `The pattern changed since you read it (version ${p.version} now); read it again.`);
    }
    return p;
  }

  /** Cancels the visits as recorded changes, updates the pattern, publishes once and rechecks what they touched. */
  private async cancelAndRecheck(repos: Repos, p: PatternRow, values: Partial<PatternRow>, entries: EntryRow[], why: { reason: string; note?: string | null }, viewer: StaffViewer, now: Date) {
    const repo = repos.schedule;
    const pattern = await repo.updatePattern(p.id, values);
    const after = await repo.cancelEntries(entries.map((e) => e.id), now);
    const note = why.note?.trim() || null;
    const changes = await repo.insertChanges(
      entries.map((e) => ({
        entryId: e.id, sectorId: e.sectorId, day: localDay(e.startsAt), kind: 'CANCEL' as const, reason: why.reason as 'OTHER', note,
        before: snap(e), after: snap({ ...e, status: 'CANCELLED' }), byId: viewer.staffId, at: now,
      })),
    );
    // One SCHEDULE_CHANGED per visit, as a same-day cancel publishes: subscribers and the board read them alike.
    const events = changes.map((c) => ({
      type: 'SCHEDULE_CHANGED', topic: 'schedule' as const, subjectId: c.entryId, actorId: viewer.staffId,
      payload: { changeId: c.id, entryId: c.entryId, sectorId: c.sectorId, helperIds: [c.before.helperId], patternId: p.id },
    }));
    const rec = await this.engine.reconcile(repos, entries.flatMap(scopesOf), { now, actorId: viewer.staffId, events });
    return {
      pattern: toPattern(pattern), changes: projectAll(projectChange, viewer, changes.slice(0, 100)), cancelledCount: after.length,
      conflictsOpened: projectAll(projectConflict, viewer, rec.opened), conflictsResolved: projectAll(projectConflict, viewer, rec.resolved),
    };
  }

  async end(input: PatternEndDraft, viewer: StaffViewer, now: Date) {
    return this.uow.run(async (repos) => {
      const p = await this.lock(repos, input.patternId, viewer, input.expectedVersion);
      const err = endError(p, input.from, localDay(now));
      if (err) throw violation(err.field, err.code, err.message);
      const entries = await repos.schedule.plannedOfPattern(p.id, dayBounds(input.from).from);
      return this.cancelAndRecheck(repos, p, { until: untilWhenEndingFrom(input.from) }, entries, input, viewer, now);
    });
  }

  async exceptionAdd(input: PatternExceptionDraft, viewer: StaffViewer, now: Date) {
    return this.uow.run(async (repos) => {
      const p = await this.lock(repos, input.patternId, viewer, input.expectedVersion);
      const span = /^\d{4}-\d{2}-\d{2}$/.test(input.day) ? dayBounds(input.day) : null;
      const occurs = !!span && expandPattern(p, span).some((o) => o.localDate === input.day);
      const err = exceptionError(p, input.day, localDay(now), occurs);
      if (err) throw violation(err.field, err.code, err.message);
      const entries = await repos.schedule.plannedOfPattern(p.id, span!.from, span!.to);
      return this.cancelAndRecheck(repos, p, { exceptDates: [...p.exceptDates, input.day].sort() }, entries, input, viewer, now);
    });
  }
}
