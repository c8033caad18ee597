// Sectors, staff and binômes over GraphQL (absences: absence.resolver.ts; who to call for a sector:
// the permanence module adds that field).
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { selectsField } from '../../graphql/selection.js';
import { DateTime } from '../../graphql/scalars.js';
import { CurrentStaff } from '../../graphql/current-staff.js';
import type { StaffViewer } from '../../shared/viewer.js';
import { BOARD_READERS, mayReadSectorFeed } from './org.roles.js';
import { DIRECTION } from './org.rules.js';
import { staffOrNull } from './org.fields.js';
import { toAbsence, toBinome, toSector, toStaff } from './org.mappers.js';
import { MAX_ABSENCE_WINDOW_DAYS, type OrgService } from './org.service.js';
import { Absence, Binome, Sector, Staff } from './org.types.js';

@Resolver(() => Sector)
export class SectorResolver {
  constructor(private readonly org: OrgService) {}

  @Authorized(BOARD_READERS)
  @Query(() => [Sector], { description: 'The sectors of the service, by code.' })
  async sectors(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Sector[]> {
    // The board's caseload panel: every sector's counts are read with the sectors, in one statement.
    return (selectsField(info, 'caseload') ? await ctx.loaders.sectorsWithCaseloads() : await this.org.sectors(ctx.reads)).map(toSector);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The social worker heading the sector team.' })
  async socialWorker(@Root() sector: Sector, @Ctx() ctx: Context): Promise<Staff | null> {
    const row = await ctx.loaders.sectorSocialWorker.load(sector.dbId);
    return row && toStaff(row);
  }

  @Authorized()
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Secret iCalendar link of the permanence serving this sector: for the rota keepers (relay social worker, direction) and the sector\'s own social worker; null for others or once revoked (calendarLinkRevoke).',
  })
  calendarUrl(@Root() sector: Sector, @CurrentStaff() staff: StaffViewer): string | null {
    return mayReadSectorFeed(staff, sector.dbId) ? this.org.calendarUrl('sector', sector.calendarSecret) : null;
  }
}

@Resolver(() => Staff)
export class StaffResolver {
  constructor(private readonly org: OrgService) {}

  @Authorized()
  @Query(() => [Staff], { description: 'Staff who can hold the permanence, or all staff for direction.' })
  async staffMembers(@CurrentStaff() v: StaffViewer, @Ctx() ctx: Context): Promise<Staff[]> {
    return (await this.org.staffMembers(v, ctx.reads)).map(toStaff);
  }

  @FieldResolver(() => Sector, { nullable: true })
  async sector(@Root() staff: Staff, @Ctx() ctx: Context): Promise<Sector | null> {
    if (!staff.sectorDbId) return null;
    const row = await ctx.loaders.sector.load(staff.sectorDbId);
    return row && toSector(row);
  }

  @Authorized()
  @FieldResolver(() => String, { nullable: true, description: 'Secret iCalendar link of their shifts: for themselves and direction only; null once revoked (calendarLinkRevoke).' })
  async calendarUrl(@Root() staff: Staff, @CurrentStaff() v: StaffViewer, @Ctx() ctx: Context): Promise<string | null> {
    if (v.staffId !== staff.dbId && !DIRECTION.includes(v.role)) return null;
    // A person read without the secret (PLAIN_STAFF): their whole row, through the request's loader.
    const secret = staff.calendarSecret !== undefined ? staff.calendarSecret : ((await ctx.loaders.staff.load(staff.dbId))?.calendarSecret ?? null);
    return this.org.calendarUrl('staff', secret);
  }

  @Authorized()
  @FieldResolver(() => [Absence], { description: `Absences overlapping [from, to); a window of at most ${MAX_ABSENCE_WINDOW_DAYS} days.` })
  async absences(@Root() staff: Staff, @Arg('from', () => DateTime) from: Date, @Arg('to', () => DateTime) to: Date, @Ctx() ctx: Context): Promise<Absence[]> {
    this.org.checkAbsenceWindow(from, to);
    // Everyone a request asks it of in one window, in one statement (a board's people each asked it
    // held a connection each: a locked table then took the whole pool from other sessions).
    return (await ctx.loaders.absencesInWindow.load(`${from.toISOString()}|${to.toISOString()}|${staff.dbId}`)).map(toAbsence);
  }
}

@Resolver(() => Binome)
export class BinomeResolver {
  constructor(private readonly org: OrgService) {}

  @Authorized(BOARD_READERS)
  @Query(() => [Binome])
  async binomes(): Promise<Binome[]> {
    return (await this.org.binomes()).map(toBinome);
  }

  @FieldResolver(() => [Staff])
  async members(@Root() binome: Binome, @Ctx() ctx: Context): Promise<Staff[]> {
    const people = await Promise.all(binome.memberDbIds.map((id) => staffOrNull(ctx, id)));
    return people.filter((p): p is Staff => !!p);
  }
}
