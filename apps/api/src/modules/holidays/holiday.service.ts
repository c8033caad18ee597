// Holiday use cases: which days are public holidays or closing days (for the API, the rota, who to
// call and the planning), and direction setting a year's closing days.
import type { RequestReads } from '../../db/request-reads.js';
import type { UnitOfWork } from '../../db/unit-of-work.js';
import { BadInput, RuleViolation } from '../../shared/outcome.js';
import { addDays, isLocalDay } from '../../time/service-time.js';
import type { DomainEvent, Outbox } from '../../events/outbox.js';
import type { HolidayRepository } from './holiday.repository.js';
import { closingDaysError, holidaysBetween, type Holiday } from './holiday.rules.js';

/** What follows a change of closing days in its transaction (schedules: visits on those days are rechecked), publishing `events` with its own. */
export interface ClosingDaysEffects {
  changed(days: string[], opts: { now: Date; actorId: string; events: DomainEvent[] }): Promise<unknown>;
}

export type HolidayRepositories = { holidays: Pick<HolidayRepository, 'between' | 'replaceYear' | 'lockYear'>; outbox: Pick<Outbox, 'publish'>; effects: ClosingDaysEffects | null };

const MAX_SPAN_DAYS = 800;

/** Which local days are closed: the port other modules receive from the composition root. */
export interface HolidayLookup {
  /** Public holidays and closing days in [from, to) (local dates YYYY-MM-DD); `reads`: a query request's shared reads. */
  holidaysBetween(from: string, to: string, reads?: RequestReads): Promise<Holiday[]>;
}

export class HolidayService implements HolidayLookup {
  constructor(private readonly uow: UnitOfWork<HolidayRepositories>) {}

  async holidaysBetween(from: string, to: string, reads?: RequestReads): Promise<Holiday[]> {
    const closing = await this.uow.read.holidays.between(from, to, reads);
    return holidaysBetween(from, to, closing.map((c) => ({ day: c.day, kind: 'SERVICE_CLOSING_DAY', name: c.name })));
  }

  /** The API's `holidays(from, to)`: checked bounds, at most about two years. */
  list(from: string, to: string, reads?: RequestReads): Promise<Holiday[]> {
    if (!isLocalDay(from)) throw new BadInput('from', '`from` must be a date YYYY-MM-DD.');
    if (!isLocalDay(to) || to <= from) throw new BadInput('to', '`to` must be a date YYYY-MM-DD after `from`.');
    if (to > addDays(from, MAX_SPAN_DAYS)) throw new BadInput('to', `A window spans at most ${MAX_SPAN_DAYS} days.`);
    return this.holidaysBetween(from, to, reads);
  }

  /** Direction sets one year's closing days (replacing that year's list); the year's holidays come back. */
  async setClosingDays(year: number, days: { day: string; name: string }[], viewer: { staffId: string }, now: Date): Promise<Holiday[]> {
    const error = closingDaysError(year, days);
    if (error) throw new RuleViolation([{ ...error, field: ['input', ...error.field] }]);
    // Who set them and when is kept on each row; the rota already generated is not reshaped (see README).
    await this.uow.run(async ({ holidays, outbox, effects }) => {
      await holidays.lockYear(year);
      const before = new Set((await holidays.between(`${year}-01-01`, `${year + 1}-01-01`)).map((c) => c.day));
      await holidays.replaceYear(year, days.map((d) => ({ day: d.day, name: d.name.trim(), setById: viewer.staffId, setAt: now })));
      const after = new Set(days.map((d) => d.day));
      // With the change: the board's holidays and who to call (R14: offices closed) follow it.
      const event: DomainEvent = { type: 'SERVICE_CLOSING_DAYS_SET', topic: 'holiday', actorId: viewer.staffId, payload: { year, days: [...after].sort() } };
      // Days that opened or closed: the helpers' visits planned on them are rechecked (VISIT_ON_HOLIDAY).
      const changed = [...before, ...after].filter((d) => before.has(d) !== after.has(d)).sort();
      if (effects && changed.length) await effects.changed(changed, { now, actorId: viewer.staffId, events: [event] });
      else await outbox.publish(event);
    });
    return this.holidaysBetween(`${year}-01-01`, `${year + 1}-01-01`);
  }
}
