// The caseload report's figures as GraphQL types; each field says what it counts.
import { Field, Float, Int, ObjectType } from 'type-graphql';

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

@ObjectType({ description: 'Urgent social situations that began in the period (a case file’s urgency), by month and sector: time to the first action.' })
export class UrgentFigure {
  @Field(() => String, { description: 'Local month YYYY-MM the urgency began.' }) month!: string;
  @Field(() => String) sectorCode!: string;
  @Field(() => String) sectorName!: string;
  @Field(() => Int, { description: 'Urgent situations.' }) urgentCases!: number;
  @Field(() => Int, { description: 'Of those, with an action recorded by the as-of instant.' }) acted!: number;
  @Field(() => Int, { description: 'Of those, acted on the same local day (DOMAIN: an urgency needs action the same day).' }) actedSameDay!: number;
  @Field(() => Int, { description: 'Still waiting for an action at the as-of instant.' }) waiting!: number;
  @Field(() => Float, { nullable: true, description: 'Median hours from the urgency to its first action (acted ones). Null for a reporting token when the month and sector had fewer than 3 urgent situations.' }) medianHoursToAction!: number | null;
  @Field(() => Float, { nullable: true, description: 'Longest hours from the urgency to its first action (acted ones). Null for a reporting token when the month and sector had fewer than 3 urgent situations.' }) maxHoursToAction!: number | null;
}

@ObjectType({ description: 'Caseload over a period: per social worker and FTE, and urgent situations.' })
export class CaseloadReport {
  @Field(() => String, { description: 'First day of the period (included).' }) from!: string;
  @Field(() => String, { description: 'Last day of the period (included).' }) to!: string;
  @Field(() => [CaseloadFigure]) socialWorkers!: CaseloadFigure[];
  @Field(() => [UrgentFigure]) urgent!: UrgentFigure[];
}
