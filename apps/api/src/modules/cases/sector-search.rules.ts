// Finding the sector (and so whom to call) from a beneficiary's name or street, and what of each
// match a viewer may see (R5). Pure: the rows come in, the matches go out.
import { caseAccess, mayReadBeneficiary, type CaseAccess, type CaseViewer } from './case.access.js';

export const SEARCH_MIN_CHARS = 2;
export const SEARCH_MAX_CHARS = 100;
// The rows read for one search: enough to fill a page after R5 and de-duplication, bounded.
export const SEARCH_ROW_CAP = 200;

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
  streetMatches: boolean;
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

/** A LIKE pattern that finds `text` anywhere: `%`, `_` and `\` typed by a person are plain characters. */
export function likeAnywhere(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** "Rue de la Loi 16 bte 3" → "Rue de la Loi": the street without the house (who lives there is personal). */
export function streetOnly(street: string): string {
  return street.replace(/[\s,]+\d+[\p{L}\d/-]*(?:[\s,]+(?:bte|boîte|bus|bt)\.?\s*[\p{L}\d/-]+)?\s*$/iu, '').trim();
}

/**
 * R5 for the search. The viewer's access to the case file decides (cases/case.access.ts); a social
 * worker is on the permanence rota and answers for other sectors there, so outside her sector she
 * gets what a telephonist gets (who to call: the name and the sector), not nothing.
 */
export function searchAccess(viewer: CaseViewer, row: SearchRow): CaseAccess {
  const access = caseAccess(viewer, { id: row.caseId, sectorId: row.sectorId, socialWorkerId: row.socialWorkerId });
  return access === 'NONE' && viewer.role === 'SOCIAL_WORKER' ? 'CALLER' : access;
}

/**
 * The matches a viewer may see, names first. Where the address is not theirs to read (a telephonist),
 * a street match says the street and the sector only: no name, no house number, one line per street
 * and sector, so a street search never tells who lives there.
 */
export function visibleMatches(viewer: CaseViewer, rows: readonly SearchRow[]): SearchMatch[] {
  const out = new Map<string, SearchMatch>();
  for (const row of rows) {
    const access = searchAccess(viewer, row);
    const name = mayReadBeneficiary(access, 'name');
    const address = mayReadBeneficiary(access, 'address');
    const fullName = `${row.firstName} ${row.lastName}`;
    const place = { postalCode: row.postalCode, city: row.city };
    if (row.nameMatches && name) {
      const m: SearchMatch = { sectorId: row.sectorId, matchedOn: 'NAME', beneficiaryName: fullName, street: address ? row.street : null, ...(address ? place : { postalCode: null, city: null }) };
      out.set(`N:${row.beneficiaryId}:${row.sectorId}`, m);
    } else if (row.streetMatches && row.street && address) {
      out.set(`S:${row.beneficiaryId}:${row.sectorId}`, { sectorId: row.sectorId, matchedOn: 'STREET', beneficiaryName: name ? fullName : null, street: row.street, ...place });
    } else if (row.streetMatches && row.street && access !== 'NONE') {
      const street = streetOnly(row.street);
      out.set(`T:${street.toLowerCase()}:${row.postalCode ?? ''}:${row.sectorId}`, { sectorId: row.sectorId, matchedOn: 'STREET', beneficiaryName: null, street, ...place });
    }
  }
  const rank = (m: SearchMatch) => (m.matchedOn === 'NAME' ? 0 : 1);
  return [...out.values()].sort((a, b) => rank(a) - rank(b) || (a.beneficiaryName ?? a.street ?? '').localeCompare(b.beneficiaryName ?? b.street ?? '', 'fr'));
}
