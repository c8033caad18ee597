// GraphQL types of the sector search: a match names the sector; the beneficiary's name and street
// only where R5 lets the viewer read them.
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Sector } from '../org/index.js';
import type { SearchMatch } from './sector-search.rules.js';

export enum SectorSearchFieldEnum {
  NAME = 'NAME',
  STREET = 'STREET',
}
registerEnumType(SectorSearchFieldEnum, { name: 'SectorSearchField', description: 'What the searched text was found in: the beneficiary\'s name or street.' });

@ObjectType({ description: "A sector found from a beneficiary's name or street; ask `sector.whoToCall` whom to call. Fields R5 hides from the viewer are null." })
export class SectorSearchMatch {
  sectorDbId!: string;

  @Field(() => Sector, { description: 'The sector of the case file.' })
  sector!: Sector;

  @Field(() => SectorSearchFieldEnum, { description: 'Whether the text was found in the name or in the street.' })
  matchedOn!: SectorSearchFieldEnum;

  @Field(() => String, { nullable: true, description: "The beneficiary's name, when R5 lets you read it (null on a telephonist's street match: a street search never says who lives there)." })
  beneficiaryName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The street: with the house number where you may read the address; without it (the street only) where you may not, for a street match.',
  })
  street!: string | null;

  @Field(() => String, { nullable: true, description: 'The postal code of that street.' })
  postalCode!: string | null;

  @Field(() => String, { nullable: true, description: 'The municipality of that street.' })
  city!: string | null;
}

@ObjectType({ description: 'The sectors found for a name or a street, names first.' })
export class SectorSearchResult {
  @Field(() => [SectorSearchMatch], { description: 'At most `first` matches you may see.' })
  matches!: SectorSearchMatch[];

  @Field(() => Boolean, { description: 'More matched than are listed: type more of the name or street. Where you see names only to know whom to call (a telephonist, another sector), more than 5 names for one text are not listed at all and `more` is true.' })
  more!: boolean;
}

export function toSectorSearchMatch(m: SearchMatch): SectorSearchMatch {
  const { sectorId, matchedOn, ...rest } = m;
  return Object.assign(new SectorSearchMatch(), { sectorDbId: sectorId, matchedOn: matchedOn as SectorSearchFieldEnum, ...rest });
}
