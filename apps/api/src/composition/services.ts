// Wires the services of one API process over one database.
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import type { EventFeed } from '../events/feed.js';
import { announceRevoked, authService, hashToken, type AuthService } from '../modules/auth/index.js';
import { aidPlanRecords, aidPlanService, type AidPlanService } from '../modules/aid-plans/index.js';
import { casesModule, type AuditService, type BeneficiaryExportService, type BeneficiaryService, type CaseloadService, type CaseService } from '../modules/cases/index.js';
import { incomeFollowUpTrigger, incomeLoaders, incomeRecords, incomeService, type IncomeService } from '../modules/income/index.js';
import { SectorSearchService } from '../modules/cases/sector-search.service.js';
import { visitRecords, visitService, type VisitService } from '../modules/visits/index.js';
import { orgModule, OrgRepository, type AbsenceService, type OrgService } from '../modules/org/index.js';
import { absenceEffects } from './absence-effects.js';
import {
  permanenceModule,
  PERMANENCE_ROLES,
  type AlertService,
  type CalendarService,
  type ReplacementService,
  type RotaLoadService,
  type RotaService,
  type ShiftHoldersService,
  type SwapService,
  type WhoToCallService,
  WhoToCallFeedService,
} from '../modules/permanence/index.js';
import { MinuteTicks } from '../time/minute-ticks.js';
import { PlannedInstants } from '../time/planned-instants.js';
import { planningModule, type FlyingAssignmentService, type PlanningBoardService, type PlanningService, type WorkListService } from '../modules/planning/index.js';
import { planningPorts } from './planning.ports.js';
import { DEFAULT_SETTINGS, schedulesModule, type ConflictService, type LeaveService, type PatternService, type ScheduleService } from '../modules/schedules/index.js';
import { leaveAbsences, planHoursCheck } from './schedules.ports.js';
import { teamService, type TeamService } from '../modules/team/index.js';
import { closedMonths, reportService, reportingTokenService, type ReportService, type ReportingTokenService } from '../modules/reporting/index.js';
import { holidayService, type HolidayService } from '../modules/holidays/index.js';
import { satisfactionLoaders, satisfactionRecords, satisfactionService, satisfactionSettingsService, type SatisfactionService, type SatisfactionSettingsService } from '../modules/satisfaction/index.js';
import { incidentRecords, incidentService, type IncidentService } from '../modules/incidents/index.js';

export interface Services {
  clock: () => Date;
  config: Config;
  auth: AuthService;
  org: OrgService;
  permanence: RotaService;
  replacements: ReplacementService;
  swaps: SwapService;
  whoToCall: WhoToCallService;
  /** R14 as a feed: changes of the answers, on events and as the clock's minutes turn. */
  whoToCallFeed: WhoToCallFeedService;
  /** The service clock's minutes, one timer per process while someone listens. */
  ticks: MinuteTicks;
  /** R14's feed: the next instant an answer may change, one timer per process while someone listens. */
  changeInstants: PlannedInstants;
  alerts: AlertService;
  shiftHolders: ShiftHoldersService;
  rotaLoad: RotaLoadService;
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
  sectorSearch: SectorSearchService;
  planning: PlanningService;
  flyingAssignments: FlyingAssignmentService;
  workList: WorkListService;
  schedules: ScheduleService;
  patterns: PatternService;
  conflicts: ConflictService;
  leave: LeaveService;
  planningBoard: PlanningBoardService;
  team: TeamService;
  /** The modules' own per-request DataLoaders, put together in composition/loaders.ts. */
  moduleLoaders: { income: ReturnType<typeof incomeLoaders>; satisfaction: ReturnType<typeof satisfactionLoaders> };
  reportingTokens: ReportingTokenService;
  reports: ReportService;
  holidays: HolidayService;
  satisfaction: SatisfactionService;
  satisfactionSettings: SatisfactionSettingsService;
  incidents: IncidentService;
}

export function createServices(db: Database, feed: EventFeed, config: Config, clock: () => Date): Services {
  const core = casesModule(db, clock, {
    org: (executor) => new OrgRepository(executor),
    records: (executor) => [aidPlanRecords(executor), visitRecords(executor), incomeRecords(executor), satisfactionRecords(executor), incidentRecords(executor)],
  });
  const scheduleSettings = { ...DEFAULT_SETTINGS, travelSpeedKmh: config.travelSpeedKmh };
  const schedules = schedulesModule(db, scheduleSettings, { absences: leaveAbsences, closedMonths });
  const income = incomeService(db, clock);
  const satisfaction = satisfactionService(db, clock);
  const { planning, flyingAssignments, workList, planningBoard } = planningModule(db, planningPorts(db, income));
  // Closing days changed: the helpers' visits on those days are rechecked in the same transaction.
  const holidays = holidayService(db, (executor) => ({ changed: (days, opts) => schedules.recheckOn(executor).afterClosedDays(days, opts) }));
  const permanence = permanenceModule(db, { org: (executor) => new OrgRepository(executor), replacements: flyingAssignments, holidays, now: clock });
  const ticks = new MinuteTicks(clock);
  // R14's feed: one timer for the next instant an answer may change, planned over the rota's facts.
  const changeInstants = new PlannedInstants(clock, (after) => permanence.whoToCall.nextChangeAfter(after));
  const auth = authService(db, config.sessionHours);
  const org = orgModule(db, { onDutyRoles: PERMANENCE_ROLES, publicUrl: () => config.publicUrl }, { absenceEffects: absenceEffects(scheduleSettings, permanence.coverageOn) });
  return {
    clock,
    config,
    auth,
    org: org.org,
    permanence: permanence.rota,
    replacements: permanence.replacements,
    swaps: permanence.swaps,
    whoToCall: permanence.whoToCall,
    whoToCallFeed: new WhoToCallFeedService(permanence.whoToCall, feed, ticks, clock, changeInstants),
    ticks,
    changeInstants,
    alerts: permanence.alerts,
    shiftHolders: permanence.shiftHolders,
    rotaLoad: permanence.load,
    absences: org.absences,
    calendar: permanence.calendar,
    feed,
    cases: core.cases,
    beneficiaries: core.beneficiaries,
    audit: core.audit,
    aidPlans: aidPlanService(db, clock, { schedules: planHoursCheck }),
    visits: visitService(db, clock, { staff: (executor) => new OrgRepository(executor), incomeFollowUps: incomeFollowUpTrigger, closedMonths }),
    income,
    beneficiaryExport: core.beneficiaryExport,
    caseloads: core.caseloads,
    sectorSearch: new SectorSearchService(db, (viewer) => core.cases.caseViewer(viewer)),
    planning,
    flyingAssignments,
    workList,
    schedules: schedules.schedules,
    patterns: schedules.patterns,
    conflicts: schedules.conflicts,
    leave: schedules.leave,
    planningBoard,
    team: teamService(db),
    moduleLoaders: { income: incomeLoaders(db), satisfaction: satisfactionLoaders(satisfaction) },
    satisfaction,
    satisfactionSettings: satisfactionSettingsService(db),
    holidays,
    reportingTokens: reportingTokenService(db, { hashToken, announceRevoked, forgetSession: (id) => auth.forgetSession(id) }),
    reports: reportService(db, planning),
    incidents: incidentService(db, clock),
  };
}
