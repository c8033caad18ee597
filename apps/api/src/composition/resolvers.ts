// The composition root's list of resolvers, and how each is built from the services it needs.
// A resolver without constructor parameters needs no provider.
import { provide, type Provider } from '../graphql/container.js';
import type { Services } from './services.js';
import { nodeRegistry } from './nodes.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { AidDecisionResolver, CaseFileVisitsResolver, FileCheckResolver, VisitResolver } from '../modules/visits/index.js';
import { CaseFileIncomeResolver, IncomeProofResolver } from '../modules/income/income.resolver.js';
import { IncomeFollowUpResolver } from '../modules/income/income-follow-up.resolver.js';
import { AuditEntryResolver } from '../modules/cases/audit.resolver.js';
import { CaseEventsResolver } from '../modules/cases/case-events.resolver.js';
import { SectorCaseloadFieldResolver, SectorCaseloadResolver } from '../modules/cases/caseload.resolver.js';
import { AidPlanResolver, CaseFileAidPlanResolver } from '../modules/aid-plans/index.js';
import { CaseFileResolver, CaseTransitionResolver } from '../modules/cases/case.resolver.js';
import { SectorSearchResolver } from '../modules/cases/sector-search.resolver.js';
import { NodeResolver } from '../modules/node/node.resolver.js';
import { AbsenceResolver } from '../modules/org/absence.resolver.js';
import { BinomeResolver, SectorResolver, StaffResolver } from '../modules/org/org.resolver.js';
import { PermanenceEventResolver, PermanenceEventsResolver } from '../modules/permanence/permanence-events.resolver.js';
import { AlertAcknowledgeResolver, AlertResolver } from '../modules/permanence/alert.resolver.js';
import { CalendarLinkResolver } from '../modules/permanence/calendar-link.resolver.js';
import { ShiftHolderResolver, ShiftHoldersResolver } from '../modules/permanence/shift-holders.resolver.js';
import { PermanenceReplacementResolver } from '../modules/permanence/replacement.resolver.js';
import { PermanenceSwapResolver, ShiftHistoryEntryResolver, ShiftHistoryResolver } from '../modules/permanence/swap.resolver.js';
import { PermanenceSwapEventsResolver } from '../modules/permanence/swap-events.resolver.js';
import { PermanenceResolver } from '../modules/permanence/rota.resolver.js';
import { PermanenceLoadResolver, PermanenceLoadWarningResolver, PermanencePersonLoadResolver, PermanenceReplaceLoadResolver, PermanenceSwapLoadResolver, PermanenceSwapLoadWarningsResolver } from '../modules/permanence/rota-load.resolver.js';
import { SectorWhoToCallResolver, WhoToCallResolver, WhoToCallStepResolver } from '../modules/permanence/who-to-call.resolver.js';
import { WhoToCallEventsResolver } from '../modules/permanence/who-to-call-events.resolver.js';
import {
  FlyingAssignmentResolver,
  PlanningBoardReplacementResolver,
  PlanningBoardResolver,
  PlanningChangeResolver,
  PlanningEventsResolver,
  PlanningItemResolver,
  PlanningRequestResolver,
  PlanningResolver,
  SectorQuotaUseResolver,
  UnplacedRequestResolver,
} from '../modules/planning/index.js';
import { TeamRecordResolver } from '../modules/team/index.js';
import { IncidentDocumentResolver, IncidentEventsResolver, IncidentResolver, IncidentStatusChangeResolver } from '../modules/incidents/index.js';
import { ReportResolver, ReportingTokenResolver } from '../modules/reporting/index.js';
import { CaseFileSatisfactionResolver, SatisfactionCheckResolver, SatisfactionSettingsResolver, VisitSatisfactionResolver } from '../modules/satisfaction/index.js';
import { HolidayResolver } from '../modules/holidays/holiday.resolver.js';
import { ShiftHolidaysResolver } from '../modules/permanence/shift-holidays.resolver.js';
import {
  LeaveBalanceResolver,
  LeaveRequestResolver,
  ScheduleChangeResolver,
  ScheduleConflictResolver,
  ScheduleEntryPatternResolver,
  ScheduleEntryResolver,
  ScheduleEntryStateResolver,
  ScheduleEventsResolver,
  SchedulePatternResolver,
} from '../modules/schedules/index.js';

