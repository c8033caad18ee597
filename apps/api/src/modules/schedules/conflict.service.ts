// Conflict use cases: list them (most severe first), acknowledge one with a note, and recheck a
// whole span (after a bulk import, or nightly) with the same engine the changes use.
import type { UnitOfWork } from '../../db/unit-of-work.js';
import { offsetPage, type Page } from '../../shared/paging.js';
import { violation } from '../../shared/outcome.js';
import { addDays, isLocalDay, localDay } from '../../time/service-time.js';
import type { StaffViewer } from '../auth/index.js';
import { isHelper } from '../org/index.js';
import type { ConflictEngine } from './conflict.engine.js';
import { scopesBetween } from './conflict.scopes.js';
import { mayAcknowledgeConflict } from './schedule.rules.js';
import type { ScheduleViewer } from './schedule.access.js';
import { projectConflict } from './schedule.projection.js';
import { pageReadingAlong, type ReadAlong, type ScheduleConflict } from './schedule.types.js';
import type { ConflictEngineRepositories } from './schedules.repositories.js';

// Scopes per transaction in a full recheck: bounded locks and statement sizes.
const CHUNK = 5000;

export class ConflictService {
  constructor(
    private readonly uow: UnitOfWork<ConflictEngineRepositories>,
    private readonly engine: ConflictEngine,
  ) {}

  /** `conflictId`: a database id (decoded by the resolver). */
  async acknowledge(input: { conflictId: string; note: string }, viewer: StaffViewer, now: Date) {
    const id = input.conflictId;
    const note = input.note.trim();
    if (!note) throw violation('note', 'REQUIRED', 'Say why the conflict is accepted or how it is handled.');
    return this.uow.run(async ({ conflicts, outbox }) => {
      const [found] = await conflicts.byIds([id]);
      if (!found || !mayAcknowledgeConflict(viewer, found.sectorId)) throw violation('conflictId', 'UNKNOWN_CONFLICT', 'No conflict you plan for has this ID.');
      const row = await conflicts.acknowledge(id, viewer.staffId, note, now);
      if (!row) throw violation('conflictId', 'CONFLICT_RESOLVED', 'This conflict has already resolved itself.');
      await outbox.publish({ type: 'CONFLICT_ACKNOWLEDGED', topic: 'schedule', subjectId: id, actorId: viewer.staffId, payload: { conflictId: id, sectorId: row.sectorId, helperIds: row.helperId ? [row.helperId] : [] } });
      return projectConflict(viewer, row);
    });
  }

  /** Rechecks every helper-day, helper-week and plan-week of [from, to). */
  async recheck(input: { from: string; to: string }, actorId: string | null, now: Date) {
    if (!isLocalDay(input.from)) throw violation('from', 'BAD_DATE', '`from` must be a date YYYY-MM-DD.');
    if (!isLocalDay(input.to) || input.to <= input.from) throw violation('to', 'BAD_DATE', '`to` must be a date YYYY-MM-DD after `from`.');
    if ((Date.parse(input.to) - Date.parse(input.from)) / 86_400_000 > 62) throw violation('to', 'SPAN_TOO_LONG', 'Recheck at most 62 days at a time.');
    // Grouped by helper or case, so each chunk loads the entries of its own people only (the sort
    // key made once per scope: split in the comparator it cost a tenth of the recheck).
    const scopes = (await this.uow.run((repos) => scopesBetween(repos, input.from, input.to)))
      .map((k) => ({ k, owner: `${k.split(':')[1]}:${k}` }))
      .sort((a, b) => (a.owner < b.owner ? -1 : 1))
      .map((s) => s.k);
    let opened = 0;
    let resolved = 0;
    for (let i = 0; i < scopes.length; i += CHUNK) {
      const r = await this.uow.run((repos) => this.engine.reconcile(repos, scopes.slice(i, i + CHUNK), { now, actorId }));
      opened += r.opened.length;
      resolved += r.resolved.length;
    }
    return { opened, resolved };
  }

  /**
   * The helpers' visits on the public holidays and closing days of the coming weeks (VISIT_ON_HOLIDAY),
   * at start and each time the Brussels date turns (http/app.ts, time/day-turns.ts: the window moves with the date):
   * visits seeded, imported in bulk or planned before a holiday was known never met the engine on that day.
   */
  async recheckHolidays(now: Date, weeks = 8) {
    const from = localDay(now);
    const days = (await this.uow.read.closedDays.between(from, addDays(from, weeks * 7))).map((h) => h.day);
    // Only the helper-days: a holiday changes nothing of a week's hours or a plan's.
    const scopes: string[] = [];
    for (const day of days) scopes.push(...(await scopesBetween(this.uow.read, day, addDays(day, 1))).filter((k) => k.startsWith('HD:')));
    let opened = 0;
    let resolved = 0;
    for (let i = 0; i < scopes.length; i += CHUNK) {
      const r = await this.uow.run((repos) => this.engine.reconcile(repos, scopes.slice(i, i + CHUNK), { now, actorId: null }));
      opened += r.opened.length;
      resolved += r.resolved.length;
    }
    return { opened, resolved };
  }

  /** `sectorId`: a database id (decoded by the resolver). */
  async list(args: { sectorId?: string | null; open?: boolean | null; first?: number | null; after?: string | null }, viewer: ScheduleViewer | null): Promise<Page<ScheduleConflict> & { read: ReadAlong }> {
    // R5: a helper sees the conflicts about their own work only.
    const helperId = viewer?.kind === 'STAFF' && isHelper(viewer.role) ? viewer.staffId : undefined;
    const seen = (await this.uow.read.conflicts.list({ sectorId: args.sectorId ?? undefined, open: args.open, helperId }, 1000)).flatMap((r) => {
      const node = projectConflict(viewer, r.conflict);
      return node ? [{ node, r }] : [];
    });
    return pageReadingAlong(offsetPage(seen, args.first, args.after, 'scheduleConflicts'));
  }

  byIds(ids: readonly string[]) {
    return this.uow.read.conflicts.byIds(ids);
  }
}
