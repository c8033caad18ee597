// The desk's sector search over GraphQL: one query, and the match's sector through the loader.
import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ALL_STAFF } from '../auth/index.js';
import { Sector, toSector } from '../org/index.js';
import type { SectorSearchService } from './sector-search.service.js';
import { SectorSearchMatch, SectorSearchResult, toSectorSearchMatch } from './sector-search.types.js';

@Resolver(() => SectorSearchMatch)
export class SectorSearchResolver {
  constructor(private readonly search: SectorSearchService) {}

  @Authorized(ALL_STAFF)
  @Query(() => SectorSearchResult, {
    description:
      "Find the sector (and so whom to call) from part of a beneficiary's name or street, accents and case ignored; `%` and `_` are plain characters. What of each match you see follows R5: a telephonist gets the name and the sector, and for a street the street and the sector, never who lives there: where you may not read the address, house numbers in the text are ignored (words holding a digit are dropped), so a number neither narrows nor confirms anything and a text of digits only finds no street.",
  })
  async sectorSearch(
    @Arg('text', () => String, { description: 'Part of a name (first or last name, either order) or of a street: at least 2 letters or digits.' }) text: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10, description: 'How many matches at most.' }) first: number,
    @Ctx() ctx: Context,
  ): Promise<SectorSearchResult> {
    const found = await this.search.search(text, first, ctx.viewer);
    return Object.assign(new SectorSearchResult(), { matches: found.matches.map(toSectorSearchMatch), more: found.more });
  }

  @FieldResolver(() => Sector)
  async sector(@Root() match: SectorSearchMatch, @Ctx() ctx: Context): Promise<Sector> {
    const row = await ctx.loaders.sector.load(match.sectorDbId);
    if (!row) throw new Error(`sector ${match.sectorDbId} is missing`);
    return toSector(row);
  }
}
