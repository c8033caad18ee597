// Team life over GraphQL: teamRecordCreate and teamRecords (a helper's or a sector's), never for the kiosk.
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { argIdOrNull, inputId, inputIdOrNull } from '../../graphql/ids.js';
import { Connection } from '../../graphql/relay.js';
import { payload } from '../../graphql/user-errors.js';
import { CurrentStaff, type StaffViewer } from '../auth/index.js';
import { Sector, Staff, staffById, toSector } from '../org/index.js';
import { TEAM_READERS, TEAM_RECORDERS } from './team.rules.js';
import type { TeamService } from './team.service.js';
import { TeamRecord, TeamRecordCreateInput, TeamRecordCreatePayload } from './team.types.js';

@ObjectType()
class TeamRecordConnection extends Connection(TeamRecord, 'TeamRecord') {}

@Resolver(() => TeamRecord)
export class TeamRecordResolver {
  constructor(private readonly team: TeamService) {}

  @Authorized(TEAM_RECORDERS)
  @Mutation(() => TeamRecordCreatePayload, {
    description: "Team life: the sector's social worker records a team meeting (minutes), an interview, a training; the flying social worker a home control; direction any.",
  })
  async teamRecordCreate(@Arg('input', () => TeamRecordCreateInput) input: TeamRecordCreateInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<TeamRecordCreatePayload> {
    return payload(
      () => {
        const helperIds = input.helperIds.map((id) => inputId(id, 'Staff', 'helperIds', 'NOT_A_HELPER', 'Each of `helperIds` must be the ID of a staff member.'));
        const caseFileId = inputIdOrNull(input.caseFileId, 'CaseFile', 'caseFileId', 'UNKNOWN_CASE_FILE');
        return this.team.create({ ...input, helperIds, caseFileId }, staff, ctx.now);
      },
      (teamRecord) => ({ teamRecord }),
      { teamRecord: null },
    );
  }

  @Authorized(TEAM_READERS)
  @Query(() => TeamRecordConnection, { description: "A helper's or a sector's team records with a day in [from, to), newest first. R5: a helper reads only their own." })
  teamRecords(
    @Arg('helperId', () => ID, { nullable: true }) helperId: string | null,
    @Arg('sectorId', () => ID, { nullable: true }) sectorId: string | null,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @CurrentStaff() staff: StaffViewer,
  ) {
    return this.team.list({ helperId: argIdOrNull(helperId, 'Staff', 'helperId'), sectorId: argIdOrNull(sectorId, 'Sector', 'sectorId'), from, to, first, after }, staff);
  }

  @FieldResolver(() => [Staff], { description: 'The helpers the record is about.' })
  helpers(@Root() r: TeamRecord, @Ctx() ctx: Context) {
    return Promise.all(r.helperDbIds.map((id) => staffById(ctx, id)));
  }

  @FieldResolver(() => Staff, { description: 'Who recorded it (the social worker, the flying social worker, direction).' })
  by(@Root() r: TeamRecord, @Ctx() ctx: Context) {
    return staffById(ctx, r.byDbId);
  }

  @FieldResolver(() => Sector)
  async sector(@Root() r: TeamRecord, @Ctx() ctx: Context) {
    const row = await ctx.loaders.sector.load(r.sectorDbId);
    if (!row) throw new Error(`sector ${r.sectorDbId} is missing`);
    return toSector(row);
  }
}
