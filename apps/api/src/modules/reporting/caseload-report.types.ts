// The caseload report's figures as GraphQL types; each field says what it counts.
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ReportPeriod } from './report-period.types.js';

@ObjectType({ description: 'A sector social worker’s case files at a month’s end (or the as-of instant, if earlier), against 20 accompaniments per FTE.' })
export class CaseloadFigure {
  @Field(() => String, { description: 'Local month YYYY-MM; months after the as-of instant are left out.' }) month!: string;
  @Field(() => String, { nullable: true }) sectorCode!: string | null;
  @Field(() => String, { nullable: true }) sectorName!: string | null;
  @Field(() => String, { description: 'The social worker (SOCIAL_WORKER) responsible for the case files now.' }) socialWorker!: string;
  @Field(() => Float, { description: 'Full-time equivalent (0–1).' }) fte!: number;
  @Field(() => Int, { description: 'Case files open at that instant: opened before it, status from the history not CLOSED nor REDIRECTED.' }) openCaseFiles!: number;
  @Field(() => Int, { description: 'Of those, ACTIVE ones (accompaniments).' }) activeCaseFiles!: number;
  @Field(() => Float, { description: 'activeCaseFiles / fte.' }) activePerFte!: number;
  @Field(() => Int, { description: 'The target: 20 accompaniments per FTE (DOMAIN, workload targets).' }) targetPerFte!: number;
  @Field(() => Float, { description: 'activePerFte / targetPerFte (1 = at target).' }) loadRatio!: number;
}

@ObjectType({ description: 'Urgent social situations that began in the period (a case file’s urgency), by month and sector: time to the first action. A reporting token gets the months already over only (`period.lastMonthOver`), each measured at the end of its month (an action after it counts as waiting), so a month’s figures are the same in every period that covers it.' })
export class UrgentFigure {
  @Field(() => String, { description: 'Local month YYYY-MM the urgency began.' }) month!: string;
  @Field(() => String) sectorCode!: string;
  @Field(() => String) sectorName!: string;
  @Field(() => Int, { description: 'Urgent situations.' }) urgentCases!: number;
  @Field(() => Int, { description: 'Of those, with an action recorded by the as-of instant.' }) acted!: number;
  @Field(() => Int, { description: 'Of those, acted on the same local day (DOMAIN: an urgency needs action the same day).' }) actedSameDay!: number;
  @Field(() => Int, { description: 'Still waiting for an action at the as-of instant.' }) waiting!: number;
  @Field(() => Float, { nullable: true, description: 'Median hours from the urgency to its first action (acted ones). Null for a reporting token when fewer than 3 urgent situations of the month and sector were acted on.' }) medianHoursToAction!: number | null;
  @Field(() => Float, { nullable: true, description: 'Longest hours from the urgency to its first action (acted ones). Null for a reporting token when fewer than 3 urgent situations of the month and sector were acted on.' }) maxHoursToAction!: number | null;
}

@ObjectType({ description: 'Caseload over a period: per social worker and FTE, and urgent situations.' })
export class CaseloadReport {
  @Field(() => String, { description: 'First day asked (the figures cover from the first day of its month: `period`).' }) from!: string;
  @Field(() => String, { description: 'Last day asked (the figures cover up to the last day of its month: `period`).' }) to!: string;
  @Field(() => ReportPeriod, { description: 'The whole months the figures cover, and the last of them already over.' }) period!: ReportPeriod;
  @Field(() => [CaseloadFigure]) socialWorkers!: CaseloadFigure[];
  @Field(() => [UrgentFigure]) urgent!: UrgentFigure[];
}
