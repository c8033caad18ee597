// Direction's settings of the satisfaction figures (the low-score threshold the reports count
// "dissatisfied" answers by): read by anyone who reads the reports, changed by direction, audited.
import type { UnitOfWork } from '../../db/unit-of-work.js';
import { violation } from '../../shared/outcome.js';
import type { StaffViewer } from '../auth/index.js';
import type { AuditTrail } from '../cases/index.js';
import type { SatisfactionSettingsRepository, SatisfactionSettingsRow } from './satisfaction-settings.repository.js';
import { lowScoreError, SATISFACTION_LOW_SCORE_DEFAULT } from './satisfaction.rules.js';

export type SatisfactionSettingsRepositories = {
  settings: Pick<SatisfactionSettingsRepository, 'current' | 'lock' | 'save'>;
  audit: Pick<AuditTrail, 'recordChange'>;
};

/** The settings in force: the stored row, or the defaults (never changed: no version, nobody). */
export interface SatisfactionSettingsState {
  lowScoreAtMost: number;
  version: number;
  updatedById: string | null;
  updatedAt: Date | null;
}

const state = (row: SatisfactionSettingsRow | null): SatisfactionSettingsState =>
  row ? { lowScoreAtMost: row.lowScoreAtMost, version: row.version, updatedById: row.updatedById, updatedAt: row.updatedAt } : { lowScoreAtMost: SATISFACTION_LOW_SCORE_DEFAULT, version: 0, updatedById: null, updatedAt: null };

export class SatisfactionSettingsService {
  constructor(private readonly uow: UnitOfWork<SatisfactionSettingsRepositories>) {}

  async current(): Promise<SatisfactionSettingsState> {
    return state(await this.uow.read.settings.current());
  }

  async update(draft: { lowScoreAtMost: number }, viewer: StaffViewer, now: Date): Promise<SatisfactionSettingsState> {
    const bad = lowScoreError(draft.lowScoreAtMost);
    if (bad) throw violation('lowScoreAtMost', bad.code, bad.message);
    return this.uow.run(async ({ settings, audit }) => {
      const before = await settings.lock();
      const version = (before?.version ?? 0) + 1;
      const row = await settings.save({ lowScoreAtMost: draft.lowScoreAtMost, version, updatedById: viewer.staffId, updatedAt: now });
      await audit.recordChange({
        actorId: viewer.staffId, entity: 'SatisfactionSettings', entityId: row.id, caseFileId: null, entityVersion: version,
        before: { lowScoreAtMost: before?.lowScoreAtMost ?? SATISFACTION_LOW_SCORE_DEFAULT }, after: { lowScoreAtMost: row.lowScoreAtMost }, at: now,
      });
      return state(row);
    });
  }
}
