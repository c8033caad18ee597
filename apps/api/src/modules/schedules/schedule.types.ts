// GraphQL types of helpers' schedules: entries, same-day changes, conflicts, previews and events.
// R5: nothing here carries a beneficiary's name, health, income or identity: only the case file's ID;
// rows become these objects only through schedule.projection.ts, which asks schedule.access.ts.
import { Authorized, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { ReadAlong } from '../../graphql/read-along.js';
import type { Page } from '../../shared/paging.js';
import type { ConflictFactsData } from '../../db/schema/schedules.js';
import { AbsenceKindEnum } from '../org/index.js';
import { Connection, Node } from '../../graphql/relay.js';
import { DateTime } from '../../graphql/scalars.js';
import { graphqlEnum } from '../../graphql/enums.js';
import { HOUSEHOLD_TASKS, PERSONAL_CARE_TASKS, RULES, type RuleName } from './conflict.rules.js';
import { mayReadSchedule, type ScheduleAccess } from './schedule.access.js';
import { CONFLICT_SEVERITIES, HELP_KINDS, SCHEDULE_CHANGE_KINDS, SCHEDULE_CHANGE_REASONS, SCHEDULE_ENTRY_STATUSES } from './schedule.rules.js';

export const HelpKindEnum = graphqlEnum(HELP_KINDS, { name: 'HelpKind', description: 'FAMILY_CARE is given by a family helper (AF), HOUSEHOLD by a household helper (AMS).' });
export const ScheduleTaskEnum = graphqlEnum([...PERSONAL_CARE_TASKS, ...HOUSEHOLD_TASKS], { name: 'ScheduleTask', description: `Tasks from the aid plan. Personal care (family helpers only): ${PERSONAL_CARE_TASKS.join(', ')}.` });
export const ScheduleEntryStatusEnum = graphqlEnum(SCHEDULE_ENTRY_STATUSES, { name: 'ScheduleEntryStatus' });
export const ScheduleChangeKindEnum = graphqlEnum(SCHEDULE_CHANGE_KINDS, { name: 'ScheduleChangeKind' });
export const ScheduleChangeReasonEnum = graphqlEnum(SCHEDULE_CHANGE_REASONS, { name: 'ScheduleChangeReason' });
export const ConflictSeverityEnum = graphqlEnum(CONFLICT_SEVERITIES, { name: 'ConflictSeverity' });
export const ConflictRuleEnum = graphqlEnum(Object.keys(RULES) as RuleName[], { name: 'ConflictRule' });

@ObjectType({ description: 'A span of time a conflict is about.' })
export class ConflictSpan {
  @Field(() => DateTime)
  startsAt!: Date;

  @Field(() => DateTime)
  endsAt!: Date;
}

@ObjectType({ description: "The values a conflict's explanation is made of, so a client words it in its own language. Each rule fills only what it uses. R5: no beneficiary name or health detail." })
export class ConflictFacts {
  @Field(() => [ConflictSpan], { description: 'The visits concerned (DOUBLE_BOOKING, TRAVEL_TIME: both; NO_BREAK: the block of work).' })
  spans!: ConflictSpan[];

  @Authorized()
  @Field(() => AbsenceKindEnum, { nullable: true, description: 'SCHEDULED_WHILE_ABSENT. Staff only: the kiosk learns that someone is away, not why.' })
  absenceKind!: string | null;

  @Field(() => Int, { nullable: true, description: 'TRAVEL_TIME: minutes between the two visits.' })
  gapMinutes!: number | null;

  @Field(() => Float, { nullable: true, description: 'TRAVEL_TIME: distance between the two homes, 0.1 km.' })
  km!: number | null;

  @Field(() => Int, { nullable: true, description: 'TRAVEL_TIME: minutes needed at the configured speed.' })
  neededMinutes!: number | null;

  @Field(() => Float, { nullable: true, description: 'TRAVEL_TIME: the configured speed.' })
  speedKmh!: number | null;

  @Field(() => Float, { nullable: true, description: 'Hours scheduled: the day, the week, the block without a break, or of the plan\'s kind of help.' })
  hours!: number | null;

  @Field(() => Float, { nullable: true, description: 'The limit those hours go over: legal day, contract week, hours without a break.' })
  limitHours!: number | null;

  @Field(() => Int, { nullable: true, description: 'NO_BREAK: the minutes a break lasts.' })
  breakMinutes!: number | null;

  @Field(() => Float, { nullable: true, description: 'CONTRACT_WEEK_EXCEEDED: the helper\'s contract.' })
  fte!: number | null;

  @Field(() => Float, { nullable: true, description: 'PLAN_HOURS_NOT_COVERED: weekly hours the aid plan asks for.' })
  askedHours!: number | null;

  @Field(() => HelpKindEnum, { nullable: true, description: 'PLAN_HOURS_NOT_COVERED: the kind of help; PERSONAL_CARE_BY_HOME_HELPER: the visit\'s kind.' })
  helpKind!: string | null;

  @Field(() => [ScheduleTaskEnum], { description: 'PERSONAL_CARE_BY_HOME_HELPER: the personal-care tasks given; empty for who may not read the visit (the kiosk).' })
  tasks!: string[];

  @Field(() => String, { nullable: true, description: 'VISIT_ON_HOLIDAY: the public holiday or closing day, by its French name (Noël, Lundi de Pâques…).' })
  holidayName!: string | null;

  @Field(() => String, { nullable: true, description: 'VISIT_ON_HOLIDAY: PUBLIC_HOLIDAY or SERVICE_CLOSING_DAY.' })
  holidayKind!: string | null;
}

export function toFacts(f: ConflictFactsData | null, access: ScheduleAccess): ConflictFacts | null {
  if (!f) return null;
  return Object.assign(new ConflictFacts(), {
    spans: (f.spans ?? []).map((s) => Object.assign(new ConflictSpan(), { startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt) })),
    absenceKind: mayReadSchedule(access, 'absenceKind') ? (f.absenceKind ?? null) : null, gapMinutes: f.gapMinutes ?? null, km: f.km ?? null, neededMinutes: f.neededMinutes ?? null, speedKmh: f.speedKmh ?? null,
    hours: f.hours ?? null, limitHours: f.limitHours ?? null, breakMinutes: f.breakMinutes ?? null, fte: f.fte ?? null, askedHours: f.askedHours ?? null,
    helpKind: f.helpKind ?? null, tasks: mayReadSchedule(access, 'entry') ? (f.tasks ?? []) : [], holidayName: f.holidayName ?? null, holidayKind: f.holidayKind ?? null,
  });
}

