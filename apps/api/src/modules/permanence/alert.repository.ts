// Writes on the coverage alerts made at the desk (acknowledging one); reading them stays in permanence.repository.
import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { alerts } from '../../db/schema/index.js';
import type { AlertRow } from './permanence.repository.js';

export class AlertRepository {
  constructor(private readonly db: Executor) {}

  async byIdForUpdate(id: string): Promise<AlertRow | null> {
    const [row] = await this.db.select().from(alerts).where(eq(alerts.id, id)).for('update');
    return row ?? null;
  }

  /** Only an alert still open takes an acknowledgement. */
  async acknowledge(id: string, staffId: string, note: string | null, at: Date): Promise<AlertRow | null> {
    const [row] = await this.db
      .update(alerts)
      .set({ acknowledgedAt: at, acknowledgedById: staffId, acknowledgementNote: note })
      .where(and(eq(alerts.id, id), isNull(alerts.resolvedAt)))
      .returning();
    return row ?? null;
  }
}
