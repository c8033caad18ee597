// Who holds a shift, the one answer every reader uses (on call, who to call, coverage, load, calendar,
// swaps): the person; or both members of the binôme, one of them in the place of the member who
// handed it over (an approved swap on a binôme's shift). And how a swap hands a place over. Pure.
import type { RuleError } from './permanence.rules.js';

/** How a shift is held, as stored: a person, or a binôme with at most one member substituted. */
export interface Holding {
  holderStaffId: string | null;
  holderBinomeId: string | null;
  /** The binôme member who handed over her place, and who holds it in her place (both or neither). */
  substitutedMemberId: string | null;
  substituteId: string | null;
}

/** A binôme's two members, by binôme id (undefined for one not loaded). */
export type MembersOf = (binomeId: string) => readonly string[] | undefined;

export const NOBODY: Holding = { holderStaffId: null, holderBinomeId: null, substitutedMemberId: null, substituteId: null };

/** A holding from a person or a binôme chosen whole (a replacement): no substitution. */
export const holdingOf = (staffId: string | null, binomeId: string | null): Holding => ({ ...NOBODY, holderStaffId: staffId, holderBinomeId: binomeId });

/** The people holding the shift, binôme order kept (the substitute where the member was); [] for a gap. */
export function shiftHolderIds(h: Holding, membersOf: MembersOf): string[] {
  if (h.holderStaffId) return [h.holderStaffId];
  if (!h.holderBinomeId) return [];
  return (membersOf(h.holderBinomeId) ?? []).map((m) => (m === h.substitutedMemberId && h.substituteId ? h.substituteId : m));
}

export const sameHolding = (a: Holding, b: Holding) =>
  a.holderStaffId === b.holderStaffId && a.holderBinomeId === b.holderBinomeId && a.substitutedMemberId === b.substitutedMemberId && a.substituteId === b.substituteId;

/** The shift's holding as its change of holder records it before and after (permanence_replacements). */
export function recordedHoldings(r: {
  previousStaffId: string | null;
  previousBinomeId: string | null;
  previousSubstitutedMemberId: string | null;
  previousSubstituteId: string | null;
  newStaffId: string | null;
  newBinomeId: string | null;
  newSubstitutedMemberId: string | null;
  newSubstituteId: string | null;
}): { previous: Holding; next: Holding } {
  return {
    previous: { holderStaffId: r.previousStaffId, holderBinomeId: r.previousBinomeId, substitutedMemberId: r.previousSubstitutedMemberId, substituteId: r.previousSubstituteId },
    next: { holderStaffId: r.newStaffId, holderBinomeId: r.newBinomeId, substitutedMemberId: r.newSubstitutedMemberId, substituteId: r.newSubstituteId },
  };
}

/**
 * A member of the binôme may hand over her place while the other member keeps hers; when one place
 * is already handed over, the other member cannot hand hers too (a binôme has one substitute at a
 * time): whoever programs replacements replaces the holders instead.
 */
export function mayHandOver(h: Holding, giverId: string, field = 'shiftId'): { error: RuleError } | null {
  if (!h.holderBinomeId || !h.substitutedMemberId || giverId === h.substituteId) return null;
  return {
    error: {
      field,
      code: 'PARTNER_ALREADY_REPLACED',
      message: 'Your binôme partner has already handed over her place on this shift: ask whoever programs replacements to replace its holders.',
    },
  };
}

/**
 * The holding after `giverId` hands her place to `takerId` (an approved swap): a person's shift
 * goes to the taker; on a binôme's shift the taker holds the giver's place beside the other member,
 * and a member taking her own place back gives the shift back to the binôme whole.
 */
export function handOver(h: Holding, giverId: string, takerId: string): Holding | { error: RuleError } {
  if (!h.holderBinomeId) return holdingOf(takerId, null);
  const refused = mayHandOver(h, giverId, 'swapId');
  if (refused) return refused;
  const member = giverId === h.substituteId ? (h.substitutedMemberId as string) : giverId;
  return member === takerId ? holdingOf(null, h.holderBinomeId) : { ...NOBODY, holderBinomeId: h.holderBinomeId, substitutedMemberId: member, substituteId: takerId };
}
