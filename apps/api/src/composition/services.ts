// Wires the services of one API process over one database.
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import type { EventFeed } from '../events/feed.js';
import { authService, hashToken, SESSIONS_CHANNEL, type AuthService } from '../modules/auth/index.js';
import { AidPlanService } from '../modules/cases/aid-plan.service.js';
import { VisitService } from '../modules/cases/visit.service.js';
import { IncomeService } from '../modules/cases/income.service.js';
import { BeneficiaryExportService } from '../modules/cases/beneficiary-export.service.js';
import { AuditService } from '../modules/cases/audit.service.js';
import { BeneficiaryService } from '../modules/cases/beneficiary.service.js';
import { CaseService } from '../modules/cases/case.service.js';
import { CaseloadService } from '../modules/cases/caseload.service.js';
import { orgModule, OrgRepository, type AbsenceService, type OrgService } from '../modules/org/index.js';
import { absenceEffects } from './absence-effects.js';
import {
  permanenceModule,
  PERMANENCE_ROLES,
  type AlertService,
  type CalendarService,
  type ReplacementService,
  type RotaService,
  type ShiftHoldersService,
  type WhoToCallService,
} from '../modules/permanence/index.js';
import { FlyingAssignmentService } from '../modules/planning/flying-assignment.service.js';
import { PlanningBoardService } from '../modules/planning/planning-board.service.js';
import { PlanningService } from '../modules/planning/planning.service.js';
import { WorkListService } from '../modules/planning/work-list.service.js';
import { DEFAULT_SETTINGS } from '../modules/schedules/conflict.rules.js';
import { ConflictService } from '../modules/schedules/conflict.service.js';
import { ScheduleService } from '../modules/schedules/schedule.service.js';
import { PatternService } from '../modules/schedules/pattern.service.js';
import { LeaveService } from '../modules/schedules/leave.service.js';
import { teamService, type TeamService } from '../modules/team/index.js';
import { reportingTokenService, type ReportingTokenService } from '../modules/reporting/index.js';

export interface Services {
  clock: () => Date;
  config: Config;
  auth: AuthService;
  org: OrgService;
  permanence: RotaService;
  replacements: ReplacementService;
  whoToCall: WhoToCallService;
  alerts: AlertService;
  shiftHolders: ShiftHoldersService;
  absences: AbsenceService;
  calendar: CalendarService;
  feed: EventFeed;
  cases: CaseService;
  beneficiaries: BeneficiaryService;
  audit: AuditService;
  aidPlans: AidPlanService;
  visits: VisitService;
  income: IncomeService;
  beneficiaryExport: BeneficiaryExportService;
  caseloads: CaseloadService;
  planning: PlanningService;
  flyingAssignments: FlyingAssignmentService;
  workList: WorkListService;
  schedules: ScheduleService;
  patterns: PatternService;
  conflicts: ConflictService;
  leave: LeaveService;
  planningBoard: PlanningBoardService;
  team: TeamService;
  reportingTokens: ReportingTokenService;
}

export function createServices(db: Database, feed: EventFeed, config: Config, clock: () => Date): Services {
  const cases = new CaseService(db, clock);
  const flyingAssignments = new FlyingAssignmentService(db);
  const scheduleSettings = { ...DEFAULT_SETTINGS, travelSpeedKmh: config.travelSpeedKmh };
  const planning = new PlanningService(db);
  const income = new IncomeService(db, cases);
  const workList = new WorkListService(db, income);
  const permanence = permanenceModule(db, { org: (executor) => new OrgRepository(executor), replacements: flyingAssignments });
  const org = orgModule(db, { onDutyRoles: PERMANENCE_ROLES, publicUrl: () => config.publicUrl }, { absenceEffects: absenceEffects(scheduleSettings, permanence.coverageOn) });
  return {
    clock,
    config,
    auth: authService(db, config.sessionHours),
    org: org.org,
    permanence: permanence.rota,
    replacements: permanence.replacements,
    whoToCall: permanence.whoToCall,
    alerts: permanence.alerts,
    shiftHolders: permanence.shiftHolders,
    absences: org.absences,
    calendar: permanence.calendar,
    feed,
    cases,
    beneficiaries: new BeneficiaryService(db, cases),
    audit: new AuditService(db),
    aidPlans: new AidPlanService(db, cases),
    visits: new VisitService(db, cases),
    income,
    beneficiaryExport: new BeneficiaryExportService(db, cases),
    caseloads: new CaseloadService(db),
    planning,
    flyingAssignments,
    workList,
    schedules: new ScheduleService(db, scheduleSettings),
    patterns: new PatternService(db, scheduleSettings),
    conflicts: new ConflictService(db, scheduleSettings),
    leave: new LeaveService(db, scheduleSettings),
    planningBoard: new PlanningBoardService(db, planning, flyingAssignments, workList),
    team: teamService(db),
    reportingTokens: reportingTokenService(db, { hashToken, revokedChannel: SESSIONS_CHANNEL }),
  };
}

// Resolvers not yet built by the container read their services from the context (graphql/context.ts).
declare module '../graphql/context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ContextServices extends Services {}
}
