// Who of each shift's holders answers, in call order, with the absence that concerns the shift:
// what the board needs to strike an absent holder and show first whoever actually answers.
import type { RequestReads } from '../../db/request-reads.js';
import type { UnitOfWork } from '../../db/unit-of-work.js';
import { holdersInCallOrder, momentThatMatters, type HolderAbsence, type HolderInCallOrder } from './holder-order.rules.js';
import type { PermanenceRepositories } from './permanence.repositories.js';
import { shiftHolderIds, type Holding } from './shift-holders.rules.js';

/** What the call order needs of a shift: its span and how it is held (a substitute included). */
export interface ShiftFacts extends Holding {
  id: string;
  startsAt: Date;
  endsAt: Date;
}

export class ShiftHoldersService {
  constructor(private readonly uow: UnitOfWork<Pick<PermanenceRepositories, 'org'>>) {}

  /** For each shift (in the same order; the caller has read it already), its holders in call order at `now`. */
  /** `reads`: a query request's shared reads (db/request-reads.ts). */
  async inCallOrder(shifts: readonly ShiftFacts[], now: Date, reads?: RequestReads): Promise<HolderInCallOrder[][]> {
    const { org } = this.uow.read;
    const binomes = await org.binomesByIds([...new Set(shifts.flatMap((s) => (s.holderBinomeId ? [s.holderBinomeId] : [])))], reads);
    const members = new Map(binomes.map((b) => [b.id, [b.firstMemberId, b.secondMemberId]]));
    const holderIds = (s: (typeof shifts)[number]) => shiftHolderIds(s, (id) => members.get(id));
    const staffIds = [...new Set(shifts.flatMap(holderIds))];
    let absences: HolderAbsence[] = [];
    if (staffIds.length) {
      const from = new Date(Math.min(...shifts.map((s) => momentThatMatters(s, now).getTime())));
      const to = new Date(Math.max(from.getTime() + 1, ...shifts.map((s) => s.endsAt.getTime())));
      absences = await org.absencesOverlapping({ staffIds, from, to });
    }
    return shifts.map((shift) => holdersInCallOrder(shift, holderIds(shift), absences, now));
  }
}
