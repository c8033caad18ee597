// The satisfaction report's figures as GraphQL types; each field says what it counts.
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ReportPeriod } from './report-period.types.js';

@ObjectType({ description: 'R7, R8: the beneficiaries’ satisfaction on one domain, in one month and sector. Below the minimum group the figures are withheld (null).' })
export class SatisfactionFigure {
  @Field(() => String, { description: 'Local month (Europe/Brussels) YYYY-MM the checks were recorded.' }) month!: string;
  @Field(() => String, { description: 'The case files’ sector code.' }) sectorCode!: string;
  @Field(() => String, { description: 'The sector’s name.' }) sectorName!: string;
  @Field(() => String, { description: 'PUNCTUALITY, QUALITY_OF_HELP, RELATIONSHIP_WITH_HELPER or COMMUNICATION_WITH_SERVICE.' }) domain!: string;
  @Field(() => Int, { description: 'Satisfaction checks recorded in the month and sector (all domains).' }) checks!: number;
  @Field(() => Int, { description: 'Of those, the checks that scored this domain.' }) answers!: number;
  @Field(() => Int, { description: 'Distinct beneficiaries among those answers (a beneficiary asked twice in the month counts once): the figures are withheld below `minGroupSize`.' }) beneficiaries!: number;
  @Field(() => Float, { nullable: true, description: 'Mean score (1–5), two decimals; null when withheld.' }) meanScore!: number | null;
  @Field(() => Int, { nullable: true, description: 'Answers scoring 4 or 5 (satisfied); null when withheld.' }) satisfied!: number | null;
  @Field(() => Int, { nullable: true, description: 'Answers scoring at most the report’s `lowScoreAtMost` (low: dissatisfied; 1 or 2 unless direction set another threshold); null when withheld.' }) dissatisfied!: number | null;
  @Field(() => Boolean, { description: 'True when fewer than `minGroupSize` distinct beneficiaries answered (however many answers): the figures would point at them, so they are not shown.' }) withheld!: boolean;
  @Field(() => Boolean, { description: 'True for the current month: counted up to the end of today (`partialUntil`), its figures still move.' }) partial!: boolean;
}

@ObjectType({ description: 'The beneficiaries’ satisfaction asked at revisions (R7) and helper controls (R8), by month, sector and domain: counts and means only, never a comment nor a single beneficiary.' })
export class SatisfactionReport {
  @Field(() => String, { description: 'First day asked (the figures cover from the first day of its month: `period`).' }) from!: string;
  @Field(() => String, { description: 'Last day asked (the figures cover up to the last day of its month: `period`).' }) to!: string;
  @Field(() => ReportPeriod, { description: 'The whole months the figures cover, and the last of them already over.' }) period!: ReportPeriod;
  @Field(() => String, { nullable: true, description: 'First month covered: figures are by whole months, from the month of `from`.' }) firstMonth!: string | null;
  @Field(() => String, { nullable: true, description: 'Last month covered: the month of `to`, or the current month if earlier (counted up to today, see `partialUntil`; for a reporting token the last month over). Null when the period starts after it.' }) lastMonth!: string | null;
  @Field(() => String, { nullable: true, description: 'When the period reaches the current month: the local day (YYYY-MM-DD, today) its figures are counted up to; they are partial (`SatisfactionFigure.partial`) and move until the month is over. Null when every month covered is over.' }) partialUntil!: string | null;
  @Field(() => Int, { description: 'An answer scoring at most this counts as `dissatisfied` (direction’s setting, `satisfactionSettingsUpdate`).' }) lowScoreAtMost!: number;
  @Field(() => Int, { description: 'The fewest distinct beneficiaries a domain’s figures are shown for (answers from the same beneficiary count once).' }) minGroupSize!: number;
  @Field(() => [SatisfactionFigure], { description: 'One row per month, sector with checks, and domain.' }) figures!: SatisfactionFigure[];
}
