// The relay & control social worker's work list: steps before each planned visit, R3 file checks
// still open after visits, R2 income-proof follow-ups, and the R13 permanence replacements they programmed.
import type { Database } from '../../db/client.js';
import { publish } from '../../events/outbox.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { violation } from '../../shared/outcome.js';
import type { StaffViewer } from '../auth/viewer.js';
import { IncomeRepository, type IncomeService } from '../income/index.js';
import { VisitRepository } from '../cases/visit.repository.js';
import { toFileCheck, toVisit } from '../cases/visit.types.js';
import { toReplacement } from '../permanence/permanence.mappers.js';
import type { PreparationStepDoneInput } from './flying-assignment.input.js';
import type { RelayWorkList } from './flying-assignment.types.js';
import { PlanningRepository } from './planning.repository.js';
import { stepsBeforeVisit, STEP_LEAD_DAYS, type PreparationStepKind } from './work-list.rules.js';

// The service's choice: the list looks six weeks ahead, enough for the longest lead time.
const HORIZON_DAYS = 42;
const DAY = 86_400_000;

const stepsToDo = (preparations: { steps: { done: boolean }[] }[]) => preparations.reduce((n, p) => n + p.steps.filter((s) => !s.done).length, 0);

export class WorkListService {
  constructor(
    private readonly db: Database,
    private readonly income: IncomeService,
  ) {}

  /** Planned visits within the horizon with steps still to do, soonest first. */
  private async preparations(now: Date) {
    const repo = new PlanningRepository(this.db);
    const planned = await repo.plannedVisits(now, new Date(now.getTime() + HORIZON_DAYS * DAY));
    const done = await repo.stepsOfVisits(planned.map((p) => p.visit.id));
    return planned
      .map((p) => {
        const doneKinds = new Set<PreparationStepKind>(done.filter((d) => d.visitId === p.visit.id).map((d) => d.kind));
        const steps = stepsBeforeVisit({ plannedAt: p.visit.plannedAt, hasPropertyAdministrator: p.hasPropertyAdministrator, done: doneKinds }).map((s) => ({ ...s, overdue: !s.done && s.dueAt <= now }));
        return { visit: toVisit(p.visit), steps };
      })
      .filter((p) => p.steps.some((s) => !s.done));
  }

  /** Steps still to do, open R3 file checks and open R2 follow-ups: the board's count (no content, R5). */
  async queueSize(now: Date): Promise<number> {
    const steps = stepsToDo(await this.preparations(now));
    return steps + (await new VisitRepository(this.db).countFileChecks(true)) + (await new IncomeRepository(this.db).countOpenFollowUps());
  }

  async workList(viewer: StaffViewer, now: Date): Promise<RelayWorkList> {
    const repo = new PlanningRepository(this.db);
    const preparations = await this.preparations(now);
    const visits = new VisitRepository(this.db);
    const openChecks = await visits.fileChecks(true, 100);
    const replacements = await repo.programmedReplacements(viewer.staffId, now);
    const incomeFollowUps = await this.income.followUps(100, null);
    return {
      preparations,
      openFileChecks: openChecks.map(toFileCheck),
      incomeFollowUps,
      programmedReplacements: replacements.map((r) => toReplacement(r.replacement)),
      queueSize: stepsToDo(preparations) + (await visits.countFileChecks(true)) + incomeFollowUps.totalCount,
    };
  }

  async stepDone(input: PreparationStepDoneInput, viewer: StaffViewer, now: Date) {
    const visitId = fromGlobalId(input.visitId, 'Visit')?.id;
    if (!visitId) throw violation('visitId', 'UNKNOWN_VISIT', '`visitId` is not the ID of a Visit.');
    return this.db.transaction(async (tx) => {
      const visit = await new VisitRepository(tx).lockVisit(visitId);
      if (!visit) throw violation('visitId', 'UNKNOWN_VISIT', 'No visit has this ID.');
      if (visit.status !== 'PLANNED') throw violation('visitId', 'VISIT_NOT_PLANNED', `This visit is ${visit.status}.`);
      await new PlanningRepository(tx).insertStep({ visitId, kind: input.kind, doneById: viewer.staffId, doneAt: now });
      // The board's relay queue size follows this (a content-free planningBoardChanged).
      await publish(tx, { type: 'PREPARATION_STEP_DONE', topic: 'planning', subjectId: visitId, actorId: viewer.staffId, payload: {} });
      return { kind: input.kind, dueAt: new Date(visit.plannedAt.getTime() - STEP_LEAD_DAYS[input.kind] * DAY), done: true, overdue: false };
    });
  }
}
