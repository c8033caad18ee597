// R14: "who do I call now for sector X": the sector's social worker, unless away or off duty; then,
// in office hours, the flying social worker (the one replacing the sector's social worker under R11
// first, and whether or not a formal replacement exists); then the permanence; then, out of office
// hours, the flying social worker (off duty, said so); then direction. Each skipped step says why.
import { covers, type AbsenceKind, type Span } from '../org/index.js';
import { SERVICE_TIME_ZONE, zoneIfRepeated } from '../../time/service-time.js';

export const CALL_ROLES = ['SECTOR_SOCIAL_WORKER', 'PERMANENCE', 'FLYING_SOCIAL_WORKER', 'DIRECTION'] as const;
export type CallRole = (typeof CALL_ROLES)[number];
export const SKIP_REASONS = ['AWAY', 'OFF_DUTY', 'NOBODY_ASSIGNED', 'PERMANENCE_CLOSED', 'NOBODY_ON_CALL'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export interface Candidate {
  staffId: string;
  fullName: string;
  absences: (Span & { kind: AbsenceKind })[];
}

export interface CallStep {
  role: CallRole;
  staffId: string | null;
  skipped: boolean;
  reasonCode: SkipReason | null;
  /** Told to everyone who may read the chain: an absence reads "away", whatever its kind (R5). */
  reason: string | null;
  /** The same with why the person is away: only for who may know why (`mayKnowWhyAway`). */
  reasonWhy?: string | null;
  /** When the person is away: the end of that absence. */
  until: Date | null;
}

const brussels = new Intl.DateTimeFormat('en-GB', { timeZone: SERVICE_TIME_ZONE, dateStyle: 'medium', timeStyle: 'short' });

export interface WhoToCallFacts {
  at: Date;
  /** Office hours of the sector's social worker and the flying social worker. */
  workingHours: boolean;
  sectorSocialWorker: Candidate | null;
  /** null: no permanence is planned at this instant (a night). */
  permanence: { holders: Candidate[] } | null;
  flyingSocialWorkers: Candidate[];
  direction: Candidate[];
  /** The name of the public holiday or closing day it is, if it is one: offices are closed. */
  closedDay?: string | null;
  /** R11: the flying social worker replacing this sector's sick social worker right now. */
  replacing?: Candidate | null;
}

export interface WhoToCallAnswer {
  chain: CallStep[];
  answer: CallStep | null;
}

const KIND_WORDS: Record<AbsenceKind, string> = {
  // Staff health is private even from who may know why: it stays "away" in every wording.
  SICKNESS: 'away',
  LEAVE: 'on leave',
  TRAINING: 'in training',
  TIME_OFF_IN_LIEU: 'on time off in lieu',
  OTHER: 'away',
};

function awayAt(c: Candidate, at: Date) {
  return c.absences.find((a) => covers(a, at)) ?? null;
}

function tryPerson(role: CallRole, c: Candidate, at: Date, onDuty: boolean, closedDay: string | null = null): CallStep {
  const away = awayAt(c, at);
  if (away) {
    const until = brussels.format(away.endsAt) + zoneIfRepeated(away.endsAt);
    const reason = `${c.fullName} is away until ${until}.`;
    const reasonWhy = `${c.fullName} is ${KIND_WORDS[away.kind]} until ${until}.`;
    return { role, staffId: c.staffId, skipped: true, reasonCode: 'AWAY', reason, reasonWhy, until: away.endsAt };
  }
  if (!onDuty) {
    const reason = closedDay ? `${c.fullName} is off duty: offices are closed today (${closedDay}).` : `${c.fullName} is off duty at this hour.`;
    return { role, staffId: c.staffId, skipped: true, reasonCode: 'OFF_DUTY', reason, until: null };
  }
  return { role, staffId: c.staffId, skipped: false, reasonCode: null, reason: null, until: null };
}

function nobody(role: CallRole, reasonCode: SkipReason, reason: string): CallStep {
  return { role, staffId: null, skipped: true, reasonCode, reason, until: null };
}

export function whoToCall(facts: WhoToCallFacts): WhoToCallAnswer {
  const { at } = facts;
  // R11 + R14: the flying worker replacing this sector's social worker comes first, then the others.
  const flying = facts.replacing
    ? [facts.replacing, ...facts.flyingSocialWorkers.filter((f) => f.staffId !== facts.replacing?.staffId)]
    : facts.flyingSocialWorkers;
  const sectorStep = () =>
    facts.sectorSocialWorker
      ? [tryPerson('SECTOR_SOCIAL_WORKER', facts.sectorSocialWorker, at, facts.workingHours, facts.closedDay)]
      : [nobody('SECTOR_SOCIAL_WORKER', 'NOBODY_ASSIGNED', 'The sector has no social worker.')];
  const flyingStep = () =>
    flying.length
      ? flying.map((f) => tryPerson('FLYING_SOCIAL_WORKER', f, at, facts.workingHours, facts.closedDay))
      : [nobody('FLYING_SOCIAL_WORKER', 'NOBODY_ASSIGNED', 'The service has no flying social worker.')];
  const permanenceStep = () => {
    if (!facts.permanence) return [nobody('PERMANENCE', 'PERMANENCE_CLOSED', 'No permanence is planned at this hour.')];
    if (facts.permanence.holders.length === 0) return [nobody('PERMANENCE', 'NOBODY_ON_CALL', 'The permanence shift has nobody on call.')];
    return facts.permanence.holders.map((h) => tryPerson('PERMANENCE', h, at, true));
  };
  // Direction receives escalations at any hour, unless away.
  const directionStep = () =>
    facts.direction.length ? facts.direction.map((d) => tryPerson('DIRECTION', d, at, true)) : [nobody('DIRECTION', 'NOBODY_ASSIGNED', 'No direction member is on record.')];
  // R14: in office hours the flying social worker is called before the permanence when the sector's
  // social worker is away; out of them she is off duty, so the permanence comes first.
  const steps = facts.workingHours ? [sectorStep, flyingStep, permanenceStep, directionStep] : [sectorStep, permanenceStep, flyingStep, directionStep];
  const chain: CallStep[] = [];
  for (const step of steps) {
    for (const s of step()) {
      chain.push(s);
      if (!s.skipped) return { chain, answer: s };
    }
  }
  return { chain, answer: null };
}
