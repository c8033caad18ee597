// Recording and cancelling absences; each one re-checks the coverage of the shifts it touches.
import type { Database, Tx } from '../../db/client.js';
import { publish } from '../../events/outbox.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { violation } from '../../shared/outcome.js';
import type { StaffViewer } from '../auth/viewer.js';
import { reconcileCoverage } from '../permanence/coverage.service.js';
import { PermanenceRepository } from '../permanence/permanence.repository.js';
import { reconcileConflicts, scopesOfAbsence } from '../schedules/conflict.engine.js';
import { DEFAULT_SETTINGS, type Settings } from '../schedules/conflict.rules.js';
import type { AbsenceCancelInput, AbsenceRecordInput } from './absence.input.js';
import { toAbsence } from './org.mappers.js';
import { OrgRepository } from './org.repository.js';

const MAX_ABSENCE_DAYS = 366;

export class AbsenceService {
  constructor(
    private readonly db: Database,
    private readonly scheduleSettings: Settings = DEFAULT_SETTINGS,
  ) {}

  async record(input: AbsenceRecordInput, viewer: StaffViewer, now: Date) {
    const staffId = fromGlobalId(input.staffId, 'Staff')?.id;
    if (!staffId) throw violation('staffId', 'UNKNOWN_PERSON', '`staffId` is not the ID of a staff member.');
    if (input.endsAt <= input.startsAt) throw violation('endsAt', 'ABSENCE_ENDS_BEFORE_START', '`endsAt` must be after `startsAt`.');
    if (input.endsAt.getTime() - input.startsAt.getTime() > MAX_ABSENCE_DAYS * 86_400_000) {
      throw violation('endsAt', 'ABSENCE_TOO_LONG', `An absence is recorded for at most ${MAX_ABSENCE_DAYS} days at a time.`);
    }
    return this.db.transaction(async (tx) => {
      const org = new OrgRepository(tx);
      const [person] = await org.staffByIds([staffId]);
      if (!person) throw violation('staffId', 'UNKNOWN_PERSON', 'No staff member has this ID.');
      const clash = await org.absencesOverlapping({ staffIds: [staffId], from: input.startsAt, to: input.endsAt });
      if (clash.length) {
        throw violation('startsAt', 'ABSENCE_OVERLAP', `${person.fullName} already has an absence (${clash[0].kind}) overlapping this span.`);
      }
      // Row locks before the first publish: publish takes the outbox lock, so locks always come in one order.
      const shiftIds = await this.lockShiftsOf(tx, staffId, input, now);
      const row = await org.insertAbsence({
        staffId,
        kind: input.kind,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        note: input.note?.trim() || null,
        recordedById: viewer.staffId,
        recordedAt: now,
      });
      // A helper scheduled during the absence: the conflicts of the days it covers (row locks before the outbox lock).
      await reconcileConflicts(tx, scopesOfAbsence(row), { now, actorId: viewer.staffId, settings: this.scheduleSettings });
      await publish(tx, { type: 'ABSENCE_RECORDED', topic: 'absence', subjectId: row.id, actorId: viewer.staffId, payload: { absenceId: row.id } });
      await reconcileCoverage(tx, shiftIds, now, viewer.staffId);
      return toAbsence(row);
    });
  }

  async cancel(input: AbsenceCancelInput, viewer: StaffViewer, now: Date) {
    const id = fromGlobalId(input.absenceId, 'Absence')?.id;
    if (!id) throw violation('absenceId', 'UNKNOWN_ABSENCE', '`absenceId` is not the ID of an absence.');
    return this.db.transaction(async (tx) => {
      const org = new OrgRepository(tx);
      const found = await org.absenceById(id);
      const shiftIds = found ? await this.lockShiftsOf(tx, found.staffId, found, now) : [];
      const row = await org.cancelAbsence(id, now);
      if (!row) throw violation('absenceId', 'UNKNOWN_ABSENCE', 'No absence with this ID is in force.');
      await reconcileConflicts(tx, scopesOfAbsence(row), { now, actorId: viewer.staffId, settings: this.scheduleSettings });
      await publish(tx, { type: 'ABSENCE_CANCELLED', topic: 'absence', subjectId: row.id, actorId: viewer.staffId, payload: { absenceId: row.id } });
      await reconcileCoverage(tx, shiftIds, now, viewer.staffId);
      return toAbsence(row);
    });
  }

  /** The shifts still ahead that this person holds during the span, locked for the coverage re-check. */
  private async lockShiftsOf(tx: Tx, staffId: string, span: { startsAt: Date; endsAt: Date }, now: Date): Promise<string[]> {
    const repo = new PermanenceRepository(tx);
    const shifts = await repo.liveShiftsHeldBy([staffId], span.startsAt, span.endsAt, now);
    return (await repo.lockShifts(shifts.map((s) => s.id))).map((s) => s.id);
  }

  absencesOf(staffIds: string[], from: Date, to: Date) {
    return new OrgRepository(this.db).absencesOverlapping({ staffIds, from, to });
  }
}
