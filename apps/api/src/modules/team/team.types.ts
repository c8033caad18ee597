// GraphQL types of team life: a team record (meeting, interview, home control, training) about helpers.
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/relay.js';
import { toGlobalId } from '../../shared/global-id.js';
import { DateTime } from '../../graphql/scalars.js';
import { UserError } from '../../graphql/user-errors.js';
import type { TeamRecordRow } from './team.repository.js';
import { Each, GLOBAL_ID, LABEL, Limited, REPORT, day, listOf } from '../../graphql/input-limits.js';
import { TEAM_RECORD_KINDS } from './team.rules.js';
import { graphqlEnum } from '../../graphql/enums.js';

const TeamRecordKindEnum = graphqlEnum(TEAM_RECORD_KINDS, {
  name: 'TeamRecordKind',
  description: 'Team life: a team meeting of helpers (with minutes), an individual or corrective interview (recadrage), a control of a helper at a home, a continuing training.',
});

@ObjectType({ implements: Node, description: 'Team life, recorded per helper. R5: a helper reads only the records about themself.' })
export class TeamRecord extends Node {
  dbId!: string;
  sectorDbId!: string;
  byDbId!: string;
  helperDbIds!: string[];

  @Field(() => TeamRecordKindEnum)
  kind!: string;

  @Field(() => String, { description: 'Local date (Europe/Brussels) it took place, YYYY-MM-DD.' })
  day!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'Minutes of a meeting, notes of an interview, findings of a control, content of a training.' })
  notes!: string;

  @Field(() => ID, { nullable: true, description: 'HOME_CONTROL: the case file of the home (read it through `node`, with its R5 projection).' })
  caseFileId!: string | null;

  @Field(() => DateTime)
  createdAt!: Date;
}

@InputType()
export class TeamRecordCreateInput {
  @Field(() => TeamRecordKindEnum)
  kind!: 'TEAM_MEETING' | 'INDIVIDUAL_INTERVIEW' | 'CORRECTIVE_INTERVIEW' | 'HOME_CONTROL' | 'TRAINING';

  @Limited(day())
  @Field(() => String, { description: 'YYYY-MM-DD, not after today.' })
  day!: string;

  @Limited(listOf(100))
  @Each(GLOBAL_ID)
  @Field(() => [ID], { description: 'The helpers concerned, all of one sector; exactly one for an interview or a home control.' })
  helperIds!: string[];

  @Limited(GLOBAL_ID)
  @Field(() => ID, { nullable: true, description: 'HOME_CONTROL only: the case file of the home.' })
  caseFileId?: string | null;

  @Limited(LABEL)
  @Field(() => String)
  title!: string;

  @Limited(REPORT)
  @Field(() => String)
  notes!: string;
}

@ObjectType()
export class TeamRecordCreatePayload {
  @Field(() => TeamRecord, { nullable: true })
  teamRecord!: TeamRecord | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

export function toTeamRecord(r: TeamRecordRow): TeamRecord {
  return Object.assign(new TeamRecord(), {
    id: toGlobalId('TeamRecord', r.id), dbId: r.id, sectorDbId: r.sectorId, byDbId: r.byId, helperDbIds: r.helperIds,
    kind: r.kind, day: r.day, title: r.title, notes: r.notes, caseFileId: r.caseFileId ? toGlobalId('CaseFile', r.caseFileId) : null, createdAt: r.createdAt,
  });
}
