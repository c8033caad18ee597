// Satisfaction checks (R7, R8): recorded at a revision or control visit that took place, by its
// visitor or the relay & control social worker, once per visit; read through the visit's case file (R5).
import type { UnitOfWork } from '../../db/unit-of-work.js';
import type { Outbox } from '../../events/outbox.js';
import { RuleViolation, violation } from '../../shared/outcome.js';
import type { StaffViewer, Viewer } from '../auth/index.js';
import { caseAccess, CASE_WRITERS, mayRead, type AuditTrail, type CaseFiles } from '../cases/index.js';
import type { SatisfactionCheckRecord, SatisfactionRepository } from './satisfaction.repository.js';
import { cleanComment, COMMENT_MAX, REFUSALS, scoresError, visitRefusal, type ScoreDraft } from './satisfaction.rules.js';

export type SatisfactionRepositories = {
  cases: Pick<CaseFiles, 'viewerOf' | 'byIds'>;
  satisfaction: Pick<SatisfactionRepository, 'lockVisit' | 'checkOfVisit' | 'insertCheck' | 'checkById' | 'checksOfVisits' | 'checksOfCases'>;
  audit: Pick<AuditTrail, 'recordChange'>;
  outbox: Pick<Outbox, 'publish'>;
};

/** A check to record, with the visit's database id (decoded by the resolver). */
export interface SatisfactionDraft {
  visitId: string;
  scores: ScoreDraft[];
  comment?: string | null;
}

const UNKNOWN_VISIT = () => violation('visitId', 'UNKNOWN_VISIT', 'No visit you may see has this ID.');

function snapshot(c: SatisfactionCheckRecord): Record<string, unknown> {
  return { visitId: c.visitId, comment: c.comment, scores: Object.fromEntries(c.scores.map((s) => [s.domain, { score: s.score, comment: s.comment }])) };
}

export class SatisfactionService {
  constructor(private readonly uow: UnitOfWork<SatisfactionRepositories>) {}

  async record(draft: SatisfactionDraft, viewer: StaffViewer, now: Date): Promise<SatisfactionCheckRecord> {
    const bad = scoresError(draft.scores);
    if (bad) throw new RuleViolation([bad]);
    if ((draft.comment?.length ?? 0) > COMMENT_MAX) throw violation('comment', 'TOO_LONG', `At most ${COMMENT_MAX} characters.`);
    return this.uow.run(async ({ cases, satisfaction, audit, outbox }) => {
      // The visit is locked: twenty identical requests at once record one check, the others are refused.
      const visit = await satisfaction.lockVisit(draft.visitId);
      if (!visit) throw UNKNOWN_VISIT();
      const [c] = await cases.byIds([visit.caseFileId]);
      // R5: a visit of a case file the viewer may not change is reported like one that does not exist.
      if (!c || caseAccess(await cases.viewerOf(viewer), c) !== 'FULL' || !CASE_WRITERS.includes(viewer.role)) throw UNKNOWN_VISIT();
      const refusal = visitRefusal(visit, viewer, (await satisfaction.checkOfVisit(visit.id)) !== null);
      if (refusal) throw violation('visitId', refusal, REFUSALS[refusal]);
      const saved = await satisfaction.insertCheck(
        { visitId: visit.id, caseFileId: c.id, comment: cleanComment(draft.comment), recordedById: viewer.staffId, recordedAt: now },
        draft.scores.map((s) => ({ domain: s.domain, score: s.score, comment: cleanComment(s.comment) })),
      );
      await audit.recordChange({ actorId: viewer.staffId, entity: 'SatisfactionCheck', entityId: saved.id, caseFileId: c.id, entityVersion: null, before: null, after: snapshot(saved), at: now });
      await outbox.publish({ type: 'SATISFACTION_CHECK_RECORDED', topic: 'case', subjectId: c.id, actorId: viewer.staffId, payload: { caseFileId: c.id, visitId: visit.id, satisfactionCheckId: saved.id } });
      return saved;
    });
  }

  /** node(id): a check only when its case file lets the viewer read visits (R5). */
  async byId(id: string, viewer: Viewer | null): Promise<SatisfactionCheckRecord | null> {
    const { satisfaction, cases } = this.uow.read;
    const row = await satisfaction.checkById(id);
    if (!row) return null;
    const [c] = await cases.byIds([row.caseFileId]);
    return c && mayRead(caseAccess(await cases.viewerOf(viewer), c), 'visits') ? row : null;
  }

  checksOfVisits(visitIds: readonly string[]) {
    return this.uow.read.satisfaction.checksOfVisits(visitIds);
  }

  checksOfCases(caseIds: readonly string[]) {
    return this.uow.read.satisfaction.checksOfCases(caseIds);
  }
}
