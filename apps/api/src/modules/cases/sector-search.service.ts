// The permanence desk's sector search: from a beneficiary's name or street to the sector (and so
// whom to call, Sector.whoToCall), showing of each match only what R5 lets the viewer see.
import type { Database } from '../../db/client.js';
import { BadInput, Forbidden } from '../../shared/outcome.js';
import type { Viewer } from '../auth/index.js';
import type { CaseViewer } from './case.access.js';
import { isHelper } from '../org/index.js';
import { SectorSearchRepository } from './sector-search.repository.js';
import { addressScope, likeAnywhere, SEARCH_ROW_CAP, searchText, streetWords, visibleMatches, type SearchMatch } from './sector-search.rules.js';

export interface SectorSearchOutcome {
  matches: SearchMatch[];
  /** More matched than were returned: the person should type more. */
  more: boolean;
}

export class SectorSearchService {
  private readonly repo: SectorSearchRepository;

  constructor(
    db: Database,
    private readonly caseViewer: (viewer: Viewer | null) => Promise<CaseViewer | null>,
  ) {
    this.repo = new SectorSearchRepository(db);
  }

  async search(raw: string, first: number, viewer: Viewer | null): Promise<SectorSearchOutcome> {
    const cv = await this.caseViewer(viewer);
    if (!cv) throw new Forbidden();
    const parsed = searchText(raw);
    if ('error' in parsed) throw new BadInput('text', parsed.error, 'TOO_SHORT');
    // R5: a helper finds only the homes it goes to; every other role searches all case files and
    // sees of each what its access allows (sector-search.rules.ts).
    // Where the address is not the viewer's to read, a street is found by its words alone (house numbers
    // ignored): "Rue de Mérode 110" and "… 111" answer alike, "110" finds no street.
    const words = streetWords(parsed.text);
    const rows = await this.repo.search(likeAnywhere(parsed.text), words, addressScope(cv), isHelper(cv.role) ? [...cv.servedCaseIds] : null, SEARCH_ROW_CAP);
    const { matches, withheld } = visibleMatches(cv, rows);
    return { matches: matches.slice(0, first), more: withheld || matches.length > first || rows.length >= SEARCH_ROW_CAP };
  }
}
