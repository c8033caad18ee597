// The rota: who is on call around an instant, the shifts over a window, a new shift, a year of
// shifts generated from binômes in turn; and the rows behind the request's DataLoaders.
import type { UnitOfWork } from '../../db/unit-of-work.js';
import { checkWindow, violation } from '../../shared/outcome.js';
import { afterKey, pageSize, toPage } from '../../shared/paging.js';
import { reconcileCoverage } from './coverage.service.js';
import { closedForRota } from './closed-days.js';
import { checkHolder } from './holder.check.js';
import { toShift } from './permanence.mappers.js';
import type { HolidayLookup } from './permanence.ports.js';
import type { PermanenceRepositories } from './permanence.repositories.js';
import { onCallOf, shiftTooLong } from './permanence.rules.js';
import { holidaysWithClosingDays, type Holiday } from '../holidays/index.js';
import { holdersInCallOrder, type HolderInCallOrder } from './holder-order.rules.js';
import type { OnCallFacts } from './board-facts.repository.js';
import { shiftHolderIds } from './shift-holders.rules.js';
import type { OnCall, PermanenceShift } from './permanence.types.js';
import type { ShiftKind } from './coverage.rules.js';
import type { RotaActor } from './replacement.service.js';
import { rotaSpans } from './rota.rules.js';
import { fairRotation } from './rota-fairness.rules.js';
import { RotaLoadRepository } from './rota-load.repository.js';

export interface ShiftDraft {
  kind: ShiftKind;
  startsAt: Date;
  endsAt: Date;
  /** Database ids, decoded by the resolver. */
  holderStaffId?: string | null;
  holderBinomeId?: string | null;
}

export interface RotaGenerateCommand {
  from: string;
  to: string;
  /** Database ids in rotation order, decoded by the resolver; null for an empty ID. */
  binomeIds: (string | null)[];
}

export class RotaService {
  constructor(
    private readonly uow: UnitOfWork<PermanenceRepositories>,
    private readonly holidays: HolidayLookup | null = null,
  ) {}

  /**
   * On call around `at` with everything the board shows of those shifts, from one statement: their
   * binômes, replacements, the staff, each shift's holders in call order at `now`, and the public
   * holidays and closing days of the years around `at` (null for a year outside them).
   */
  async onCallRead(at: Date, now: Date): Promise<{ onCall: OnCall; facts: OnCallFacts; callOrder: Map<string, HolderInCallOrder[]>; holidaysOf: (year: number) => Holiday[] | null }> {
    const year = at.getUTCFullYear();
    const facts = await this.uow.read.facts.onCallFacts(at, `${year - 1}-01-01`, `${year + 2}-01-01`);
    const { current, next, weekend } = onCallOf(facts.shifts, at);
    const members = new Map(facts.binomes.map((b) => [b.id, [b.firstMemberId, b.secondMemberId]]));
    const callOrder = new Map(facts.shifts.map((s) => [s.id, holdersInCallOrder(s, shiftHolderIds(s, (id) => members.get(id)), facts.absences, now)]));
    const holidaysOf = (y: number) => (this.holidays && y >= year - 1 && y <= year + 1 ? holidaysWithClosingDays(`${y}-01-01`, `${y + 1}-01-01`, facts.closingDays) : null);
    return { onCall: { at, current: current && toShift(current), next: next && toShift(next), weekend: weekend && toShift(weekend) }, facts, callOrder, holidaysOf };
  }

  async shifts(from: Date, to: Date, first: number | null | undefined, after: string | null | undefined) {
    // A reversed window is a mistake to say, not an empty list (as scheduleEntries says it).
    checkWindow(from, to);
    const repo = this.uow.read.permanence;
    const n = pageSize(first);
    const key = afterKey(after, 'permanenceShifts', ['instant', 'id']);
    const rows = await repo.shiftsBetween(from, to, n + 1, key ? { startsAt: String(key[0]), id: String(key[1]) } : undefined);
    const total = await repo.countShiftsBetween(from, to);
    return toPage(rows, n, total, 'permanenceShifts', (r) => [r.startsAt.toISOString(), r.id], toShift);
  }

