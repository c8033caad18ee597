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

const unique = <T>(items: T[]): T[] => [...new Set(items)];

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
    const years = await this.yearsFacts(yearsOf(change.shift), previous);
    // The shift as it is now was the change's result; before it, the previous holders held it.
    return compare(years, change.shift, previous, () => previous, (now) => now.holderIds);
  }

  /**
   * What approving each swap would do: its taker holds the place of its giver (on a binôme's shift,
   * beside the other member; a person's shift, alone): the warnings each change would carry if made
   * now, per year it touches. Each year is read once for all the swaps (the pending list), not once per swap.
   */
  async ifHandedOverEach(swaps: readonly HandOver[]): Promise<LoadWarning[][]> {
    const weekend = swaps.filter((s) => s.shift.kind === 'WEEKEND');
    if (!weekend.length) return swaps.map(() => []);
    const years = await this.yearsFacts(unique(weekend.flatMap((s) => yearsOf(s.shift))), unique(weekend.map((s) => s.takerId)));
    return swaps.map(({ shift, giverId, takerId }) => {
      if (shift.kind !== 'WEEKEND') return [];
      const after = (now: LoadShift) => (now.holderIds.includes(giverId) ? unique(now.holderIds.map((id) => (id === giverId ? takerId : id))) : [takerId]);
      return compare(years, shift, [takerId], (now) => now.holderIds, after);
    });
  }

  /** Each year's facts, read once; `alsoPeople` (about to hold or having held a week-end shift) among the people read. */
  private async yearsFacts(years: number[], alsoPeople: string[]): Promise<Map<number, YearFacts>> {
    const facts = new Map<number, YearFacts>();
    for (const year of years) facts.set(year, await this.facts(year, alsoPeople));
    return facts;
  }

  /** A year's shifts (from its first to its last local day), the people who may be on its rota, and its closed days. */
  private async facts(year: number, alsoPeople: string[] = []): Promise<YearFacts> {
    const repo = this.uow.read.load;
    const from = `${year}-01-01`;
    const to = `${year + 1}-01-01`;
    const shifts = await repo.heldShifts(dayBounds(from).from, dayBounds(to).from);
    const rows = await repo.rotaPeople(unique([...shifts.flatMap((s) => s.holderIds), ...alsoPeople]));
    const days = await closedDays(this.holidays, from, to);
    return { year, shifts, rows, closed: (day: string) => days.has(day) };
  }

  private async read(year: number) {
    const f = await this.facts(year);
    return { shifts: f.shifts, people: rotaOf(f, []), closed: f.closed };
  }
}

export interface HandOver {
  shift: HolderChange['shift'];
  giverId: string;
  takerId: string;
}

interface YearFacts {
  year: number;
  shifts: LoadShift[];
  /** Every binôme member and whoever holds a shift or may (a superset: `rotaOf` keeps a change's own). */
  rows: Awaited<ReturnType<RotaLoadRepository['rotaPeople']>>;
  closed: (day: string) => boolean;
}

const yearsOf = (shift: { startsAt: Date; endsAt: Date }) => unique([localDay(shift.startsAt), localDay(shift.endsAt)].map((d) => d.slice(0, 4))).map(Number);

/**
 * A year's people as one change sees them: the week-end rota (binôme members, whoever held a
 * week-end shift, and `alsoPeople`, about to hold or having held one) and, off it, whoever held
 * only weekday permanence. Other changes' people read with it are left out.
 */
function rotaOf(f: YearFacts, alsoPeople: string[]): RotaPerson[] {
  const holders = new Set([...f.shifts.flatMap((s) => s.holderIds), ...alsoPeople]);
  const weekend = new Set([...f.shifts.filter((s) => s.kind === 'WEEKEND').flatMap((s) => s.holderIds), ...alsoPeople]);
  return f.rows.filter((p) => p.binomeMember || holders.has(p.id)).map((p): RotaPerson => ({ id: p.id, fte: p.fte, weekendRota: p.binomeMember || weekend.has(p.id) }));
}

function compare(years: Map<number, YearFacts>, shift: HolderChange['shift'], alsoPeople: string[], before: (s: LoadShift) => string[], after: (s: LoadShift) => string[]): LoadWarning[] {
  const warnings: LoadWarning[] = [];
  for (const year of yearsOf(shift)) {
    const f = years.get(year);
    const now = f?.shifts.find((s) => s.id === shift.dbId);
    if (!f || !now) continue;
    const people = rotaOf(f, alsoPeople);
    const [was, will] = [before(now), after(now)];
    const added = will.filter((id) => !was.includes(id));
    const as = (holderIds: string[]) => f.shifts.map((s): LoadShift => (s === now ? { ...s, holderIds } : s));
    for (const w of unfairAfterChange(yearLoad(year, as(was), people, f.closed), yearLoad(year, as(will), people, f.closed), added)) warnings.push({ ...w, year });
  }
  return warnings;
}
