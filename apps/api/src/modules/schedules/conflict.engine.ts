// The conflict engine: rechecks only the units a change touches (a helper's day, a helper's week,
// a case's week), opens the conflicts whose cause appeared, resolves those whose cause went, and
// publishes each on the outbox. One call inside the unit of work of the change.
import type { Executor } from '../../db/client.js';
import type { DomainEvent } from '../../events/outbox.js';
import type { ConflictRow } from './conflict.repository.js';
import {
  contractWeekExceeded, helperDayConflicts, planHoursNotCovered, RULES,
  type ConflictFacts, type EntryFact, type Found, type HelpKind, type Settings,
} from './conflict.rules.js';
import type { ScopeKey } from './conflict.scopes.js';
import { conflictEngineRepositories, type ConflictEngineRepositories } from './schedules.repositories.js';
import { addDays, dayBounds, localDay, weekOf } from '../../time/service-time.js';

export interface Reconciled {
  opened: ConflictRow[];
  resolved: ConflictRow[];
}

export interface ReconcileOptions {
  now: Date;
  actorId: string | null;
  /** false in a preview: nothing is told. */
  publishEvents?: boolean;
  /** The change's own events, published first in the same batch (one lock, one notification). */
  events?: DomainEvent[];
}

function spanOf(days: string[], extraDays: number): { from: Date; to: Date } {
  const sorted = [...days].sort();
  return { from: dayBounds(sorted[0]).from, to: dayBounds(sorted[sorted.length - 1], extraDays).to };
}

export class ConflictEngine {
  constructor(readonly settings: Settings) {}

