// Swaps and take-overs of shifts (R13): a holder offers her shift, a colleague takes it, whoever
// programs replacements approves (the shift changes hands) or refuses with a reason; the offer is
// withdrawn, or the approved swap undone, before the shift starts. Each step is one transaction
// that locks the shift, then the swap (the order every change of holder takes), so of twenty
// identical approvals one lands and the others find the swap approved.
import type { UnitOfWork } from '../../db/unit-of-work.js';
import { instantInWords } from '../../time/service-time.js';
import { RuleViolation, violation } from '../../shared/outcome.js';
import { pageSize } from '../../shared/paging.js';
import { holdersOf } from './coverage.service.js';
import { changeHolderIn } from './holder-change.js';
import { checkHolder } from './holder.check.js';
import { toShift, toSwap } from './permanence.mappers.js';
import type { PermanenceRepositories } from './permanence.repositories.js';
import type { ShiftRow } from './permanence.repository.js';
import { canHoldPermanence, type RuleError } from './permanence.rules.js';
import type { PermanenceShift } from './permanence.types.js';
import type { SwapRow } from './swap.repository.js';
import { isOpenSwap, isSwapApprover, mayDecide, maySeeSwap, offerRefusal, mayTake, mayUndo, refusalReason, swapBeforeStart, swapLeadTime, swapTransition, type SwapViewer } from './swap.rules.js';
import type { PermanenceSwap } from './swap.types.js';
import { handOver, recordedHoldings } from './shift-holders.rules.js';

export interface SwapOfferCommand {
  shiftId: string;
  note?: string | null;
  event?: string | null;
}

export interface SwapStepCommand {
  swapId: string;
  event?: string | null;
  reason?: string | null;
}

export interface SwapOutcome {
  swap: PermanenceSwap;
  shift: PermanenceShift;
}

/** A rule's answer: its value, or the violation it names thrown (the transaction rolls back). */
function must<T extends object>(r: T | { error: RuleError }): T {
  if ('error' in r) throw violation(r.error.field, r.error.code, r.error.message);
  return r;
}
function guard(r: { error: RuleError } | null): void {
  if (r) must(r);
}
const holderIdsOf = async (repos: PermanenceRepositories, shift: ShiftRow) => (await holdersOf(repos.org, [shift]))(shift).map((p) => p.id);

export class SwapService {
  constructor(private readonly uow: UnitOfWork<PermanenceRepositories>) {}

  offer(cmd: SwapOfferCommand, viewer: SwapViewer, now: Date): Promise<SwapOutcome> {
    return this.uow.run(async (repos) => {
      const shift = await repos.permanence.lockShift(cmd.shiftId);
      if (!shift) throw violation('shiftId', 'UNKNOWN_SHIFT', 'No shift has this ID.');
      must(swapLeadTime({ shiftStartsAt: shift.startsAt, shiftEndsAt: shift.endsAt, now, event: cmd.event }));
      // The partial unique index keeps one open swap per shift even when two offers race.
      const open = (await repos.swaps.ofShifts([shift.id])).some(isOpenSwap);
      guard(offerRefusal(shift, viewer.staffId, await holderIdsOf(repos, shift), open, now));
      const swap = await repos.swaps.insert({ shiftId: shift.id, status: 'OFFERED', offeredById: viewer.staffId, offeredAt: now, note: cmd.note?.trim() || null, event: cmd.event?.trim() || null });
      await this.publish(repos, 'SWAP_OFFERED', swap, viewer);
      return { swap: toSwap(swap), shift: toShift(shift) };
    });
  }

  take(cmd: SwapStepCommand, viewer: SwapViewer, now: Date): Promise<SwapOutcome> {
    return this.step(cmd.swapId, viewer, async (repos, shift, swap) => {
      must(swapTransition(swap.status, 'TAKE'));
      guard(swapBeforeStart(shift.startsAt, now, 'swapId'));
      guard(mayTake(swap, viewer.staffId, await holderIdsOf(repos, shift)));
      await this.checkTaker(repos, viewer.staffId, shift);
      const taken = await repos.swaps.update(swap.id, { status: 'TAKEN', takenById: viewer.staffId, takenAt: now });
      await this.publish(repos, 'SWAP_TAKEN', taken, viewer);
      return { swap: toSwap(taken), shift: toShift(shift) };
    });
  }

