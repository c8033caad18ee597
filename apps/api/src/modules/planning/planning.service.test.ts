// PlanningService's branches with its repository and the other modules' ports replaced: generation
// past the R7/R8 quotas, an R11 replacement suspending planned items, a fixed planning's visit
// following a move. Over GraphQL on a real PostgreSQL: planning-generate.test.ts, flying-assignment.test.ts.
import { describe, expect, it, vi } from 'vitest';
import { fakeUnitOfWork } from '../../db/unit-of-work.js';
import type { StaffViewer } from '../auth/index.js';
import { R7_MAX_REVISIONS, R8_MAX_CONTROLS } from './planning-generate.rules.js';
import type { PlanningRepositories } from './planning.repositories.js';
import { PlanningService } from './planning.service.js';

const NOW = new Date('2026-03-10T10:00:00Z');
const MONTH = '2026-04';
const FLYING = 'ffffffff-ffff-4fff-8fff-ffffffffffff';
const head = { kind: 'STAFF', sessionId: 's', staffId: 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee', role: 'SOCIAL_POLE_HEAD', sectorId: null } as StaffViewer;
const sector = (n: number) => `5${n}5${n}5${n}5${n}-0000-4000-8000-00000000000${n}`;
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

type Request = { id: string; kind: string; sectorId: string; caseFileId: string | null; helperId: string | null; meetingAt: Date | null; urgent: boolean; requestedAt: Date; month: string; note: null; requestedById: string; withdrawnAt: null };
const request = (n: number, kind: 'REVISION' | 'HELPER_CONTROL', sectorNo: number): Request => ({
  id: uuid(n), kind, sectorId: sector(sectorNo), caseFileId: kind === 'REVISION' ? uuid(1000 + n) : null, helperId: kind === 'HELPER_CONTROL' ? uuid(2000 + n) : null,
  meetingAt: null, urgent: false, requestedAt: new Date(NOW.getTime() + n), month: MONTH, note: null, requestedById: head.staffId, withdrawnAt: null,
});

function world(opts: { requests?: Request[]; items?: Record<string, unknown>[]; assignments?: Record<string, unknown>[]; planning?: Record<string, unknown> } = {}) {
  const requests = opts.requests ?? [];
  const inserted: Record<string, unknown>[] = [];
  const planning = {
    lock: vi.fn(async () => undefined),
    lockPlanning: vi.fn(async () => null),
    requestsOfMonth: vi.fn(async () => requests),
    caseFilesByIds: vi.fn(async (ids: readonly string[]) => ids.map((id) => ({ id, beneficiaryId: `b-${id}`, sectorId: sector(1) }))),
    assignmentsOf: vi.fn(async () => opts.assignments ?? []),
    revisitedBeneficiaries: vi.fn(async () => []),
    insertPlanning: vi.fn(async (v: Record<string, unknown>) => ({ id: 'p1', status: 'DRAFT', version: 1, fixedAt: null, fixedById: null, ...v })),
    insertItems: vi.fn(async (v: Record<string, unknown>[]) => inserted.push(...v)),
    insertChange: vi.fn(async () => undefined),
    itemsOfPlannings: vi.fn(async () => opts.items ?? inserted.map((v, i) => ({ id: `i${i}`, status: 'PLANNED', visitId: null, ...v }))),
    requestsByIds: vi.fn(async (ids: readonly string[]) => requests.filter((r) => ids.includes(r.id))),
    changesOfPlannings: vi.fn(async () => []),
    planningsOfMonth: vi.fn(async () => (opts.planning ? [opts.planning] : [])),
    lockItem: vi.fn(async () => opts.items?.[0] ?? null),
    lockPlanningById: vi.fn(async () => opts.planning ?? null),
    updateItem: vi.fn(async (id: string, v: Record<string, unknown>) => ({ ...(opts.items?.[0] ?? {}), id, ...v })),
    updatePlanning: vi.fn(async (id: string, v: Record<string, unknown>) => ({ ...opts.planning, id, ...v })),
  };
  const org = {
    staffByRoles: vi.fn(async () => [{ id: FLYING, role: 'FLYING_SOCIAL_WORKER', sectorId: null }]),
    staffByIds: vi.fn(async () => []),
    sectorIds: vi.fn(async () => [1, 2, 3, 4, 5, 6, 7].map(sector)),
    absencesOf: vi.fn(async () => []),
  };
  const duty = { shiftsOf: vi.fn(async () => []) };
  const closedDays = { between: vi.fn(async () => []) };
  const visits = { plan: vi.fn(), follow: vi.fn(async () => undefined), lock: vi.fn() };
  const outbox = { publish: vi.fn(async () => 1), publishAll: vi.fn() };
  const repos = { planning, org, duty, visits, outbox, closedDays } as unknown as PlanningRepositories;
  return { planning, org, duty, visits, outbox, svc: new PlanningService(fakeUnitOfWork(repos)) };
}

describe('PlanningService.generate', () => {
  it(`R7/R8: more asked than the month allows, at most ${R7_MAX_REVISIONS} revisions and ${R8_MAX_CONTROLS} controls are placed; the rest is listed with the rule that kept it out`, async () => {
    // 7 sectors × 3 revisions and 2 controls each: 21 revisions, 14 controls asked.
    const asked = [1, 2, 3, 4, 5, 6, 7].flatMap((s) => [
      request(s * 10 + 1, 'REVISION', s), request(s * 10 + 2, 'REVISION', s), request(s * 10 + 3, 'REVISION', s),
      request(s * 10 + 4, 'HELPER_CONTROL', s), request(s * 10 + 5, 'HELPER_CONTROL', s),
    ]);
    const w = world({ requests: asked });
    const p = await w.svc.generate({ month: MONTH, flyingWorkerId: null }, head, NOW);
    const placed = (kind: string) => p.items.filter((i) => i.kind === kind).length;
    expect(placed('REVISION')).toBe(R7_MAX_REVISIONS);
    expect(placed('HELPER_CONTROL')).toBe(R8_MAX_CONTROLS);
    const codes = p.unplaced.map((u) => u.code);
    expect(codes.filter((c) => c.startsWith('R7_'))).toHaveLength(21 - R7_MAX_REVISIONS);
    expect(codes.filter((c) => c.startsWith('R8_'))).toHaveLength(14 - R8_MAX_CONTROLS);
    // Reporting counts every sector's use against its quota, zeros included.
    const report = await world({ requests: asked, planning: { id: 'p1', month: MONTH, flyingWorkerId: FLYING, status: 'DRAFT', unplaced: p.unplaced.map((u) => ({ requestId: u.requestDbId, code: u.code, reason: u.reason })), version: 1 }, items: w.planning.insertItems.mock.calls[0][0].map((v: Record<string, unknown>, i: number) => ({ id: `i${i}`, status: 'PLANNED', visitId: null, ...v })) }).svc.report(MONTH);
    expect(report.revisions).toBe(R7_MAX_REVISIONS);
    expect(report.sectors).toHaveLength(7);
    expect(w.outbox.publish).toHaveBeenCalledWith(expect.objectContaining({ type: 'PLANNING_GENERATED' }));
  });

  it('a fixed month is not generated again (PLANNING_FIXED) and nothing is written', async () => {
    const w = world();
    w.planning.lockPlanning.mockResolvedValueOnce({ id: 'p1', status: 'FIXED' } as never);
    await expect(w.svc.generate({ month: MONTH, flyingWorkerId: null }, head, NOW)).rejects.toMatchObject({ errors: [{ field: ['input', 'month'], code: 'PLANNING_FIXED' }] });
    expect(w.planning.insertItems).not.toHaveBeenCalled();
  });

  it('with two flying social workers and none named, generation asks which one (FLYING_WORKER_REQUIRED)', async () => {
    const w = world();
    w.org.staffByRoles.mockResolvedValueOnce([{ id: FLYING, role: 'FLYING_SOCIAL_WORKER', sectorId: null }, { id: uuid(9), role: 'FLYING_SOCIAL_WORKER', sectorId: null }] as never);
    await expect(w.svc.generate({ month: MONTH, flyingWorkerId: null }, head, NOW)).rejects.toMatchObject({ errors: [{ code: 'FLYING_WORKER_REQUIRED' }] });
  });
});

describe('R11: a replacement suspends planned items', () => {
  it("the flying worker's items during an approved replacement read as suspended by it; a removed item or one outside it does not", async () => {
    const req = request(1, 'REVISION', 1);
    const at = (d: string) => new Date(`2026-04-${d}T08:00:00Z`);
    const items = [
      { id: 'during', planningId: 'p1', requestId: req.id, status: 'PLANNED', visitId: null, startsAt: at('08'), endsAt: new Date(at('08').getTime() + 3_600_000) },
      { id: 'removed', planningId: 'p1', requestId: req.id, status: 'REMOVED', visitId: null, startsAt: at('09'), endsAt: new Date(at('09').getTime() + 3_600_000) },
      { id: 'after', planningId: 'p1', requestId: req.id, status: 'PLANNED', visitId: null, startsAt: at('24'), endsAt: new Date(at('24').getTime() + 3_600_000) },
    ];
    const replacement = { id: 'a1', flyingWorkerId: FLYING, startsAt: at('06'), endsAt: at('20'), endedEarlyAt: null };
    const w = world({ requests: [req], items, assignments: [replacement], planning: { id: 'p1', month: MONTH, flyingWorkerId: FLYING, status: 'FIXED', unplaced: [], version: 2 } });
    const [p] = await w.svc.ofMonth(MONTH);
    expect(p.items.map((i) => [i.dbId, i.suspended, i.suspendedByDbId])).toEqual([
      ['during', true, 'a1'],
      ['removed', false, null],
      ['after', false, null],
    ]);
  });
});

describe('PlanningService.adjust', () => {
  const fixed = { id: 'p1', month: MONTH, flyingWorkerId: FLYING, status: 'FIXED', unplaced: [], version: 3 };
  const item = { id: 'i1', planningId: 'p1', requestId: uuid(1), status: 'PLANNED', visitId: 'v1', startsAt: new Date('2026-04-08T08:00:00Z'), endsAt: new Date('2026-04-08T09:00:00Z') };

  it('once fixed, a change needs a reason (REASON_REQUIRED) and nothing moves', async () => {
    const w = world({ items: [item], planning: fixed, requests: [request(1, 'REVISION', 1)] });
    await expect(w.svc.adjust({ itemId: 'i1', startsAt: new Date('2026-04-09T08:00:00Z'), reason: ' ' }, head, NOW)).rejects.toMatchObject({ errors: [{ field: ['input', 'reason'], code: 'REASON_REQUIRED' }] });
    expect(w.planning.updateItem).not.toHaveBeenCalled();
    expect(w.visits.follow).not.toHaveBeenCalled();
  });

  it("a fixed item moved with a reason takes its case file's visit along (through the cases port), in the same unit of work", async () => {
    const w = world({ items: [item], planning: fixed, requests: [request(1, 'REVISION', 1)] });
    const to = new Date('2026-04-09T08:00:00Z');
    await w.svc.adjust({ itemId: 'i1', startsAt: to, reason: 'Beneficiary asked for Thursday' }, head, NOW);
    expect(w.visits.follow).toHaveBeenCalledWith('v1', { plannedAt: to }, head.staffId, NOW);
    expect(w.outbox.publish).toHaveBeenCalledWith(expect.objectContaining({ type: 'PLANNING_ITEM_MOVED' }));
  });

  it('the flying worker away or on permanence then: FLYING_WORKER_BUSY, read through the org and permanence ports', async () => {
    const w = world({ items: [item], planning: fixed, requests: [request(1, 'REVISION', 1)] });
    w.duty.shiftsOf.mockResolvedValueOnce([{ startsAt: new Date('2026-04-09T06:00:00Z'), endsAt: new Date('2026-04-09T16:00:00Z') }] as never);
    await expect(w.svc.adjust({ itemId: 'i1', startsAt: new Date('2026-04-09T08:00:00Z'), reason: 'Moved' }, head, NOW)).rejects.toMatchObject({ errors: [{ code: 'FLYING_WORKER_BUSY' }] });
    expect(w.duty.shiftsOf).toHaveBeenCalledWith(FLYING, expect.any(Date), expect.any(Date));
  });
});