  /** Rechecks these units with the repositories of the caller's unit of work. */
  async reconcile(repos: ConflictEngineRepositories, scopes: Iterable<ScopeKey>, opts: ReconcileOptions): Promise<Reconciled> {
    const { schedule, conflicts, outbox, closedDays } = repos;
    const keys = [...new Set(scopes)];
    if (!keys.length) {
      if (opts.publishEvents !== false) await outbox.publishAll(opts.events ?? []);
      return { opened: [], resolved: [] };
    }
    const parsed = keys.map((k) => {
      const [kind, id, day] = k.split(':');
      return { key: k, kind, id, day };
    });
    const helperScopes = parsed.filter((p) => p.kind !== 'CW');
    const caseScopes = parsed.filter((p) => p.kind === 'CW');
    const helperIds = [...new Set(helperScopes.map((p) => p.id))];
    const caseIds = [...new Set(caseScopes.map((p) => p.id))];
    const hSpan = helperScopes.length ? spanOf(helperScopes.map((p) => p.day), 7) : null;
    const cSpan = caseScopes.length ? spanOf(caseScopes.map((p) => p.day), 7) : null;
    const dayScopes = helperScopes.filter((p) => p.kind === 'HD').map((p) => p.day).sort();
    // Every read at once: one round trip's wait instead of seven.
    const [rows, helpers, absences, plans, caseRows, existing, holidays] = await Promise.all([
      hSpan ? schedule.plannedOfHelpers(helperIds, hSpan.from, hSpan.to) : [],
      helperIds.length ? conflicts.helpers(helperIds) : [],
      hSpan ? conflicts.absencesOverlapping(helperIds, hSpan.from, hSpan.to) : [],
      caseIds.length ? conflicts.agreedPlanHours(caseIds) : [],
      cSpan ? schedule.plannedOfCases(caseIds, cSpan.from, cSpan.to) : [],
      conflicts.openInScopes(keys),
      dayScopes.length ? closedDays.between(dayScopes[0], addDays(dayScopes[dayScopes.length - 1], 1)) : [],
    ]);
    const closedOn = new Map(holidays.map((h) => [h.day, { name: h.name, kind: h.kind }]));
    const found: (Found & { scope: ScopeKey; sectorId: string | null })[] = [];

    const byHelperDay = groupBy(rows, (r) => `${r.helperId}:${localDay(r.startsAt)}`);
    const sectorOfHelper = new Map(rows.map((r) => [r.helperId, r.sectorId]));
    const absencesOf = groupBy(absences, (a) => a.staffId);
    const helperById = new Map(helpers.map((h) => [h.id, { ...h, fte: Number(h.fte) }]));
    for (const p of helperScopes) {
      const helper = helperById.get(p.id);
      if (!helper) continue;
      const sectorId = helper.sectorId ?? sectorOfHelper.get(helper.id) ?? null;
      if (p.kind === 'HD') {
        const entries = byHelperDay.get(`${p.id}:${p.day}`) ?? [];
        const { from, to } = dayBounds(p.day);
        const away = (absencesOf.get(p.id) ?? []).filter((a) => a.startsAt < to && a.endsAt > from);
        for (const f of helperDayConflicts(helper, p.day, entries, away, this.settings, closedOn.get(p.day) ?? null)) found.push({ ...f, scope: p.key, sectorId });
      } else {
        const entries: EntryFact[] = [];
        for (let i = 0; i < 7; i++) entries.push(...(byHelperDay.get(`${p.id}:${addDays(p.day, i)}`) ?? []));
        for (const f of contractWeekExceeded(helper, p.day, entries, this.settings)) found.push({ ...f, scope: p.key, sectorId });
      }
    }

    const planOf = new Map(plans.map((p) => [p.caseFileId, p]));
    const byCaseWeek = groupBy(caseRows, (r) => `${r.caseFileId}:${weekOf(localDay(r.startsAt))}`);
    for (const p of caseScopes) {
      const plan = planOf.get(p.id);
      if (!plan) continue;
      const hours: Record<HelpKind, number> = { FAMILY_CARE: Number(plan.familyHelperHours), HOUSEHOLD: Number(plan.homeHelperHours) };
      for (const f of planHoursNotCovered(p.id, p.day, hours, byCaseWeek.get(`${p.id}:${p.day}`) ?? [])) found.push({ ...f, scope: p.key, sectorId: plan.sectorId });
    }

    const existingByKey = new Map(existing.map((c) => [c.key, c]));
    const foundKeys = new Set(found.map((f) => f.key));
    const toOpen = found.filter((f) => !existingByKey.has(f.key));
    const reworded = found.flatMap((f) => {
      const old = existingByKey.get(f.key);
      // Facts are reworded with the explanation (and filled in on conflicts opened before they were kept).
      return old && (old.explanation !== f.explanation || !sameFacts(old.facts, f.facts)) ? [conflicts.reword(old.id, f.explanation, f.facts, f.entryIds)] : [];
    });
    const [opened, resolved] = await Promise.all([
      conflicts.insert(
        toOpen.map((f) => ({
          rule: f.rule, severity: RULES[f.rule].severity, hard: RULES[f.rule].hard, key: f.key, scope: f.scope, sectorId: f.sectorId,
          helperId: f.helperId, caseFileId: f.caseFileId, entryIds: f.entryIds, day: f.day, explanation: f.explanation, facts: f.facts, openedAt: opts.now,
        })),
      ),
      conflicts.resolve(existing.filter((c) => !foundKeys.has(c.key)).map((c) => c.id), opts.now),
      ...reworded,
    ]);
    if (opts.publishEvents !== false) {
      const event = (type: string, c: ConflictRow) => ({
        type, topic: 'schedule' as const, subjectId: c.id, actorId: opts.actorId, payload: { conflictId: c.id, sectorId: c.sectorId, helperIds: c.helperId ? [c.helperId] : [] },
      });
      await outbox.publishAll([...(opts.events ?? []), ...opened.map((c) => event('CONFLICT_OPENED', c)), ...resolved.map((c) => event('CONFLICT_RESOLVED', c))]);
    }
    return { opened, resolved };
  }
}

// jsonb keeps its own key order: compare with sorted keys.
const canonical = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(canonical) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, canonical(x)])) : v;
export const sameFacts = (a: ConflictFacts | null, b: ConflictFacts) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return map;
}

/**
 * For org's absences and cases' aid plans until they take a ConflictRecheck through a port of their
 * own (conflict.recheck.ts, wired in composition/services.ts); then this goes.
 */
export function reconcileConflicts(tx: Executor, scopes: Iterable<ScopeKey>, opts: ReconcileOptions & { settings: Settings }): Promise<Reconciled> {
  return new ConflictEngine(opts.settings).reconcile(conflictEngineRepositories(tx), scopes, opts);
}
export { caseWeeksFrom, scopesOfAbsence } from './conflict.scopes.js';
