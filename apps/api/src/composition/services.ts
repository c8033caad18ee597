// Wires the services of one API process over one database.
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import type { EventFeed } from '../events/feed.js';
import { AuthService, hashToken } from '../modules/auth/auth.service.js';
import { SESSIONS_CHANNEL } from '../modules/auth/auth.repository.js';
import { AidPlanService } from '../modules/cases/aid-plan.service.js';
import { VisitService } from '../modules/cases/visit.service.js';
import { IncomeService } from '../modules/cases/income.service.js';
import { BeneficiaryExportService } from '../modules/cases/beneficiary-export.service.js';
import { AuditService } from '../modules/cases/audit.service.js';
import { BeneficiaryService } from '../modules/cases/beneficiary.service.js';
import { CaseService } from '../modules/cases/case.service.js';
import { CaseloadService } from '../modules/cases/caseload.service.js';
import { AbsenceService } from '../modules/org/absence.service.js';
import { OrgRepository } from '../modules/org/org.repository.js';
import { CalendarService } from '../modules/permanence/calendar.service.js';
import { PermanenceService } from '../modules/permanence/permanence.service.js';
import { ShiftHoldersService } from '../modules/permanence/shift-holders.service.js';
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
import { holidayService, type HolidayService } from '../modules/holidays/index.js';

export interface Services {
  clock: () => Date;
  config: Config;
  auth: AuthService;
  org: OrgRepository;
  permanence: PermanenceService;
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
  holidays: HolidayService;
}

export function createServices(db: Database, feed: EventFeed, config: Config, clock: () => Date): Services {
  const cases = new CaseService(db, clock);
  const flyingAssignments = new FlyingAssignmentService(db);
  const scheduleSettings = { ...DEFAULT_SETTINGS, travelSpeedKmh: config.travelSpeedKmh };
  const planning = new PlanningService(db);
  const income = new IncomeService(db, cases);
  const workList = new WorkListService(db, income);
  const holidays = holidayService(db);
  return {
    clock,
    config,
    auth: new AuthService(db, config.sessionHours),
    org: new OrgRepository(db),
    permanence: new PermanenceService(db, flyingAssignments, holidays),
    shiftHolders: new ShiftHoldersService(db, new OrgRepository(db)),
    absences: new AbsenceService(db, scheduleSettings),
    calendar: new CalendarService(db),
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
    holidays,
    reportingTokens: reportingTokenService(db, { hashToken, revokedChannel: SESSIONS_CHANNEL }),
  };
}
