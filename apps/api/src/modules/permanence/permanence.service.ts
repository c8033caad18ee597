// Permanence use cases: who is on call, who to call (R14), replacements (R13), take-overs, new shifts.
import type { Database, Tx } from '../../db/client.js';
import { publish } from '../../events/outbox.js';
import { decodeCursor, pageSize, toPage } from '../../shared/paging.js';
import { fromGlobalId, type NodeTypeName } from '../../shared/global-id.js';
import { violation } from '../../shared/outcome.js';
import type { StaffViewer } from '../auth/viewer.js';
import { OrgRepository } from '../org/org.repository.js';
import { holdersOf, reconcileCoverage } from './coverage.service.js';
import { toAlert, toReplacement, toShift } from './permanence.mappers.js';
import { PermanenceRepository, type AlertStatus } from './permanence.repository.js';
import { canHoldPermanence, replacementLeadTime, shiftTooLong, type ReplacementKind } from './permanence.rules.js';
import type { PermanenceReplaceInput, PermanenceRotaGenerateInput, PermanenceShiftCreateInput, PermanenceTakeOverInput } from './permanence.input.js';
import { isPlannedOpen, rotaSpans, rotation, workingHours } from './rota.rules.js';
import { whoToCall, type Candidate } from './who-to-call.rules.js';
import { closedAround, closedForRota } from './closed-days.js';
import type { HolidayLookup, ReplacementLookup } from './permanence.ports.js';
import { WhoToCall, type OnCall } from './permanence.types.js';

function dbIdOf(globalId: string | null | undefined, type: NodeTypeName, field: string, code: string): string | null {
  if (globalId === null || globalId === undefined || globalId === '') return null;
  const parsed = fromGlobalId(globalId, type);
  if (!parsed) throw violation(field, code, `\`${field}\` is not the ID of a ${type}.`);
  return parsed.id;
}

export class PermanenceService {
  private readonly repo: PermanenceRepository;
  private readonly org: OrgRepository;

  constructor(
    private readonly db: Database,
    private readonly replacements: ReplacementLookup | null = null,
    private readonly holidays: HolidayLookup | null = null,
  ) {
    this.repo = new PermanenceRepository(db);
    this.org = new OrgRepository(db);
  }

  async onCall(at: Date): Promise<OnCall> {
    const current = await this.repo.shiftAt(at);
    const next = await this.repo.nextShiftFrom(current?.endsAt ?? at);
    const weekend = current?.kind === 'WEEKEND' ? current : await this.repo.nextShiftFrom(at, 'WEEKEND');
    return { at, current: current && toShift(current), next: next && toShift(next), weekend: weekend && toShift(weekend) };
  }

  async whoToCall(sectorGlobalId: string, at: Date): Promise<WhoToCall> {
    const sectorId = fromGlobalId(sectorGlobalId, 'Sector')?.id;
    const [sector] = sectorId ? await this.org.sectorsByIds([sectorId]) : [];
    if (!sector) throw violation('sectorId', 'UNKNOWN_SECTOR', '`sectorId` is not a sector.');
    return this.whoToCallFor(sector.id, at);
  }

