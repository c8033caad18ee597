// Demo satisfaction checks (R7, R8): the past months' helper controls at active homes (one a month per
// sector by the flying social worker, R8, and two by the relay & control social worker, who asks the
// beneficiaries about their satisfaction), each with its R3 file check; and most revisions and
// controls done carry the beneficiary's answers, recorded at the visit by its visitor (or, for some
// controls, by the relay social worker). Scores lean to satisfied, with a few complaints and comments.
import { DateTime } from 'luxon';
import type { fileChecks, satisfactionChecks, satisfactionScores, visits } from '../db/schema/index.js';
import { SATISFACTION_DOMAINS, type SatisfactionDomain } from '../shared/vocabulary/satisfaction.js';
import { SERVICE_TIME_ZONE } from '../time/service-time.js';
import type { VisitCase } from './demo-visits.js';

type VisitRow = typeof visits.$inferInsert;
type FileCheckRow = typeof fileChecks.$inferInsert;
type CheckRow = typeof satisfactionChecks.$inferInsert;
type ScoreRow = typeof satisfactionScores.$inferInsert;

const COMMENTS = [
  'Très contente de son aide familiale, voudrait la garder.',
  'Trouve que les horaires changent trop souvent.',
  'Satisfait dans l’ensemble ; demande plus d’aide pour les courses.',
  'Regrette de ne pas être prévenue quand l’aide est en retard.',
  'Se sent en confiance, la relation est bonne.',
  null,
  null,
];
const DOMAIN_COMMENTS: Partial<Record<SatisfactionDomain, string[]>> = {
  PUNCTUALITY: ['Arrive souvent en retard le lundi.', 'Toujours à l’heure.'],
  QUALITY_OF_HELP: ['Le ménage est bien fait.', 'Les repas pourraient être plus variés.'],
  COMMUNICATION_WITH_SERVICE: ['Difficile de joindre le service le vendredi.'],
};

/** A score on 1–5 leaning to satisfied: about 70 % 4–5, 20 % 3, 10 % 1–2. */
function score(random: () => number): number {
  const r = random();
  return r < 0.04 ? 1 : r < 0.1 ? 2 : r < 0.3 ? 3 : r < 0.65 ? 4 : 5;
}

/** Months of past controls, counted back from last month. */
const CONTROL_MONTHS = 6;

/** Helper controls done in the past months at active homes, with their R3 file checks (checked). */
function pastControls(now: Date, cases: VisitCase[], who: { flyingId: string; relayId: string }, random: () => number, newId: () => string) {
  const out = { visits: [] as VisitRow[], fileChecks: [] as FileCheckRow[] };
  const thisMonth = DateTime.fromJSDate(now, { zone: SERVICE_TIME_ZONE }).startOf('month');
  const sectors = [...new Set(cases.map((c) => c.sectorCode))];
  for (let m = 1; m <= CONTROL_MONTHS; m++) {
    const month = thisMonth.minus({ months: m });
    for (const code of sectors) {
      const homes = cases.filter((c) => c.sectorCode === code && c.status === 'ACTIVE' && c.opened < month);
      [who.flyingId, who.relayId, who.relayId].forEach((visitorId, k) => {
        const c = homes[Math.floor(random() * homes.length)];
        if (!c) return;
        const at = month.set({ day: 4 + k * 8 + Math.floor(random() * 5), hour: 10 + k, minute: 0 });
        const id = newId();
        const doneAt = at.plus({ hours: 1 }).toJSDate();
        out.visits.push({ id, caseFileId: c.caseId, kind: 'HELPER_CONTROL', status: 'DONE', plannedAt: at.toJSDate(), visitorId, report: 'Contrôle de l’aide à domicile : prestations conformes au plan.', doneAt, createdById: c.swId, createdAt: at.minus({ days: 7 }).toJSDate(), updatedAt: doneAt });
        out.fileChecks.push({ id: newId(), visitId: id, caseFileId: c.caseId, openedAt: doneAt, encodingOk: true, financialParticipationOk: true, socialAspectsOk: true, outcome: 'COMPLIANT', findings: 'File complete.', checkedById: who.relayId, checkedAt: at.plus({ days: 2 }).toJSDate() });
      });
    }
  }
  return out;
}

/** The past controls, and the satisfaction checks of those and of the other revisions and controls done. */
export function demoSatisfaction(now: Date, cases: VisitCase[], done: VisitRow[], who: { flyingId: string; relayId: string }, random: () => number, newId: () => string) {
  const controls = pastControls(now, cases, who, random, newId);
  const out = { ...controls, checks: [] as CheckRow[], scores: [] as ScoreRow[] };
  for (const v of [...done, ...controls.visits]) {
    if (v.status !== 'DONE' || !v.doneAt || !v.id || (v.kind !== 'REVISION' && v.kind !== 'HELPER_CONTROL')) continue;
    if (random() < 0.1) continue;
    const id = newId();
    const byRelay = v.kind === 'HELPER_CONTROL' && v.visitorId !== who.relayId && random() < 0.35;
    out.checks.push({
      id,
      visitId: v.id,
      caseFileId: v.caseFileId,
      comment: COMMENTS[Math.floor(random() * COMMENTS.length)],
      recordedById: byRelay ? who.relayId : v.visitorId,
      recordedAt: new Date(v.doneAt.getTime() + (byRelay ? 2 * 86_400_000 : 0)),
    });
    for (const domain of SATISFACTION_DOMAINS) {
      // Communication with the service is not always asked.
      if (domain === 'COMMUNICATION_WITH_SERVICE' && random() < 0.25) continue;
      const s = score(random);
      const said = DOMAIN_COMMENTS[domain];
      out.scores.push({ checkId: id, domain, score: s, comment: said && random() < 0.2 ? said[Math.floor(random() * said.length)] : null });
    }
  }
  return out;
}
