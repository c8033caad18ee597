// AidPlanService's branches with its repositories and ports replaced: no database. The workflow over
// the wire, R5 and twenty evaluations at once are pinned on a real PostgreSQL by aid-plans/aid-plan.test.ts,
// the conflicts an agreed plan opens by schedules/conflict.test.ts.
import { describe, expect, it, vi } from 'vitest';
import { fakeUnitOfWork } from '../../db/unit-of-work.js';
import { RuleViolation, violation } from '../../shared/outcome.js';
import type { StaffViewer } from '../auth/index.js';
import type { AidPlanRow } from './aid-plan.repository.js';
import { AidPlanService, type AidPlanRepositories } from './aid-plan.service.js';

// 00:30 on 1 April in Brussels (summer time) is still 31 March in UTC: the local day counts.
const NOW = new Date('2026-03-31T22:30:00Z');
const CASE = '11111111-1111-4111-8111-111111111111';
const PLAN = '22222222-2222-4222-8222-222222222222';
const viewer: StaffViewer = { kind: 'STAFF', sessionId: 's', staffId: '33333333-3333-4333-8333-333333333333', role: 'SOCIAL_WORKER', sectorId: 'S1' };
const agreement = { aidPlanId: PLAN, expectedRevision: 2, agreedBy: ' Mme Dubois ', agreedHow: 'en visite', nextEvaluationOn: null };

function service(opts: { status?: string; revision?: number; caseWritable?: boolean } = {}) {
  const steps: string[] = [];
  const plan = { id: PLAN, caseFileId: CASE, number: 1, status: opts.status ?? 'PROPOSED', revision: opts.revision ?? 2, copiedFromId: null, actions: [], familyHelperHours: '4.00', homeHelperHours: '0.00' } as unknown as AidPlanRow;
  const plans = {
    lockVersion: vi.fn(async () => (steps.push('lock'), plan)),
    updateVersion: vi.fn(async (_id: string, values: Partial<AidPlanRow>) => (steps.push('update'), { ...plan, ...values })),
    actionStatusesOfVersions: vi.fn(async () => []),
    evaluationsOfVersions: vi.fn(async () => []),
    versionsByIds: vi.fn(async () => []),
  };
  const cases = { writable: vi.fn(async () => (opts.caseWritable === false ? Promise.reject(violation('caseFileId', 'UNKNOWN_CASE_FILE', 'no')) : { id: CASE })) };
  const audit = {
    recordChange: vi.fn(async () => void steps.push('audit')),
    staleWrite: vi.fn(async () => violation('expectedRevision', 'CONFLICT', 'stale')),
  };
  const outbox = { publish: vi.fn(async (e: { type: string }) => (steps.push(e.type), 1)) };
  const schedules = { recheckCase: vi.fn(async () => void steps.push('recheck')) };
  const svc = new AidPlanService(fakeUnitOfWork({ cases, plans, audit, outbox, schedules } as unknown as AidPlanRepositories));
  return { svc, steps, plans, audit, schedules };
}

const codeOf = (err: unknown) => (err instanceof RuleViolation ? err.errors[0] : err);

describe('AidPlanService.agree', () => {
  it("R1: an agreed plan is next evaluated a year after the Brussels day it was agreed; the case's weeks are rechecked before its event", async () => {
    const { svc, steps, plans, schedules } = service();
    const agreed = await svc.agree(agreement, viewer, NOW);
    expect(plans.updateVersion).toHaveBeenCalledWith(PLAN, expect.objectContaining({ status: 'AGREED', agreedByName: 'Mme Dubois', lastEvaluatedOn: '2026-04-01', nextEvaluationOn: '2027-04-01', revision: 3 }));
    expect(schedules.recheckCase).toHaveBeenCalledWith(CASE, '2026-04-01', 8, { now: NOW, actorId: viewer.staffId });
    expect(steps).toEqual(['lock', 'update', 'recheck', 'audit', 'AID_PLAN_AGREED']);
    expect(agreed.status).toBe('AGREED');
  });

  it('a plan read at an older revision is CONFLICT on expectedRevision, named by the audit trail, and nothing is written', async () => {
    const { svc, steps, audit } = service({ revision: 3 });
    expect(codeOf(await svc.agree(agreement, viewer, NOW).catch((e: unknown) => e))).toMatchObject({ field: ['input', 'expectedRevision'], code: 'CONFLICT' });
    expect(audit.staleWrite).toHaveBeenCalledWith('AidPlanVersion', PLAN, 2, 3, 'expectedRevision');
    expect(steps).toEqual(['lock']);
  });

  it.each(['DRAFT', 'AGREED'])('a %s plan is not agreed (ILLEGAL_TRANSITION) and nothing is rechecked', async (status) => {
    const { svc, steps } = service({ status });
    expect(codeOf(await svc.agree(agreement, viewer, NOW).catch((e: unknown) => e))).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    expect(steps).toEqual(['lock']);
  });

  it('R5: a plan whose case file the viewer may not change is reported as UNKNOWN_AID_PLAN, like one that does not exist', async () => {
    const { svc, steps } = service({ caseWritable: false });
    expect(codeOf(await svc.agree(agreement, viewer, NOW).catch((e: unknown) => e))).toMatchObject({ field: ['input', 'aidPlanId'], code: 'UNKNOWN_AID_PLAN' });
    expect(steps).toEqual(['lock']);
  });

  it('R1: a next evaluation more than a year ahead is EVALUATION_TOO_LATE before anything is locked', async () => {
    const { svc, steps } = service();
    expect(codeOf(await svc.agree({ ...agreement, nextEvaluationOn: '2027-04-02' }, viewer, NOW).catch((e: unknown) => e))).toMatchObject({ code: 'EVALUATION_TOO_LATE' });
    expect(steps).toEqual([]);
  });
});
