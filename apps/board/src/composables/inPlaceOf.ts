// Who holds a place on a shift in someone else's stead: on a binôme's shift after an approved swap,
// the substitute holds the place of the member who handed hers over. The wall says "à la place de
// <name>" beside her, so the room reads the change, not only a new name beside the binôme's.
import type { BoardShiftFragment } from '@relais/schema';

type Substitution = Pick<BoardShiftFragment, 'substitute' | 'substitutedMember'>;

/** The name of the member this person holds the place of on the shift, or null. */
export function inPlaceOf(shift: Substitution | null | undefined, personId: string): string | null {
  return shift?.substitute?.id === personId && shift.substitutedMember ? shift.substitutedMember.fullName : null;
}
