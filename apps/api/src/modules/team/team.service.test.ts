// TeamService's branches with its repository replaced: no database, no server. What crosses the
// wire (GraphQL, R5 over HTTP) is pinned by team.test.ts on a real PostgreSQL.
import { describe, expect, it, vi } from 'vitest';
import { fakeUnitOfWork } from '../../db/unit-of-work.js';
import { Forbidden, RuleViolation } from '../../shared/outcome.js';
import type { StaffViewer } from '../auth/index.js';
import { TeamService, type TeamRepositories } from './team.service.js';

const NOW = new Date('2026-03-10T10:00:00+01:00');
const S1 = '11111111-1111-4111-8111-111111111111';
const S2 = '22222222-2222-4222-8222-222222222222';
const H1 = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const H2 = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const worker: StaffViewer = { kind: 'STAFF', staffId: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc', role: 'SOCIAL_WORKER', sectorId: S1 } as StaffViewer;

function service(staff: { id: string; role: string; sectorId: string | null }[]) {
  const team = {
    staffByIds: vi.fn(async (ids: string[]) => staff.filter((s) => ids.includes(s.id))),
    caseSector: vi.fn(async () => S1),
    insert: vi.fn(async (values: Record<string, unknown>, helperIds: string[]) => ({ id: 'dddddddd-dddd-4ddd-8ddd-dddddddddddd', ...values, helperIds })),
    list: vi.fn(async () => []),
    byIds: vi.fn(async () => []),
  };
  return { team, svc: new TeamService(fakeUnitOfWork({ team } as unknown as TeamRepositories)) };
}

const draft = (helperIds: string[]) => ({ kind: 'TEAM_MEETING' as const, day: '2026-03-09', helperIds, caseFileId: null, title: 'Réunion', notes: 'Compte rendu' });

describe('TeamService.create', () => {
  it('records a meeting about helpers of the social worker’s own sector', async () => {
    const { svc, team } = service([{ id: H1, role: 'FAMILY_HELPER', sectorId: S1 }]);
    const record = await svc.create(draft([H1, H1]), worker, NOW);
    expect(team.insert).toHaveBeenCalledWith(expect.objectContaining({ sectorId: S1, byId: worker.staffId }), [H1]);
    expect(record.sectorDbId).toBe(S1);
  });

  it('refuses helpers of two sectors (MIXED_SECTORS) and writes nothing', async () => {
    const { svc, team } = service([
      { id: H1, role: 'FAMILY_HELPER', sectorId: S1 },
      { id: H2, role: 'HOME_HELPER', sectorId: S2 },
    ]);
    const err = await svc.create(draft([H1, H2]), worker, NOW).catch((e) => e);
    expect(err).toBeInstanceOf(RuleViolation);
    expect(err.errors[0].code).toBe('MIXED_SECTORS');
    expect(team.insert).not.toHaveBeenCalled();
  });

  it('refuses another sector’s team (NOT_YOUR_TEAM)', async () => {
    const { svc } = service([{ id: H2, role: 'FAMILY_HELPER', sectorId: S2 }]);
    await expect(svc.create(draft([H2]), worker, NOW)).rejects.toMatchObject({ errors: [{ code: 'NOT_YOUR_TEAM' }] });
  });

  it('refuses a staff member who is not a helper (NOT_A_HELPER)', async () => {
    const { svc } = service([{ id: H1, role: 'SOCIAL_WORKER', sectorId: S1 }]);
    await expect(svc.create(draft([H1]), worker, NOW)).rejects.toMatchObject({ errors: [{ code: 'NOT_A_HELPER' }] });
  });
});

describe('TeamService.list', () => {
  it('R5: a helper asking about another helper is refused before anything is looked up', async () => {
    const { svc, team } = service([]);
    const helper = { ...worker, staffId: H1, role: 'FAMILY_HELPER' } as StaffViewer;
    await expect(svc.list({ helperId: H2, sectorId: null, from: '2026-01-01', to: '2026-02-01' }, helper)).rejects.toBeInstanceOf(Forbidden);
    expect(team.staffByIds).not.toHaveBeenCalled();
  });
});