@ObjectType({ implements: Node, description: "A helper at a beneficiary's home for a span." })
export class ScheduleEntry extends Node {
  dbId!: string;
  helperDbId!: string;
  sectorDbId!: string;
  patternDbId!: string | null;

  @Field(() => ID, { description: 'The case file the visit serves (read it through `node` as far as you may).' })
  caseFileId!: string;

  @Field(() => HelpKindEnum)
  kind!: string;

  @Field(() => [ScheduleTaskEnum])
  tasks!: string[];

  @Field(() => DateTime)
  startsAt!: Date;

  @Field(() => DateTime)
  endsAt!: Date;

  @Field(() => String, { description: 'Brussels date of the start, YYYY-MM-DD.' })
  day!: string;

  @Field(() => ScheduleEntryStatusEnum)
  status!: string;

  @Field(() => Boolean, { description: 'Part of a weekly recurring pattern.' })
  recurring!: boolean;

  @Field(() => Int)
  version!: number;
}

@ObjectType({ description: 'An entry as it was before or after a change.' })
export class ScheduleEntryState {
  helperDbId!: string;

  @Field(() => DateTime)
  startsAt!: Date;

  @Field(() => DateTime)
  endsAt!: Date;

  @Field(() => ScheduleEntryStatusEnum)
  status!: string;
}

@ObjectType({ implements: Node, description: 'A same-day change: who, when, why, and what it replaced.' })
export class ScheduleChange extends Node {
  dbId!: string;
  entryDbId!: string;
  sectorDbId!: string;
  byDbId!: string;

  @Field(() => ScheduleChangeKindEnum)
  kind!: string;

