// The conflict engine's figures as Markdown against its targets, the same lines for `pnpm bench` and
// `pnpm bench:api`.
import { CONFLICT_TARGETS, type ConflictEngineResult } from './measure.js';

const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : '—');
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

/** Whether one change's check and a month's recheck are within their targets. */
export function conflictTargetsMet(r: ConflictEngineResult) {
  const change = r.check.p95 < CONFLICT_TARGETS.changeP95Ms;
  const month = Math.max(r.month.firstMs, r.month.againMs) < CONFLICT_TARGETS.monthMs;
  return { change, month };
}

export function conflictReport(r: ConflictEngineResult, heading = '##'): string[] {
  const met = conflictTargetsMet(r);
  const { month: m } = r;
  return [
    `${heading} The conflict engine on a large service (${r.service})`,
    '',
    `${r.built} Each change is checked (rolled back), then made; a month is rechecked in full twice.`,
    '',
    '| measure | runs | p50 | p95 | p99 | target | |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    `| one change's conflict check (\`scheduleChangePreview\`, rolled back) | ${r.check.runs} | ${ms(r.check.p50)} | ${ms(r.check.p95)} | ${ms(r.check.p99)} | p95 under ${CONFLICT_TARGETS.changeP95Ms} ms | ${verdict(met.change)} |`,
    `| one change made and rechecked (\`scheduleEntryChange\`) | ${r.change.runs} | ${ms(r.change.p50)} | ${ms(r.change.p95)} | ${ms(r.change.p99)} | | |`,
    `| one sector's day schedule (first 100 of up to ${r.day.entries} entries) | ${r.day.runs} | ${ms(r.day.p50)} | ${ms(r.day.p95)} | ${ms(r.day.p99)} | | |`,
    '',
    `A month's full recheck (${m.label}): first ${ms(m.firstMs)} (opened ${m.opened} conflicts), again ${ms(m.againMs)} (opened ${m.againOpened}, resolved ${m.againResolved}); target under ${(CONFLICT_TARGETS.monthMs / 1000).toFixed(0)} s: ${verdict(met.month)}.`,
    '',
  ];
}
