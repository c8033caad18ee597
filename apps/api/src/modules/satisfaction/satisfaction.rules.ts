// The satisfaction check's rules (R7, R8, R5). Pure: no SQL, no GraphQL.
import type { UserErrorData } from '../../shared/outcome.js';
import { SATISFACTION_DOMAINS, SATISFACTION_LOW_SCORE_DEFAULT, SATISFACTION_SCORE, SATISFACTION_VISIT_KINDS, type SatisfactionDomain } from '../../shared/vocabulary/satisfaction.js';
import type { StaffRole } from '../org/index.js';
export { SATISFACTION_DOMAINS, SATISFACTION_LOW_SCORE_DEFAULT, SATISFACTION_SCORE, SATISFACTION_VISIT_KINDS, type SatisfactionDomain };

/** Who may record a check, besides the visitor: the relay & control social worker, who asks beneficiaries about their satisfaction. */
export const SATISFACTION_RECORDERS: StaffRole[] = ['SOCIAL_WORKER', 'FLYING_SOCIAL_WORKER', 'RELAY_CONTROL_SOCIAL_WORKER'];

/** A comment is at most this long (what the beneficiary said, briefly). */
export const COMMENT_MAX = 2_000;

export interface ScoreDraft {
  domain: SatisfactionDomain;
  score: number;
  comment?: string | null;
}

const err = (field: string[], code: string, message: string): UserErrorData => ({ field, code, message });

/** What is wrong with the scores, or null: at least one domain, each once, each a whole number on the 1–5 scale. */
export function scoresError(scores: readonly ScoreDraft[]): UserErrorData | null {
  if (!scores.length) return err(['input', 'scores'], 'REQUIRED', 'Score at least one domain (1 to 5).');
  if (scores.length > SATISFACTION_DOMAINS.length) return err(['input', 'scores'], 'TOO_MANY', `At most one score per domain (${SATISFACTION_DOMAINS.length}).`);
  const seen = new Set<string>();
  for (const [i, s] of scores.entries()) {
    if (!SATISFACTION_DOMAINS.includes(s.domain)) return err(['input', 'scores', String(i), 'domain'], 'UNKNOWN_DOMAIN', `\`domain\` must be one of ${SATISFACTION_DOMAINS.join(', ')}.`);
    if (seen.has(s.domain)) return err(['input', 'scores', String(i), 'domain'], 'DOMAIN_TWICE', `${s.domain} is scored twice; score each domain once.`);
    seen.add(s.domain);
    if (!Number.isInteger(s.score) || s.score < SATISFACTION_SCORE.min || s.score > SATISFACTION_SCORE.max) {
      return err(['input', 'scores', String(i), 'score'], 'SCORE_OUT_OF_RANGE', `A score is a whole number from ${SATISFACTION_SCORE.min} to ${SATISFACTION_SCORE.max}.`);
    }
    if ((s.comment?.length ?? 0) > COMMENT_MAX) return err(['input', 'scores', String(i), 'comment'], 'TOO_LONG', `At most ${COMMENT_MAX} characters.`);
  }
  return null;
}

export type VisitRefusal = 'NOT_A_REVISION_OR_CONTROL' | 'VISIT_NOT_DONE' | 'NOT_YOUR_VISIT' | 'ALREADY_RECORDED';

export const REFUSALS: Record<VisitRefusal, string> = {
  NOT_A_REVISION_OR_CONTROL: 'A satisfaction check is recorded at a revision (R7) or a helper control (R8), not at this kind of visit.',
  VISIT_NOT_DONE: 'A satisfaction check is recorded at a visit that took place: mark the visit done first.',
  NOT_YOUR_VISIT: 'Only the social worker who made the visit, or the relay & control social worker, records its satisfaction check.',
  ALREADY_RECORDED: 'This visit already has its satisfaction check: one per visit.',
};

/** Why a check may not be recorded at this visit by this person, or null. */
export function visitRefusal(
  visit: { kind: string; status: string; visitorId: string },
  recorder: { staffId: string; role: StaffRole },
  alreadyRecorded: boolean,
): VisitRefusal | null {
  if (!(SATISFACTION_VISIT_KINDS as readonly string[]).includes(visit.kind)) return 'NOT_A_REVISION_OR_CONTROL';
  if (visit.status !== 'DONE') return 'VISIT_NOT_DONE';
  if (visit.visitorId !== recorder.staffId && recorder.role !== 'RELAY_CONTROL_SOCIAL_WORKER') return 'NOT_YOUR_VISIT';
  if (alreadyRecorded) return 'ALREADY_RECORDED';
  return null;
}

/** A comment as stored: trimmed, null when empty. */
export const cleanComment = (c: string | null | undefined): string | null => c?.trim() || null;

/** What is wrong with a low-score threshold, or null: a whole number on the scale (1 to its top). */
export function lowScoreError(n: number): { code: string; message: string } | null {
  if (Number.isInteger(n) && n >= SATISFACTION_SCORE.min && n <= SATISFACTION_SCORE.max) return null;
  return { code: 'OUT_OF_RANGE', message: `\`lowScoreAtMost\` is a whole number from ${SATISFACTION_SCORE.min} to ${SATISFACTION_SCORE.max}: answers scoring at most it count as low.` };
}
