// Who of each shift's holders answers, in call order, with the absence that concerns the shift:
// what the board needs to strike an absent holder and show first whoever actually answers.
import type { UnitOfWork } from '../../db/unit-of-work.js';
import { holdersInCallOrder, momentThatMatters, type HolderAbsence, type HolderInCallOrder } from './holder-order.rules.js';
import type { PermanenceRepositories } from './permanence.repositories.js';
import { shiftHolderIds } from './shift-holders.rules.js';

export class ShiftHoldersService {
  constructor(private readonly uow: UnitOfWork<Pick<PermanenceRepositories, 'permanence' | 'org'>>) {}

  /** For each shift id (in the same order), its holders in call order at `now`; [] for an unknown shift. */
  async inCallOrder(shiftIds: readonly string[], now: Date): Promise<HolderInCallOrder[][]> {
    const { permanence, org } = this.uow.read;
    const shifts = await permanence.shiftsByIds(shiftIds);
    const binomes = await org.binomesByIds([...new Set(shifts.flatMap((s) => (s.holderBinomeId ? [s.holderBinomeId] : [])))]);
    const members = new Map(binomes.map((b) => [b.id, [b.firstMemberId, b.secondMemberId]]));
    const holderIds = (s: (typeof shifts)[number]) => shiftHolderIds(s, (id) => members.get(id));
    const staffIds = [...new Set(shifts.flatMap(holderIds))];
    let absences: HolderAbsence[] = [];
    if (staffIds.length) {
      const from = new Date(Math.min(...shifts.map((s) => momentThatMatters(s, now).getTime())));
      const to = new Date(Math.max(from.getTime() + 1, ...shifts.map((s) => s.endsAt.getTime())));
      absences = await org.absencesOverlapping({ staffIds, from, to });
    }
    const byId = new Map(shifts.map((s) => [s.id, s]));
    return shiftIds.map((id) => {
      const shift = byId.get(id);
      return shift ? holdersInCallOrder(shift, holderIds(shift), absences, now) : [];
    });
  }
}
