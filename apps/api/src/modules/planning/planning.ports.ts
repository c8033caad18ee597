// The ports the planning module declares for what other modules own (org's staff and absences,
// permanence duty, cases' visits, the relay queue's sources); composition/planning.ports.ts fills
// them, so planning never imports another module's repository.
import type { RequestReads } from '../../db/request-reads.js';
import type { StaffRole } from '../org/index.js';
import type { RelayWorkList, VisitPreparation } from './flying-assignment.types.js';
import type { PlannedVisitRow, ProgrammedReplacementRow } from './planning.repository.js';
import type { RequestKind } from './planning.rules.js';

export interface Span {
  startsAt: Date;
  endsAt: Date;
}

export interface PlanningStaff {
  id: string;
  role: StaffRole;
  sectorId: string | null;
}

/** Org: who the people are, and when they are away. `reads`: a query request's shared reads (db/request-reads.ts). */
export interface PlanningOrg {
  staffByIds(ids: string[]): Promise<PlanningStaff[]>;
  staffByRoles(roles: StaffRole[], reads?: RequestReads): Promise<PlanningStaff[]>;
  sectorIds(reads?: RequestReads): Promise<string[]>;
  /** Absences (not cancelled) of a person overlapping [from, to). */
  absencesOf(staffId: string, from: Date, to: Date): Promise<Span[]>;
}

/** Permanence: the shifts a person holds in [from, to) (replacements taken into account). */
export interface PermanenceDuty {
  shiftsOf(staffId: string, from: Date, to: Date): Promise<Span[]>;
}

/** A planned visit of a case file, as planning moves or cancels it. */
export interface PlannedVisit {
  id: string;
  status: string;
  plannedAt: Date;
}

/** The service's public holidays and closing days in [from, to] (YYYY-MM-DD): offices are closed. */
export interface ClosedDays {
  between(fromDay: string, toDay: string): Promise<{ day: string }[]>;
}

/** Cases: the visits a fixed planning puts in the case files, each write audited there. */
export interface CaseVisits {
  /** Plans a visit in a case file (audited). */
  plan(values: { caseFileId: string; kind: Exclude<RequestKind, 'MEETING_SUPPORT'>; plannedAt: Date; visitorId: string }, actorId: string, at: Date): Promise<{ id: string }>;
  /** Moves or cancels a visit still planned (audited); a visit done or cancelled already is left alone. */
  follow(visitId: string, values: { plannedAt: Date } | { status: 'CANCELLED'; cancelledReason: string }, actorId: string, at: Date): Promise<void>;
  /** The visit locked for a preparation step. */
  lock(visitId: string): Promise<PlannedVisit | null>;
}

/** What the relay worker's list shows from other modules, already as the list's GraphQL objects. */
export interface RelayQueueSources {
  openFileChecks(limit: number): Promise<RelayWorkList['openFileChecks']>;
  countOpenFileChecks(): Promise<number>;
  incomeFollowUps(first: number): Promise<RelayWorkList['incomeFollowUps']>;
  /** Open R3 file checks plus open R2 follow-ups, in one statement. */
  countOpenChecksAndFollowUps(): Promise<number>;
  visit(row: PlannedVisitRow['visit']): VisitPreparation['visit'];
  replacement(row: ProgrammedReplacementRow): RelayWorkList['programmedReplacements'][number];
}
