// VisitService's branches with its repositories and ports replaced: no database. What crosses the
// wire (payloads, R5 on node and lists, the follow-up in the list) is pinned on a real PostgreSQL
// by visits/visit.test.ts and income/income.test.ts.
import { describe, expect, it, vi } from 'vitest';
import { fakeUnitOfWork } from '../../db/unit-of-work.js';
import { RuleViolation } from '../../shared/outcome.js';
import type { StaffViewer } from '../auth/index.js';
import type { VisitRow } from './visit.repository.js';
import { VisitService, type VisitRepositories } from './visit.service.js';

const NOW = new Date('2026-03-29T10:30:00+02:00');
const CASE = '11111111-1111-4111-8111-111111111111';
const VISIT = '22222222-2222-4222-8222-222222222222';
const FLYING = '33333333-3333-4333-8333-333333333333';
const SECTOR_WORKER = '44444444-4444-4444-8444-444444444444';
const CASE_WORKER = '55555555-5555-4555-8555-555555555555';
const viewer: StaffViewer = { kind: 'STAFF', sessionId: 's', staffId: FLYING, role: 'FLYING_SOCIAL_WORKER', sectorId: null };

function service(opts: { status?: string; visitorRole?: string; teamWorker?: string | null } = {}) {
  const steps: string[] = [];
  const visit = { id: VISIT, caseFileId: CASE, kind: 'REVISION', status: opts.status ?? 'PLANNED', plannedAt: NOW, visitorId: FLYING, handedToId: null } as unknown as VisitRow;
  const visits = {
    lockVisit: vi.fn(async () => (steps.push('lock'), visit)),
    updateVisit: vi.fn(async (_id: string, values: Partial<VisitRow>) => (steps.push('update'), { ...visit, ...values })),
    insertFileCheck: vi.fn(async (values: { visitId: string; caseFileId: string; openedAt: Date }) => (steps.push('check'), { id: 'fc', checkedAt: null, ...values })),
  };
  const cases = { writable: vi.fn(async () => ({ id: CASE, sectorId: 'S1', socialWorkerId: CASE_WORKER })) };
  const staff = {
    staffByIds: vi.fn(async () => [{ id: FLYING, fullName: 'Julie Leclercq', role: opts.visitorRole ?? 'FLYING_SOCIAL_WORKER', sectorId: null }]),
    sectorSocialWorkers: vi.fn(async () => (opts.teamWorker === null ? [] : [{ worker: { id: opts.teamWorker ?? SECTOR_WORKER } }])),
  };
  const audit = { recordChange: vi.fn(async (e: { entity: string }) => void steps.push(`audit ${e.entity}`)) };
  const outbox = { publish: vi.fn(async (e: { type: string }) => (steps.push(e.type), 1)) };
  const incomeFollowUps = { openIfNeeded: vi.fn(async () => void steps.push('follow-up')) };
  const svc = new VisitService(fakeUnitOfWork({ cases, visits, staff, audit, outbox, incomeFollowUps } as unknown as VisitRepositories));
  return { svc, steps, visits, cases, incomeFollowUps };
}

describe('VisitService.complete', () => {
  it("R10: the flying social worker's report is handed to the sector team's social worker; R3 opens the check, then R2 the follow-up", async () => {
    const { svc, steps, visits, cases, incomeFollowUps } = service();
    const done = await svc.complete({ visitId: VISIT, report: '  Tout va bien.  ' }, viewer, NOW);
    expect(cases.writable).toHaveBeenCalledWith(CASE, viewer, null);
    expect(visits.updateVisit).toHaveBeenCalledWith(VISIT, expect.objectContaining({ status: 'DONE', report: 'Tout va bien.', handedToId: SECTOR_WORKER, handedAt: NOW }));
    expect(steps).toEqual(['lock', 'update', 'check', 'audit Visit', 'VISIT_DONE', 'audit FileCheck', 'FILE_CHECK_OPENED', 'follow-up']);
    expect(incomeFollowUps.openIfNeeded).toHaveBeenCalledWith({ kind: 'VISIT_DONE', visitId: VISIT }, CASE, FLYING, NOW);
    expect(done.fileCheck?.caseDbId).toBe(CASE);
  });

  it("R10: with no social worker in the sector's team, the report goes to the case's own social worker", async () => {
    const { svc, visits } = service({ teamWorker: null });
    await svc.complete({ visitId: VISIT, report: 'Rapport' }, viewer, NOW);
    expect(visits.updateVisit).toHaveBeenCalledWith(VISIT, expect.objectContaining({ handedToId: CASE_WORKER }));
  });

  it("R10: the sector social worker's own report is handed to nobody", async () => {
    const { svc, visits } = service({ visitorRole: 'SOCIAL_WORKER' });
    await svc.complete({ visitId: VISIT, report: 'Rapport' }, viewer, NOW);
    expect(visits.updateVisit).toHaveBeenCalledWith(VISIT, expect.objectContaining({ handedToId: null, handedAt: null }));
  });

  it.each(['DONE', 'CANCELLED'])('a visit already %s is VISIT_NOT_PLANNED and nothing is written', async (status) => {
    const { svc, steps } = service({ status });
    const err = await svc.complete({ visitId: VISIT, report: 'Rapport' }, viewer, NOW).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RuleViolation);
    expect((err as RuleViolation).errors[0]).toMatchObject({ field: ['input', 'visitId'], code: 'VISIT_NOT_PLANNED' });
    expect(steps).toEqual(['lock']);
  });

  it('a blank report is REQUIRED before anything is read', async () => {
    const { svc, steps } = service();
    await expect(svc.complete({ visitId: VISIT, report: ' \n ' }, viewer, NOW)).rejects.toMatchObject({ errors: [{ code: 'REQUIRED' }] });
    expect(steps).toEqual([]);
  });
});
