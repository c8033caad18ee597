// The conflict engine: rechecks only the units a change touches (a helper's day, a helper's week,
// a case's week), opens the conflicts whose cause appeared, resolves those whose cause went, and
// publishes each on the outbox. One call inside the transaction of the change.
import type { Tx } from '../../db/client.js';
import { publishAll, type DomainEvent } from '../../events/outbox.js';
import { OrgRepository } from '../org/org.repository.js';
import { ConflictRepository, type ConflictRow } from './conflict.repository.js';
import {
  contractWeekExceeded, helperDayConflicts, planHoursNotCovered, RULES,
  type ConflictFacts, type EntryFact, type Found, type HelpKind, type HelperFact, type Settings,
} from './conflict.rules.js';
import { addDays, dayBounds, localDay, weekOf } from '../../time/service-time.js';
import { ScheduleRepository } from './schedule.repository.js';

/** "HD:<helper>:<day>", "HW:<helper>:<monday>", "CW:<case>:<monday>". */
export type ScopeKey = string;

export const helperDay = (helperId: string, day: string): ScopeKey => `HD:${helperId}:${day}`;
export const helperWeek = (helperId: string, day: string): ScopeKey => `HW:${helperId}:${weekOf(day)}`;
export const caseWeek = (caseFileId: string, day: string): ScopeKey => `CW:${caseFileId}:${weekOf(day)}`;

/** A case's weeks from a day on: what an agreed aid plan's hours are checked against. */
export function caseWeeksFrom(caseFileId: string, day: string, weeks: number): ScopeKey[] {
  return Array.from({ length: weeks }, (_, i) => caseWeek(caseFileId, addDays(day, 7 * i)));
}

/** Every unit an entry (as it was, or as it is) takes part in. */
export function scopesOf(e: { helperId: string; caseFileId: string; startsAt: Date }): ScopeKey[] {
  const day = localDay(e.startsAt);
  return [helperDay(e.helperId, day), helperWeek(e.helperId, day), caseWeek(e.caseFileId, day)];
}

export interface Reconciled {
  opened: ConflictRow[];
  resolved: ConflictRow[];
}

function spanOf(days: string[], extraDays: number): { from: Date; to: Date } {
  const sorted = [...days].sort();
  return { from: dayBounds(sorted[0]).from, to: dayBounds(sorted[sorted.length - 1], extraDays).to };
}

export async function reconcileConflicts(
  tx: Tx,
  scopes: Iterable<ScopeKey>,
  opts: {
    now: Date;
    actorId: string | null;
    settings: Settings;
    /** false in a preview: nothing is told. */
    publishEvents?: boolean;
    /** The change's own events, published first in the same batch (one lock, one notification). */
    events?: DomainEvent[];
  },
): Promise<Reconciled> {
  const keys = [...new Set(scopes)];
  if (!keys.length) {
    if (opts.publishEvents !== false) await publishAll(tx, opts.events ?? []);
    return { opened: [], resolved: [] };
  }
  const parsed = keys.map((k) => {
    const [kind, id, day] = k.split(':');
    return { key: k, kind, id, day };
  });
  const schedule = new ScheduleRepository(tx);
  const conflicts = new ConflictRepository(tx);
  const helperScopes = parsed.filter((p) => p.kind !== 'CW');
  const caseScopes = parsed.filter((p) => p.kind === 'CW');
  const helperIds = [...new Set(helperScopes.map((p) => p.id))];
  const caseIds = [...new Set(caseScopes.map((p) => p.id))];
  const hSpan = helperScopes.length ? spanOf(helperScopes.map((p) => p.day), 7) : null;
  const cSpan = caseScopes.length ? spanOf(caseScopes.map((p) => p.day), 7) : null;
  // Every read at once: one round trip's wait instead of six.
  const [rows, helpers, absences, plans, caseRows, existing] = await Promise.all([
    hSpan ? schedule.plannedOfHelpers(helperIds, hSpan.from, hSpan.to) : [],
    helperIds.length ? conflicts.helpers(helperIds) : [],
    hSpan ? new OrgRepository(tx).absencesOverlapping({ staffIds: helperIds, from: hSpan.from, to: hSpan.to }) : [],
    caseIds.length ? conflicts.agreedPlanHours(caseIds) : [],
    cSpan ? schedule.plannedOfCases(caseIds, cSpan.from, cSpan.to) : [],
    conflicts.openInScopes(keys),
  ]);
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
      for (const f of helperDayConflicts(helper, p.day, entries, away, opts.settings)) found.push({ ...f, scope: p.key, sectorId });
    } else {
      const entries: EntryFact[] = [];
      for (let i = 0; i < 7; i++) entries.push(...(byHelperDay.get(`${p.id}:${addDays(p.day, i)}`) ?? []));
      for (const f of contractWeekExceeded(helper, p.day, entries, opts.settings)) found.push({ ...f, scope: p.key, sectorId });
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
    await publishAll(tx, [...(opts.events ?? []), ...opened.map((c) => event('CONFLICT_OPENED', c)), ...resolved.map((c) => event('CONFLICT_RESOLVED', c))]);
  }
  return { opened, resolved };
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

/** Every unit with planned work or an open conflict in [fromDay, toDay): a full recheck. */
export async function scopesBetween(tx: Tx, fromDay: string, toDay: string): Promise<ScopeKey[]> {
  const { from } = dayBounds(fromDay);
  const { from: to } = dayBounds(toDay);
  const scopes = new Set<ScopeKey>();
  for (const w of await new ScheduleRepository(tx).workIn(from, to)) {
    scopes.add(helperDay(w.helperId, w.day));
    scopes.add(helperWeek(w.helperId, w.day));
    scopes.add(caseWeek(w.caseFileId, w.day));
  }
  // Weeks of agreed plans with nothing scheduled are not covered either.
  const plans = await new ConflictRepository(tx).agreedPlanHours();
  const weekDays = [addDays(toDay, -1)];
  for (let day = fromDay; day < toDay; day = addDays(day, 7)) weekDays.push(day);
  for (const day of weekDays) for (const p of plans) scopes.add(caseWeek(p.caseFileId, day));
  for (const s of await new ConflictRepository(tx).openScopesBetween(fromDay, toDay)) scopes.add(s.scope);
  return [...scopes];
}

/** The helper-days an absence covers (an absence of someone with no visits costs one empty check a day). */
export function scopesOfAbsence(a: { staffId: string; startsAt: Date; endsAt: Date }): ScopeKey[] {
  const out: ScopeKey[] = [];
  const last = localDay(new Date(a.endsAt.getTime() - 1));
  for (let day = localDay(a.startsAt); day <= last; day = addDays(day, 1)) out.push(helperDay(a.staffId, day));
  return out;
}
