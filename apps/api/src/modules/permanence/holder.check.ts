// Who may take a shift: the person or binôme exists, may hold the social permanence and is not away
// during it. Shared by creating a shift and changing its holder; runs inside their unit of work.
import { violation } from '../../shared/outcome.js';
import { instantInWords } from '../../time/service-time.js';
import { canHoldPermanence } from './permanence.rules.js';
import type { PermanenceOrg } from './permanence.ports.js';
import { holdingOf, shiftHolderIds, type Holding } from './shift-holders.rules.js';

/** The new holder, with database ids (decoded by the resolver); `self` takes the shift for the viewer. */
export interface HolderChoice {
  staffId?: string | null;
  binomeId?: string | null;
  /** On a binôme: the member whose place `substituteId` holds (a swap's undo restores it as it was). */
  substitutedMemberId?: string | null;
  substituteId?: string | null;
}

export type Holder = Holding;

export async function checkHolder(org: PermanenceOrg, holder: HolderChoice, span: { startsAt: Date; endsAt: Date }, required: boolean): Promise<Holder> {
  const staffId = holder.staffId || null;
  const binomeId = holder.binomeId || null;
  if (staffId && binomeId) throw violation('holderStaffId', 'ONE_HOLDER', 'Give either `holderStaffId` or `holderBinomeId`, not both.');
  if (!staffId && !binomeId) {
    if (required) throw violation('holderStaffId', 'HOLDER_REQUIRED', 'Name the person or binôme who takes the shift.');
    return holdingOf(null, null);
  }
  let holding = holdingOf(staffId, binomeId);
  let memberIds: string[];
  if (staffId) {
    const [person] = await org.staffByIds([staffId]);
    if (!person) throw violation('holderStaffId', 'UNKNOWN_PERSON', 'No staff member has this ID.');
    if (!canHoldPermanence(person.role)) {
      throw violation('holderStaffId', 'NOT_ELIGIBLE', `${person.fullName} (${person.role}) does not hold the social permanence.`);
    }
    memberIds = [person.id];
  } else {
    const [binome] = await org.binomesByIds([binomeId as string]);
    if (!binome) throw violation('holderBinomeId', 'UNKNOWN_BINOME', 'No binôme has this ID.');
    if (holder.substitutedMemberId && holder.substituteId) holding = { ...holding, substitutedMemberId: holder.substitutedMemberId, substituteId: holder.substituteId };
    memberIds = shiftHolderIds(holding, () => [binome.firstMemberId, binome.secondMemberId]);
  }
  const away = await org.absencesOverlapping({ staffIds: memberIds, from: span.startsAt, to: span.endsAt });
  if (away.length) {
    const [who] = await org.staffByIds([away[0].staffId]);
    throw violation(
      staffId ? 'holderStaffId' : 'holderBinomeId',
      'HOLDER_AWAY',
      `${who?.fullName ?? 'The holder'} is away (${away[0].kind}) from ${instantInWords(away[0].startsAt)} to ${instantInWords(away[0].endsAt)} (Brussels time), during this shift.`,
    );
  }
  return holding;
}
