// Queries on the service's closing days (service_closing_days).
import { and, asc, gte, lt } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { serviceClosingDays } from '../../db/schema/index.js';

export type ClosingDayRow = typeof serviceClosingDays.$inferSelect;

export class HolidayRepository {
  constructor(private readonly db: Executor) {}

  /** Closing days in [from, to) (local dates), in date order. */
  between(from: string, to: string): Promise<ClosingDayRow[]> {
    return this.db.select().from(serviceClosingDays).where(and(gte(serviceClosingDays.day, from), lt(serviceClosingDays.day, to))).orderBy(asc(serviceClosingDays.day));
  }

  /** Replaces one year's closing days with these. */
  async replaceYear(year: number, rows: (typeof serviceClosingDays.$inferInsert)[]): Promise<ClosingDayRow[]> {
    await this.db.delete(serviceClosingDays).where(and(gte(serviceClosingDays.day, `${year}-01-01`), lt(serviceClosingDays.day, `${year + 1}-01-01`)));
    return rows.length ? this.db.insert(serviceClosingDays).values(rows).returning() : [];
  }
}
