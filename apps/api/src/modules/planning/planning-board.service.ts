// The board's planning panel: which month, its status and quota use per sector (R7, R8), the R11
// replacement under way and the relay social worker's queue size, as counts (R5: kiosk-readable).
// Read in one statement (`boardFacts`) plus the relay queue's counts; the rules below work on its rows.
import type { UnitOfWork } from '../../db/unit-of-work.js';
import { toAssignment } from './flying-assignment.types.js';
import { PlanningBoard, PlanningBoardReplacement } from './planning-board.types.js';
import { toPlanning, toReport } from './planning.mappers.js';
import type { PlanningRepositories } from './planning.repositories.js';
import type { AssignmentRow } from './planning.repository.js';
import { boardMonth, boardReplacement, monthOf, monthSpan } from './planning.rules.js';
import { WorkListService } from './work-list.service.js';

// The board looks eight weeks ahead for the next replacement, as `flyingAssignments` does.
const AHEAD_MS = 56 * 86_400_000;

const overlaps = (a: AssignmentRow, from: Date, to: Date) => a.startsAt < to && a.endsAt > from;

export class PlanningBoardService {
  constructor(
    private readonly uow: UnitOfWork<Pick<PlanningRepositories, 'planning'>>,
    private readonly workList: WorkListService,
  ) {}

  async board(now: Date, month: string | null): Promise<PlanningBoard> {
    const current = monthOf(now);
    // Without a month: this month's and the next's, then the board's month (boardMonth(now, false): the next).
    const months = month ? [month] : [current, boardMonth(now, false).month];
    const spans = months.map(monthSpan);
    const ahead = new Date(now.getTime() + AHEAD_MS);
    const from = new Date(Math.min(now.getTime(), ...spans.map((s) => s.startsAt.getTime())));
    const to = new Date(Math.max(ahead.getTime(), ...spans.map((s) => s.endsAt.getTime())));
    const facts = await this.uow.read.planning.boardFacts(months, from, to, WorkListService.horizon(now));

    const chosen = month ? { month, current: month === current } : boardMonth(now, facts.plannings.some((p) => p.month === current && p.status === 'FIXED'));
    const span = monthSpan(chosen.month);
    const requests = new Map(facts.requests.map((r) => [r.id, r]));
    // As `assemble` does, without the change history the board does not show.
    const list = facts.plannings
      .filter((p) => p.month === chosen.month)
      .map((p) => toPlanning(p, facts.items.filter((i) => i.planningId === p.id), requests, [], facts.assignments.filter((a) => a.flyingWorkerId === p.flyingWorkerId && overlaps(a, span.startsAt, span.endsAt))));
    const report = toReport(chosen.month, list, facts.sectors.map((s) => s.id), facts.requests.filter((r) => r.month === chosen.month && !r.withdrawnAt));
    const flying = facts.staff.filter((s) => s.role === 'FLYING_SOCIAL_WORKER');
    const relay = facts.staff.find((s) => s.role === 'RELAY_CONTROL_SOCIAL_WORKER');
    const flyingIds = new Set(flying.map((f) => f.id));
    const running = boardReplacement(facts.assignments.filter((a) => flyingIds.has(a.flyingWorkerId) && overlaps(a, now, ahead)).map(toAssignment), now);
    const items = list.flatMap((p) => p.items);
    return Object.assign(new PlanningBoard(), {
      month: chosen.month,
      currentMonth: chosen.current,
      // A month with several flying workers is FIXED only when all are.
      status: list.length === 0 ? null : list.every((p) => p.status === 'FIXED') ? 'FIXED' : 'DRAFT',
      flyingWorkerDbId: list[0]?.flyingWorkerDbId ?? flying[0]?.id ?? null,
      relayWorkerDbId: relay?.id ?? null,
      requests: report.requests,
      revisions: report.revisions,
      revisionLimit: report.revisionLimit,
      controls: report.controls,
      controlLimit: report.controlLimit,
      unplaced: list.reduce((n, p) => n + p.unplaced.length, 0),
      suspended: items.filter((i) => i.suspended).length,
      sectors: report.sectors,
      replacement: running && Object.assign(new PlanningBoardReplacement(), {
        flyingWorkerDbId: running.flyingWorkerDbId,
        socialWorkerDbId: running.socialWorkerDbId,
        sectorDbId: running.sectorDbId,
        kind: running.kind,
        inProgress: running.inProgress,
        startsAt: running.startsAt,
        endsAt: running.until,
      }),
      relayQueueSize: await this.workList.queueSize(now, facts.plannedVisits),
      // Handed to the field resolvers (staff and sector references), so they read nothing more.
      read: { staff: facts.staff, sectors: facts.sectors },
    });
  }
}
