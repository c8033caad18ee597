// R13: changing a shift's holder, programmed (a week ahead, or with the event behind it) or taken
// over by direction in an emergency. A shift under way is split at now: the hours already held stay
// as history with their holder.
import type { UnitOfWork } from '../../db/unit-of-work.js';
import { violation } from '../../shared/outcome.js';
import { changeHolderIn } from './holder-change.js';
import { checkHolder, type HolderChoice } from './holder.check.js';
import { toReplacement, toShift } from './permanence.mappers.js';
import type { PermanenceRepositories } from './permanence.repositories.js';
import { replacementLeadTime } from './permanence.rules.js';
import type { PermanenceReplacement, PermanenceShift } from './permanence.types.js';
import { handOver, sameHolding, type Holding } from './shift-holders.rules.js';
import { holdersOf } from './coverage.service.js';
import type { ShiftRow } from './permanence.repository.js';

/** Who records the change (the staff member asking). */
export interface RotaActor {
  staffId: string;
}

export interface ReplaceCommand {
  /** Database ids, decoded by the resolver. */
  shiftId: string;
  holderStaffId?: string | null;
  holderBinomeId?: string | null;
  reason?: string | null;
  event?: string | null;
}

export interface TakeOverCommand {
  shiftId: string;
  /** Who holds it now; the viewer when absent. */
  holderStaffId?: string | null;
  event: string;
}

export class ReplacementService {
  constructor(private readonly uow: UnitOfWork<PermanenceRepositories>) {}

  replace(cmd: ReplaceCommand, viewer: RotaActor, now: Date) {
    return this.changeHolder(cmd.shiftId, { staffId: cmd.holderStaffId, binomeId: cmd.holderBinomeId }, viewer, now, { reason: cmd.reason ?? null, event: cmd.event ?? null, emergency: false });
  }

  /**
   * Direction gives the shift to someone at once, bypassing any swap under way (cancelled); R13 as for
   * a replacement. With `inPlaceOfStaffId`, only that binôme member's place changes hands.
   */
  reassign(cmd: { shiftId: string; holderStaffId: string; inPlaceOfStaffId?: string | null; event?: string | null }, viewer: RotaActor, now: Date) {
    const why = { reason: cmd.inPlaceOfStaffId ? 'Reassigned by direction in place of a binôme member' : 'Reassigned by direction', event: cmd.event ?? null, emergency: false };
    return this.changeHolder(cmd.shiftId, { staffId: cmd.holderStaffId, binomeId: null }, viewer, now, why, cmd.inPlaceOfStaffId ?? null);
  }

  takeOver(cmd: TakeOverCommand, viewer: RotaActor, now: Date) {
    return this.changeHolder(cmd.shiftId, { staffId: cmd.holderStaffId || viewer.staffId, binomeId: null }, viewer, now, { reason: 'Emergency take-over by direction', event: cmd.event, emergency: true });
  }

  private changeHolder(
    shiftId: string,
    holder: HolderChoice,
    viewer: RotaActor,
    now: Date,
    why: { reason: string | null; event: string | null; emergency: boolean },
    inPlaceOf: string | null = null,
  ): Promise<{ shift: PermanenceShift; replacement: PermanenceReplacement }> {
    return this.uow.run(async (repos) => {
      const { permanence: repo, org } = repos;
      // The row lock serialises concurrent replacements of one shift: each records the holder it replaced.
      const shift = await repo.lockShift(shiftId);
      if (!shift) throw violation('shiftId', 'UNKNOWN_SHIFT', 'No shift has this ID.');
      const lead = replacementLeadTime({ shiftStartsAt: shift.startsAt, shiftEndsAt: shift.endsAt, now, event: why.event, emergency: why.emergency });
      if ('error' in lead) throw violation(lead.error.field, lead.error.code, lead.error.message);
      // A shift already under way is only changed for what is left of it.
      const span = { startsAt: shift.startsAt > now ? shift.startsAt : now, endsAt: shift.endsAt };
      const chosen = await checkHolder(org, holder, span, true);
      const next = inPlaceOf ? await placeOf(repos, shift, inPlaceOf, chosen) : chosen;
      // Replacing a substituted binôme's shift by the binôme itself gives it back whole: a change.
      if (sameHolding(next, shift)) {
        throw violation('holderStaffId', 'NO_CHANGE', 'This shift is already held by them.');
      }
      const { shift: updated, replacement } = await changeHolderIn(
        repos,
        shift,
        next,
        { kind: lead.kind, reason: why.reason, event: why.event, actorId: viewer.staffId },
        now,
      );
      return { shift: toShift(updated), replacement: toReplacement(replacement) };
    });
  }
}

/** The holding after direction puts `chosen` (one person) in a binôme member's place (shift-holders.rules.ts). */
async function placeOf(repos: PermanenceRepositories, shift: ShiftRow, memberId: string, chosen: Holding): Promise<Holding> {
  const holders = (await holdersOf(repos.org, [shift]))(shift).map((p) => p.id);
  if (!shift.holderBinomeId || !holders.includes(memberId)) {
    throw violation('inPlaceOfStaffId', 'NOT_HOLDER', 'Name a member of the binôme holding this shift (or its substitute): her place is the one given.');
  }
  if (holders.includes(chosen.holderStaffId as string)) throw violation('holderStaffId', 'ALREADY_HOLDER', 'This colleague already holds this shift.');
  const next = handOver(shift, memberId, chosen.holderStaffId as string);
  if ('error' in next) throw violation('inPlaceOfStaffId', next.error.code, next.error.message);
  return next;
}
