// CaseService.open's refusals with its repositories and ports replaced: no database. The whole
// intake over the wire (and R5 on what comes back) is pinned on a real PostgreSQL by cases/case.test.ts.
import { describe, expect, it, vi } from 'vitest';
import { fakeUnitOfWork } from '../../db/unit-of-work.js';
import { RuleViolation } from '../../shared/outcome.js';
import type { StaffViewer } from '../auth/index.js';
import type { CaseFileOpenInput } from './case.input.js';
import { CaseService, type CaseRepositories } from './case.service.js';

const NOW = new Date('2026-11-23T09:00:00Z');
const S1 = '11111111-1111-4111-8111-111111111111';
const SW = '22222222-2222-4222-8222-222222222222';
const viewer: StaffViewer = { kind: 'STAFF', sessionId: 's', staffId: SW, role: 'SOCIAL_WORKER', sectorId: S1 };
const intake = { sectorId: S1, socialWorkerId: SW, reasonForContact: 'Chutes à domicile', urgent: false, beneficiaryId: 'b1', beneficiary: null } as unknown as CaseFileOpenInput;

function service(opts: { sectors?: string[]; worker?: { id: string; role: string } | null; viewerSector?: string } = {}) {
  const writes: string[] = [];
  const org = {
    sectorsByIds: vi.fn(async (ids: readonly string[]) => ids.filter((id) => (opts.sectors ?? [S1]).includes(id)).map((id) => ({ id }))),
    staffByIds: vi.fn(async () => (opts.worker === null ? [] : [opts.worker ?? { id: SW, role: 'SOCIAL_WORKER' }])),
  };
  const cases = { viewerOf: vi.fn(async () => ({ staffId: SW, role: 'SOCIAL_WORKER', sectorId: opts.viewerSector ?? S1, servedCaseIds: new Set<string>() })) };
  const files = {
    insertCase: vi.fn(async () => (writes.push('case'), {})),
    insertBeneficiary: vi.fn(async () => (writes.push('beneficiary'), {})),
    beneficiariesByIds: vi.fn(async () => []),
    casesOfBeneficiaries: vi.fn(async () => []),
  };
  const audit = { recordChange: vi.fn(async () => void writes.push('audit')) };
  const outbox = { publish: vi.fn(async () => (writes.push('event'), 1)) };
  return { svc: new CaseService(fakeUnitOfWork({ cases, files, org, audit, outbox } as unknown as CaseRepositories)), writes, org };
}

const refusal = (err: unknown) => (err instanceof RuleViolation ? err.errors[0] : err);

describe('CaseService.open refuses before writing anything', () => {
  it('a sector that does not exist is UNKNOWN_SECTOR on sectorId', async () => {
    const { svc, writes } = service({ sectors: [] });
    expect(refusal(await svc.open(intake, viewer, NOW).catch((e: unknown) => e))).toMatchObject({ field: ['input', 'sectorId'], code: 'UNKNOWN_SECTOR' });
    expect(writes).toEqual([]);
  });

  it.each([
    ['nobody', null],
    ['a family helper', { id: SW, role: 'FAMILY_HELPER' }],
    ['the relay social worker', { id: SW, role: 'RELAY_CONTROL_SOCIAL_WORKER' }],
  ] as const)('a case held by %s is NOT_A_SOCIAL_WORKER on socialWorkerId', async (_, worker) => {
    const { svc, writes } = service({ worker });
    expect(refusal(await svc.open(intake, viewer, NOW).catch((e: unknown) => e))).toMatchObject({ field: ['input', 'socialWorkerId'], code: 'NOT_A_SOCIAL_WORKER' });
    expect(writes).toEqual([]);
  });

  it("a social worker opening a colleague's case in another sector is NOT_YOUR_SECTOR", async () => {
    const { svc, writes } = service({ viewerSector: 'another sector', worker: { id: 'a colleague', role: 'SOCIAL_WORKER' } });
    expect(refusal(await svc.open(intake, viewer, NOW).catch((e: unknown) => e))).toMatchObject({ field: ['input', 'sectorId'], code: 'NOT_YOUR_SECTOR' });
    expect(writes).toEqual([]);
  });

  it('a known beneficiary the viewer may not see (or that does not exist) is UNKNOWN_BENEFICIARY', async () => {
    const { svc, writes } = service();
    expect(refusal(await svc.open(intake, viewer, NOW).catch((e: unknown) => e))).toMatchObject({ field: ['input', 'beneficiaryId'], code: 'UNKNOWN_BENEFICIARY' });
    expect(writes).toEqual([]);
  });

  it('both a new and a known beneficiary is ONE_BENEFICIARY, before the organisation is even read', async () => {
    const { svc, org } = service();
    const both = { ...intake, beneficiary: { firstName: 'Marie', lastName: 'Dupont' } } as unknown as CaseFileOpenInput;
    expect(refusal(await svc.open(both, viewer, NOW).catch((e: unknown) => e))).toMatchObject({ field: ['input', 'beneficiary'], code: 'ONE_BENEFICIARY' });
    expect(org.sectorsByIds).not.toHaveBeenCalled();
  });
});
