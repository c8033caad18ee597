// The board's planning panel: which month, its status and quota use per sector (R7, R8), the R11
// replacement under way and the relay social worker's queue size, as counts (R5: kiosk-readable).
import type { UnitOfWork } from '../../db/unit-of-work.js';
import type { FlyingAssignmentService } from './flying-assignment.service.js';
import { PlanningBoard, PlanningBoardReplacement } from './planning-board.types.js';
import type { PlanningRepositories } from './planning.repositories.js';
import type { PlanningRow } from './planning.repository.js';
import { boardMonth, boardReplacement, monthOf } from './planning.rules.js';
import type { PlanningService } from './planning.service.js';
import type { WorkListService } from './work-list.service.js';

// The board looks eight weeks ahead for the next replacement, as `flyingAssignments` does.
const AHEAD_MS = 56 * 86_400_000;

export class PlanningBoardService {
  constructor(
    private readonly uow: UnitOfWork<Pick<PlanningRepositories, 'planning' | 'org'>>,
    private readonly planning: PlanningService,
    private readonly assignments: FlyingAssignmentService,
    private readonly workList: WorkListService,
  ) {}

  async board(now: Date, month: string | null): Promise<PlanningBoard> {
    const repo = this.uow.read.planning;
    const current = monthOf(now);
    let chosen = { month: month ?? current, current: month === current };
    let plannings: PlanningRow[] | undefined;
    if (!month) {
      // This month's plannings and the next's in one read, then the board's month (boardMonth(now, false): the next).
      const around = await repo.planningsOfMonths([current, boardMonth(now, false).month]);
      chosen = boardMonth(now, around.some((p) => p.month === current && p.status === 'FIXED'));
      plannings = around.filter((p) => p.month === chosen.month);
    }
    const report = await this.planning.report(chosen.month, plannings);
    const { org } = this.uow.read;
    const [flying] = await org.staffByRoles(['FLYING_SOCIAL_WORKER']);
    const [relay] = await org.staffByRoles(['RELAY_CONTROL_SOCIAL_WORKER']);
    const running = boardReplacement(await this.assignments.list(now, new Date(now.getTime() + AHEAD_MS)), now);
    const items = report.plannings.flatMap((p) => p.items);
    return Object.assign(new PlanningBoard(), {
      month: chosen.month,
      currentMonth: chosen.current,
      // A month with several flying workers is FIXED only when all are.
      status: report.plannings.length === 0 ? null : report.plannings.every((p) => p.status === 'FIXED') ? 'FIXED' : 'DRAFT',
      flyingWorkerDbId: report.plannings[0]?.flyingWorkerDbId ?? flying?.id ?? null,
      relayWorkerDbId: relay?.id ?? null,
      requests: report.requests,
      revisions: report.revisions,
      revisionLimit: report.revisionLimit,
      controls: report.controls,
      controlLimit: report.controlLimit,
      unplaced: report.plannings.reduce((n, p) => n + p.unplaced.length, 0),
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
      relayQueueSize: await this.workList.queueSize(now),
    });
  }
}
