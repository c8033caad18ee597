// R14: who to call for a sector at an instant, with the chain of skipped steps (the rules are in
// who-to-call.rules.ts; this gathers their facts: the sector's social worker, the shift's holders,
// the flying social workers, direction, their absences, and a running R11 replacement).
import type { RequestReads } from '../../db/request-reads.js';
import type { UnitOfWork } from '../../db/unit-of-work.js';
import { BadInput } from '../../shared/outcome.js';
import type { PermanenceRepositories } from './permanence.repositories.js';
import { closedAroundEachOf, daysAround } from './closed-days.js';
import { holidaysWithClosingDays } from '../holidays/index.js';
import { toStaff } from '../org/index.js';
import type { ShiftRow } from './permanence.repository.js';
import { shiftHolderIds } from './shift-holders.rules.js';
import type { HolidayLookup, ReplacementLookup } from './permanence.ports.js';
import { WhoToCall } from './permanence.types.js';
import { isPlannedOpen, workingHours } from './rota.rules.js';
import { whoToCall, type Candidate } from './who-to-call.rules.js';
import { nextChangeHorizon, nextWhoToCallChange } from './who-to-call-instants.rules.js';
import type { WhoToCallFacts } from './board-facts.repository.js';
import type { SharedFacts, WhoToCallShare } from './who-to-call-share.js';

export class WhoToCallService {
  constructor(
    private readonly uow: UnitOfWork<PermanenceRepositories>,
    private readonly replacements: ReplacementLookup | null = null,
    private readonly holidays: HolidayLookup | null = null,
    private readonly share: WhoToCallShare | null = null,
  ) {}

  /**
   * `sectorId`: the database id of the sector the client named (null when its ID was not a sector's);
   * an unknown sector is bad input, BAD_USER_INPUT naming `sectorId` (UNKNOWN_SECTOR), not a fault.
   */
  async whoToCall(sectorId: string | null, at: Date, reads?: RequestReads): Promise<WhoToCall> {
    const [sector] = sectorId ? await this.uow.read.org.sectorsByIds([sectorId], reads) : [];
    if (!sector) throw new BadInput('sectorId', '`sectorId` is not a sector.', 'UNKNOWN_SECTOR');
    return this.whoToCallFor(sector.id, at);
  }

  /** Something R14's facts rest on may have changed (a write of this process, another's event): the shared facts are dropped. */
  factsChanged(): void {
    this.share?.drop();
  }

  /** For a sector known to exist (a field of Sector, the schedules' board). */
  async whoToCallFor(sectorId: string, at: Date): Promise<WhoToCall> {
    const [answer] = await this.forSectors([sectorId], at);
    return answer;
  }

  /** Every sector's answer at one instant, by sector id (the who-to-call feed compares them). */
  async forAllSectors(at: Date): Promise<Map<string, WhoToCall>> {
    const ids = (await this.uow.read.org.sectors()).map((s) => s.id);
    const answers = await this.forSectors(ids, at);
    return new Map(answers.map((a) => [a.sectorDbId, a]));
  }

  /**
   * The first instant after `after` at which some sector's answer may change (an absence, a shift or
   * an R11 replacement starts or ends, office hours or the day turn): the feed's timer waits for it.
   */
  async nextChangeAfter(after: Date): Promise<Date> {
    const to = nextChangeHorizon(after);
    const [absences, shifts, replacements] = await Promise.all([
      this.uow.read.org.absencesOverlapping({ from: after, to }),
      this.uow.read.permanence.shiftsBetween(after, to, 100),
      this.replacements?.replacementsOverlapping(after, to) ?? [],
    ]);
    const replaced = replacements.map((r) => ({ startsAt: r.startsAt, endsAt: r.endedEarlyAt ?? r.endsAt }));
    return nextWhoToCallChange(after, [...absences, ...shifts, ...replaced]);
  }

  /**
   * For sectors known to exist, at one instant: the facts are read once for all of them (the board
   * asks every sector at once), so the statements do not grow with the number of sectors.
   */
  async forSectors(sectorIds: readonly string[], at: Date): Promise<WhoToCall[]> {
    return (await this.forInstants(sectorIds, [at]))[0];
  }

  /**
   * The same at several instants (the board's "now" and "from the next change of shift"): what does
   * not depend on the instant (teams, flying workers, direction), the shifts' holders and everyone's
   * absences are read once for all instants. One list of answers per instant, in order. From the facts
   * this process shares (who-to-call-share.ts) when it may, and an answer worked out there is reused
   * until the next instant it may change at.
   */
  async forInstants(sectorIds: readonly string[], instants: readonly Date[]): Promise<WhoToCall[][]> {
    if (!instants.length) return [];
    const shared = await this.share?.factsAt(instants);
    if (shared) return instants.map((at, i) => this.sharedAnswers(shared[i], sectorIds, at));
    // Every fact of every instant in one statement: teams, staff, shifts, binômes, R11 replacements,
    // closing days and absences (a holiday is held like a week-end day).
    const around = daysAround(instants);
    const facts = await this.uow.read.facts.whoToCallFacts(sectorIds, instants, around.from, around.to);
    return this.answers(facts, around, sectorIds, instants);
  }

