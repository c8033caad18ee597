// The satisfaction settings' one row: read (none yet: the defaults apply), locked, written by upsert.
import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { satisfactionSettings } from '../../db/schema/index.js';

export type SatisfactionSettingsRow = typeof satisfactionSettings.$inferSelect;

export class SatisfactionSettingsRepository {
  constructor(private readonly db: Executor) {}

  async current(): Promise<SatisfactionSettingsRow | null> {
    const [row] = await this.db.select().from(satisfactionSettings).where(eq(satisfactionSettings.singleton, true));
    return row ?? null;
  }

  /** The row, locked until the transaction ends: two changes at once are made one after the other. */
  async lock(): Promise<SatisfactionSettingsRow | null> {
    const [row] = await this.db.select().from(satisfactionSettings).where(eq(satisfactionSettings.singleton, true)).for('update');
    return row ?? null;
  }

  async save(values: { lowScoreAtMost: number; version: number; updatedById: string; updatedAt: Date }): Promise<SatisfactionSettingsRow> {
    const [row] = await this.db
      .insert(satisfactionSettings)
      .values({ singleton: true, ...values })
      .onConflictDoUpdate({ target: satisfactionSettings.singleton, set: values })
      .returning();
    return row;
  }
}