export const resolvers = [
  AuthResolver,
  NodeResolver,
  SectorResolver,
  SectorWhoToCallResolver,
  StaffResolver,
  BinomeResolver,
  AbsenceResolver,
  CalendarLinkResolver,
  PermanenceResolver,
  ShiftHoldersResolver,
  ShiftHolderResolver,
  PermanenceReplacementResolver,
  PermanenceSwapResolver,
  PermanenceSwapEventsResolver,
  ShiftHistoryResolver,
  ShiftHistoryEntryResolver,
  PermanenceEventResolver,
  PermanenceEventsResolver,
  WhoToCallResolver,
  WhoToCallStepResolver,
  PermanenceLoadResolver,
  PermanencePersonLoadResolver,
  PermanenceLoadWarningResolver,
  PermanenceReplaceLoadResolver,
  PermanenceSwapLoadResolver,
  PermanenceSwapLoadWarningsResolver,
  WhoToCallEventsResolver,
  AlertResolver,
  AlertAcknowledgeResolver,
  CaseFileResolver,
  CaseTransitionResolver,
  CaseFileAidPlanResolver,
  AidPlanResolver,
  CaseEventsResolver,
  VisitResolver,
  FileCheckResolver,
  AidDecisionResolver,
  CaseFileVisitsResolver,
  SectorCaseloadFieldResolver,
  SectorCaseloadResolver,
  SectorSearchResolver,
  IncomeProofResolver,
  IncomeFollowUpResolver,
  CaseFileIncomeResolver,
  SatisfactionCheckResolver,
  VisitSatisfactionResolver,
  CaseFileSatisfactionResolver,
  SatisfactionSettingsResolver,
  AuditEntryResolver,
  PlanningResolver,
  PlanningRequestResolver,
  PlanningItemResolver,
  UnplacedRequestResolver,
  PlanningChangeResolver,
  SectorQuotaUseResolver,
  PlanningEventsResolver,
  PlanningBoardResolver,
  PlanningBoardReplacementResolver,
  FlyingAssignmentResolver,
  ScheduleEntryResolver,
  ScheduleChangeResolver,
  ScheduleEntryStateResolver,
  ScheduleConflictResolver,
  SchedulePatternResolver,
  ScheduleEntryPatternResolver,
  ScheduleEventsResolver,
  LeaveRequestResolver,
  LeaveBalanceResolver,
  TeamRecordResolver,
  IncidentResolver,
  IncidentStatusChangeResolver,
  IncidentDocumentResolver,
  IncidentEventsResolver,
  ReportingTokenResolver,
  ReportResolver,
  HolidayResolver,
  ShiftHolidaysResolver,
] as const;