  async whoToCallFor(sectorId: string, at: Date): Promise<WhoToCall> {
    const [[team], shift, flying, direction, running] = await Promise.all([
      this.org.sectorSocialWorkers([sectorId]),
      this.repo.shiftAt(at),
      this.org.staffByRoles(['FLYING_SOCIAL_WORKER']),
      this.org.staffByRoles(['SOCIAL_POLE_HEAD', 'DIRECTOR']),
      this.replacements?.replacingIn(sectorId, at) ?? null,
    ]);
    const { closed, today: closedDay } = await closedAround(this.holidays, at); // a holiday is held like a week-end day
    // Only a replacement of the sector's own social worker changes who answers for the sector.
    const replacement = running && team && running.socialWorkerId === team.worker.id ? running : null;
    const holders = shift ? (await holdersOf(this.org, [shift]))(shift) : [];
    const people = [team?.worker, ...holders, ...flying, ...direction].filter((p): p is NonNullable<typeof p> => !!p);
    const absences = await this.org.absencesOverlapping({ staffIds: people.map((p) => p.id), from: at, to: new Date(at.getTime() + 1) });
    const candidate = (p: { id: string; fullName: string }): Candidate => ({
      staffId: p.id,
      fullName: p.fullName,
      absences: absences.filter((a) => a.staffId === p.id),
    });
    // Direction in order: the social pole head before the director.
    direction.sort((a, b) => (a.role === b.role ? 0 : a.role === 'SOCIAL_POLE_HEAD' ? -1 : 1));
    const replacing = replacement ? flying.find((f) => f.id === replacement.flyingWorkerId) : undefined;
    const sectorWorker = team ? candidate(team.worker) : null;
    // R11: the replaced social worker is away for the whole replacement, recorded absence or not.
    if (sectorWorker && replacement) sectorWorker.absences.push({ kind: 'SICKNESS', startsAt: replacement.startsAt, endsAt: replacement.endedEarlyAt ?? replacement.endsAt });
    const result = whoToCall({
      at,
      workingHours: workingHours(at, closed),
      closedDay,
      replacing: replacing ? candidate(replacing) : null,
      sectorSocialWorker: sectorWorker,
      permanence: shift ? { holders: holders.map(candidate) } : isPlannedOpen(at, closed) ? { holders: [] } : null,
      flyingSocialWorkers: flying.map(candidate),
      direction: direction.map(candidate),
    });
    return Object.assign(new WhoToCall(), {
      sectorDbId: sectorId,
      staffDbId: result.answer?.staffId ?? null,
      at,
      role: result.answer?.role ?? null,
      chain: result.chain.map((s) => ({ ...s, staffDbId: s.staffId })),
      gap: result.answer === null,
    });
  }

  async shifts(from: Date, to: Date, first: number | null | undefined, after: string | null | undefined) {
    const n = pageSize(first);
    const key = after ? decodeCursor(after, 2) : null;
    const rows = await this.repo.shiftsBetween(from, to, n + 1, key ? { startsAt: String(key[0]), id: String(key[1]) } : undefined);
    const total = await this.repo.countShiftsBetween(from, to);
    return toPage(rows, n, total, (r) => [r.startsAt.toISOString(), r.id], toShift);
  }

  async alerts(status: AlertStatus, first: number | null | undefined, after: string | null | undefined, now: Date) {
    const n = pageSize(first);
    const key = after ? decodeCursor(after, 3) : null;
    const filter = { status, endingAfter: status === 'OPEN' ? now : undefined };
    const rows = await this.repo.alerts({
      ...filter,
      limit: n + 1,
      after: key ? { rank: Number(key[0]), startsAt: String(key[1]), id: String(key[2]) } : undefined,
    });
    const total = await this.repo.countAlerts(filter);
    return toPage(rows, n, total, (r) => [r.rank, r.alert.startsAt.toISOString(), r.alert.id], (r) => toAlert(r.alert));
  }

  replace(input: PermanenceReplaceInput, viewer: StaffViewer, now: Date) {
    return this.changeHolder(input.shiftId, { staffId: input.holderStaffId, binomeId: input.holderBinomeId }, viewer, now, {
      reason: input.reason ?? null,
      event: input.event ?? null,
      emergency: false,
    });
  }

  takeOver(input: PermanenceTakeOverInput, viewer: StaffViewer, now: Date) {
    const staffId = input.holderStaffId ?? null;
    return this.changeHolder(input.shiftId, { staffId: staffId ?? undefined, binomeId: null, self: staffId ? undefined : viewer.staffId }, viewer, now, {
      reason: 'Emergency take-over by direction',
      event: input.event,
      emergency: true,
    });
  }

  async createShift(input: PermanenceShiftCreateInput, viewer: StaffViewer, now: Date) {
    if (input.endsAt <= input.startsAt) throw violation('endsAt', 'SHIFT_ENDS_BEFORE_START', '`endsAt` must be after `startsAt`.');
    if (input.endsAt <= now) throw violation('endsAt', 'SHIFT_IN_PAST', 'A shift cannot be created in the past.');
    const maxHours = shiftTooLong(input.kind, input.startsAt, input.endsAt);
    if (maxHours) throw violation('endsAt', 'SHIFT_TOO_LONG', `A ${input.kind} shift lasts at most ${maxHours} h.`);
    return this.db.transaction(async (tx) => {
      const repo = new PermanenceRepository(tx);
      const holder = await this.resolveHolder(tx, { staffId: input.holderStaffId, binomeId: input.holderBinomeId }, input, false);
      if (await repo.overlappingShift(input.startsAt, input.endsAt)) {
        throw violation('startsAt', 'SHIFT_OVERLAP', 'Another shift already covers part of this span.');
      }
      const row = await repo.insertShift({ kind: input.kind, startsAt: input.startsAt, endsAt: input.endsAt, ...holder, createdAt: now, updatedAt: now });
      await publish(tx, { type: 'SHIFT_CREATED', topic: 'permanence', subjectId: row.id, actorId: viewer.staffId, payload: { shiftId: row.id } });
      await reconcileCoverage(tx, [row.id], now, viewer.staffId);
      return toShift(row);
    });
  }

