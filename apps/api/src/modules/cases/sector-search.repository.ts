// The sector search's one query: beneficiaries whose name or street holds the text, accent- and
// case-free (relais_fold, drizzle/0015_sector_search.sql; trigram-indexed where pg_trgm exists).
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { beneficiaries, caseFiles } from '../../db/schema/index.js';
import { likeAnywhere, type AddressScope, type SearchRow } from './sector-search.rules.js';

// The same expressions as the indexes, so the planner can use them.
const NAME = sql`relais_fold(${beneficiaries.firstName} || ' ' || ${beneficiaries.lastName} || ' ' || ${beneficiaries.firstName})`;
const STREET = sql`relais_fold(coalesce(${beneficiaries.street}, ''))`;

export class SectorSearchRepository {
  constructor(private readonly db: Executor) {}

  /**
   * Up to `cap` case files of beneficiaries whose name or street holds `pattern` (a LIKE pattern,
   * `\` escapes), within the case files given (null = all), name matches first. The whole text is
   * matched against streets only where the viewer may read the address (`scope`); elsewhere only its
   * words without house numbers (`words`, null when nothing is left), so which rows are read
   * never depends on a house number the viewer may not see (R5). Every folding is relais_fold's: the
   * street and the words come back folded for the rules to compare, never folded again in TypeScript.
   */
  async search(pattern: string, words: string | null, scope: AddressScope, caseIds: readonly string[] | null, cap: number): Promise<SearchRow[]> {
    if (caseIds && !caseIds.length) return [];
    const folded = sql`relais_fold(${pattern})`;
    const nameMatches: SQL<boolean> = sql<boolean>`${NAME} LIKE ${folded}`;
    const inScope: SQL<boolean> =
      scope === 'ALL'
        ? sql<boolean>`true`
        : scope === 'NONE'
          ? sql<boolean>`false`
          : sql<boolean>`(${caseFiles.socialWorkerId} = ${scope.staffId} OR ${scope.sectorId === null ? sql`false` : sql`${caseFiles.sectorId} = ${scope.sectorId}`})`;
    const streetMatches: SQL<boolean> = sql<boolean>`(${inScope} AND ${STREET} LIKE ${folded})`;
    const streetWordsMatch: SQL<boolean> = words === null ? sql<boolean>`false` : sql<boolean>`${STREET} LIKE relais_fold(${likeAnywhere(words)})`;
    return this.db
      .select({
        beneficiaryId: beneficiaries.id,
        caseId: caseFiles.id,
        sectorId: caseFiles.sectorId,
        socialWorkerId: caseFiles.socialWorkerId,
        firstName: beneficiaries.firstName,
        lastName: beneficiaries.lastName,
        street: beneficiaries.street,
        postalCode: beneficiaries.postalCode,
        city: beneficiaries.city,
        nameMatches: nameMatches.mapWith(Boolean),
        streetMatches: streetMatches.mapWith(Boolean),
        streetWordsMatch: streetWordsMatch.mapWith(Boolean),
        foldedStreet: sql<string>`${STREET}`,
        foldedWords: sql<string | null>`relais_fold(${words}::text)`,
      })
      .from(beneficiaries)
      .innerJoin(caseFiles, eq(caseFiles.beneficiaryId, beneficiaries.id))
      .where(and(sql`(${nameMatches} OR ${streetMatches} OR ${streetWordsMatch})`, caseIds ? inArray(caseFiles.id, [...caseIds]) : undefined))
      .orderBy(desc(nameMatches), asc(beneficiaries.lastName), asc(beneficiaries.firstName), asc(caseFiles.id))
      .limit(cap);
  }
}
