// Coverage alerts at the desk: the list (most severe first), acknowledging one (who has seen it and
// is handling it, with a note; the alert stays open until its cause goes, the event with its actor
// is the audit trail and updates every board), and a full recheck after a seed or an import.
import type { UnitOfWork } from '../../db/unit-of-work.js';
import { violation } from '../../shared/outcome.js';
import { afterKey, pageSize, toPage } from '../../shared/paging.js';
import { reconcileCoverage } from './coverage.service.js';
import { toAlert } from './permanence.mappers.js';
import type { PermanenceRepositories } from './permanence.repositories.js';
import type { AlertStatus } from './permanence.repository.js';
import type { Alert } from './permanence.types.js';

export interface AlertAcknowledgeCommand {
  /** The alert's database id (decoded at the boundary). */
  alertId: string;
  note?: string | null;
}

export class AlertService {
  constructor(private readonly uow: UnitOfWork<PermanenceRepositories>) {}

  /** A page of alerts, with what the board shows of it read in the same statement (its shifts, their binômes, the staff). */
  async alerts(status: AlertStatus, first: number | null | undefined, after: string | null | undefined, now: Date) {
    const repo = this.uow.read.permanence;
    const n = pageSize(first);
    const key = afterKey(after, 'alerts', ['position', 'instant', 'id']);
    const filter = { status, endingAfter: status === 'OPEN' ? now : undefined };
    const { rows, ...facts } = await this.uow.read.facts.alertsWithFacts({
      ...filter,
      limit: n + 1,
      after: key ? { rank: Number(key[0]), startsAt: String(key[1]), id: String(key[2]) } : undefined,
    });
    // The count rides on the page's rows; only a page past the end asks for it on its own.
    const total = rows.length ? rows[0].total : key ? await repo.countAlerts(filter) : 0;
    return { page: toPage(rows, n, total, 'alerts', (r) => [r.rank, r.alert.startsAt.toISOString(), r.alert.id], (r) => toAlert(r.alert)), facts };
  }

  /** `staffId`: who acknowledges (any role the resolver admits may; the alert is the service's, not a sector's). */
  async acknowledge(input: AlertAcknowledgeCommand, staffId: string, now: Date): Promise<Alert> {
    const id = input.alertId;
    const note = input.note?.trim() || null;
    return this.uow.run(async ({ alerts, outbox }) => {
      const found = await alerts.byIdForUpdate(id);
      if (!found) throw violation('alertId', 'UNKNOWN_ALERT', 'No alert has this ID.');
      if (found.resolvedAt || found.endsAt <= now) throw violation('alertId', 'ALERT_RESOLVED', 'This alert is already over: nothing to acknowledge.');
      if (found.acknowledgedAt) throw violation('alertId', 'ALERT_ALREADY_ACKNOWLEDGED', 'Someone has already acknowledged this alert.');
      const row = await alerts.acknowledge(id, staffId, note, now);
      if (!row) throw violation('alertId', 'ALERT_RESOLVED', 'This alert is already over: nothing to acknowledge.');
      await outbox.publish({ type: 'ALERT_ACKNOWLEDGED', topic: 'alert', subjectId: id, actorId: staffId, payload: { alertId: id } });
      return toAlert(row);
    });
  }

  /** The rows behind the request's DataLoader (composition/loaders.ts). */
  byIds(ids: readonly string[]) {
    return this.uow.read.permanence.alertsByIds(ids);
  }

  /** Everything still ahead gets its alerts recomputed (after a seed or an import). */
  async reconcileAll(now: Date) {
    const ids = (await this.uow.read.permanence.shiftIdsFrom(now)).map((r) => r.id);
    await this.uow.run((repos) => reconcileCoverage(repos, ids, now, null));
  }
}
