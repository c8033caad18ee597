// Coverage alerts over GraphQL: the list, what each is about, and acknowledging one at the permanence desk.
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { payload } from '../../graphql/user-errors.js';
import { inputId } from '../../graphql/ids.js';
import { ALERT_ACKNOWLEDGERS, BOARD_READERS, CurrentStaff, staffOnly, type StaffViewer } from '../auth/index.js';
import { mayKnowWhyReplaced, offerWholeStaff, Staff, staffOrNull } from '../org/index.js';
import type { AlertService } from './alert.service.js';
import { AlertAcknowledgeInput, AlertAcknowledgePayload } from './alert.types.js';
import { shiftHolders, shiftOrNull } from './permanence.fields.js';
import { Alert, AlertConnection, AlertStatusEnum, PermanenceShift } from './permanence.types.js';

@Resolver(() => Alert)
export class AlertResolver {
  constructor(private readonly alerts: AlertService) {}

  @Authorized(BOARD_READERS)
  @Query(() => AlertConnection, { name: 'alerts', description: 'Alerts, most severe first then soonest. OPEN lists those not yet over.' })
  async alertList(
    @Arg('status', () => AlertStatusEnum, { defaultValue: AlertStatusEnum.OPEN }) status: AlertStatusEnum,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    const { page, facts } = await this.alerts.alerts(status, first, after, ctx.now);
    // Read with the page: the shift, holder and person fields find them in the request's loaders.
    offerWholeStaff(ctx.reads, facts.staff);
    for (const s of facts.shifts) ctx.loaders.shift.prime(s.id, s);
    for (const b of facts.binomes) ctx.loaders.binome.prime(b.id, b);
    return page;
  }

  @FieldResolver(() => PermanenceShift, { nullable: true })
  shift(@Root() a: Alert, @Ctx() ctx: Context): Promise<PermanenceShift | null> {
    return shiftOrNull(ctx, a.shiftDbId);
  }

  @FieldResolver(() => [Staff], { description: 'Who is away: the one binôme member (ONE_AWAY) or every holder (ALL_AWAY).' })
  async awayStaff(@Root() a: Alert, @Ctx() ctx: Context): Promise<Staff[]> {
    if (a.cause === 'ONE_AWAY' && a.awayStaffDbId) {
      const person = await staffOrNull(ctx, a.awayStaffDbId);
      return person ? [person] : [];
    }
    if (a.cause !== 'ALL_AWAY' || !a.shiftDbId) return [];
    const shift = await shiftOrNull(ctx, a.shiftDbId);
    return shift ? shiftHolders(ctx, shift) : [];
  }
}

@Resolver(() => Alert)
export class AlertAcknowledgeResolver {
  constructor(private readonly alerts: AlertService) {}

  @Authorized(ALERT_ACKNOWLEDGERS)
  @Mutation(() => AlertAcknowledgePayload, { description: 'Acknowledge an open alert (someone is handling it), with an optional note; it stays open until its cause goes. Every board is told.' })
  alertAcknowledge(@Arg('input', () => AlertAcknowledgeInput) input: AlertAcknowledgeInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<AlertAcknowledgePayload> {
    return payload(
      () => this.alerts.acknowledge({ alertId: inputId(input.alertId, 'Alert', 'alertId', 'UNKNOWN_ALERT'), note: input.note }, staff.staffId, ctx.now),
      (alert) => ({ alert }),
      { alert: null },
    );
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who acknowledged it.' })
  acknowledgedBy(@Root() a: Alert, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffOrNull(ctx, a.acknowledgedByDbId);
  }

  // R5: a note about an alert often says why someone is away; the same readers as a replacement's event.
  @FieldResolver(() => String, { nullable: true, description: 'The acknowledgement note: for who records absences and its author (R5); null for others and the kiosk.' })
  acknowledgementNote(@Root() a: Alert, @Ctx() ctx: Context): string | null {
    return mayKnowWhyReplaced(staffOnly(ctx.viewer), [a.acknowledgedByDbId]) ? a.acknowledgementNoteText : null;
  }
}