  private sharedAnswers(shared: SharedFacts, sectorIds: readonly string[], at: Date): WhoToCall[] {
    const t = at.getTime();
    const missing = sectorIds.filter((id) => {
      const known = shared.answers.get(id);
      return !known || t < known.from || t >= known.until;
    });
    if (missing.length) {
      const { facts } = shared;
      const replaced = facts.replacing.map((r) => ({ startsAt: r.startsAt, endsAt: r.endedEarlyAt ?? r.endsAt }));
      // No span of the facts starts or ends and the day does not turn before then: the answer holds.
      const until = Math.min(nextWhoToCallChange(at, [...facts.absences, ...facts.shifts, ...replaced]).getTime(), shared.to);
      const [answers] = this.answers(facts, { from: shared.closedFrom, to: shared.closedTo }, missing, [at]);
      for (const answer of answers) shared.answers.set(answer.sectorDbId, { from: t, until, answer });
    }
    // The same answer for the instant asked (the rows it holds are read only).
    return sectorIds.map((id) => Object.assign(new WhoToCall(), shared.answers.get(id)!.answer, { at }));
  }

  /** R14 over facts read for these instants (the rule code only). */
  private answers(facts: WhoToCallFacts, around: { from: string; to: string }, sectorIds: readonly string[], instants: readonly Date[]): WhoToCall[][] {
    const closedEach = closedAroundEachOf(
      this.holidays ? new Map(holidaysWithClosingDays(around.from, around.to, facts.closingDays).map((h) => [h.day, h.name])) : new Map(),
      instants,
    );
    const sickReplacements = this.replacements ? facts.replacing : [];
    const byId = new Map(facts.staff.map((p) => [p.id, p]));
    const teams = facts.teams.flatMap((t) => (byId.has(t.socialWorkerId) ? [{ sectorId: t.sectorId, worker: byId.get(t.socialWorkerId)! }] : []));
    const perInstant = instants.map((at, i) => ({
      at,
      // The latest-starting shift covering the instant (the rows come latest first).
      shift: facts.shifts.find((r) => r.startsAt <= at && r.endsAt > at) ?? null,
      running: sickReplacements.filter((r) => r.startsAt <= at && (r.endedEarlyAt ?? r.endsAt) > at),
      closed: closedEach[i].closed,
      closedDay: closedEach[i].today,
    }));
    const flying = facts.staff.filter((p) => p.role === 'FLYING_SOCIAL_WORKER');
    // Direction in order: the social pole head before the director.
    const direction = facts.staff.filter((p) => p.role === 'SOCIAL_POLE_HEAD' || p.role === 'DIRECTOR').sort((a, b) => (a.role === b.role ? 0 : a.role === 'SOCIAL_POLE_HEAD' ? -1 : 1));
    const members = new Map(facts.binomes.map((b) => [b.id, [b.firstMemberId, b.secondMemberId]]));
    const holdersOfShift = (shift: ShiftRow) => shiftHolderIds(shift, (id) => members.get(id)).flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
    const absences = facts.absences;
    return perInstant.map(({ at, shift, running, closed, closedDay }) => {
      // Only the absences overlapping [at, at + 1 ms), as when this instant was read alone.
      const candidate = (p: { id: string; fullName: string }): Candidate => ({
        staffId: p.id,
        fullName: p.fullName,
        absences: absences.filter((a) => a.staffId === p.id && a.startsAt.getTime() < at.getTime() + 1 && a.endsAt.getTime() > at.getTime()),
      });
      const holders = shift ? holdersOfShift(shift) : [];
      return sectorIds.map((sectorId) => {
        const team = teams.find((t) => t.sectorId === sectorId);
        // Only a replacement of the sector's own social worker changes who answers for the sector.
        const replacement = team ? running.find((r) => r.sectorId === sectorId && r.socialWorkerId === team.worker.id) : undefined;
        const replacing = replacement ? flying.find((f) => f.id === replacement.flyingWorkerId) : undefined;
        const sectorWorker = team ? candidate(team.worker) : null;
        // R11: the replaced social worker is away for the whole replacement, recorded absence or not.
        if (sectorWorker && replacement) sectorWorker.absences.push({ kind: 'SICKNESS', startsAt: replacement.startsAt, endsAt: replacement.endedEarlyAt ?? replacement.endsAt });
        const result = whoToCall({
          at,
          workingHours: workingHours(at, closed),
          closedDay,
          replacing: replacing ? candidate(replacing) : null,
          sectorSocialWorker: sectorWorker,
          permanence: shift ? { holders: holders.map(candidate) } : isPlannedOpen(at, closed) ? { holders: [] } : null,
          flyingSocialWorkers: flying.map(candidate),
          direction: direction.map(candidate),
        });
        // The people of the answer go with it: their Staff fields need no other read.
        const person = (id: string | null) => (id && byId.has(id) ? toStaff(byId.get(id)!) : null);
        return Object.assign(new WhoToCall(), {
          sectorDbId: sectorId,
          staffDbId: result.answer?.staffId ?? null,
          person: person(result.answer?.staffId ?? null),
          at,
          role: result.answer?.role ?? null,
          chain: result.chain.map((s) => ({ ...s, staffDbId: s.staffId, person: person(s.staffId) })),
          gap: result.answer === null,
        });
      });
    });
  }
}
