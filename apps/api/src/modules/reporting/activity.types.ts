// The activity report's figures as GraphQL types; each field says what it counts.
import { Field, Int, ObjectType } from 'type-graphql';
import { ReportPeriod } from './report-period.types.js';

const MONTH = 'Local month (Europe/Brussels) YYYY-MM.';

@ObjectType({ description: 'Visits planned in the period, by month of their planned time, the case file’s sector, the visitor, kind and status.' })
export class VisitFigure {
  @Field(() => String, { description: MONTH }) month!: string;
  @Field(() => String, { description: 'The case file’s sector code.' }) sectorCode!: string;
  @Field(() => String) sectorName!: string;
  @Field(() => String, { description: 'Who makes the visit (a social worker: the sector’s, the flying or the relay one).' }) socialWorker!: string;
  @Field(() => String, { description: 'The visitor’s role.' }) socialWorkerRole!: string;
  @Field(() => String, { description: 'NEW_REQUEST, REVISION, HELPER_CONTROL or ACCOMPANIMENT.' }) kind!: string;
  @Field(() => String, { description: 'PLANNED, DONE or CANCELLED, as it stands now.' }) status!: string;
  @Field(() => Int, { description: 'Number of visits.' }) visits!: number;
}

@ObjectType({ description: 'R3: file checks opened in the period (one after each visit done), by month opened and sector.' })
export class FileCheckFigure {
  @Field(() => String, { description: MONTH }) month!: string;
  @Field(() => String) sectorCode!: string;
  @Field(() => String) sectorName!: string;
  @Field(() => Int, { description: 'Checks opened (visits done) in the month.' }) opened!: number;
  @Field(() => Int, { description: 'Of those, checked by the relay social worker by the report’s as-of instant (now, or the period’s end if earlier).' }) done!: number;
  @Field(() => Int, { description: 'Of those, not checked yet at the as-of instant.' }) pending!: number;
}

@ObjectType({ description: 'R1: yearly evaluations of agreed aid plans, by month and the case file’s sector.' })
export class EvaluationFigure {
  @Field(() => String, { description: 'Month the evaluation was recorded (onTime, late) or fell due (overdue).' }) month!: string;
  @Field(() => String) sectorCode!: string;
  @Field(() => String) sectorName!: string;
  @Field(() => Int, { description: 'Evaluations recorded in the month on or before the due date in force (the previous evaluation’s next date, or the plan’s first).' }) onTime!: number;
  @Field(() => Int, { description: 'Evaluations recorded in the month after that due date.' }) late!: number;
  @Field(() => Int, { description: 'Active case files whose agreed plan fell due in the month, before the as-of day, and has no evaluation since.' }) overdue!: number;
}

@ObjectType({ description: 'Activity over a period: visits, R3 file checks and R1 evaluations, by month and sector. No beneficiary appears.' })
export class ActivityReport {
  @Field(() => String, { description: 'First day asked (the figures cover from the first day of its month: `period`).' }) from!: string;
  @Field(() => String, { description: 'Last day asked (the figures cover up to the last day of its month: `period`).' }) to!: string;
  @Field(() => ReportPeriod, { description: 'The whole months the figures cover, and the last of them already over.' }) period!: ReportPeriod;
  @Field(() => [VisitFigure]) visits!: VisitFigure[];
  @Field(() => [FileCheckFigure]) fileChecks!: FileCheckFigure[];
  @Field(() => [EvaluationFigure]) evaluations!: EvaluationFigure[];
}
