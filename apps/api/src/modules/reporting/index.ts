// Reporting for direction and funders: tokens for their tools, the reports (computed in SQL), their
// CSV downloads. The composition root builds it from here, handing in auth's and planning's ports.
import type { Database, Executor } from '../../db/client.js';
import { unitOfWork } from '../../db/unit-of-work.js';
import { auditTrail } from '../cases/index.js';
import { ActivityRepository } from './activity.repository.js';
import { CaseloadReportRepository } from './caseload-report.repository.js';
import { ConflictsReportRepository } from './conflicts-report.repository.js';
import { HoursRepository } from './hours.repository.js';
import { MonthFiguresRepository } from './month-figures.repository.js';
import { PermanenceReportRepository } from './permanence-report.repository.js';
import { ReportService, type PlanningReportPort } from './report.service.js';
import { ReportingTokenRepository } from './reporting-token.repository.js';
import { ReportingTokenService } from './reporting-token.service.js';
import { SatisfactionReportRepository } from './satisfaction-report.repository.js';
import { SectorNamesRepository } from './sectors.repository.js';

export { ReportingTokenService } from './reporting-token.service.js';
export { ReportService, type PlanningReportPort } from './report.service.js';
export { ReportingTokenResolver } from './reporting-token.resolver.js';
export { ReportResolver } from './report.resolver.js';
export { refusedTokenGate, reportingGate } from './reporting.gate.js';
export { mayReadSchema } from './reporting-token.rules.js';
export { reportCsvHandler } from './report-csv.http.js';

/** What reporting needs of auth: its token hash, its announcement of a revoked session (in the caller's transaction), and its cache of live ones to forget a revoked token in. */
export interface SessionPorts {
  hashToken: (token: string) => string;
  announceRevoked: (executor: Executor, sessionId: string) => Promise<void>;
  forgetSession: (sessionId: string) => void;
}

export function reportingTokenService(db: Database, sessions: SessionPorts): ReportingTokenService {
  return new ReportingTokenService(
    unitOfWork(db, (executor: Executor) => ({
      tokens: new ReportingTokenRepository(executor),
      audit: auditTrail(executor),
      sessions: { announceRevoked: (sessionId: string) => sessions.announceRevoked(executor, sessionId) },
    })),
    sessions.hashToken,
    sessions.forgetSession,
  );
}

const reportRepositories = (executor: Executor) => ({
  activity: new ActivityRepository(executor),
  hours: new HoursRepository(executor),
  caseload: new CaseloadReportRepository(executor),
  permanence: new PermanenceReportRepository(executor),
  conflicts: new ConflictsReportRepository(executor),
  sectors: new SectorNamesRepository(executor),
  satisfaction: new SatisfactionReportRepository(executor),
  monthFigures: new MonthFiguresRepository(executor),
});

export function reportService(db: Database, planning: PlanningReportPort): ReportService {
  return new ReportService(unitOfWork(db, reportRepositories), planning);
}

/**
 * For schedules and visits, bound to a write's transaction: keeps the months over that the write is
 * dated in, as they stood before it (ReportService.keepMonthsOver), in that same transaction.
 */
export function closedMonths(executor: Executor): { keep(instants: Date[], now: Date): Promise<void> } {
  const repos = reportRepositories(executor);
  const noPlanning: PlanningReportPort = { report: () => Promise.reject(new Error('not used to keep months')) };
  const service = new ReportService({ read: repos, run: (work) => work(repos, executor as never) }, noPlanning);
  return { keep: (instants, now) => service.keepMonthsOver(instants, now) };
}
