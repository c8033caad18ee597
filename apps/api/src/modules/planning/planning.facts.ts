// What planning's use cases share: the facts generation works from, the refusals' sentences, and
// a planning assembled with its items, requests, changes and the R11 replacements that suspend items.
import { DateTime } from 'luxon';
import { dayBounds, localDay, SERVICE_TIME_ZONE } from '../../time/service-time.js';
import type { PlanFacts } from './planning-generate.rules.js';
import { toPlanning } from './planning.mappers.js';
import type { PlanningRepositories } from './planning.repositories.js';
import type { PlanningRow } from './planning.repository.js';
import { monthSpan, requestDeadline } from './planning.rules.js';

export const brussels = (d: Date) => DateTime.fromJSDate(d, { zone: SERVICE_TIME_ZONE }).toFormat('d LLLL yyyy HH:mm');

export const MESSAGES = {
  R6_REQUESTS_CLOSED: (month: string) => `R6: requests for ${month} closed at the end of ${DateTime.fromJSDate(requestDeadline(month), { zone: SERVICE_TIME_ZONE }).minus({ days: 1 }).toFormat('d LLLL yyyy')}; only direction may still accept one, as urgent.`,
  R6_URGENT_NEEDS_DIRECTION: (month: string) => `R6: requests for ${month} are closed; a late urgent request is accepted by direction only.`,
  R15_TOO_LATE: 'R15: support at a team meeting is asked at least 15 days ahead.',
  R15_ONE_MEETING_A_WEEK: 'R15: the flying social worker supports at most one team meeting a week; that week already has one.',
  MEETING_NOT_IN_MONTH: 'The team meeting must fall in the requested month.',
  CASE_FILE_REQUIRED: 'A revision or an accompaniment names its case file.',
  HELPER_REQUIRED: 'A helper control names the helper.',
  MEETING_AT_REQUIRED: 'Support at a team meeting gives the meeting time.',
} as const;

/** What generation works from (R7–R9, R11, absences and permanence), read in one place for the API and the demo. */
export async function planningFacts(repos: Pick<PlanningRepositories, 'planning' | 'org' | 'duty' | 'closedDays'>, flyingId: string, month: string): Promise<PlanFacts> {
  const span = monthSpan(month);
  const repo = repos.planning;
  const requests = await repo.requestsOfMonth(month);
  const cases = new Map((await repo.caseFilesByIds(requests.flatMap((r) => r.caseFileId ?? []))).map((c) => [c.id, c]));
  const absences = await repos.org.absencesOf(flyingId, span.startsAt, span.endsAt);
  const shifts = await repos.duty.shiftsOf(flyingId, span.startsAt, span.endsAt);
  // Offices are closed on public holidays and closing days: no ordinary visit is placed there.
  const holidays = (await repos.closedDays.between(localDay(span.startsAt), localDay(span.endsAt))).map((h) => dayBounds(h.day)).map((b) => ({ startsAt: b.from, endsAt: b.to }));
  // R11: a replacement or onboarding already approved takes the flying worker's days; nothing is placed there.
  const assignments = (await repo.assignmentsOf([flyingId], span.startsAt, span.endsAt)).map((a) => ({ startsAt: a.startsAt, endsAt: a.endsAt }));
  // R9: "the year before" = the twelve months before this one.
  const yearBefore = DateTime.fromJSDate(span.startsAt, { zone: SERVICE_TIME_ZONE }).minus({ years: 1 }).toJSDate();
  return {
    month,
    requests: requests.map((r) => ({ id: r.id, kind: r.kind, sectorId: r.sectorId, beneficiaryId: (r.caseFileId && cases.get(r.caseFileId)?.beneficiaryId) || null, meetingAt: r.meetingAt, urgent: r.urgent, requestedAt: r.requestedAt })),
    busy: [...absences, ...shifts, ...assignments, ...holidays],
    revisitedLastYear: new Set(await repo.revisitedBeneficiaries(flyingId, yearBefore, span.startsAt)),
  };
}

/** A planning as read back: its items (R11: suspended where a replacement runs), requests and changes. */
export async function assemble(repo: PlanningRepositories['planning'], p: PlanningRow) {
  const items = await repo.itemsOfPlannings([p.id]);
  const ids = [...items.map((i) => i.requestId), ...p.unplaced.map((u) => u.requestId)];
  const requests = new Map((await repo.requestsByIds([...new Set(ids)])).map((r) => [r.id, r]));
  const span = monthSpan(p.month);
  const assignments = await repo.assignmentsOf([p.flyingWorkerId], span.startsAt, span.endsAt);
  return toPlanning(p, items, requests, await repo.changesOfPlannings([p.id]), assignments);
}