export function resolverProviders(services: Services): Provider[] {
  return [
    provide(NodeResolver, () => new NodeResolver(nodeRegistry(services))),
    provide(AuthResolver, () => new AuthResolver(services.auth)),
    provide(SectorResolver, () => new SectorResolver(services.org)),
    provide(StaffResolver, () => new StaffResolver(services.org)),
    provide(BinomeResolver, () => new BinomeResolver(services.org)),
    provide(AbsenceResolver, () => new AbsenceResolver(services.absences, services.org)),
    provide(PermanenceResolver, () => new PermanenceResolver(services.permanence)),
    provide(PermanenceReplacementResolver, () => new PermanenceReplacementResolver(services.replacements)),
    provide(PermanenceSwapResolver, () => new PermanenceSwapResolver(services.swaps)),
    provide(PermanenceSwapEventsResolver, () => new PermanenceSwapEventsResolver(services.swaps)),
    provide(WhoToCallEventsResolver, () => new WhoToCallEventsResolver(services.whoToCallFeed)),
    provide(PermanenceLoadResolver, () => new PermanenceLoadResolver(services.rotaLoad)),
    provide(PermanenceReplaceLoadResolver, () => new PermanenceReplaceLoadResolver(services.rotaLoad)),
    provide(PermanenceSwapLoadResolver, () => new PermanenceSwapLoadResolver(services.rotaLoad)),
    provide(PermanenceSwapLoadWarningsResolver, () => new PermanenceSwapLoadWarningsResolver()),
    provide(WhoToCallResolver, () => new WhoToCallResolver(services.whoToCall)),
    provide(AlertResolver, () => new AlertResolver(services.alerts)),
    provide(AlertAcknowledgeResolver, () => new AlertAcknowledgeResolver(services.alerts)),
    provide(CalendarLinkResolver, () => new CalendarLinkResolver(services.calendar, services.org)),
    provide(TeamRecordResolver, () => new TeamRecordResolver(services.team)),
    provide(IncidentResolver, () => new IncidentResolver(services.incidents)),
    provide(IncidentEventsResolver, () => new IncidentEventsResolver(services.incidents)),
    provide(ReportingTokenResolver, () => new ReportingTokenResolver(services.reportingTokens)),
    provide(ReportResolver, () => new ReportResolver(services.reports)),
    provide(VisitResolver, () => new VisitResolver(services.visits, services.cases)),
    provide(FileCheckResolver, () => new FileCheckResolver(services.cases)),
    provide(CaseFileResolver, () => new CaseFileResolver(services.cases, services.beneficiaries, services.audit, services.beneficiaryExport)),
    provide(CaseEventsResolver, () => new CaseEventsResolver(services.cases, services.feed)),
    provide(SectorCaseloadResolver, () => new SectorCaseloadResolver(services.feed, services.caseloads, services.clock)),
    provide(PlanningRequestResolver, () => new PlanningRequestResolver(services.cases)),
    provide(PlanningItemResolver, () => new PlanningItemResolver(services.cases)),
    provide(AidPlanResolver, () => new AidPlanResolver(services.aidPlans)),
    provide(IncomeProofResolver, () => new IncomeProofResolver(services.income)),
    provide(SatisfactionCheckResolver, () => new SatisfactionCheckResolver(services.satisfaction, services.cases)),
    provide(VisitSatisfactionResolver, () => new VisitSatisfactionResolver(services.cases)),
    provide(SatisfactionSettingsResolver, () => new SatisfactionSettingsResolver(services.satisfactionSettings)),
    provide(IncomeFollowUpResolver, () => new IncomeFollowUpResolver(services.cases)),
    provide(SectorSearchResolver, () => new SectorSearchResolver(services.sectorSearch)),
    provide(HolidayResolver, () => new HolidayResolver(services.holidays)),
    provide(ShiftHolidaysResolver, () => new ShiftHolidaysResolver(services.holidays)),
    provide(ScheduleEntryResolver, () => new ScheduleEntryResolver(services.schedules)),
    provide(ScheduleChangeResolver, () => new ScheduleChangeResolver(services.schedules)),
    provide(ScheduleConflictResolver, () => new ScheduleConflictResolver(services.conflicts)),
    provide(SchedulePatternResolver, () => new SchedulePatternResolver(services.patterns)),
    provide(ScheduleEntryPatternResolver, () => new ScheduleEntryPatternResolver(services.patterns)),
    provide(ScheduleEventsResolver, () => new ScheduleEventsResolver(services.schedules, services.conflicts)),
    provide(LeaveRequestResolver, () => new LeaveRequestResolver(services.leave)),
    provide(LeaveBalanceResolver, () => new LeaveBalanceResolver(services.leave)),
    provide(PlanningResolver, () => new PlanningResolver(services.planning)),
    provide(PlanningEventsResolver, () => new PlanningEventsResolver(services.planning, services.flyingAssignments)),
    provide(PlanningBoardResolver, () => new PlanningBoardResolver(services.planningBoard)),
    provide(FlyingAssignmentResolver, () => new FlyingAssignmentResolver(services.flyingAssignments, services.workList)),
  ];
}