  async createShift(draft: ShiftDraft, viewer: RotaActor, now: Date): Promise<PermanenceShift> {
    if (draft.endsAt <= draft.startsAt) throw violation('endsAt', 'SHIFT_ENDS_BEFORE_START', '`endsAt` must be after `startsAt`.');
    if (draft.endsAt <= now) throw violation('endsAt', 'SHIFT_IN_PAST', 'A shift cannot be created in the past.');
    const maxHours = shiftTooLong(draft.kind, draft.startsAt, draft.endsAt);
    if (maxHours) throw violation('endsAt', 'SHIFT_TOO_LONG', `A ${draft.kind} shift lasts at most ${maxHours} h.`);
    return this.uow.run(async (repos) => {
      const { permanence: repo, outbox } = repos;
      const holder = await checkHolder(repos.org, { staffId: draft.holderStaffId, binomeId: draft.holderBinomeId }, draft, false);
      if (await repo.overlappingShift(draft.startsAt, draft.endsAt)) {
        throw violation('startsAt', 'SHIFT_OVERLAP', 'Another shift already covers part of this span.');
      }
      const row = await repo.insertShift({ kind: draft.kind, startsAt: draft.startsAt, endsAt: draft.endsAt, ...holder, createdAt: now, updatedAt: now });
      await outbox.publish({ type: 'SHIFT_CREATED', topic: 'permanence', subjectId: row.id, actorId: viewer.staffId, payload: { shiftId: row.id } });
      await reconcileCoverage(repos, [row.id], now, viewer.staffId);
      return toShift(row);
    });
  }

  /** Fills [from, to) with the rotation of these binômes, skipping spans the rota already has. */
  async generateRota(cmd: RotaGenerateCommand, viewer: RotaActor, now: Date): Promise<number> {
    const ids = cmd.binomeIds.map((id, i) => id ?? `missing-${i}`);
    if (!ids.length) throw violation('binomeIds', 'BINOME_REQUIRED', 'Name at least one binôme to hold the shifts.');
    // A public holiday or closing day is held like a week-end day (one WEEKEND shift over it).
    const closed = await closedForRota(this.holidays, cmd.from, cmd.to);
    const spans = rotaSpansOf(cmd.from, cmd.to, closed);
    if (!spans.length) throw violation('to', 'EMPTY_SPAN', '`to` must be after `from`.');
    if (spans[0].startsAt < now) throw violation('from', 'SHIFT_IN_PAST', 'The rota is generated from today on: past shifts are history.');
    const first = spans[0];
    const last = spans[spans.length - 1];
    if (last.startsAt.getTime() - first.startsAt.getTime() > 400 * 86_400_000) {
      throw violation('to', 'SPAN_TOO_LONG', 'Generate at most a year and a month at a time.');
    }
    if (new Set(ids).size !== ids.length) throw violation('binomeIds', 'DUPLICATE_BINOME', 'Name each binôme once: the week-ends are shared by FTE, not by how often a binôme is named.');
    return this.uow.run(async (repos, tx) => {
      const { permanence: repo, org, outbox } = repos;
      const found = await org.binomesByIds(ids.filter((id) => !id.startsWith('missing-')));
      const missing = ids.findIndex((id) => !found.some((b) => b.id === id));
      if (missing >= 0) throw violation('binomeIds', 'UNKNOWN_BINOME', `No binôme has the ID given at binomeIds[${missing}].`);
      const load = new RotaLoadRepository(tx);
      const existing = await load.heldShifts(first.startsAt, last.endsAt);
      // Issue 12: week-ends and holidays go by FTE, each member of a binôme measured against their own,
      // the kept shifts counted for whoever holds them (a binôme's members, or the person replacing them).
      const members = await load.binomeMembersFte(ids);
      const holders = ids.map((id) => ({ id, members: members.get(id) ?? [] }));
      const keptHolder = (s: { startsAt: Date; endsAt: Date }) => {
        const e = existing.find((x) => x.startsAt < s.endsAt && s.startsAt < x.endsAt);
        return e ? { holderId: null, personIds: e.holderIds } : null;
      };
      const fresh = fairRotation(spans, holders, closed, keptHolder);
      const rows = fresh.length ? await repo.insertShifts(fresh.map((s) => ({ ...s, createdAt: now, updatedAt: now }))) : [];
      for (const row of rows) {
        await outbox.publish({ type: 'SHIFT_CREATED', topic: 'permanence', subjectId: row.id, actorId: viewer.staffId, payload: { shiftId: row.id } });
      }
      await reconcileCoverage(repos, rows.map((r) => r.id), now, viewer.staffId);
      return rows.length;
    });
  }

  // The rows behind the request's DataLoaders (composition/loaders.ts).
  shiftsByIds(ids: readonly string[]) {
    return this.uow.read.permanence.shiftsByIds(ids);
  }

  replacementsOfShifts(ids: readonly string[]) {
    return this.uow.read.permanence.replacementsOfShifts(ids);
  }

  replacementsByIds(ids: readonly string[]) {
    return this.uow.read.permanence.replacementsByIds(ids);
  }
}

/** The rota's spans over local dates; a date that is not one is INVALID_DATE on the field at fault. */
function rotaSpansOf(from: string, to: string, closed: (day: string) => boolean) {
  // Each date checked on its own, so the error names its field (not by reading the error's text).
  for (const [field, day] of [['from', from], ['to', to]] as const) {
    try {
      rotaSpans(day, day);
    } catch (err) {
      throw violation(field, 'INVALID_DATE', (err as Error).message);
    }
  }
  return rotaSpans(from, to, closed);
}
