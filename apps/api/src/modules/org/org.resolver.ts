// Sectors, staff, binômes and absences.
import { Arg, Authorized, Ctx, FieldResolver, Mutation, ObjectType, Field, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { InputViolation } from '../../graphql/input-validation.js';
import { DateTime } from '../../graphql/scalars.js';
import { UserError, payload } from '../../graphql/user-errors.js';
import { CurrentStaff } from '../auth/current-staff.js';
import { ABSENCE_RECORDERS, ALL_STAFF, BOARD_READERS, DIRECTION, mayReadSectorFeed, type StaffViewer } from '../auth/viewer.js';
import { PERMANENCE_ROLES } from '../permanence/permanence.rules.js';
import { WhoToCall } from '../permanence/permanence.types.js';
import { AbsenceCancelInput, AbsenceRecordInput } from './absence.input.js';
import { toAbsence, toBinome, toSector, toStaff } from './org.mappers.js';
import { mayKnowWhyAway, type AbsenceKind } from './org.rules.js';
import { Absence, AbsenceKindEnum, Binome, Sector, Staff } from './org.types.js';

const MAX_ABSENCE_WINDOW_DAYS = 400;

@ObjectType()
export class AbsencePayload {
  @Field(() => Absence, { nullable: true })
  absence!: Absence | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

export function calendarUrl(ctx: Context, kind: 'staff' | 'sector', secret: string | null): string | null {
  return secret ? `${ctx.services.config.publicUrl ?? ''}/calendar/${kind}/${secret}.ics` : null;
}

@Resolver(() => Sector)
export class SectorResolver {
  @Authorized(BOARD_READERS)
  @Query(() => [Sector], { description: 'The sectors of the service, by code.' })
  async sectors(@Ctx() ctx: Context): Promise<Sector[]> {
    return (await ctx.services.org.sectors()).map(toSector);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The social worker heading the sector team.' })
  async socialWorker(@Root() sector: Sector, @Ctx() ctx: Context): Promise<Staff | null> {
    const row = await ctx.loaders.sectorSocialWorker.load(sector.dbId);
    return row && toStaff(row);
  }

  @FieldResolver(() => WhoToCall, { description: 'R14: who to call for this sector at `at` (now by default).' })
  whoToCall(@Root() sector: Sector, @Arg('at', () => DateTime, { nullable: true }) at: Date | null, @Ctx() ctx: Context): Promise<WhoToCall> {
    return ctx.services.permanence.whoToCallFor(sector.dbId, at ?? ctx.now);
  }

  @Authorized()
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Secret iCalendar link of the permanence serving this sector: for the rota keepers (relay social worker, direction) and the sector\'s own social worker; null for others or once revoked (calendarLinkRevoke).',
  })
  calendarUrl(@Root() sector: Sector, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): string | null {
    return mayReadSectorFeed(staff, sector.dbId) ? calendarUrl(ctx, 'sector', sector.calendarSecret) : null;
  }
}

@Resolver(() => Staff)
export class StaffResolver {
  @Authorized()
  @Query(() => [Staff], { description: 'Staff who can hold the permanence, or all staff for direction.' })
  async staffMembers(@CurrentStaff() v: StaffViewer, @Ctx() ctx: Context): Promise<Staff[]> {
    // Direction sees everyone; others see the people they may need to reach on duty.
    const rows = await ctx.services.org.staffByRoles(DIRECTION.includes(v.role) ? ALL_STAFF : [...PERMANENCE_ROLES, ...DIRECTION]);
    return rows.map(toStaff);
  }

  @FieldResolver(() => Sector, { nullable: true })
  async sector(@Root() staff: Staff, @Ctx() ctx: Context): Promise<Sector | null> {
    if (!staff.sectorDbId) return null;
    const row = await ctx.loaders.sector.load(staff.sectorDbId);
    return row && toSector(row);
  }

  @Authorized()
  @FieldResolver(() => String, { nullable: true, description: 'Secret iCalendar link of their shifts: for themselves and direction only; null once revoked (calendarLinkRevoke).' })
  calendarUrl(@Root() staff: Staff, @CurrentStaff() v: StaffViewer, @Ctx() ctx: Context): string | null {
    return v.staffId === staff.dbId || DIRECTION.includes(v.role) ? calendarUrl(ctx, 'staff', staff.calendarSecret) : null;
  }

  @Authorized()
  @FieldResolver(() => [Absence], { description: `Absences overlapping [from, to); a window of at most ${MAX_ABSENCE_WINDOW_DAYS} days.` })
  async absences(
    @Root() staff: Staff,
    @Arg('from', () => DateTime) from: Date,
    @Arg('to', () => DateTime) to: Date,
    @Ctx() ctx: Context,
  ): Promise<Absence[]> {
    // A bounded window: one request over every person and decades of absences kept the API busy.
    if (!(to > from) || to.getTime() - from.getTime() > MAX_ABSENCE_WINDOW_DAYS * 86_400_000) {
      throw new InputViolation([{ field: ['to'], code: 'BAD_WINDOW', message: `\`to\` comes after \`from\`, at most ${MAX_ABSENCE_WINDOW_DAYS} days later.` }]);
    }
    return (await ctx.services.absences.absencesOf([staff.dbId], from, to)).map(toAbsence);
  }
}

@Resolver(() => Binome)
export class BinomeResolver {
  @Authorized(BOARD_READERS)
  @Query(() => [Binome])
  async binomes(@Ctx() ctx: Context): Promise<Binome[]> {
    return (await ctx.services.org.binomes()).map(toBinome);
  }

  @FieldResolver(() => [Staff])
  async members(@Root() binome: Binome, @Ctx() ctx: Context): Promise<Staff[]> {
    const rows = await ctx.loaders.staff.loadMany(binome.memberDbIds);
    return rows.filter((r): r is Exclude<typeof r, Error | null> => !!r && !(r instanceof Error)).map(toStaff);
  }
}

@Resolver(() => Absence)
export class AbsenceResolver {
  @Authorized()
  @FieldResolver(() => AbsenceKindEnum, { nullable: true, description: 'Why: for who records absences and the person (R5); null for other staff; the kiosk may not ask.' })
  kind(@Root() absence: Absence, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): AbsenceKind | null {
    return mayKnowWhyAway(staff, absence.staffDbId) ? absence.kind : null;
  }

  @Authorized()
  @FieldResolver(() => String, { nullable: true, description: 'Free text (a medical certificate…): for who records absences and the person (R5).' })
  note(@Root() absence: Absence, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): string | null {
    return mayKnowWhyAway(staff, absence.staffDbId) ? absence.note : null;
  }

  @FieldResolver(() => Staff)
  async staff(@Root() absence: Absence, @Ctx() ctx: Context): Promise<Staff> {
    const row = await ctx.loaders.staff.load(absence.staffDbId);
    if (!row) throw new Error(`absence ${absence.dbId} has no staff`);
    return toStaff(row);
  }

  @Authorized(ABSENCE_RECORDERS)
  @Mutation(() => AbsencePayload, { description: 'Record sickness, leave or training; coverage is re-checked at once.' })
  async absenceRecord(@Arg('input', () => AbsenceRecordInput) input: AbsenceRecordInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<AbsencePayload> {
    return payload(() => ctx.services.absences.record(input, staff, ctx.now), (absence) => ({ absence }), { absence: null });
  }

  @Authorized(ABSENCE_RECORDERS)
  @Mutation(() => AbsencePayload)
  async absenceCancel(@Arg('input', () => AbsenceCancelInput) input: AbsenceCancelInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<AbsencePayload> {
    return payload(() => ctx.services.absences.cancel(input, staff, ctx.now), (absence) => ({ absence }), { absence: null });
  }
}
