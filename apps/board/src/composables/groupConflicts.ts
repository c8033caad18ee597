// Near-identical schedule conflicts read as one line on the wall: the same rule for the same helper
// (or, without a helper, the same sector) — "4 visites prévues pendant l’absence de Samira Henrard" ("d’Aminata" before a vowel, composables/elision.ts).
import type { BoardScheduleQuery } from '@relais/schema';

export type Conflict = BoardScheduleQuery['scheduleConflicts']['edges'][number]['node'];

export interface ConflictGroup {
  key: string;
  /** The most severe first, as the API ordered them. */
  conflicts: Conflict[];
  first: Conflict;
  days: { from: string; to: string };
}

export function groupConflicts(conflicts: readonly Conflict[]): ConflictGroup[] {
  const groups = new Map<string, Conflict[]>();
  for (const c of conflicts) {
    const key = `${c.rule}:${c.helper?.id ?? `sector:${c.sector?.id ?? c.id}`}:${c.severity}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.entries()].map(([key, list]) => {
    const days = list.map((c) => c.day).sort();
    return { key, conflicts: list, first: list[0], days: { from: days[0], to: days[days.length - 1] } };
  });
}
