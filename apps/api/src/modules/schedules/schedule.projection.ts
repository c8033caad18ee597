// R5: schedule rows become GraphQL objects only through these projections, which keep what the viewer
// may read (schedule.access.ts) and null the rest. Lists, node, payloads and subscriptions all use them.
import type { EntrySnapshot } from '../../db/schema/schedules.js';
import { toGlobalId } from '../../shared/global-id.js';
import type { ConflictRow } from './conflict.repository.js';
import { RULES, withoutTasks, type RuleName } from './conflict.rules.js';
import { localDay } from '../../time/service-time.js';
import { mayReadSchedule, scheduleAccess, type ScheduleAccess, type ScheduleViewer } from './schedule.access.js';
import type { ChangeRow, EntryRow } from './schedule.repository.js';
import { ConflictPreview, ScheduleChange, ScheduleConflict, ScheduleEntry, ScheduleEntryState, toFacts } from './schedule.types.js';

const entrySubject = (r: EntryRow) => ({ sectorId: r.sectorId, helperIds: [r.helperId] });
const changeSubject = (r: ChangeRow) => ({ sectorId: r.sectorId, helperIds: [r.before.helperId, r.after.helperId] });
const conflictSubject = (r: ConflictRow) => ({ sectorId: r.sectorId, helperIds: [r.helperId] });

/** The visit as this viewer may see it: null unless it is theirs to plan or to do (R5). */
export function projectEntry(viewer: ScheduleViewer | null, r: EntryRow): ScheduleEntry | null {
  if (!mayReadSchedule(scheduleAccess(viewer, entrySubject(r)), 'entry')) return null;
  return Object.assign(new ScheduleEntry(), {
    id: toGlobalId('ScheduleEntry', r.id), dbId: r.id, helperDbId: r.helperId, sectorDbId: r.sectorId, caseFileId: toGlobalId('CaseFile', r.caseFileId),
    kind: r.kind, tasks: r.tasks, startsAt: r.startsAt, endsAt: r.endsAt, day: localDay(r.startsAt), status: r.status, recurring: r.patternId !== null, patternDbId: r.patternId, version: r.version,
  });
}

const toState = (s: EntrySnapshot): ScheduleEntryState =>
  Object.assign(new ScheduleEntryState(), { helperDbId: s.helperId, startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt), status: s.status });

/** The change as this viewer may see it: the note only to the sector's social roles; null when none of theirs. */
export function projectChange(viewer: ScheduleViewer | null, r: ChangeRow): ScheduleChange | null {
  const access = scheduleAccess(viewer, changeSubject(r));
  if (access === 'NONE') return null;
  return Object.assign(new ScheduleChange(), {
    id: toGlobalId('ScheduleChange', r.id), dbId: r.id, entryDbId: r.entryId, sectorDbId: r.sectorId, byDbId: r.byId,
    kind: r.kind, reason: mayReadSchedule(access, 'reason') ? r.reason : null, note: mayReadSchedule(access, 'note') ? r.note : null, day: r.day, at: r.at, before: toState(r.before), after: toState(r.after),
  });
}

// R5: the visit's tasks go with the visit; who may not read it (the kiosk) is not told them in words either.
const explanationFor = (access: ScheduleAccess, r: ConflictRow) => (mayReadSchedule(access, 'entry') ? r.explanation : withoutTasks(r.explanation));

/** The conflict as this viewer may see it: the case file, the visits and the notes only where they read the visits. */
export function projectConflict(viewer: ScheduleViewer | null, r: ConflictRow): ScheduleConflict | null {
  const access = scheduleAccess(viewer, conflictSubject(r));
  if (access === 'NONE') return null;
  const visits = mayReadSchedule(access, 'entry');
  return Object.assign(new ScheduleConflict(), {
    id: toGlobalId('ScheduleConflict', r.id), dbId: r.id, sectorDbId: r.sectorId, helperDbId: r.helperId, entryDbIds: visits ? r.entryIds : [], acknowledgedByDbId: r.acknowledgedById,
    rule: r.rule, title: RULES[r.rule as RuleName].title, severity: r.severity, hard: r.hard, explanation: explanationFor(access, r), facts: toFacts(r.facts, access), day: r.day,
    caseFileId: visits && r.caseFileId ? toGlobalId('CaseFile', r.caseFileId) : null, openedAt: r.openedAt, resolvedAt: r.resolvedAt, open: r.resolvedAt === null,
    acknowledgedAt: r.acknowledgedAt, acknowledgementNote: mayReadSchedule(access, 'note') ? r.acknowledgementNote : null,
  });
}

/** Projections of a list: what the viewer may not see at all is left out. */
export function projectAll<R, T>(project: (viewer: ScheduleViewer | null, r: R) => T | null, viewer: ScheduleViewer | null, rows: readonly R[]): T[] {
  return rows.flatMap((r) => {
    const p = project(viewer, r);
    return p ? [p] : [];
  });
}

export function toPreview(viewer: ScheduleViewer | null, r: ConflictRow, existing: boolean): ConflictPreview {
  const access = scheduleAccess(viewer, conflictSubject(r));
  return { rule: r.rule, title: RULES[r.rule as RuleName].title, severity: r.severity, hard: r.hard, explanation: explanationFor(access, r), facts: toFacts(r.facts, access), conflictId: existing ? toGlobalId('ScheduleConflict', r.id) : null };
}
