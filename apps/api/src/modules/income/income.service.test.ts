// IncomeService's and the follow-up trigger's branches (R2) with their repositories replaced: no
// database, no server. What crosses the wire is pinned by income.test.ts on a real PostgreSQL.
import { describe, expect, it, vi } from 'vitest';
import { fakeUnitOfWork } from '../../db/unit-of-work.js';
import { RuleViolation } from '../../shared/outcome.js';
import type { StaffViewer } from '../auth/index.js';
import type { CaseRow } from '../cases/index.js';
import { openFollowUpIfNeeded as openWith, type FollowUpEvent, type FollowUpRepositories } from './income-follow-up.js';
import { IncomeService, participationOf, type IncomeRepositories } from './income.service.js';

const NOW = new Date('2026-11-23T09:00:00Z');
const S1 = '11111111-1111-4111-8111-111111111111';
const C1 = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';
const F1 = 'ffffffff-ffff-4fff-8fff-ffffffffffff';
const worker = { kind: 'STAFF', sessionId: 's', staffId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', role: 'SOCIAL_WORKER', sectorId: S1 } as StaffViewer;
const caseRow = { id: C1, sectorId: S1, socialWorkerId: worker.staffId, beneficiaryId: 'b', status: 'ACTIVE', version: 1, needs: [], urgentSince: null, urgentActionAt: null } as unknown as CaseRow;

type Proof = { id: string; caseFileId: string; kind: string; status: 'RECEIVED' | 'MISSING'; monthlyAmount: string | null; receivedOn: string | null; note: string | null; recordedById: string; recordedAt: Date };
const proof = (kind: string, status: Proof['status'], monthlyAmount: string | null = null): Proof => ({ id: `p-${kind}`, caseFileId: C1, kind, status, monthlyAmount, receivedOn: status === 'RECEIVED' ? '2026-11-20' : null, note: null, recordedById: worker.staffId, recordedAt: NOW });
const openFollowUp = { id: F1, caseFileId: C1, reason: 'PROOFS_MISSING_AFTER_VISIT', visitId: 'v', fileCheckId: null, openedAt: NOW, closedAt: null, closedById: null };

const openFollowUpIfNeeded = (repos: unknown, event: FollowUpEvent, caseId: string, actorId: string, now: Date) => openWith(repos as FollowUpRepositories, event, caseId, actorId, now);

function world(stored: Proof[], followUp: typeof openFollowUp | null) {
  const proofs = [...stored];
  const income = {
    lockProof: vi.fn(async (_c: string, kind: string) => proofs.find((p) => p.kind === kind) ?? null),
    updateProof: vi.fn(async (id: string, values: Partial<Proof>) => Object.assign(proofs.find((p) => p.id === id) as Proof, values)),
    insertProof: vi.fn(async (values: Omit<Proof, 'id'>) => {
      const p = { id: `p-${values.kind}`, ...values };
      proofs.push(p);
      return p;
    }),
    openFollowUp: vi.fn(async () => followUp),
    proofsOfCases: vi.fn(async () => proofs),
    closeFollowUp: vi.fn(async (_id: string, values: { closedAt: Date; closedById: string }) => ({ ...openFollowUp, ...values })),
    insertFollowUp: vi.fn(async (values: Record<string, unknown>) => ({ id: F1, closedAt: null, closedById: null, ...values })),
  };
  const repos = {
    cases: { writable: vi.fn(async () => caseRow), viewerOf: vi.fn(async () => ({ staffId: worker.staffId, role: worker.role, sectorId: S1, servedCaseIds: new Set<string>() })), byIds: vi.fn(async () => [caseRow]) },
    income,
    audit: { recordChange: vi.fn(async (_e: { entity: string }) => undefined) },
    outbox: { publish: vi.fn(async (_e: { type: string }) => 1) },
  };
  return { repos, svc: new IncomeService(fakeUnitOfWork(repos as unknown as IncomeRepositories)) };
}

describe('IncomeService.record (R2)', () => {
  it('R2: a received proof with a date after today is refused before any case file is locked', async () => {
    const { svc, repos } = world([], null);
    const err = await svc.record({ caseFileId: C1, kind: 'PENSION', status: 'RECEIVED', monthlyAmount: 1000, receivedOn: '2026-11-24' }, worker, NOW).catch((e) => e);
    expect(err).toBeInstanceOf(RuleViolation);
    expect(err.errors[0]).toMatchObject({ field: ['input', 'receivedOn'], code: 'RECEIVED_IN_FUTURE' });
    expect(repos.cases.writable).not.toHaveBeenCalled();
  });

  it('R2: the last missing proof recorded as received closes the open follow-up, audited and published', async () => {
    const { svc, repos } = world([proof('PENSION', 'RECEIVED', '1200.00'), proof('PAY_SLIP', 'MISSING')], openFollowUp);
    const r = await svc.record({ caseFileId: C1, kind: 'PAY_SLIP', status: 'RECEIVED', monthlyAmount: 300, receivedOn: '2026-11-23' }, worker, NOW);
    expect(r.incomeProof).toMatchObject({ kind: 'PAY_SLIP', status: 'RECEIVED', monthlyAmount: 300 });
    expect(repos.income.closeFollowUp).toHaveBeenCalledWith(F1, { closedAt: NOW, closedById: worker.staffId });
    expect(repos.outbox.publish.mock.calls.map(([e]) => (e as { type: string }).type)).toEqual(['INCOME_PROOF_RECORDED', 'INCOME_FOLLOW_UP_CLOSED']);
    expect(repos.audit.recordChange.mock.calls.map(([e]) => (e as { entity: string }).entity)).toEqual(['IncomeProof', 'IncomeFollowUp']);
  });

  it('R2: a proof still missing elsewhere keeps the follow-up open', async () => {
    const { svc, repos } = world([proof('PENSION', 'MISSING'), proof('PAY_SLIP', 'MISSING')], openFollowUp);
    await svc.record({ caseFileId: C1, kind: 'PAY_SLIP', status: 'RECEIVED', monthlyAmount: 300, receivedOn: '2026-11-23' }, worker, NOW);
    expect(repos.income.closeFollowUp).not.toHaveBeenCalled();
  });

  it('recording a kind again replaces its proof instead of adding one', async () => {
    const { svc, repos } = world([proof('PENSION', 'MISSING')], null);
    await svc.record({ caseFileId: C1, kind: 'PENSION', status: 'RECEIVED', monthlyAmount: 900, receivedOn: '2026-11-22' }, worker, NOW);
    expect(repos.income.updateProof).toHaveBeenCalledWith('p-PENSION', expect.objectContaining({ status: 'RECEIVED', monthlyAmount: '900.00' }));
    expect(repos.income.insertProof).not.toHaveBeenCalled();
  });
});

describe('the follow-up trigger (R2)', () => {
  it('R2: a visit done with a proof missing opens the follow-up once', async () => {
    const { repos } = world([proof('PENSION', 'MISSING')], null);
    const row = await openFollowUpIfNeeded(repos, { kind: 'VISIT_DONE', visitId: 'v1' }, C1, worker.staffId, NOW);
    expect(row).toMatchObject({ reason: 'PROOFS_MISSING_AFTER_VISIT', visitId: 'v1', fileCheckId: null });
    expect(repos.outbox.publish).toHaveBeenCalledWith(expect.objectContaining({ type: 'INCOME_FOLLOW_UP_OPENED' }));
  });

  it('R2: none is opened while one is open, nor after a visit with complete proofs', async () => {
    const open = world([proof('PENSION', 'MISSING')], openFollowUp);
    expect(await openFollowUpIfNeeded(open.repos, { kind: 'VISIT_DONE', visitId: 'v1' }, C1, worker.staffId, NOW)).toBeNull();
    const complete = world([proof('PENSION', 'RECEIVED', '1000.00')], null);
    expect(await openFollowUpIfNeeded(complete.repos, { kind: 'VISIT_DONE', visitId: 'v1' }, C1, worker.staffId, NOW)).toBeNull();
    expect(complete.repos.income.insertFollowUp).not.toHaveBeenCalled();
  });

  it('R2: a file check finding the participation not in order opens it even with complete proofs', async () => {
    const { repos } = world([proof('PENSION', 'RECEIVED', '1000.00')], null);
    const row = await openFollowUpIfNeeded(repos, { kind: 'FILE_CHECKED', fileCheckId: 'k1', financialParticipationOk: false }, C1, worker.staffId, NOW);
    expect(row).toMatchObject({ reason: 'PARTICIPATION_NOT_OK', fileCheckId: 'k1', visitId: null });
  });
});

describe('participationOf (R2)', () => {
  it('R2: the weekly amount is the band rate times the agreed plan’s weekly hours; none without an agreed plan', () => {
    const proofs = [proof('PENSION', 'RECEIVED', '2100.00')] as never[];
    expect(participationOf(C1, proofs, 1, { familyHelperHours: 6, homeHelperHours: 4 })).toMatchObject({ basis: 'PROOFS', hourlyRate: 2.5, weeklyAmount: 25 });
    expect(participationOf(C1, proofs, 1, null)).toMatchObject({ hourlyRate: 2.5, weeklyAmount: null });
  });
});

describe('IncomeService.byId (R5)', () => {
  it('R5: a follow-up is read only through a case file the viewer may read income of', async () => {
    const { svc, repos } = world([], null);
    Object.assign(repos.income, { followUpById: vi.fn(async () => openFollowUp) });
    expect(await svc.byId(F1, worker)).toMatchObject({ dbId: F1 });
    repos.cases.viewerOf.mockResolvedValueOnce({ staffId: 'h', role: 'FAMILY_HELPER', sectorId: S1, servedCaseIds: new Set([C1]) } as never);
    expect(await svc.byId(F1, worker)).toBeNull();
    // The kiosk has no case viewer at all (CaseFiles.viewerOf answers null).
    repos.cases.viewerOf.mockResolvedValueOnce(null as never);
    expect(await svc.byId(F1, { kind: 'KIOSK', sessionId: 'k' })).toBeNull();
  });
});
