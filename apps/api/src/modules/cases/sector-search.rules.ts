// Finding the sector (and so whom to call) from a beneficiary's name or street, and what of each
// match a viewer may see (R5). Pure: the rows come in, the matches go out.
import { caseAccess, mayReadBeneficiary, type CaseAccess, type CaseViewer } from './case.access.js';

export const SEARCH_MIN_CHARS = 2;
export const SEARCH_MAX_CHARS = 100;
// The rows read for one search: enough to fill a page after R5 and de-duplication, bounded.
export const SEARCH_ROW_CAP = 200;
// Names a viewer sees only to know whom to call (CALLER: the telephonist, a social worker for
// another sector) come a few at a time: past this many for one text none is named, and the person
// types more of it. Otherwise a hundred two-letter searches were the register R5 keeps from her.
export const CALLER_NAMES_AT_MOST = 5;

export type SearchField = 'NAME' | 'STREET';

export interface SearchRow {
  beneficiaryId: string;
  caseId: string;
  sectorId: string;
  socialWorkerId: string;
  firstName: string;
  lastName: string;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  nameMatches: boolean;
  /** The whole text is in the street, house number included (read only where the address is readable). */
  streetMatches: boolean;
  /** The text's words without house numbers are in the street (what a viewer who may not read the address searches). */
  streetWordsMatch: boolean;
  /** The street and those words as relais_fold folds them (the one folding rule, in SQL). */
  foldedStreet: string;
  foldedWords: string | null;
}

export interface SearchMatch {
  sectorId: string;
  matchedOn: SearchField;
  beneficiaryName: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
}

/** The text as searched: trimmed, inner blanks as one space; null when too short to mean anything. */
export function searchText(raw: string): { text: string } | { error: string } {
  const text = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
  if ([...text.replace(/[%_\\]/g, '')].length < SEARCH_MIN_CHARS) return { error: `Type at least ${SEARCH_MIN_CHARS} letters or digits of a name or a street.` };
  if (text.length > SEARCH_MAX_CHARS) return { error: `At most ${SEARCH_MAX_CHARS} characters.` };
  return { text };
}

/**
 * The text as searched by a viewer who may see the street but not the house (R5): every word holding a
 * digit dropped ("Rue de Mérode 110" → "Rue de Mérode", "110" → null), so the answer is the same for
 * any house number and never confirms who lives at one.
 */
export function streetWords(text: string): string | null {
  const words = text.split(' ').filter((w) => !/\d/u.test(w) && !/^(?:bte|boîte|boite|bus|bt)\.?$/iu.test(w));
  // Not folded here: relais_fold folds it with the streets, one rule for both.
  const rest = words.join(' ');
  return [...rest.replace(/[%_\\\p{P}\s]/gu, '')].length >= SEARCH_MIN_CHARS ? rest : null;
}

/**
 * Where the viewer may read addresses, so a street may be matched with its house number: every case
 * file, none (the telephonist), or one sector and her own case files (a social worker, a trainee).
 * Narrower than or equal to caseAccess's FULL and HELPER (helpers' rows are already their homes only).
 */
export type AddressScope = 'ALL' | 'NONE' | { sectorId: string | null; staffId: string };
export function addressScope(viewer: CaseViewer): AddressScope {
  if (viewer.role === 'SOCIAL_WORKER' || viewer.role === 'TRAINEE') return { sectorId: viewer.sectorId, staffId: viewer.staffId };
  if (viewer.role === 'TELEPHONIST') return 'NONE';
  return 'ALL';
}

/** A LIKE pattern that finds `text` anywhere: `%`, `_` and `\` typed by a person are plain characters. */
export function likeAnywhere(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** "Rue de la Loi 16 bte 3" → "Rue de la Loi": the street without the house (who lives there is personal). */
export function streetOnly(street: string): string {
  return street.replace(/[\s,]+\d+[\p{L}\d/-]*(?:[\s,]+(?:bte|boîte|bus|bt)\.?\s*[\p{L}\d/-]+)?\s*$/iu, '').trim();
}

/**
 * R5 for the search. The viewer's access to the case file decides (cases/case.access.ts); the
 * telephonist, and a social worker outside her sector (she is on the permanence rota and answers for
 * other sectors there), get who to call: the name and the sector (CALLER), here only, a few matches
 * at a time, never through a case file.
 */
export function searchAccess(viewer: CaseViewer, row: SearchRow): CaseAccess {
  const access = caseAccess(viewer, { id: row.caseId, sectorId: row.sectorId, socialWorkerId: row.socialWorkerId });
  return access === 'NONE' && (viewer.role === 'SOCIAL_WORKER' || viewer.role === 'TELEPHONIST') ? 'CALLER' : access;
}

/**
 * The matches a viewer may see, names first. Where the address is not theirs to read (a telephonist),
 * a street match says the street and the sector only: no name, no house number, one line per street
 * and sector, so a street search never tells who lives there. Names seen only as CALLER: at most
 * CALLER_NAMES_AT_MOST for one text, or none (`withheld`: the text must say more).
 */
export function visibleMatches(viewer: CaseViewer, rows: readonly SearchRow[]): { matches: SearchMatch[]; withheld: boolean } {
  const out = new Map<string, SearchMatch>();
  const callerNames = new Set<string>();
  for (const row of rows) {
    const access = searchAccess(viewer, row);
    if (access === 'CALLER' && row.nameMatches) callerNames.add(`N:${row.beneficiaryId}:${row.sectorId}`);
    const name = mayReadBeneficiary(access, 'name');
    const address = mayReadBeneficiary(access, 'address');
    const fullName = `${row.firstName} ${row.lastName}`;
    const place = { postalCode: row.postalCode, city: row.city };
    if (row.nameMatches && name) {
      const m: SearchMatch = { sectorId: row.sectorId, matchedOn: 'NAME', beneficiaryName: fullName, street: address ? row.street : null, ...(address ? place : { postalCode: null, city: null }) };
      out.set(`N:${row.beneficiaryId}:${row.sectorId}`, m);
    } else if (row.streetMatches && row.street && address) {
      out.set(`S:${row.beneficiaryId}:${row.sectorId}`, { sectorId: row.sectorId, matchedOn: 'STREET', beneficiaryName: name ? fullName : null, street: row.street, ...place });
    } else if (!address && row.foldedWords && row.streetWordsMatch && row.street && access !== 'NONE' && streetOnly(row.foldedStreet).includes(row.foldedWords)) {
      // The street without the house, matched by the text's words without numbers: 110 and 111 answer alike.
      const street = streetOnly(row.street);
      out.set(`T:${street.toLowerCase()}:${row.postalCode ?? ''}:${row.sectorId}`, { sectorId: row.sectorId, matchedOn: 'STREET', beneficiaryName: null, street, ...place });
    }
  }
  const withheld = callerNames.size > CALLER_NAMES_AT_MOST;
  if (withheld) for (const key of callerNames) out.delete(key);
  const rank = (m: SearchMatch) => (m.matchedOn === 'NAME' ? 0 : 1);
  const matches = [...out.values()].sort((a, b) => rank(a) - rank(b) || (a.beneficiaryName ?? a.street ?? '').localeCompare(b.beneficiaryName ?? b.street ?? '', 'fr'));
  return { matches, withheld };
}
