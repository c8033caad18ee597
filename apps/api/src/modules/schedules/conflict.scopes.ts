// The units the conflict engine rechecks (a helper's day, a helper's week, a case's week), named as
// keys, and which of them a change, an absence or a span touches.
import { addDays, dayBounds, localDay, weekOf } from '../../time/service-time.js';
import type { ConflictEngineRepositories } from './schedules.repositories.js';

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

/** The helper-days an absence covers (an absence of someone with no visits costs one empty check a day). */
export function scopesOfAbsence(a: { staffId: string; startsAt: Date; endsAt: Date }): ScopeKey[] {
  const out: ScopeKey[] = [];
  const last = localDay(new Date(a.endsAt.getTime() - 1));
  for (let day = localDay(a.startsAt); day <= last; day = addDays(day, 1)) out.push(helperDay(a.staffId, day));
  return out;
}

/** Every unit with planned work or an open conflict in [fromDay, toDay): a full recheck. */
export async function scopesBetween(repos: Pick<ConflictEngineRepositories, 'schedule' | 'conflicts'>, fromDay: string, toDay: string): Promise<ScopeKey[]> {
  const { from } = dayBounds(fromDay);
  const { from: to } = dayBounds(toDay);
  const scopes = new Set<ScopeKey>();
  for (const w of await repos.schedule.workIn(from, to)) {
    scopes.add(helperDay(w.helperId, w.day));
    scopes.add(helperWeek(w.helperId, w.day));
    scopes.add(caseWeek(w.caseFileId, w.day));
  }
  // Weeks of agreed plans with nothing scheduled are not covered either.
  const plans = await repos.conflicts.agreedPlanHours();
  const weekDays = [addDays(toDay, -1)];
  for (let day = fromDay; day < toDay; day = addDays(day, 7)) weekDays.push(day);
  for (const day of weekDays) for (const p of plans) scopes.add(caseWeek(p.caseFileId, day));
  for (const s of await repos.conflicts.openScopesBetween(fromDay, toDay)) scopes.add(s.scope);
  return [...scopes];
}
