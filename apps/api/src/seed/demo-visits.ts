// Demo visits: first visits and yearly revisions done (each with its R3 file check), visits planned
// today in every sector, revisions planned for the overdue plans, helper controls ahead, a few cancelled.
import { DateTime } from 'luxon';
import type { fileChecks, visits } from '../db/schema/cases.js';
import type { CaseStatus } from '../modules/cases/case.rules.js';
import { SERVICE_TIME_ZONE } from '../time/service-time.js';
import { VISIT_REPORTS } from './demo-cases.data.js';

export interface VisitCase {
  caseId: string;
  sectorCode: string;
  status: CaseStatus;
  swId: string;
  opened: DateTime;
  lastEvaluation: DateTime | null;
  overdue: boolean;
}

type VisitRow = typeof visits.$inferInsert;
type CheckRow = typeof fileChecks.$inferInsert;
type Kind = VisitRow['kind'];

// Local times of the visits planned today, per sector: 2 to 4 of them.
const TODAY_AT: [number, number][] = [[9, 30], [11, 0], [14, 0], [15, 30]];
export const visitsTodayIn = (sectorIndex: number) => 2 + (sectorIndex % 3);

export function demoVisits(now: Date, cases: VisitCase[], who: { flyingId: string; relayId: string }, random: () => number, newId: () => string) {
  const local = DateTime.fromJSDate(now, { zone: SERVICE_TIME_ZONE });
  const today = local.startOf('day');
  const out = { visits: [] as VisitRow[], fileChecks: [] as CheckRow[] };
  const sectors = [...new Set(cases.map((c) => c.sectorCode))];
  const todayLeft = new Map(sectors.map((code, s) => [code, visitsTodayIn(s)]));

  const add = (c: VisitCase, kind: Kind, at: DateTime, visitorId: string, status: 'PLANNED' | 'DONE' | 'CANCELLED') => {
    const id = newId();
    const done = status === 'DONE';
    out.visits.push({
      id,
      caseFileId: c.caseId,
      kind,
      status,
      plannedAt: at.toJSDate(),
      visitorId,
      report: done ? VISIT_REPORTS[Math.floor(random() * VISIT_REPORTS.length)] : null,
      doneAt: done ? at.plus({ hours: 1 }).toJSDate() : null,
      cancelledReason: status === 'CANCELLED' ? 'Beneficiary in hospital' : null,
      createdById: c.swId,
      createdAt: DateTime.min(at.minus({ days: 7 }), local).toJSDate(),
      updatedAt: DateTime.min(at.plus({ hours: 1 }), local).toJSDate(),
    });
    if (!done) return;
    // R3: every visit done opens a check of the file by the relay & control social worker; older ones are checked.
    const checked = at < today.minus({ days: 3 });
    const followUp = random() < 0.2;
    out.fileChecks.push({
      id: newId(),
      visitId: id,
      caseFileId: c.caseId,
      openedAt: at.plus({ hours: 1 }).toJSDate(),
      encodingOk: checked ? true : null,
      financialParticipationOk: checked ? !followUp : null,
      socialAspectsOk: checked ? true : null,
      outcome: checked ? (followUp ? 'FOLLOW_UP_NEEDED' : 'COMPLIANT') : null,
      findings: checked ? (followUp ? 'Income proofs missing: follow-up by the relay social worker (R2).' : 'File complete.') : null,
      checkedById: checked ? who.relayId : null,
      checkedAt: checked ? at.plus({ days: 2 }).toJSDate() : null,
    });
  };

  cases.forEach((c, i) => {
    if (c.status !== 'NEW_REQUEST') add(c, 'NEW_REQUEST', c.opened.plus({ days: 2 }).set({ hour: 10, minute: 0 }), c.swId, 'DONE');
    if (c.lastEvaluation && c.lastEvaluation > c.opened.plus({ days: 60 })) add(c, 'REVISION', c.lastEvaluation.set({ hour: 11 }), i % 2 ? who.flyingId : c.swId, 'DONE');
    if (c.status === 'NEW_REQUEST') add(c, 'NEW_REQUEST', today.plus({ days: 1 + (i % 5) }).set({ hour: 10 }), c.swId, 'PLANNED');
    if (c.overdue) add(c, 'REVISION', today.plus({ days: 3 + (i % 12) }).set({ hour: 14 }), who.flyingId, 'PLANNED');
    if (c.status !== 'ACTIVE' || c.overdue) return;
    const left = todayLeft.get(c.sectorCode) ?? 0;
    if (left > 0) {
      // Visits of the day: those already past are done, the others still planned.
      todayLeft.set(c.sectorCode, left - 1);
      const [hour, minute] = TODAY_AT[visitsTodayIn(sectors.indexOf(c.sectorCode)) - left];
      const at = today.set({ hour, minute });
      const kind: Kind = (['REVISION', 'HELPER_CONTROL', 'ACCOMPANIMENT', 'REVISION'] as const)[left % 4];
      add(c, kind, at, kind === 'HELPER_CONTROL' ? who.flyingId : c.swId, at.plus({ hours: 1 }) <= local ? 'DONE' : 'PLANNED');
    } else if (i % 5 === 0) {
      add(c, 'HELPER_CONTROL', today.plus({ days: 2 + (i % 20) }).set({ hour: 9, minute: 30 }), who.flyingId, 'PLANNED');
    } else if (i % 11 === 0) {
      add(c, 'HELPER_CONTROL', today.minus({ days: 1 + (i % 6) }).set({ hour: 13 }), who.flyingId, 'CANCELLED');
    }
  });
  return out;
}