  /** Fills [from, to) with the rotation of these binômes, skipping spans the rota already has. */
  async generateRota(input: PermanenceRotaGenerateInput, viewer: StaffViewer, now: Date): Promise<number> {
    const ids = input.binomeIds.map((g, i) => dbIdOf(g, 'Binome', 'binomeIds', 'UNKNOWN_BINOME') ?? `missing-${i}`);
    if (!ids.length) throw violation('binomeIds', 'BINOME_REQUIRED', 'Name at least one binôme to hold the shifts.');
    let spans;
    try {
      spans = rotaSpans(input.from, input.to, await closedForRota(this.holidays, input.from, input.to));
    } catch (err) {
      throw violation(String(err).includes('toDate') ? 'to' : 'from', 'INVALID_DATE', (err as Error).message);
    }
    if (!spans.length) throw violation('to', 'EMPTY_SPAN', '`to` must be after `from`.');
    if (spans[0].startsAt < now) throw violation('from', 'SHIFT_IN_PAST', 'The rota is generated from today on: past shifts are history.');
    const first = spans[0];
    const last = spans[spans.length - 1];
    if (last.startsAt.getTime() - first.startsAt.getTime() > 400 * 86_400_000) {
      throw violation('to', 'SPAN_TOO_LONG', 'Generate at most a year and a month at a time.');
    }
    return this.db.transaction(async (tx) => {
      const repo = new PermanenceRepository(tx);
      const found = await new OrgRepository(tx).binomesByIds(ids);
      const missing = input.binomeIds.find((_, i) => !found.some((b) => b.id === ids[i]));
      if (missing !== undefined) throw violation('binomeIds', 'UNKNOWN_BINOME', `No binôme has the ID ${missing}.`);
      const existing = await repo.shiftsBetween(first.startsAt, last.endsAt, 2_000);
      const fresh = rotation(spans, ids).filter((s) => !existing.some((e) => e.startsAt < s.endsAt && s.startsAt < e.endsAt));
      const rows = fresh.length ? await repo.insertShifts(fresh.map((s) => ({ ...s, createdAt: now, updatedAt: now }))) : [];
      for (const row of rows) {
        await publish(tx, { type: 'SHIFT_CREATED', topic: 'permanence', subjectId: row.id, actorId: viewer.staffId, payload: { shiftId: row.id } });
      }
      await reconcileCoverage(tx, rows.map((r) => r.id), now, viewer.staffId);
      return rows.length;
    });
  }

  /** Checks the new holder exists, may hold the permanence and is not away during the shift. */
  private async resolveHolder(
    tx: Tx,
    holder: { staffId?: string | null; binomeId?: string | null; self?: string },
    span: { startsAt: Date; endsAt: Date },
    required: boolean,
  ): Promise<{ holderStaffId: string | null; holderBinomeId: string | null }> {
    const org = new OrgRepository(tx);
    const staffId = holder.self ?? dbIdOf(holder.staffId, 'Staff', 'holderStaffId', 'UNKNOWN_PERSON');
    const binomeId = dbIdOf(holder.binomeId, 'Binome', 'holderBinomeId', 'UNKNOWN_BINOME');
    if (staffId && binomeId) throw violation('holderStaffId', 'ONE_HOLDER', 'Give either `holderStaffId` or `holderBinomeId`, not both.');
    if (!staffId && !binomeId) {
      if (required) throw violation('holderStaffId', 'HOLDER_REQUIRED', 'Name the person or binôme who takes the shift.');
      return { holderStaffId: null, holderBinomeId: null };
    }
    let memberIds: string[];
    if (staffId) {
      const [person] = await org.staffByIds([staffId]);
      if (!person) throw violation('holderStaffId', 'UNKNOWN_PERSON', 'No staff member has this ID.');
      if (!canHoldPermanence(person.role)) {
        throw violation('holderStaffId', 'NOT_ELIGIBLE', `${person.fullName} (${person.role}) does not hold the social permanence.`);
      }
      memberIds = [person.id];
    } else {
      const [binome] = await org.binomesByIds([binomeId as string]);
      if (!binome) throw violation('holderBinomeId', 'UNKNOWN_BINOME', 'No binôme has this ID.');
      memberIds = [binome.firstMemberId, binome.secondMemberId];
    }
    const away = await org.absencesOverlapping({ staffIds: memberIds, from: span.startsAt, to: span.endsAt });
    if (away.length) {
      const [who] = await org.staffByIds([away[0].staffId]);
      throw violation(
        staffId ? 'holderStaffId' : 'holderBinomeId',
        'HOLDER_AWAY',
        `${who?.fullName ?? 'The holder'} is away (${away[0].kind}) from ${away[0].startsAt.toISOString()} to ${away[0].endsAt.toISOString()}, during this shift.`,
      );
    }
    return { holderStaffId: staffId, holderBinomeId: binomeId };
  }

