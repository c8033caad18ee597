// Acknowledging an alert at the permanence desk, and who did it.
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { payload } from '../../graphql/user-errors.js';
import { inputId } from '../../graphql/ids.js';
import { ALERT_ACKNOWLEDGERS, CurrentStaff, staffOnly, type StaffViewer } from '../auth/index.js';
import { mayKnowWhyReplaced, Staff, staffOrNull } from '../org/index.js';
import { AlertAcknowledgeInput, AlertAcknowledgePayload } from './alert.types.js';
import { Alert } from './permanence.types.js';

@Resolver(() => Alert)
export class AlertAcknowledgeResolver {
  @Authorized(ALERT_ACKNOWLEDGERS)
  @Mutation(() => AlertAcknowledgePayload, { description: 'Acknowledge an open alert (someone is handling it), with an optional note; it stays open until its cause goes. Every board is told.' })
  alertAcknowledge(@Arg('input', () => AlertAcknowledgeInput) input: AlertAcknowledgeInput, @CurrentStaff() staff: StaffViewer, @Ctx() ctx: Context): Promise<AlertAcknowledgePayload> {
    return payload(
      () => ctx.services.alerts.acknowledge({ alertId: inputId(input.alertId, 'Alert', 'alertId', 'UNKNOWN_ALERT'), note: input.note }, staff.staffId, ctx.now),
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
