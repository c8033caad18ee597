// payload(): the one place a use case's outcome becomes a mutation payload with userErrors.
import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { payload } from './user-errors.js';
import { violation } from '../shared/outcome.js';

describe('payload()', () => {
  it('a use case that succeeds gives its shaped value and no userErrors', async () => {
    const p = await payload(async () => ({ id: 'a1' }), (absence) => ({ absence }), { absence: null });
    expect(p).toEqual({ absence: { id: 'a1' }, userErrors: [] });
  });

  it('a broken rule gives the empty payload and the rule as userErrors', async () => {
    const p = await payload(
      async () => {
        throw violation('event', 'REPLACEMENT_TOO_LATE', 'Less than a week ahead: say what happened.');
      },
      (shift) => ({ shift }),
      { shift: null },
    );
    expect(p).toEqual({ shift: null, userErrors: [{ field: ['input', 'event'], code: 'REPLACEMENT_TOO_LATE', message: 'Less than a week ahead: say what happened.' }] });
  });

  it('the database refusing a rule it guards is a userError too, never a fault', async () => {
    const clash = Object.assign(new Error('conflicting key value'), { code: '23P01', constraint_name: 'absences_no_overlap' });
    const p = await payload(() => Promise.reject(new Error('insert failed', { cause: clash })), (absence) => ({ absence }), { absence: null });
    expect(p).toEqual({ absence: null, userErrors: [expect.objectContaining({ code: 'ABSENCE_OVERLAP' })] });
  });

  it('any other error stays a fault', async () => {
    await expect(payload(() => Promise.reject(new Error('disk full')), (x) => ({ x }), { x: null })).rejects.toThrow('disk full');
  });
});
