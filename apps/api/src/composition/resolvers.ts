// The composition root's list of resolvers, and how each is built from the services it needs.
// A resolver without constructor parameters needs no provider.
import { provide, type Provider } from '../graphql/container.js';
import type { Services } from './services.js';
import { nodeRegistry } from './nodes.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { AidDecisionResolver, CaseFileVisitsResolver, FileCheckResolver, VisitResolver } from '../modules/cases/visit.resolver.js';
import { CaseFileIncomeResolver, FinancialParticipationResolver, IncomeFollowUpResolver, IncomeProofResolver } from '../modules/cases/income.resolver.js';
import { AuditEntryResolver } from '../modules/cases/audit.resolver.js';
import { CaseEventsResolver } from '../modules/cases/case-events.resolver.js';
import { SectorCaseloadFieldResolver, SectorCaseloadResolver } from '../modules/cases/caseload.resolver.js';
import { AidPlanResolver, CaseFileAidPlanResolver } from '../modules/cases/aid-plan.resolver.js';
import { BeneficiaryResolver, CaseFileResolver, CaseTransitionResolver } from '../modules/cases/case.resolver.js';
import { NodeResolver } from '../modules/node/node.resolver.js';
import { AbsenceResolver } from '../modules/org/absence.resolver.js';
import { BinomeResolver, SectorResolver, StaffResolver } from '../modules/org/org.resolver.js';
import { PermanenceEventResolver, PermanenceEventsResolver } from '../modules/permanence/permanence-events.resolver.js';
import { AlertAcknowledgeResolver, AlertResolver } from '../modules/permanence/alert.resolver.js';
import { CalendarLinkResolver } from '../modules/permanence/calendar-link.resolver.js';
import { ShiftHolderResolver, ShiftHoldersResolver } from '../modules/permanence/shift-holders.resolver.js';
import { PermanenceReplacementResolver } from '../modules/permanence/replacement.resolver.js';
import { PermanenceResolver } from '../modules/permanence/rota.resolver.js';
import { SectorWhoToCallResolver, WhoToCallResolver, WhoToCallStepResolver } from '../modules/permanence/who-to-call.resolver.js';
import { FlyingAssignmentResolver } from '../modules/planning/flying-assignment.resolver.js';
import { PlanningBoardReplacementResolver, PlanningBoardResolver } from '../modules/planning/planning-board.resolver.js';
import { PlanningEventsResolver } from '../modules/planning/planning-events.resolver.js';
import {
  PlanningChangeResolver,
  PlanningItemResolver,
  PlanningRequestResolver,
  PlanningResolver,
  SectorQuotaUseResolver,
  UnplacedRequestResolver,
} from '../modules/planning/planning.resolver.js';
import { LeaveBalanceResolver, LeaveRequestResolver } from '../modules/schedules/leave.resolver.js';
import { TeamRecordResolver } from '../modules/team/index.js';
import { ReportingTokenResolver } from '../modules/reporting/index.js';
import { ScheduleEventsResolver } from '../modules/schedules/schedule-events.resolver.js';
import { ScheduleEntryPatternResolver, SchedulePatternResolver } from '../modules/schedules/pattern.resolver.js';
import { ScheduleChangeResolver, ScheduleConflictResolver, ScheduleEntryResolver, ScheduleEntryStateResolver } from '../modules/schedules/schedule.resolver.js';

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
  PermanenceEventResolver,
  PermanenceEventsResolver,
  WhoToCallResolver,
  WhoToCallStepResolver,
  AlertResolver,
  AlertAcknowledgeResolver,
  CaseFileResolver,
  CaseTransitionResolver,
  BeneficiaryResolver,
  CaseFileAidPlanResolver,
  AidPlanResolver,
  CaseEventsResolver,
  VisitResolver,
  FileCheckResolver,
  AidDecisionResolver,
  CaseFileVisitsResolver,
  SectorCaseloadFieldResolver,
  SectorCaseloadResolver,
  IncomeProofResolver,
  FinancialParticipationResolver,
  IncomeFollowUpResolver,
  CaseFileIncomeResolver,
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
  ReportingTokenResolver,
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
    provide(WhoToCallResolver, () => new WhoToCallResolver(services.whoToCall)),
    provide(SectorWhoToCallResolver, () => new SectorWhoToCallResolver(services.whoToCall)),
    provide(AlertResolver, () => new AlertResolver(services.alerts)),
    provide(AlertAcknowledgeResolver, () => new AlertAcknowledgeResolver(services.alerts)),
    provide(CalendarLinkResolver, () => new CalendarLinkResolver(services.calendar, services.org)),
    provide(TeamRecordResolver, () => new TeamRecordResolver(services.team)),
    provide(ReportingTokenResolver, () => new ReportingTokenResolver(services.reportingTokens)),
  ];
}
