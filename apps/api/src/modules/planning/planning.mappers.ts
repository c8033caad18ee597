// Rows of the planning module to GraphQL objects; a planning is assembled with its items,
// unplaced requests, changes, R11 suspensions and quota use.
import { toGlobalId } from '../../shared/global-id.js';
import type { Span } from './planning.ports.js';
import { suspendingAssignment } from './flying-assignment.rules.js';
import { R7_MAX_REVISIONS, R7_REVISIONS_PER_SECTOR, R8_CONTROLS_PER_SECTOR, R8_MAX_CONTROLS } from './planning-generate.rules.js';
import type { AssignmentRow, ChangeRow, ItemRow, PlanningRow, RequestRow } from './planning.repository.js';
import { Planning, PlanningChange, PlanningItem, PlanningReport, PlanningRequest, SectorQuotaUse, UnplacedRequest } from './planning.types.js';

export function toRequest(r: RequestRow): PlanningRequest {
  return Object.assign(new PlanningRequest(), {
    id: toGlobalId('PlanningRequest', r.id),
    dbId: r.id,
    sectorDbId: r.sectorId,
    caseDbId: r.caseFileId,
    helperDbId: r.helperId,
    requestedByDbId: r.requestedById,
    month: r.month,
    kind: r.kind,
    meetingAt: r.meetingAt,
    urgent: r.urgent,
    note: r.note,
    requestedAt: r.requestedAt,
    withdrawnAt: r.withdrawnAt,
  });
}

export function toItem(i: ItemRow, request: RequestRow, assignments: (Span & { id: string })[]): PlanningItem {
  // R11: only items still planned are suspended; they come back by themselves when the replacement ends.
  const by = i.status === 'PLANNED' ? suspendingAssignment(i, assignments) : null;
  return Object.assign(new PlanningItem(), {
    id: toGlobalId('PlanningItem', i.id),
    dbId: i.id,
    requestDbId: i.requestId,
    sectorDbId: request.sectorId,
    caseDbId: request.caseFileId,
    visitDbId: i.visitId,
    suspendedByDbId: by?.id ?? null,
    kind: request.kind,
    startsAt: i.startsAt,
    endsAt: i.endsAt,
    status: i.status,
    suspended: by !== null,
  });
}

function toChange(c: ChangeRow): PlanningChange {
  const startOf = (v: Record<string, unknown> | null) => (v && typeof v.startsAt === 'string' ? new Date(v.startsAt) : null);
  return Object.assign(new PlanningChange(), {
    itemDbId: c.itemId,
    byDbId: c.byId,
    action: c.action,
    fromStartsAt: startOf(c.before),
    toStartsAt: startOf(c.after),
    reason: c.reason,
    afterFixing: c.afterFixing,
    at: c.at,
  });
}

/** R7, R8: quota use per sector from planned items and unplaced requests. */
export function quotaUse(items: PlanningItem[], unplacedSectors: string[], sectorIds: string[] = []): SectorQuotaUse[] {
  const bySector = new Map<string, SectorQuotaUse>();
  const get = (id: string) => {
    let q = bySector.get(id);
    if (!q) {
      q = Object.assign(new SectorQuotaUse(), { sectorDbId: id, revisions: 0, revisionQuota: R7_REVISIONS_PER_SECTOR, controls: 0, controlQuota: R8_CONTROLS_PER_SECTOR, accompaniments: 0, meetingSupports: 0, unplaced: 0 });
      bySector.set(id, q);
    }
    return q;
  };
  sectorIds.forEach(get);
  for (const i of items.filter((x) => x.status === 'PLANNED')) {
    const q = get(i.sectorDbId);
    if (i.kind === 'REVISION') q.revisions++;
    else if (i.kind === 'HELPER_CONTROL') q.controls++;
    else if (i.kind === 'ACCOMPANIMENT') q.accompaniments++;
    else q.meetingSupports++;
  }
  for (const s of unplacedSectors) get(s).unplaced++;
  return [...bySector.values()];
}

export function toPlanning(p: PlanningRow, items: ItemRow[], requests: Map<string, RequestRow>, changes: ChangeRow[], assignments: AssignmentRow[]): Planning {
  const spans = assignments.map((a) => ({ id: a.id, startsAt: a.startsAt, endsAt: a.endedEarlyAt ?? a.endsAt }));
  const mapped = items.flatMap((i) => {
    const r = requests.get(i.requestId);
    return r ? [toItem(i, r, spans)] : [];
  });
  const unplaced = p.unplaced.map((u) => Object.assign(new UnplacedRequest(), { requestDbId: u.requestId, code: u.code, reason: u.reason }));
  const planned = mapped.filter((i) => i.status === 'PLANNED');
  return Object.assign(new Planning(), {
    id: toGlobalId('Planning', p.id),
    dbId: p.id,
    flyingWorkerDbId: p.flyingWorkerId,
    fixedByDbId: p.fixedById,
    month: p.month,
    status: p.status,
    version: p.version,
    generatedAt: p.generatedAt,
    fixedAt: p.fixedAt,
    items: mapped,
    unplaced,
    changes: changes.map(toChange),
    quotaUse: quotaUse(mapped, p.unplaced.flatMap((u) => requests.get(u.requestId)?.sectorId ?? [])),
    revisions: planned.filter((i) => i.kind === 'REVISION').length,
    controls: planned.filter((i) => i.kind === 'HELPER_CONTROL').length,
  });
}

/** Every sector's quota use in the month (R7, R8), zeros included; `requests`: the month's, not withdrawn. */
export function toReport(month: string, list: Planning[], sectorIds: string[], requests: RequestRow[]): PlanningReport {
  const sectorOfRequest = new Map(requests.map((r) => [r.id, r.sectorId]));
  const items = list.flatMap((p) => p.items);
  const unplacedSectors = list.flatMap((p) => p.unplaced.flatMap((u) => sectorOfRequest.get(u.requestDbId) ?? []));
  return Object.assign(new PlanningReport(), {
    month,
    plannings: list,
    sectors: quotaUse(items, unplacedSectors, sectorIds),
    revisions: list.reduce((n, p) => n + p.revisions, 0),
    revisionLimit: R7_MAX_REVISIONS * Math.max(1, list.length),
    controls: list.reduce((n, p) => n + p.controls, 0),
    controlLimit: R8_MAX_CONTROLS * Math.max(1, list.length),
    requests: requests.length,
  });
}
