// `pnpm planning:show [YYYY-MM]`: the flying social worker's planning of a month (default: next month,
// the one the demo generates) as a compact table: items, what was left out and why, quota use per
// sector (R7, R8). Seeds the demo first if the database is empty, as `pnpm start` does.
import 'reflect-metadata';
import { DateTime } from 'luxon';
import { runScript } from '../db/script.js';
import { OrgRepository } from '../modules/org/org.repository.js';
import { SERVICE_TIME_ZONE } from '../time/service-time.js';
import { unitOfWork } from '../db/unit-of-work.js';
import { PlanningService } from '../modules/planning/planning.service.js';
import { planningRepositories } from '../modules/planning/planning.repositories.js';
import { planningPortsOn } from '../composition/planning.ports.js';
import type { PlanningReport } from '../modules/planning/planning.types.js';
import { seedDemo } from './demo.js';

const KIND: Record<string, string> = { REVISION: 'revision', HELPER_CONTROL: 'control', ACCOMPANIMENT: 'accompaniment', MEETING_SUPPORT: 'meeting support' };

/** Markdown tables; no beneficiary named (the sector and kind say enough for the note, R5). */
export function planningTable(report: PlanningReport, sectors: { id: string; code: string }[]): string {
  const code = (id: string) => sectors.find((s) => s.id === id)?.code ?? '?';
  const out: string[] = [];
  for (const p of report.plannings) {
    out.push(`Planning ${p.month}: ${p.status}, ${p.revisions}/14 revisions, ${p.controls}/7 controls, ${p.items.length} items, ${p.unplaced.length} left out`, '');
    out.push('| when (Brussels) | kind | sector | note |', '|---|---|---|---|');
    for (const i of p.items) {
      const when = DateTime.fromJSDate(i.startsAt, { zone: SERVICE_TIME_ZONE }).toFormat('ccc dd LLL HH:mm');
      out.push(`| ${when} | ${KIND[i.kind] ?? i.kind} | ${code(i.sectorDbId)} | ${[i.suspended ? 'suspended (R11)' : '', i.status === 'REMOVED' ? 'removed' : ''].filter(Boolean).join(', ')} |`);
    }
    const left = new Map<string, number>();
    for (const u of p.unplaced) left.set(u.code, (left.get(u.code) ?? 0) + 1);
    out.push('', `Left out: ${[...left].map(([c, n]) => `${c} ×${n}`).join(', ') || 'none'}`);
  }
  out.push('', '| sector | rev/quota | ctrl/quota | acc | meet | left out |', '|---|---|---|---|---|---|');
  for (const q of report.sectors) out.push(`| ${code(q.sectorDbId)} | ${q.revisions}/${q.revisionQuota} | ${q.controls}/${q.controlQuota} | ${q.accompaniments} | ${q.meetingSupports} | ${q.unplaced} |`);
  return out.join('\n') + '\n';
}

await runScript('planning:show', async (db) => {
  const now = new Date();
  await seedDemo(db, { now });
  const month = process.argv[2] ?? DateTime.fromJSDate(now, { zone: SERVICE_TIME_ZONE }).plus({ months: 1 }).toFormat('yyyy-MM');
  const report = await new PlanningService(unitOfWork(db, (ex) => planningRepositories(ex, planningPortsOn))).report(month);
  process.stdout.write(planningTable(report, await new OrgRepository(db).sectors()));
});