  private async changeHolder(
    shiftGlobalId: string,
    holder: { staffId?: string | null; binomeId?: string | null; self?: string },
    viewer: StaffViewer,
    now: Date,
    why: { reason: string | null; event: string | null; emergency: boolean },
  ) {
    const shiftId = dbIdOf(shiftGlobalId, 'PermanenceShift', 'shiftId', 'UNKNOWN_SHIFT');
    return this.db.transaction(async (tx) => {
      const repo = new PermanenceRepository(tx);
      // The row lock serialises concurrent replacements of one shift: each records the holder it replaced.
      const shift = shiftId ? await repo.lockShift(shiftId) : null;
      if (!shift) throw violation('shiftId', 'UNKNOWN_SHIFT', 'No shift has this ID.');
      const lead = replacementLeadTime({ shiftStartsAt: shift.startsAt, shiftEndsAt: shift.endsAt, now, event: why.event, emergency: why.emergency });
      if ('error' in lead) throw violation(lead.error.field, lead.error.code, lead.error.message);
      // A shift already under way is only changed for what is left of it.
      const span = { startsAt: shift.startsAt > now ? shift.startsAt : now, endsAt: shift.endsAt };
      const next = await this.resolveHolder(tx, holder, span, true);
      if (next.holderStaffId === shift.holderStaffId && next.holderBinomeId === shift.holderBinomeId) {
        throw violation('holderStaffId', 'NO_CHANGE', 'This shift is already held by them.');
      }
      // A shift under way is split at now: the hours already held stay as history with their holder.
      const updated =
        shift.startsAt < now
          ? (await repo.endShiftAt(shift.id, now), await repo.insertShift({ kind: shift.kind, startsAt: now, endsAt: shift.endsAt, ...next, createdAt: now, updatedAt: now }))
          : await repo.setHolder(shift.id, next, now);
      const replacement = await repo.insertReplacement({
        shiftId: updated.id,
        kind: lead.kind as ReplacementKind,
        previousStaffId: shift.holderStaffId,
        previousBinomeId: shift.holderBinomeId,
        newStaffId: next.holderStaffId,
        newBinomeId: next.holderBinomeId,
        reason: why.reason?.trim() || null,
        event: why.event?.trim() || null,
        recordedById: viewer.staffId,
        recordedAt: now,
      });
      await publish(tx, {
        type: 'SHIFT_HOLDER_CHANGED',
        topic: 'permanence',
        subjectId: updated.id,
        actorId: viewer.staffId,
        payload: { shiftId: updated.id, replacementId: replacement.id, kind: replacement.kind, splitFromShiftId: updated.id === shift.id ? null : shift.id },
      });
      await reconcileCoverage(tx, [shift.id, updated.id], now, viewer.staffId);
      return { shift: toShift(updated), replacement: toReplacement(replacement) };
    });
  }

  shiftsByIds(ids: readonly string[]) {
    return this.repo.shiftsByIds(ids);
  }

  replacementsOfShifts(ids: readonly string[]) {
    return this.repo.replacementsOfShifts(ids);
  }

  replacementsByIds(ids: readonly string[]) {
    return this.repo.replacementsByIds(ids);
  }

  alertsByIds(ids: readonly string[]) {
    return this.repo.alertsByIds(ids);
  }

  /** Everything still ahead gets its alerts recomputed (after a seed or an import). */
  async reconcileAll(now: Date) {
    const ids = (await this.repo.shiftIdsFrom(now)).map((r) => r.id);
    await this.db.transaction((tx) => reconcileCoverage(tx, ids, now, null));
  }
}
