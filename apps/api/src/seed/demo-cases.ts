// Demo case files: 350 beneficiaries (50 per sector) with intake data and valid national-register
// numbers, case files in every status with their history, aid plans in every state (some overdue
// for their R1 evaluation), urgent situations, and visits (see demo-visits.ts). Built as plain rows,
// then inserted in bulk, so the seed stays fast.
import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import type { Executor } from '../db/client.js';
import { aidPlanActionStatuses, aidPlanEvaluations, aidPlanVersions, beneficiaries, caseFiles, caseTransitions, fileChecks, satisfactionChecks, satisfactionScores, visits } from '../db/schema/index.js';
import type { PlanAction } from '../db/schema/cases.js';
import { latestNextEvaluation } from '../modules/aid-plans/index.js';
import type { CaseStatus } from '../modules/cases/case.rules.js';
import { SERVICE_TIME_ZONE } from '../time/service-time.js';
import { ACTIONS, REASONS, REDIRECTED_TO, URGENT_REASONS } from './demo-cases.data.js';
import { demoBeneficiary } from './demo-beneficiaries.js';
import { prng, shuffle } from './demo-random.js';
import { demoSatisfaction } from './demo-satisfaction.js';
import { demoVisits, type VisitCase } from './demo-visits.js';

// Per sector: 4 new requests, 6 in assessment, 30 active, 3 suspended, 5 closed, 2 redirected.
const STATUS_MIX: [CaseStatus, number][] = [['NEW_REQUEST', 4], ['ASSESSMENT', 6], ['ACTIVE', 30], ['SUSPENDED', 3], ['CLOSED', 5], ['REDIRECTED', 2]];
// Per sector (S1..S7): urgent situations still waiting for an action today.
export const URGENT_OPEN = [2, 1, 0, 1, 2, 0, 1];
// Per sector: active cases whose agreed plan is past its R1 evaluation date.
export const OVERDUE = [1, 2, 3, 1, 2, 3, 1];

export interface DemoCaseStaff {
  /** Sector code → id, in S1..S7 order. */
  sectorIds: Map<string, string>;
  /** Sector code → its social workers' ids (the head first) and names. */
  socialWorkers: Map<string, { id: string; fullName: string }[]>;
  flyingId: string;
  relayId: string;
}

type Row<T extends { $inferInsert: unknown }> = T['$inferInsert'];
export interface DemoCaseRows {
  beneficiaries: Row<typeof beneficiaries>[];
  caseFiles: Row<typeof caseFiles>[];
  transitions: Row<typeof caseTransitions>[];
  plans: Row<typeof aidPlanVersions>[];
  actionStatuses: Row<typeof aidPlanActionStatuses>[];
  evaluations: Row<typeof aidPlanEvaluations>[];
  visits: Row<typeof visits>[];
  fileChecks: Row<typeof fileChecks>[];
  satisfactionChecks: Row<typeof satisfactionChecks>[];
  satisfactionScores: Row<typeof satisfactionScores>[];
}

const PATHS: Record<CaseStatus, CaseStatus[]> = {
  NEW_REQUEST: [],
  ASSESSMENT: ['ASSESSMENT'],
  ACTIVE: ['ASSESSMENT', 'ACTIVE'],
  SUSPENDED: ['ASSESSMENT', 'ACTIVE', 'SUSPENDED'],
  CLOSED: ['ASSESSMENT', 'ACTIVE', 'CLOSED'],
  REDIRECTED: ['ASSESSMENT', 'REDIRECTED'],
};
const WHY: Record<CaseStatus, string> = {
  NEW_REQUEST: '',
  ASSESSMENT: 'First home visit planned',
  ACTIVE: 'Aid plan agreed with the beneficiary',
  SUSPENDED: 'Stay in hospital, aid on hold',
  CLOSED: 'Objectives reached, accompaniment ended',
  REDIRECTED: 'Needs are outside our mission',
};

const iso = (d: DateTime) => d.toISODate() ?? '';

