// Recording and cancelling absences; what each changes elsewhere (schedule conflicts, coverage
// alerts) follows in the same transaction, through the AbsenceEffects port.
import type { UnitOfWork } from '../../db/unit-of-work.js';
import type { Outbox } from '../../events/outbox.js';
import { violation } from '../../shared/outcome.js';
import type { AbsenceEffects } from './absence.ports.js';
import { toAbsence } from './org.mappers.js';
import type { OrgRepository } from './org.repository.js';
import type { AbsenceKind } from './org.rules.js';
import type { Absence } from './org.types.js';

const MAX_ABSENCE_DAYS = 366;

export type AbsenceRepositories = {
  org: Pick<OrgRepository, 'staffByIds' | 'absencesOverlapping' | 'insertAbsence' | 'absenceById' | 'cancelAbsence'>;
  outbox: Pick<Outbox, 'publish'>;
  effects: AbsenceEffects;
};

/** An absence to record, with database ids (decoded by the resolver). */
export interface AbsenceDraft {
  staffId: string;
  kind: AbsenceKind;
  startsAt: Date;
  endsAt: Date;
  note?: string | null;
}

/** Who records or cancels it (the staff member asking): org needs only their id. */
export interface AbsenceActor {
  staffId: string;
}

export class AbsenceService {
  constructor(private readonly uow: UnitOfWork<AbsenceRepositories>) {}

  async record(draft: AbsenceDraft, viewer: AbsenceActor, now: Date): Promise<Absence> {
    const { staffId } = draft;
    if (draft.endsAt <= draft.startsAt) throw violation('endsAt', 'ABSENCE_ENDS_BEFORE_START', '`endsAt` must be after `startsAt`.');
    if (draft.endsAt.getTime() - draft.startsAt.getTime() > MAX_ABSENCE_DAYS * 86_400_000) {
      throw violation('endsAt', 'ABSENCE_TOO_LONG', `An absence is recorded for at most ${MAX_ABSENCE_DAYS} days at a time.`);
    }
    return this.uow.run(async ({ org, outbox, effects }) => {
      const [person] = await org.staffByIds([staffId]);
      if (!person) throw violation('staffId', 'UNKNOWN_PERSON', 'No staff member has this ID.');
      const clash = await org.absencesOverlapping({ staffIds: [staffId], from: draft.startsAt, to: draft.endsAt });
      if (clash.length) {
        throw violation('startsAt', 'ABSENCE_OVERLAP', `${person.fullName} already has an absence (${clash[0].kind}) overlapping this span.`);
      }
      const follow = await effects.prepare({ staffId, startsAt: draft.startsAt, endsAt: draft.endsAt }, now);
      const row = await org.insertAbsence({
        staffId,
        kind: draft.kind,
        startsAt: draft.startsAt,
        endsAt: draft.endsAt,
        note: draft.note?.trim() || null,
        recordedById: viewer.staffId,
        recordedAt: now,
      });
      const opts = { now, actorId: viewer.staffId };
      await follow.written(row, opts);
      await outbox.publish({ type: 'ABSENCE_RECORDED', topic: 'absence', subjectId: row.id, actorId: viewer.staffId, payload: { absenceId: row.id } });
      await follow.published(opts);
      return toAbsence(row);
    });
  }

  /** `id`: the absence's database id. */
  async cancel(id: string, viewer: AbsenceActor, now: Date): Promise<Absence> {
    return this.uow.run(async ({ org, outbox, effects }) => {
      const found = await org.absenceById(id);
      const follow = found ? await effects.prepare(found, now) : null;
      const row = await org.cancelAbsence(id, now);
      if (!row || !follow) throw violation('absenceId', 'UNKNOWN_ABSENCE', 'No absence with this ID is in force.');
      const opts = { now, actorId: viewer.staffId };
      await follow.written(row, opts);
      await outbox.publish({ type: 'ABSENCE_CANCELLED', topic: 'absence', subjectId: row.id, actorId: viewer.staffId, payload: { absenceId: row.id } });
      await follow.published(opts);
      return toAbsence(row);
    });
  }
}
