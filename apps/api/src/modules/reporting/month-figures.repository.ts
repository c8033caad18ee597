// Months' figures as reporting tools were first given them (reporting_month_figures): written once, never updated.
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { reportingMonthFigures } from '../../db/schema/index.js';

export type MonthFigures = Record<string, unknown[]>;

export class MonthFiguresRepository {
  constructor(private readonly db: Executor) {}

  async read(report: string, months: string[]): Promise<Map<string, MonthFigures>> {
    if (!months.length) return new Map();
    const rows = await this.db
      .select({ month: reportingMonthFigures.month, figures: reportingMonthFigures.figures })
      .from(reportingMonthFigures)
      .where(and(eq(reportingMonthFigures.report, report), inArray(reportingMonthFigures.month, months)));
    return new Map(rows.map((r) => [r.month, r.figures as MonthFigures]));
  }

  /** Keeps a month's figures unless some are kept already (a concurrent first read): the first kept stay. */
  async keep(report: string, month: string, figures: MonthFigures, at: Date): Promise<void> {
    await this.db.insert(reportingMonthFigures).values({ report, month, figures, frozenAt: at }).onConflictDoNothing();
  }
}
