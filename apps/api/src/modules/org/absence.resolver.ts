// Absences over GraphQL: recording and cancelling them, why someone is away (R5), and their feed.
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root, Subscription } from 'type-graphql';
import type { StoredEvent } from '../../events/outbox.js';
import type { Context } from '../../graphql/context.js';
import { inputId } from '../../graphql/ids.js';
import { perEvent } from '../../graphql/per-event.js';
import { eventBase, freshLoaders, topicFeed } from '../../graphql/subscriptions.js';
import { payload } from '../../graphql/user-errors.js';
import { CurrentStaff } from '../../graphql/current-staff.js';
import type { StaffViewer } from '../../shared/viewer.js';
import { BOARD_READERS } from './org.roles.js';
import { AbsenceCancelInput, AbsenceRecordInput } from './absence.input.js';
import type { AbsenceService } from './absence.service.js';
import { AbsenceEvent, AbsencePayload } from './absence.types.js';
import { staffById } from './org.fields.js';
import { toAbsence } from './org.mappers.js';
import { ABSENCE_RECORDERS, mayKnowWhyAway, type AbsenceKind } from './org.rules.js';
import type { OrgService } from './org.service.js';
import { Absence, AbsenceKindEnum, Staff } from './org.types.js';

@Resolver(() => Absence)
export class AbsenceResolver {
  constructor(
    private readonly absences: AbsenceService,
    private readonly org: OrgService,
  ) {}

  @Authorized()
  @FieldResolver(() => AbsenceKindEnum, { nullable: true, description: 'Why: for who records absences and the person (R5); null for other staff; the kiosk may not ask.' })
  kind(@Root() absence: Absence, @CurrentStaff() staff: StaffViewer): AbsenceKind | null {
    return mayKnowWhyAway(staff, absence.staffDbId) ? absence.kind : null;
  }

  @Authorized()
  @FieldResolver(() => String, { nullable: true, description: 'Free text (a medical certificate…): for who records absences and the person (R5).' })
  note(@Root() absence: Absence, @CurrentStaff() staff: StaffViewer): string | null {
    return mayKnowWhyAway(staff, absence.staffDbId) ? absence.note : null;
  }

  @FieldResolver(() => Staff)
  staff(@Root() absence: Absence, @Ctx() ctx: Context): Promise<Staff> {
    return staffById(ctx, absence.staffDbId);
  }

  @Authorized(ABSENCE_RECORDERS)
  @Mutation(() => AbsencePayload, { description: 'Record sickness, leave or training; coverage is re-checked at once.' })
  absenceRecord(@Arg('input', () => AbsenceRecordInput) input: AbsenceRecordInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<AbsencePayload> {
    return payload(
      () => this.absences.record({ ...input, staffId: inputId(input.staffId, 'Staff', 'staffId', 'UNKNOWN_PERSON') }, staff, ctx.now),
      (absence) => ({ absence }),
      { absence: null },
    );
  }

  @Authorized(ABSENCE_RECORDERS)
  @Mutation(() => AbsencePayload)
  absenceCancel(@Arg('input', () => AbsenceCancelInput) input: AbsenceCancelInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<AbsencePayload> {
    return payload(
      () => this.absences.cancel(inputId(input.absenceId, 'Absence', 'absenceId', 'UNKNOWN_ABSENCE'), staff, ctx.now),
      (absence) => ({ absence }),
      { absence: null },
    );
  }

  @Authorized(BOARD_READERS)
  @Subscription(() => AbsenceEvent, { subscribe: topicFeed('absence'), description: 'Absences recorded and cancelled.' })
  async absenceChanged(@Root() e: StoredEvent, @Arg('after', () => String, { nullable: true }) _after: string | null, @Ctx() ctx: Context): Promise<AbsenceEvent> {
    freshLoaders(ctx, e);
    // One read for every subscriber of this event on this process.
    const row = await perEvent(this.org, e.position, 'absence', () => this.org.absenceById(e.payload.absenceId as string));
    if (!row) throw new Error(`absence of event ${e.position} is missing`);
    return { ...eventBase(e), absence: toAbsence(row) };
  }
}
