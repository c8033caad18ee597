// WhoToCallService with its repositories replaced: an unknown sector is bad input, not a fault.
import { describe, expect, it, vi } from 'vitest';
import { fakeUnitOfWork } from '../../db/unit-of-work.js';
import { BadInput } from '../../shared/outcome.js';
import type { PermanenceRepositories } from './permanence.repositories.js';
import { WhoToCallService } from './who-to-call.service.js';

describe('WhoToCallService.whoToCall', () => {
  it('an unknown sector (or an ID that is no sector’s) is BadInput naming `sectorId`, UNKNOWN_SECTOR, before anything else is read', async () => {
    const org = { sectorsByIds: vi.fn(async () => []), sectorSocialWorkers: vi.fn() };
    const svc = new WhoToCallService(fakeUnitOfWork({ org, permanence: {} } as unknown as PermanenceRepositories));
    for (const id of ['00000000-0000-4000-8000-000000000000', null]) {
      const err = await svc.whoToCall(id, new Date()).catch((e) => e);
      expect(err).toBeInstanceOf(BadInput);
      expect(err).toMatchObject({ field: 'sectorId', reason: 'UNKNOWN_SECTOR' });
    }
    expect(org.sectorSocialWorkers).not.toHaveBeenCalled();
  });
});
