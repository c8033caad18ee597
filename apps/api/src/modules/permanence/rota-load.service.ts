// The week-end load of a year (issue 12): each person's week-ends, holiday days and weekday shifts,
// their share by FTE and the fairness figure; and, after a change of holder, who it leaves carrying
// too much (a warning for whoever programmed it, never a refusal).
import type { UnitOfWork } from '../../db/unit-of-work.js';
import { BadInput } from '../../shared/outcome.js';
import { dayBounds, localDay } from '../../time/service-time.js';
import { closedDays } from './closed-days.js';
import type { HolidayLookup } from './permanence.ports.js';
import type { LoadShift, RotaLoadRepository } from './rota-load.repository.js';
import { unfairAfterChange, yearLoad, type FairnessWarningRule, type RotaPerson, type YearLoad } from './rota-fairness.rules.js';
import type { ShiftKind } from './coverage.rules.js';
import { shiftHolderIds, type Holding } from './shift-holders.rules.js';

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

export interface YearLoadView extends YearLoad {
  year: number;
}

/** A change of holder as the mutation's payload tells it (database ids). */
export interface HolderChange {
  shift: { dbId: string; kind: ShiftKind; startsAt: Date; endsAt: Date };
  /** Who held it before the change. */
  previous: Holding;
}

export interface LoadWarning extends FairnessWarningRule {
  year: number;
}

const unique = (ids: string[]) => [...new Set(ids)];

export class RotaLoadService {
  constructor(
    private readonly uow: UnitOfWork<{ load: RotaLoadRepository }>,
    private readonly holidays: HolidayLookup | null,
  ) {}

  async yearLoad(year: number): Promise<YearLoadView> {
    if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
      throw new BadInput('year', `year must be a whole year from ${FIRST_YEAR} to ${LAST_YEAR}.`, 'INVALID_YEAR');
    }
    const { shifts, people, closed } = await this.read(year);
    return { year, ...yearLoad(year, shifts, people, closed) };
  }

  /** The new holders a change of a week-end shift leaves more than a week-end above their FTE share, per year it touches. */
  async afterChange(change: HolderChange): Promise<LoadWarning[]> {
    if (change.shift.kind !== 'WEEKEND') return [];
    const repo = this.uow.read.load;
    const binomeId = change.previous.holderBinomeId;
    const members = binomeId ? await repo.binomeMembers([binomeId]) : new Map<string, string[]>();
    const previous = shiftHolderIds(change.previous, (id) => members.get(id));
    // The shift as it is now was the change's result; before it, the previous holders held it.
    return this.compare(change.shift, previous, () => previous, (now) => now.holderIds);
  }

  /**
   * What an approved swap would do: `takerId` holds the place of `giverId` (on a binôme's shift,
   * beside the other member; a person's shift, alone): the warnings the change would carry if made
   * now, per year it touches.
   */
  async ifHandedOver(shift: HolderChange['shift'], giverId: string, takerId: string): Promise<LoadWarning[]> {
    if (shift.kind !== 'WEEKEND') return [];
    const after = (now: LoadShift) => (now.holderIds.includes(giverId) ? unique(now.holderIds.map((id) => (id === giverId ? takerId : id))) : [takerId]);
    return this.compare(shift, [takerId], (now) => now.holderIds, after);
  }

  private async compare(shift: HolderChange['shift'], alsoPeople: string[], before: (s: LoadShift) => string[], after: (s: LoadShift) => string[]): Promise<LoadWarning[]> {
    const years = unique([localDay(shift.startsAt), localDay(shift.endsAt)].map((d) => d.slice(0, 4))).map(Number);
    const warnings: LoadWarning[] = [];
    for (const year of years) {
      const { shifts, people, closed } = await this.read(year, alsoPeople);
      const now = shifts.find((s) => s.id === shift.dbId);
      if (!now) continue;
      const [was, will] = [before(now), after(now)];
      const added = will.filter((id) => !was.includes(id));
      const as = (holderIds: string[]) => shifts.map((s): LoadShift => (s === now ? { ...s, holderIds } : s));
      for (const w of unfairAfterChange(yearLoad(year, as(was), people, closed), yearLoad(year, as(will), people, closed), added)) warnings.push({ ...w, year });
    }
    return warnings;
  }

  /**
   * A year's shifts (from its first to its last local day), its people and the closed days: the
   * week-end rota (binôme members, whoever held a week-end shift, and `alsoPeople`, about to hold or
   * having held one) and, off it, whoever held only weekday permanence.
   */
  private async read(year: number, alsoPeople: string[] = []) {
    const repo = this.uow.read.load;
    const from = `${year}-01-01`;
    const to = `${year + 1}-01-01`;
    const shifts = await repo.heldShifts(dayBounds(from).from, dayBounds(to).from);
    const weekend = new Set([...shifts.filter((s) => s.kind === 'WEEKEND').flatMap((s) => s.holderIds), ...alsoPeople]);
    const rows = await repo.rotaPeople(unique([...shifts.flatMap((s) => s.holderIds), ...alsoPeople]));
    const people = rows.map((p): RotaPerson => ({ id: p.id, fte: p.fte, weekendRota: p.binomeMember || weekend.has(p.id) }));
    const days = await closedDays(this.holidays, from, to);
    return { shifts, people, closed: (day: string) => days.has(day) };
  }
}