  approve(cmd: SwapStepCommand, viewer: SwapViewer, now: Date): Promise<SwapOutcome> {
    return this.step(cmd.swapId, viewer, async (repos, shift, swap) => {
      must(swapTransition(swap.status, 'APPROVE'));
      const holders = await holderIdsOf(repos, shift);
      guard(mayDecide(swap, viewer, holders));
      const event = cmd.event?.trim() || swap.event;
      const lead = must(swapLeadTime({ shiftStartsAt: shift.startsAt, shiftEndsAt: shift.endsAt, now, event, field: 'swapId' }));
      if (!holders.includes(swap.offeredById)) {
        throw violation('swapId', 'OFFERER_NOT_HOLDER', 'The colleague who offered this shift no longer holds it.');
      }
      const takerId = swap.takenById as string;
      // Holders may have changed since the take (a reassignment put the taker in the other place).
      guard(mayTake(swap, takerId, holders));
      await this.checkTaker(repos, takerId, shift);
      const approved = await repos.swaps.update(swap.id, { status: 'APPROVED', decidedById: viewer.staffId, decidedAt: now });
      // The taker holds the offerer's place: on a binôme's shift, beside the other member.
      const next = must(handOver(shift, swap.offeredById, takerId));
      const names = new Map((await repos.org.staffByIds([swap.offeredById, takerId])).map((p) => [p.id, p.fullName]));
      const what = shift.holderBinomeId ? 'place on the shift' : 'shift';
      const changed = await changeHolderIn(
        repos,
        shift,
        next,
        { kind: lead.kind, reason: `Swap: ${names.get(takerId)} takes the ${what} of ${names.get(swap.offeredById)}`, event, actorId: viewer.staffId, swapId: swap.id },
        now,
      );
      const linked = await repos.swaps.update(approved.id, { replacementId: changed.replacement.id });
      await this.publish(repos, 'SWAP_APPROVED', linked, viewer);
      return { swap: toSwap(linked), shift: toShift(changed.shift) };
    });
  }

  refuse(cmd: SwapStepCommand, viewer: SwapViewer, now: Date): Promise<SwapOutcome> {
    return this.step(cmd.swapId, viewer, async (repos, shift, swap) => {
      const reason = must(refusalReason(cmd.reason)).value;
      must(swapTransition(swap.status, 'REFUSE'));
      guard(mayDecide(swap, viewer, await holderIdsOf(repos, shift)));
      const refused = await repos.swaps.update(swap.id, { status: 'REFUSED', decidedById: viewer.staffId, decidedAt: now, refusalReason: reason });
      await this.publish(repos, 'SWAP_REFUSED', refused, viewer);
      return { swap: toSwap(refused), shift: toShift(shift) };
    });
  }

  /** The offerer withdraws her pending offer; an approver withdraws a pending swap or undoes an approved one. */
  undo(cmd: SwapStepCommand, viewer: SwapViewer, now: Date): Promise<SwapOutcome> {
    return this.step(cmd.swapId, viewer, async (repos, shift, swap) => {
      guard(mayUndo(swap, viewer));
      const { next } = must(swapTransition(swap.status, 'UNDO'));
      if (next === 'WITHDRAWN') {
        const withdrawn = await repos.swaps.update(swap.id, { status: 'WITHDRAWN', endedById: viewer.staffId, endedAt: now });
        await this.publish(repos, 'SWAP_WITHDRAWN', withdrawn, viewer);
        return { swap: toSwap(withdrawn), shift: toShift(shift) };
      }
      // R13: giving the shift back changes its holder again: before it starts, a week ahead or with the event.
      const lead = must(swapLeadTime({ shiftStartsAt: shift.startsAt, shiftEndsAt: shift.endsAt, now, event: cmd.event, field: 'swapId' }));
      const changes = await repos.permanence.replacementsOfShifts([shift.id]);
      const approval = changes.find((c) => c.id === swap.replacementId);
      if (!approval || changes[changes.length - 1].id !== approval.id) {
        throw violation('swapId', 'SWAP_SUPERSEDED', 'The shift has changed hands since this swap was approved: replace its holder instead.');
      }
      const { previous } = recordedHoldings(approval);
      const back = await remapField(
        () => checkHolder(repos.org, { staffId: previous.holderStaffId, binomeId: previous.holderBinomeId, substitutedMemberId: previous.substitutedMemberId, substituteId: previous.substituteId }, shift, true),
        'swapId',
      );
      const undone = await repos.swaps.update(swap.id, { status: 'UNDONE', endedById: viewer.staffId, endedAt: now });
      const changed = await changeHolderIn(repos, shift, back, { kind: lead.kind, reason: 'Swap undone: the shift goes back to its holder', event: cmd.event ?? null, actorId: viewer.staffId, swapId: swap.id }, now);
      const linked = await repos.swaps.update(undone.id, { undoReplacementId: changed.replacement.id });
      await this.publish(repos, 'SWAP_UNDONE', linked, viewer);
      return { swap: toSwap(linked), shift: toShift(changed.shift) };
    });
  }

