// OrgService's branches with its repository replaced: who lists whom, and the absences window.
import { describe, expect, it, vi } from 'vitest';
import { RequestReads } from '../../db/request-reads.js';
import { fakeUnitOfWork } from '../../db/unit-of-work.js';
import { BadInput } from '../../shared/outcome.js';
import { OrgService, type OrgRepositories } from './org.service.js';

function service() {
  const org = { staffByRoles: vi.fn(async () => []), absencesOverlapping: vi.fn(async () => []) };
  const svc = new OrgService(fakeUnitOfWork({ org } as unknown as OrgRepositories), { onDutyRoles: ['SOCIAL_WORKER', 'FLYING_SOCIAL_WORKER'], publicUrl: () => 'https://relais.example' });
  return { svc, org };
}

describe('OrgService', () => {
  it('direction lists all staff; others the people who hold the permanence and direction (with the query request’s shared reads)', async () => {
    const { svc, org } = service();
    await svc.staffMembers({ role: 'DIRECTOR' });
    expect(org.staffByRoles).toHaveBeenLastCalledWith(expect.arrayContaining(['FAMILY_HELPER', 'TELEPHONIST', 'TRAINEE']), undefined);
    const reads = new RequestReads();
    await svc.staffMembers({ role: 'TELEPHONIST' }, reads);
    expect(org.staffByRoles).toHaveBeenLastCalledWith(['SOCIAL_WORKER', 'FLYING_SOCIAL_WORKER', 'DIRECTOR', 'SOCIAL_POLE_HEAD'], reads);
  });

  it('absences are read over at most 400 days, `to` after `from` (BAD_WINDOW), before any query', async () => {
    const { svc, org } = service();
    const from = new Date('2026-01-01T00:00:00Z');
    expect(() => svc.absencesOf('p1', from, from)).toThrow(BadInput);
    expect(() => svc.absencesOf('p1', from, new Date(from.getTime() + 401 * 86_400_000))).toThrow(expect.objectContaining({ field: 'to', reason: 'BAD_WINDOW' }));
    expect(org.absencesOverlapping).not.toHaveBeenCalled();
  });

  it('a feed link under the public URL; none without a secret', () => {
    const { svc } = service();
    expect(svc.calendarUrl('sector', 'abc')).toBe('https://relais.example/calendar/sector/abc.ics');
    expect(svc.calendarUrl('staff', null)).toBeNull();
  });
});
