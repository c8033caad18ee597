// Use cases on a whole weekly pattern: read it and its occurrences for any window, end it from a
// day, take one day out. Each write cancels the materialised visits concerned as recorded CANCEL
// changes (who, when, why, what they replaced), publishes them in one batch and rechecks only the
// helper-days and plan-weeks they touched, all in one transaction.
import { GraphQLError } from 'graphql';
import type { Database, Tx } from '../../db/client.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { type Page } from '../../shared/paging.js';
import { violation } from '../../shared/outcome.js';
import type { StaffViewer } from '../auth/viewer.js';
import { ConflictRepository } from './conflict.repository.js';
import { reconcileConflicts, scopesOf } from './conflict.engine.js';
import type { Settings } from './conflict.rules.js';
import { endError, exceptionError, untilWhenEndingFrom } from './pattern.rules.js';
import type { SchedulePatternEndInput, SchedulePatternExceptionAddInput } from './pattern.input.js';
import { toPattern, type SchedulePattern, type SchedulePatternOccurrence } from './pattern.types.js';
import { expandPattern } from './recurrence.rules.js';
import { dayBounds, localDay } from '../../time/service-time.js';
import { ScheduleRepository, type EntryRow, type PatternRow } from './schedule.repository.js';
import { mayPlan } from './schedule.rules.js';
import { offsetPage } from '../../shared/paging.js';
import { scheduleAccess, type StaffScheduleViewer } from './schedule.access.js';
import { projectAll, projectChange, projectConflict } from './schedule.projection.js';

// Two years: more than any pattern spans (at most a year), so every window that matters fits.
const MAX_WINDOW_DAYS = 731;

const snap = (e: { helperId: string; startsAt: Date; endsAt: Date; status: string }) => ({ helperId: e.helperId, startsAt: e.startsAt.toISOString(), endsAt: e.endsAt.toISOString(), status: e.status });

export class PatternService {
  constructor(
    private readonly db: Database,
    private readonly settings: Settings,
  ) {}

  /** The pattern when the viewer may read its visits (R5: the sector's social roles, direction, the helper), else null. */
  async byId(id: string, viewer: StaffScheduleViewer): Promise<SchedulePattern | null> {
    const row = await this.readable(id, viewer);
    return row && toPattern(row);
  }

  private async readable(id: string, viewer: StaffScheduleViewer): Promise<PatternRow | null> {
    const [row] = await new ScheduleRepository(this.db).patternsByIds([id]);
    if (!row) return null;
    const [c] = await new ConflictRepository(this.db).caseSectors([row.caseFileId]);
    const access = scheduleAccess(viewer, { sectorId: c?.sectorId ?? null, helperIds: [row.helperId] });
    return access === 'FULL' || access === 'OWN' ? row : null;
  }

  async occurrences(patternGid: string, from: Date, to: Date, viewer: StaffScheduleViewer, first?: number | null, after?: string | null): Promise<Page<SchedulePatternOccurrence>> {
    const bad = (field: string, message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });
    const id = fromGlobalId(patternGid, 'SchedulePattern')?.id;
    if (!id) throw bad('patternId', '`patternId` is not the ID of a schedule pattern.');
    if (to <= from) throw bad('to', '`to` must be after `from`.');
    if (to.getTime() - from.getTime() > MAX_WINDOW_DAYS * 86_400_000) throw bad('to', `A window spans at most ${MAX_WINDOW_DAYS} days.`);
    // R5: asking about a pattern one may not read tells nothing, not even that it exists.
    const row = await this.readable(id, viewer);
    if (!row) throw bad('patternId', 'No schedule pattern you may read has this ID.');
    const occ = expandPattern(row, { from, to }).map((o) => ({ day: o.localDate, startsAt: o.startsAt, endsAt: o.endsAt }));
    return offsetPage(occ, first, after);
  }

  /** The pattern locked for a write, after the checks every write shares. */
  private async lock(tx: Tx, patternGid: string, viewer: StaffViewer, expectedVersion: number | null | undefined) {
    const id = fromGlobalId(patternGid, 'SchedulePattern')?.id;
    if (!id) throw violation('patternId', 'UNKNOWN_PATTERN', '`patternId` is not the ID of a schedule pattern.');
    const p = await new ScheduleRepository(tx).lockPattern(id);
    const [c] = p ? await new ConflictRepository(tx).caseSectors([p.caseFileId]) : [];
    if (!p || !c || !mayPlan(viewer, c.sectorId)) throw violation('patternId', 'UNKNOWN_PATTERN', 'No schedule pattern you plan has this ID.');
    if (expectedVersion != null && expectedVersion !== p.version) {
      throw violation('expectedVersion', 'STALE_WRITE', `The pattern changed since you read it (version ${p.version} now); read it again.`);
    }
    return p;
  }

  /** Cancels the visits as recorded changes, updates the pattern, publishes once and rechecks what they touched. */
  private async cancelAndRecheck(tx: Tx, p: PatternRow, values: Partial<PatternRow>, entries: EntryRow[], why: { reason: string; note?: string | null }, viewer: StaffViewer, now: Date) {
    const repo = new ScheduleRepository(tx);
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
    const rec = await reconcileConflicts(tx, entries.flatMap(scopesOf), { now, actorId: viewer.staffId, settings: this.settings, events });
    return {
      pattern: toPattern(pattern), changes: projectAll(projectChange, viewer, changes.slice(0, 100)), cancelledCount: after.length,
      conflictsOpened: projectAll(projectConflict, viewer, rec.opened), conflictsResolved: projectAll(projectConflict, viewer, rec.resolved),
    };
  }

  async end(input: SchedulePatternEndInput, viewer: StaffViewer, now: Date) {
    return this.db.transaction(async (tx) => {
      const p = await this.lock(tx, input.patternId, viewer, input.expectedVersion);
      const err = endError(p, input.from, localDay(now));
      if (err) throw violation(err.field, err.code, err.message);
      const entries = await new ScheduleRepository(tx).plannedOfPattern(p.id, dayBounds(input.from).from);
      return this.cancelAndRecheck(tx, p, { until: untilWhenEndingFrom(input.from) }, entries, input, viewer, now);
    });
  }

  async exceptionAdd(input: SchedulePatternExceptionAddInput, viewer: StaffViewer, now: Date) {
    return this.db.transaction(async (tx) => {
      const p = await this.lock(tx, input.patternId, viewer, input.expectedVersion);
      const span = /^\d{4}-\d{2}-\d{2}$/.test(input.day) ? dayBounds(input.day) : null;
      const occurs = !!span && expandPattern(p, span).some((o) => o.localDate === input.day);
      const err = exceptionError(p, input.day, localDay(now), occurs);
      if (err) throw violation(err.field, err.code, err.message);
      const entries = await new ScheduleRepository(tx).plannedOfPattern(p.id, span!.from, span!.to);
      return this.cancelAndRecheck(tx, p, { exceptDates: [...p.exceptDates, input.day].sort() }, entries, input, viewer, now);
    });
  }
}
