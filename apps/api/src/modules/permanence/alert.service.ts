// Acknowledging a coverage alert at the desk: who has seen it and is handling it, with a note. The
// alert stays open until its cause goes; the event (with its actor) is the audit trail and updates every board.
import type { Database } from '../../db/client.js';
import { publish } from '../../events/outbox.js';
import { violation } from '../../shared/outcome.js';
import { AlertRepository } from './alert.repository.js';
import { toAlert } from './permanence.mappers.js';
import type { Alert } from './permanence.types.js';

export interface AlertAcknowledgeCommand {
  /** The alert's database id (decoded at the boundary). */
  alertId: string;
  note?: string | null;
}

export class AlertService {
  constructor(private readonly db: Database) {}

  /** `staffId`: who acknowledges (any role the resolver admits may; the alert is the service's, not a sector's). */
  async acknowledge(input: AlertAcknowledgeCommand, staffId: string, now: Date): Promise<Alert> {
    const id = input.alertId;
    const note = input.note?.trim() || null;
    return this.db.transaction(async (tx) => {
      const repo = new AlertRepository(tx);
      const found = await repo.byIdForUpdate(id);
      if (!found) throw violation('alertId', 'UNKNOWN_ALERT', 'No alert has this ID.');
      if (found.resolvedAt || found.endsAt <= now) throw violation('alertId', 'ALERT_RESOLVED', 'This alert is already over: nothing to acknowledge.');
      if (found.acknowledgedAt) throw violation('alertId', 'ALERT_ALREADY_ACKNOWLEDGED', 'Someone has already acknowledged this alert.');
      const row = await repo.acknowledge(id, staffId, note, now);
      if (!row) throw violation('alertId', 'ALERT_RESOLVED', 'This alert is already over: nothing to acknowledge.');
      await publish(tx, { type: 'ALERT_ACKNOWLEDGED', topic: 'alert', subjectId: id, actorId: staffId, payload: { alertId: id } });
      return toAlert(row);
    });
  }
}