/** Every row of the demo's case files, relative to `now`; the same on every run but for the ids. */
function demoCases(now: Date, staff: DemoCaseStaff, newId: () => string = randomUUID): DemoCaseRows {
  const random = prng(20_260_303);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const local = DateTime.fromJSDate(now, { zone: SERVICE_TIME_ZONE });
  const daysAgo = (n: number, hour = 10) => local.startOf('day').minus({ days: n }).set({ hour, minute: int(0, 3) * 15 });
  const rows: DemoCaseRows = { beneficiaries: [], caseFiles: [], transitions: [], plans: [], actionStatuses: [], evaluations: [], visits: [], fileChecks: [], satisfactionChecks: [], satisfactionScores: [] };
  const visitCases: VisitCase[] = [];
  const numbers = new Set<string>();
  const codes = [...staff.sectorIds.keys()];

  codes.forEach((code, s) => {
    const sectorId = staff.sectorIds.get(code) ?? '';
    const workers = staff.socialWorkers.get(code) ?? [];
    const statuses = shuffle(STATUS_MIX.flatMap(([status, n]) => Array.from({ length: n }, () => status)), random);
    let active = 0;
    let newRequests = 0;
    statuses.forEach((status, i) => {
      const person = demoBeneficiary(code, random, numbers);
      const beneficiaryId = newId();
      rows.beneficiaries.push({ id: beneficiaryId, ...person, createdAt: now, updatedAt: now });
      const sw = workers[i % Math.max(1, Math.min(workers.length, 2))] ?? workers[0];
      const kind = status === 'ACTIVE' ? activeKind(active++, s) : null;
      // How long ago the case was opened: recent for requests, years for long accompaniments.
      const age =
        status === 'NEW_REQUEST' ? int(0, 9)
        : status === 'ASSESSMENT' ? int(10, 45)
        : kind === 'overdue' ? int(400, 540)
        : kind === 'evaluated' ? int(420, 1300)
        : status === 'ACTIVE' ? int(50, 330)
        : int(200, 1500);
      const urgentOpen = status === 'NEW_REQUEST' && newRequests++ < URGENT_OPEN[s];
      // Never in the future; an urgent situation still open came in this morning.
      const opened = urgentOpen ? local.minus({ minutes: int(30, 150) }) : DateTime.min(daysAgo(age, int(9, 16)), local.minus({ hours: 1 }));
      const urgentHandled = status === 'ASSESSMENT' && i % 3 === 0;
      const caseId = newId();
      // The path through the workflow: assessment 3 days after the request, the plan agreed 3 weeks later.
      const path = PATHS[status];
      const steps = path.map((to, k) => ({ to, at: opened.plus({ days: k === 0 ? 3 : k === 1 ? 24 : Math.max(25, Math.floor(age * 0.8)) }) }));
      let from: CaseStatus = 'NEW_REQUEST';
      steps.forEach(({ to, at }, k) => {
        rows.transitions.push({ id: newId(), caseFileId: caseId, fromStatus: from, toStatus: to, reason: WHY[to], caseVersion: k + 2, byId: sw.id, at: at.toJSDate() });
        from = to;
      });
      const lastMove = steps.at(-1)?.at ?? opened;
      const urgentSince = urgentOpen || urgentHandled ? opened : null;
      rows.caseFiles.push({
        id: caseId,
        beneficiaryId,
        sectorId,
        socialWorkerId: sw.id,
        reasonForContact: urgentSince ? URGENT_REASONS[i % URGENT_REASONS.length] : REASONS[int(0, REASONS.length - 1)],
        status,
        redirectedTo: status === 'REDIRECTED' ? REDIRECTED_TO[i % REDIRECTED_TO.length] : null,
        urgentSince: urgentSince?.toJSDate() ?? null,
        urgentActionTaken: urgentHandled ? 'Emergency home help sent the same afternoon' : null,
        urgentActionAt: urgentHandled ? opened.plus({ hours: 4 }).toJSDate() : null,
        urgentActionById: urgentHandled ? sw.id : null,
        needs: needsFor(random),
        version: 1 + steps.length + (urgentHandled ? 1 : 0),
        openedAt: opened.toJSDate(),
        updatedAt: (urgentHandled ? DateTime.max(lastMove, opened.plus({ hours: 4 })) : lastMove).toJSDate(),
      });
      const agreedAt = steps.find((t) => t.to === 'ACTIVE')?.at ?? null;
      const plan = planRows(rows, { caseId, status, kind, agreedAt, sw, name: `${person.firstName} ${person.lastName}`, local, random, newId, i });
      visitCases.push({ caseId, sectorCode: code, status, swId: sw.id, opened, lastEvaluation: plan.lastEvaluation, overdue: kind === 'overdue' });
    });
  });
  const v = demoVisits(now, visitCases, { flyingId: staff.flyingId, relayId: staff.relayId }, random, newId);
  // Its own random sequence, so the rest of the demo stays as it was.
  const s = demoSatisfaction(now, visitCases, v.visits, { flyingId: staff.flyingId, relayId: staff.relayId }, prng(20_261_203), newId);
  rows.visits = [...v.visits, ...s.visits];
  rows.fileChecks = [...v.fileChecks, ...s.fileChecks];
  rows.satisfactionChecks = s.checks;
  rows.satisfactionScores = s.scores;
  return rows;
}

