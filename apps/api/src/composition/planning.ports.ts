// The ports the planning module declares, filled from the modules that own the data: org (staff,
// absences), permanence (shifts held), visits (and their audit, R3 file checks), income (R2 follow-ups).
import { sql } from 'drizzle-orm';
import type { Database, Executor } from '../db/client.js';
import { AuditRepository } from '../modules/cases/audit.repository.js';
import { IncomeRepository, type IncomeService } from '../modules/income/index.js';
import { toFileCheck, toVisit, VisitRepository } from '../modules/visits/index.js';
import { holidaysIn } from '../modules/holidays/index.js';
import { OrgRepository } from '../modules/org/org.repository.js';
import { toReplacement } from '../modules/permanence/permanence.mappers.js';
import { PermanenceRepository } from '../modules/permanence/permanence.repository.js';
import type { CaseVisits, PermanenceDuty, PlanningOrg, PlanningPorts, RelayQueueSources } from '../modules/planning/index.js';

function planningOrg(executor: Executor): PlanningOrg {
  const org = new OrgRepository(executor);
  return {
    staffByIds: (ids) => org.staffByIds(ids),
    staffByRoles: (roles, reads) => org.staffByRoles(roles, reads),
    sectorIds: async (reads) => (await org.sectors(reads)).map((s) => s.id),
    absencesOf: (staffId, from, to) => org.absencesOverlapping({ staffIds: [staffId], from, to }),
  };
}

function permanenceDuty(executor: Executor): PermanenceDuty {
  const permanence = new PermanenceRepository(executor);
  return { shiftsOf: (staffId, from, to) => permanence.shiftsOfStaff(staffId, from, to) };
}

function caseVisits(executor: Executor): CaseVisits {
  const visits = new VisitRepository(executor);
  const audit = new AuditRepository(executor);
  return {
    async plan(values, actorId, at) {
      const v = await visits.insertVisit({ ...values, createdById: actorId, createdAt: at, updatedAt: at });
      await audit.recordChange({ actorId, entity: 'Visit', entityId: v.id, caseFileId: v.caseFileId, entityVersion: null, before: null, after: v, at });
      return v;
    },
    async follow(visitId, values, actorId, at) {
      const before = await visits.lockVisit(visitId);
      if (!before || before.status !== 'PLANNED') return;
      const after = await visits.updateVisit(visitId, { ...values, updatedAt: at });
      await audit.recordChange({ actorId, entity: 'Visit', entityId: visitId, caseFileId: after.caseFileId, entityVersion: null, before, after, at });
    },
    lock: (visitId) => visits.lockVisit(visitId),
  };
}

function relayQueue(db: Database, income: IncomeService): RelayQueueSources {
  return {
    openFileChecks: async (limit) => (await new VisitRepository(db).fileChecks(true, limit)).map(toFileCheck),
    countOpenFileChecks: () => new VisitRepository(db).countFileChecks(true),
    incomeFollowUps: (first) => income.followUps(first, null),
    // Both counts in one statement (the board's relay queue size), each module's query embedded.
    async countOpenChecksAndFollowUps() {
      const [row] = await db.execute<{ n: string }>(sql`select (${new VisitRepository(db).openFileChecksCount()}) + (${new IncomeRepository(db).openFollowUpsCount()}) as n`);
      return Number(row.n);
    },
    visit: toVisit,
    replacement: toReplacement,
  };
}

/** The ports bound to a transaction's executor (the demo seed generates with these too). */
export const planningPortsOn = { org: planningOrg, duty: permanenceDuty, visits: caseVisits, closedDays: (executor: Executor) => ({ between: (from: string, to: string) => holidaysIn(executor, from, to) }) };

export function planningPorts(db: Database, income: IncomeService): PlanningPorts {
  return { ...planningPortsOn, relayQueue: relayQueue(db, income) };
}