  /** Pending swaps of shifts ahead: all for approvers; for a colleague, hers and the open offers she could take. */
  async pending(viewer: SwapViewer, first: number | null | undefined, now: Date): Promise<PermanenceSwap[]> {
    const all = isSwapApprover(viewer.role);
    const rows = await this.uow.read.swaps.pending({ staffId: all ? null : viewer.staffId, openOffers: canHoldPermanence(viewer.role), limit: pageSize(first) }, now);
    return rows.map(toSwap);
  }

  /** One swap as the viewer may see it (node), or null. */
  async visible(id: string, viewer: SwapViewer): Promise<PermanenceSwap | null> {
    const [row] = await this.uow.read.swaps.byIds([id]);
    return row && maySeeSwap(row, viewer, canHoldPermanence(viewer.role)) ? toSwap(row) : null;
  }

  byIds(ids: readonly string[]) {
    return this.uow.read.swaps.byIds(ids);
  }

  ofShifts(shiftIds: readonly string[]) {
    return this.uow.read.swaps.ofShifts(shiftIds);
  }

  /**
   * Runs one step on a swap: the shift locked, then the swap (the order every change of holder takes).
   * A swap the viewer may not read is answered as one that does not exist (R5): its status stays hidden.
   */
  private step(swapId: string, viewer: SwapViewer, work: (repos: PermanenceRepositories, shift: ShiftRow, swap: SwapRow) => Promise<SwapOutcome>): Promise<SwapOutcome> {
    return this.uow.run(async (repos) => {
      const [seen] = await repos.swaps.byIds([swapId]);
      const shift = seen && (await repos.permanence.lockShift(seen.shiftId));
      const swap = shift && (await repos.swaps.lock(swapId));
      if (!shift || !swap || !maySeeSwap(swap, viewer, canHoldPermanence(viewer.role))) throw violation('swapId', 'UNKNOWN_SWAP', 'No swap has this ID.');
      return work(repos, shift, swap);
    });
  }

  /** The colleague taking the shift holds the permanence and is not away during it. */
  private async checkTaker(repos: PermanenceRepositories, takerId: string, shift: ShiftRow) {
    const [taker] = await repos.org.staffByIds([takerId]);
    if (!taker || !canHoldPermanence(taker.role)) throw violation('swapId', 'NOT_ELIGIBLE', `${taker?.fullName ?? 'This person'} does not hold the social permanence.`);
    const [away] = await repos.org.absencesOverlapping({ staffIds: [takerId], from: shift.startsAt, to: shift.endsAt });
    if (away) throw violation('swapId', 'TAKER_AWAY', `${taker.fullName} is away from ${instantInWords(away.startsAt)} to ${instantInWords(away.endsAt)} (Brussels time), during this shift.`);
  }

  private publish(repos: PermanenceRepositories, type: string, swap: SwapRow, viewer: SwapViewer) {
    return repos.outbox.publish({ type, topic: 'swap', subjectId: swap.id, actorId: viewer.staffId, payload: { swapId: swap.id, shiftId: swap.shiftId, status: swap.status } });
  }
}

/** A holder check answered for the swap: the field at fault is the swap, not an input the caller never sent. */
async function remapField<T>(run: () => Promise<T>, field: string): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof RuleViolation) throw new RuleViolation(e.errors.map((x) => ({ ...x, field: ['input', field] })));
    throw e;
  }
}