type ActiveKind = 'overdue' | 'evaluated' | 'newDraft' | 'newProposal' | 'fresh';

function activeKind(n: number, sector: number): ActiveKind {
  const overdue = OVERDUE[sector];
  if (n < overdue) return 'overdue';
  if (n < overdue + 8) return 'evaluated';
  if (n < overdue + 12) return 'newDraft';
  if (n < overdue + 14) return 'newProposal';
  return 'fresh';
}

function needsFor(random: () => number) {
  const domains = shuffle(['HEALTH', 'HOUSING', 'FAMILY', 'FINANCES', 'OLD_AGE_AUTONOMY', 'ACCESS_TO_RIGHTS', 'DISABILITY'], random).slice(0, 2 + Math.floor(random() * 3));
  return domains.map((domain, k) => ({ domain, level: ['HIGH', 'MODERATE', 'LOW'][Math.min(k, 2)], notes: null }));
}

interface PlanContext {
  caseId: string;
  status: CaseStatus;
  kind: ActiveKind | null;
  agreedAt: DateTime | null;
  sw: { id: string; fullName: string };
  name: string;
  local: DateTime;
  random: () => number;
  newId: () => string;
  i: number;
}

/** The plan versions of one case; returns the day of its last evaluation (or agreement). */
function planRows(rows: DemoCaseRows, c: PlanContext): { lastEvaluation: DateTime | null } {
  const pick = shuffle([...ACTIONS], c.random).slice(0, 2 + Math.floor(c.random() * 3));
  const actions = (statuses: string[]): PlanAction[] =>
    pick.map((a, k) => ({
      domain: a.domain,
      objective: a.objective,
      kind: a.kind,
      description: a.description,
      owner: a.kind === 'INTERVENTION' ? c.sw.fullName : c.name,
      dueDate: iso(c.local.plus({ days: 14 + 21 * k })),
      status: statuses[k] ?? 'TODO',
      evaluationCriterion: a.criterion,
    }));
  const hours = { familyHelperHours: String(2 * Math.floor(c.random() * 5)), homeHelperHours: String(2 + 2 * Math.floor(c.random() * 3)) };
  const base = { caseFileId: c.caseId, createdById: c.sw.id, ...hours };
  if (c.status === 'ASSESSMENT') {
    // Half of the assessments have a draft, the other half a plan proposed to the beneficiary.
    const at = c.local.minus({ days: 2 }).toJSDate();
    rows.plans.push({ id: c.newId(), ...base, number: 1, status: c.i % 2 ? 'PROPOSED' : 'DRAFT', actions: actions([]), revision: c.i % 2 ? 3 : 2, createdAt: at, updatedAt: at });
    return { lastEvaluation: null };
  }
  if (!c.agreedAt || c.status === 'REDIRECTED') return { lastEvaluation: null };
  const agreedOn = c.agreedAt.startOf('day');
  // R1: every evaluation sets the next one a year later at most; the evaluated plans had one a year.
  const evaluations: DateTime[] = [];
  if (c.kind === 'evaluated') for (let d = agreedOn.plus({ days: 360 }); d < c.local.startOf('day'); d = d.plus({ days: 360 })) evaluations.push(d);
  const lastEvaluation = evaluations.at(-1) ?? agreedOn;
  const versionId = c.newId();
  rows.plans.push({
    id: versionId,
    ...base,
    number: 1,
    status: 'AGREED',
    actions: actions([]),
    lastEvaluatedOn: iso(agreedOn),
    nextEvaluationOn: latestNextEvaluation(iso(agreedOn)),
    agreedByName: c.name,
    agreedHow: c.i % 3 ? 'Signed at home' : 'Agreed by phone, signed copy sent by post',
    agreedAt: c.agreedAt.toJSDate(),
    recordedAgreementById: c.sw.id,
    revision: 4,
    createdAt: c.agreedAt.minus({ days: 7 }).toJSDate(),
    updatedAt: c.agreedAt.toJSDate(),
  });
  for (const d of evaluations) {
    rows.evaluations.push({ id: c.newId(), versionId, evaluatedOn: iso(d), nextEvaluationOn: latestNextEvaluation(iso(d)), notes: 'Yearly revision visit: plan continued.', byId: c.sw.id, at: d.set({ hour: 15 }).toJSDate() });
  }
  // Progress since the agreement is tracked beside the agreed text, which never changes.
  const progressAt = DateTime.min(c.local, c.agreedAt.plus({ days: 40 }));
  pick.forEach((_, k) => {
    const status = (['DONE', 'IN_PROGRESS', 'TODO'] as const)[Math.floor(c.random() * 3)];
    if (status !== 'TODO') rows.actionStatuses.push({ id: c.newId(), versionId, actionIndex: k, status, byId: c.sw.id, at: progressAt.toJSDate() });
  });
  if (c.kind === 'newDraft' || c.kind === 'newProposal') {
    const at = c.local.minus({ days: 3 });
    rows.plans.push({ id: c.newId(), ...base, number: 2, status: c.kind === 'newDraft' ? 'DRAFT' : 'PROPOSED', copiedFromId: versionId, actions: actions(['DONE']), revision: c.kind === 'newDraft' ? 2 : 3, createdAt: at.toJSDate(), updatedAt: at.toJSDate() });
  }
  return { lastEvaluation };
}

