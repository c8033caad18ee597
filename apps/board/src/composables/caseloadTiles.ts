// A sector's three count tiles and their spoken summary, each label in the form for its number
// ("1 Évaluation en retard", "2 Évaluations en retard"): a large number read with its label.
import type { SectorCaseload } from './useCaseloads';

/** vue-i18n's `t` with the number that picks the plural form (the language's own rules: 0 is singular in French). */
type Translate = (key: string, values: Record<string, unknown>, plural: number) => string;

export interface CaseloadTile {
  key: 'visitsToday' | 'evaluationsOverdue' | 'urgentOpen';
  label: string;
  value: number | null;
  alert: 'warning' | 'critical' | null;
}

/** An unknown count ("–") reads as a heading: the plural form. */
const MANY = 2;

export function caseloadTiles(c: SectorCaseload | null | undefined, t: Translate): CaseloadTile[] {
  const tile = (key: CaseloadTile['key'], value: number | undefined, alert: CaseloadTile['alert']): CaseloadTile => ({
    key,
    label: t(`caseload.${key}`, {}, value ?? MANY),
    value: value ?? null,
    alert: value ? alert : null,
  });
  return [tile('visitsToday', c?.visitsToday, null), tile('evaluationsOverdue', c?.evaluationsOverdue, 'warning'), tile('urgentOpen', c?.urgentOpen, 'critical')];
}

export function caseloadSummary(c: SectorCaseload, t: Translate): string {
  const part = (key: string, count: number) => t(`caseload.${key}`, { count }, count);
  return t('caseload.summary', { visits: part('visitsCount', c.visitsToday), overdue: part('overdueCount', c.evaluationsOverdue), urgent: part('urgentCount', c.urgentOpen) }, MANY);
}