  @Field(() => ScheduleChangeReasonEnum, { nullable: true, description: 'Why (helper ill, beneficiary in hospital…): for who reads the visits in full; null for the kiosk, the telephonist, helpers and other sectors (R5).' })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: "Free text (it may tell of health): the sector's social roles and direction only; null for others (R5)." })
  note!: string | null;

  @Field(() => String, { description: 'Brussels date of the visit as it was.' })
  day!: string;

  @Field(() => DateTime)
  at!: Date;

  @Field(() => ScheduleEntryState, { description: 'What the change replaced.' })
  before!: ScheduleEntryState;

  @Field(() => ScheduleEntryState)
  after!: ScheduleEntryState;
}

@ObjectType({ implements: Node, description: 'A broken scheduling rule: open while its cause holds, resolved by itself when it goes.' })
export class ScheduleConflict extends Node {
  dbId!: string;
  sectorDbId!: string | null;
  helperDbId!: string | null;
  entryDbIds!: string[];
  acknowledgedByDbId!: string | null;

  @Field(() => ConflictRuleEnum)
  rule!: string;

  @Field(() => String, { description: 'The rule in a few words.' })
  title!: string;

  @Field(() => ConflictSeverityEnum)
  severity!: string;

  @Field(() => Boolean, { description: 'A hard conflict must be fixed; a soft one may be accepted with a note.' })
  hard!: boolean;

  @Field(() => String, { description: 'Why, in a sentence a social worker understands (English; `facts` has its values).' })
  explanation!: string;

  @Field(() => ConflictFacts, { nullable: true, description: 'The values of the explanation, to word it in another language; null on a conflict not rechecked since facts were kept.' })
  facts!: ConflictFacts | null;

  @Field(() => String, { description: 'The Brussels day (or Monday of the week) it is about.' })
  day!: string;

  @Field(() => ID, { nullable: true, description: "The plan's case file (PLAN_HOURS_NOT_COVERED): null for those who may not read the sector's visits (R5)." })
  caseFileId!: string | null;

  @Field(() => DateTime)
  openedAt!: Date;

  @Field(() => DateTime, { nullable: true })
  resolvedAt!: Date | null;

  @Field(() => Boolean)
  open!: boolean;

  @Field(() => DateTime, { nullable: true })
  acknowledgedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "Free text: the sector's social roles and direction only; null for others (R5)." })
  acknowledgementNote!: string | null;
}

@ObjectType({ description: 'A conflict a planned change would open or resolve.' })
export class ConflictPreview {
  @Field(() => ConflictRuleEnum)
  rule!: string;

  @Field(() => String)
  title!: string;

  @Field(() => ConflictSeverityEnum)
  severity!: string;

  @Field(() => Boolean)
  hard!: boolean;

  @Field(() => String)
  explanation!: string;

  @Field(() => ConflictFacts, { nullable: true })
  facts!: ConflictFacts | null;

  @Field(() => ID, { nullable: true, description: 'The open conflict it would resolve.' })
  conflictId!: string | null;
}

@ObjectType()
export class ScheduleEntryConnection extends Connection(ScheduleEntry, 'ScheduleEntry') {}
@ObjectType()
export class ScheduleChangeConnection extends Connection(ScheduleChange, 'ScheduleChange') {}
@ObjectType()
export class ScheduleConflictConnection extends Connection(ScheduleConflict, 'ScheduleConflict') {}

export type { ReadAlong };

type NamingRow = { staff: ReadAlong['staff']; sector: ReadAlong['sectors'][number] | null };

/** A page of the viewer's rows, with what its rows (not the whole list's) name, each once. */
export function pageReadingAlong<N>(page: Page<{ node: N; r: NamingRow }>): Page<N> & { read: ReadAlong } {
  const rows = page.edges.map((e) => e.node.r);
  const staffById = new Map(rows.flatMap((r) => r.staff.map((s) => [s.id, s] as const)));
  const sectorById = new Map(rows.flatMap((r) => (r.sector ? [[r.sector.id, r.sector] as const] : [])));
  return {
    ...page,
    edges: page.edges.map((e) => ({ cursor: e.cursor, node: e.node.node })),
    read: { staff: [...staffById.values()], sectors: [...sectorById.values()] },
  };
}