function* chunks<T>(list: T[], size = 1_000): Generator<T[]> {
  for (let i = 0; i < list.length; i += size) yield list.slice(i, i + size);
}

/** Inserts the demo's case files in bulk (a few statements per table). */
export async function seedDemoCases(tx: Executor, now: Date, staff: DemoCaseStaff): Promise<DemoCaseRows> {
  const rows = demoCases(now, staff);
  for (const c of chunks(rows.beneficiaries, 500)) await tx.insert(beneficiaries).values(c);
  for (const c of chunks(rows.caseFiles)) await tx.insert(caseFiles).values(c);
  for (const c of chunks(rows.transitions)) await tx.insert(caseTransitions).values(c);
  for (const c of chunks(rows.plans)) await tx.insert(aidPlanVersions).values(c);
  for (const c of chunks(rows.actionStatuses)) await tx.insert(aidPlanActionStatuses).values(c);
  for (const c of chunks(rows.evaluations)) await tx.insert(aidPlanEvaluations).values(c);
  for (const c of chunks(rows.visits)) await tx.insert(visits).values(c);
  for (const c of chunks(rows.fileChecks)) await tx.insert(fileChecks).values(c);
  for (const c of chunks(rows.satisfactionChecks)) await tx.insert(satisfactionChecks).values(c);
  for (const c of chunks(rows.satisfactionScores)) await tx.insert(satisfactionScores).values(c);
  return rows;
}
