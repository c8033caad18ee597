// Conflict use cases: list them (most severe first), acknowledge one with a note, and recheck a
// whole span (after a bulk import, or nightly) with the same engine the changes use.
import { GraphQLError } from 'graphql';
import type { Database } from '../../db/client.js';
import { publish } from '../../events/outbox.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { type Page } from '../../shared/paging.js';
import { violation } from '../../shared/outcome.js';
import type { StaffViewer } from '../auth/viewer.js';
import { ConflictRepository } from './conflict.repository.js';
import { reconcileConflicts, scopesBetween } from './conflict.engine.js';
import type { Settings } from './conflict.rules.js';
import { isLocalDay } from '../../time/service-time.js';
import type { ScheduleConflictAcknowledgeInput, ScheduleConflictsRecheckInput } from './schedule.input.js';
import { mayPlan } from './schedule.rules.js';
import { isHelper } from '../org/org.rules.js';
import { offsetPage } from '../../shared/paging.js';
import type { ScheduleViewer } from './schedule.access.js';
import { projectAll, projectConflict } from './schedule.projection.js';
import type { ScheduleConflict } from './schedule.types.js';

// Scopes per transaction in a full recheck: bounded locks and statement sizes.
const CHUNK = 5000;

export class ConflictService {
  constructor(
    private readonly db: Database,
    private readonly settings: Settings,
  ) {}

  async acknowledge(input: ScheduleConflictAcknowledgeInput, viewer: StaffViewer, now: Date) {
    const id = fromGlobalId(input.conflictId, 'ScheduleConflict')?.id;
    if (!id) throw violation('conflictId', 'UNKNOWN_CONFLICT', '`conflictId` is not the ID of a schedule conflict.');
    const note = input.note.trim();
    if (!note) throw violation('note', 'REQUIRED', 'Say why the conflict is accepted or how it is handled.');
    return this.db.transaction(async (tx) => {
      const repo = new ConflictRepository(tx);
      const [found] = await repo.byIds([id]);
      if (!found || (found.sectorId && !mayPlan(viewer, found.sectorId))) throw violation('conflictId', 'UNKNOWN_CONFLICT', 'No conflict you plan for has this ID.');
      const row = await repo.acknowledge(id, viewer.staffId, note, now);
      if (!row) throw violation('conflictId', 'CONFLICT_RESOLVED', 'This conflict has already resolved itself.');
      await publish(tx, { type: 'CONFLICT_ACKNOWLEDGED', topic: 'schedule', subjectId: id, actorId: viewer.staffId, payload: { conflictId: id, sectorId: row.sectorId, helperIds: row.helperId ? [row.helperId] : [] } });
      return projectConflict(viewer, row);
    });
  }

  /** Rechecks every helper-day, helper-week and plan-week of [from, to). */
  async recheck(input: ScheduleConflictsRecheckInput, actorId: string | null, now: Date) {
    if (!isLocalDay(input.from)) throw violation('from', 'BAD_DATE', '`from` must be a date YYYY-MM-DD.');
    if (!isLocalDay(input.to) || input.to <= input.from) throw violation('to', 'BAD_DATE', '`to` must be a date YYYY-MM-DD after `from`.');
    if ((Date.parse(input.to) - Date.parse(input.from)) / 86_400_000 > 62) throw violation('to', 'SPAN_TOO_LONG', 'Recheck at most 62 days at a time.');
    // Grouped by helper or case, so each chunk loads the entries of its own people only.
    const byOwner = (k: string) => `${k.split(':')[1]}:${k}`;
    const scopes = (await this.db.transaction((tx) => scopesBetween(tx, input.from, input.to))).sort((a, b) => (byOwner(a) < byOwner(b) ? -1 : 1));
    let opened = 0;
    let resolved = 0;
    for (let i = 0; i < scopes.length; i += CHUNK) {
      const r = await this.db.transaction((tx) => reconcileConflicts(tx, scopes.slice(i, i + CHUNK), { now, actorId, settings: this.settings }));
      opened += r.opened.length;
      resolved += r.resolved.length;
    }
    return { opened, resolved };
  }

  async list(args: { sectorId?: string | null; open?: boolean | null; first?: number | null; after?: string | null }, viewer: ScheduleViewer | null): Promise<Page<ScheduleConflict>> {
    const sectorId = args.sectorId ? fromGlobalId(args.sectorId, 'Sector')?.id : undefined;
    if (args.sectorId && !sectorId) throw new GraphQLError('`sectorId` is not the ID of a sector.', { extensions: { code: 'BAD_USER_INPUT', field: 'sectorId' } });
    // R5: a helper sees the conflicts about their own work only.
    const helperId = viewer?.kind === 'STAFF' && isHelper(viewer.role) ? viewer.staffId : undefined;
    const rows = await new ConflictRepository(this.db).list({ sectorId, open: args.open, helperId }, 1000);
    return offsetPage(projectAll(projectConflict, viewer, rows), args.first, args.after);
  }

  byIds(ids: readonly string[]) {
    return new ConflictRepository(this.db).byIds(ids);
  }
}
