// The relay & control social worker's work list: steps before each planned visit, R3 file checks
// still open after visits, R2 income-proof follow-ups, and the R13 permanence replacements they programmed.
import type { UnitOfWork } from '../../db/unit-of-work.js';
import { violation } from '../../shared/outcome.js';
import type { StaffViewer } from '../auth/index.js';
import type { PreparationStepDoneInput } from './flying-assignment.input.js';
import type { RelayWorkList } from './flying-assignment.types.js';
import type { RelayQueueSources } from './planning.ports.js';
import type { PlanningRepositories } from './planning.repositories.js';
import type { PlannedVisitRow } from './planning.repository.js';
import { stepsBeforeVisit, STEP_LEAD_DAYS, type PreparationStepKind } from './work-list.rules.js';

// The service's choice: the list looks six weeks ahead, enough for the longest lead time.
const HORIZON_DAYS = 42;
const DAY = 86_400_000;

const stepsToDo = (preparations: { steps: { done: boolean }[] }[]) => preparations.reduce((n, p) => n + p.steps.filter((s) => !s.done).length, 0);

export class WorkListService {
  constructor(
    private readonly uow: UnitOfWork<Pick<PlanningRepositories, 'planning' | 'visits' | 'outbox'>>,
    private readonly queue: RelayQueueSources,
  ) {}

  /** The visits the list looks at from `now`: those planned in this span. */
  static horizon(now: Date) {
    return { from: now, to: new Date(now.getTime() + HORIZON_DAYS * DAY) };
  }

  /** Planned visits within the horizon with steps still to do, soonest first. `planned`: read already (the board). */
  private async preparations(now: Date, planned?: PlannedVisitRow[]) {
    const { from, to } = WorkListService.horizon(now);
    return (planned ?? (await this.uow.read.planning.plannedVisits(from, to)))
      .map((p) => {
        const doneKinds = new Set<PreparationStepKind>(p.doneSteps);
        const steps = stepsBeforeVisit({ plannedAt: p.visit.plannedAt, hasPropertyAdministrator: p.hasPropertyAdministrator, done: doneKinds }).map((s) => ({ ...s, overdue: !s.done && s.dueAt <= now }));
        return { visit: this.queue.visit(p.visit), steps };
      })
      .filter((p) => p.steps.some((s) => !s.done));
  }

  /** Steps still to do, open R3 file checks and open R2 follow-ups: the board's count (no content, R5). */
  async queueSize(now: Date, planned?: PlannedVisitRow[]): Promise<number> {
    const steps = stepsToDo(await this.preparations(now, planned));
    return steps + (await this.queue.countOpenChecksAndFollowUps());
  }

  async workList(viewer: StaffViewer, now: Date): Promise<RelayWorkList> {
    const preparations = await this.preparations(now);
    const openFileChecks = await this.queue.openFileChecks(100);
    const replacements = await this.uow.read.planning.programmedReplacements(viewer.staffId, now);
    const incomeFollowUps = await this.queue.incomeFollowUps(100);
    return {
      preparations,
      openFileChecks,
      incomeFollowUps,
      programmedReplacements: replacements.map((r) => this.queue.replacement(r.replacement)),
      queueSize: stepsToDo(preparations) + (await this.queue.countOpenFileChecks()) + incomeFollowUps.totalCount,
    };
  }

  /** `visitId`: a database id (decoded by the resolver). */
  async stepDone(input: Omit<PreparationStepDoneInput, 'visitId'> & { visitId: string }, viewer: StaffViewer, now: Date) {
    const { visitId } = input;
    return this.uow.run(async ({ planning, visits, outbox }) => {
      const visit = await visits.lock(visitId);
      if (!visit) throw violation('visitId', 'UNKNOWN_VISIT', 'No visit has this ID.');
      if (visit.status !== 'PLANNED') throw violation('visitId', 'VISIT_NOT_PLANNED', `This visit is ${visit.status}.`);
      await planning.insertStep({ visitId, kind: input.kind, doneById: viewer.staffId, doneAt: now });
      // The board's relay queue size follows this (a content-free planningBoardChanged).
      await outbox.publish({ type: 'PREPARATION_STEP_DONE', topic: 'planning', subjectId: visitId, actorId: viewer.staffId, payload: {} });
      return { kind: input.kind, dueAt: new Date(visit.plannedAt.getTime() - STEP_LEAD_DAYS[input.kind] * DAY), done: true, overdue: false };
    });
  }
}
