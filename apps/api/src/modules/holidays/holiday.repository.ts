// Queries on the service's closing days (service_closing_days).
import { and, asc, gte, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { serviceClosingDays } from '../../db/schema/index.js';
import { sharedRead, type RequestReads } from '../../db/request-reads.js';

const CLOSING_DAYS_LOCK = 7_245_101;

export type ClosingDayRow = typeof serviceClosingDays.$inferSelect;

export class HolidayRepository {
  constructor(private readonly db: Executor) {}

  /** Closing days in [from, to) (local dates), in date order. */
  between(from: string, to: string, reads?: RequestReads): Promise<ClosingDayRow[]> {
    return sharedRead(reads, `closingDays:${from}:${to}`, () =>
      this.db.select().from(serviceClosingDays).where(and(gte(serviceClosingDays.day, from), lt(serviceClosingDays.day, to))).orderBy(asc(serviceClosingDays.day)),
    );
  }

  /** Held until commit: one change of a year's closing days at a time (twenty identical requests give one result, not a key clash). */
  async lockYear(year: number): Promise<void> {
    await this.db.execute(sql`select pg_advisory_xact_lock(${CLOSING_DAYS_LOCK}, ${year})`);
  }

  /** Replaces one year's closing days with these. */
  async replaceYear(year: number, rows: (typeof serviceClosingDays.$inferInsert)[]): Promise<ClosingDayRow[]> {
    await this.db.delete(serviceClosingDays).where(and(gte(serviceClosingDays.day, `${year}-01-01`), lt(serviceClosingDays.day, `${year + 1}-01-01`)));
    return rows.length ? this.db.insert(serviceClosingDays).values(rows).returning() : [];
  }
}
