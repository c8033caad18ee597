// Keeps the coverage alerts true: after any change to shifts or absences, the alerts of the touched
// shifts are recomputed; new gaps open an alert, filled ones resolve theirs. Runs inside the
// caller's unit of work, so alerts and their events commit with the change that caused them.
import { coverageGaps, type ShiftCoverage } from './coverage.rules.js';
import type { PermanenceRepositories } from './permanence.repositories.js';
import type { PermanenceOrg, PermanencePerson } from './permanence.ports.js';
import type { ShiftRow } from './permanence.repository.js';
import { shiftHolderIds } from './shift-holders.rules.js';

type CoverageRepositories = Pick<PermanenceRepositories, 'permanence' | 'org' | 'outbox'>;

/** Who holds each of these shifts: the person, or the binôme's members (one substituted, shift-holders.rules.ts). */
export async function holdersOf(org: Pick<PermanenceOrg, 'binomesByIds' | 'staffByIds'>, shifts: ShiftRow[]): Promise<(shift: ShiftRow) => PermanencePerson[]> {
  const binomeIds = [...new Set(shifts.map((s) => s.holderBinomeId).filter((x): x is string => !!x))];
  const binomeRows = await org.binomesByIds(binomeIds);
  const binomeMembers = new Map(binomeRows.map((b) => [b.id, [b.firstMemberId, b.secondMemberId]]));
  const membersOf = (id: string) => binomeMembers.get(id);
  const staffIds = new Set(shifts.flatMap((s) => shiftHolderIds(s, membersOf)));
  const people = new Map((await org.staffByIds([...staffIds])).map((p) => [p.id, p]));
  return (shift: ShiftRow) => shiftHolderIds(shift, membersOf).map((id) => people.get(id)).filter((p): p is NonNullable<typeof p> => !!p);
}

/** The shifts still ahead that a person holds during a span, locked for the coverage re-check (an absence's first step). */
export async function lockShiftsHeldBy(repos: Pick<PermanenceRepositories, 'permanence'>, staffId: string, span: { startsAt: Date; endsAt: Date }, now: Date): Promise<string[]> {
  const shifts = await repos.permanence.liveShiftsHeldBy([staffId], span.startsAt, span.endsAt, now);
  return (await repos.permanence.lockShifts(shifts.map((s) => s.id))).map((s) => s.id);
}

export async function reconcileCoverage(repos: CoverageRepositories, shiftIds: string[], now: Date, actorId: string | null): Promise<void> {
  if (!shiftIds.length) return;
  const { permanence: repo, org, outbox } = repos;
  // The lock makes concurrent changes to one shift's coverage take turns; under READ COMMITTED the
  // reads below then see what the previous turn committed (two absences recorded at once both count).
  const locked = await repo.lockShifts([...new Set(shiftIds)]);
  // Past shifts are history: their alerts stay as they were, except those running past the shift's
  // end (a shift split at now by a change of holder), which end with it.
  const ended = locked.filter((s) => s.endsAt <= now);
  const cutShort = (await repo.openAlertsOfShifts(ended.map((s) => s.id))).filter((a) => a.endsAt > now);
  for (const a of await repo.resolveAlerts(cutShort.map((a) => a.id), now)) {
    await outbox.publish({ type: 'ALERT_RESOLVED', topic: 'alert', subjectId: a.id, actorId, payload: { alertId: a.id } });
  }
  const shifts = locked.filter((s) => s.endsAt > now);
  if (!shifts.length) return;
  const holders = await holdersOf(org, shifts);
  const coverage: ShiftCoverage[] = shifts.map((s) => ({
    id: s.id,
    kind: s.kind,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    holders: holders(s).map((p) => ({ staffId: p.id, fullName: p.fullName })),
  }));
  const allHolders = [...new Set(coverage.flatMap((c) => c.holders.map((h) => h.staffId)))];
  const from = new Date(Math.min(...shifts.map((s) => s.startsAt.getTime())));
  const to = new Date(Math.max(...shifts.map((s) => s.endsAt.getTime())));
  const absences = allHolders.length ? await org.absencesOverlapping({ staffIds: allHolders, from, to }) : [];

  const wanted = coverage.flatMap((c) => coverageGaps(c, absences));
  const open = await repo.openAlertsOfShifts(shifts.map((s) => s.id));
  const openKeys = new Set(open.map((a) => a.causeKey));
  const wantedKeys = new Set(wanted.map((g) => g.causeKey));

  const resolved = await repo.resolveAlerts(
    open.filter((a) => !wantedKeys.has(a.causeKey)).map((a) => a.id),
    now,
  );
  const opened = await repo.insertAlerts(
    wanted
      .filter((g) => !openKeys.has(g.causeKey))
      .map((g) => ({
        kind: 'COVERAGE_GAP',
        severity: g.severity,
        causeKey: g.causeKey,
        shiftId: g.shiftId,
        message: g.message,
        startsAt: g.startsAt,
        endsAt: g.endsAt,
        openedAt: now,
      })),
  );
  for (const a of resolved) await outbox.publish({ type: 'ALERT_RESOLVED', topic: 'alert', subjectId: a.id, actorId, payload: { alertId: a.id } });
  for (const a of opened) await outbox.publish({ type: 'ALERT_OPENED', topic: 'alert', subjectId: a.id, actorId, payload: { alertId: a.id } });
}
