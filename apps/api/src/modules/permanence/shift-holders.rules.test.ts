import { describe, expect, it } from 'vitest';
import { handOver, holdingOf, mayHandOver, sameHolding, shiftHolderIds, type Holding } from './shift-holders.rules.js';

const members = (id: string) => (id === 'B' ? ['paul', 'pia'] : undefined);
const binome = holdingOf(null, 'B');
const substituted = (member: string, substitute: string): Holding => ({ ...binome, substitutedMemberId: member, substituteId: substitute });

describe('who holds a shift', () => {
  it('the person; both members of the binôme; nobody for a gap', () => {
    expect(shiftHolderIds(holdingOf('sam', null), members)).toEqual(['sam']);
    expect(shiftHolderIds(binome, members)).toEqual(['paul', 'pia']);
    expect(shiftHolderIds(holdingOf(null, null), members)).toEqual([]);
  });

  it('a member who handed over her place is not on call: her substitute is, in her place beside the other member', () => {
    expect(shiftHolderIds(substituted('paul', 'sam'), members)).toEqual(['sam', 'pia']);
    expect(shiftHolderIds(substituted('pia', 'sam'), members)).toEqual(['paul', 'sam']);
  });

  it('a substitution is part of the holding: the binôme whole is another holding', () => {
    expect(sameHolding(substituted('paul', 'sam'), binome)).toBe(false);
    expect(sameHolding(substituted('paul', 'sam'), substituted('paul', 'sam'))).toBe(true);
  });
});

describe('handing a place over (an approved swap)', () => {
  it('a person’s shift goes to the taker', () => {
    expect(handOver(holdingOf('paul', null), 'paul', 'sam')).toEqual(holdingOf('sam', null));
  });

  it('on a binôme’s shift the taker holds the giver’s place; the binôme stays', () => {
    expect(handOver(binome, 'paul', 'sam')).toEqual(substituted('paul', 'sam'));
  });

  it('the substitute passes the place on; the member taking it back makes the binôme whole', () => {
    expect(handOver(substituted('paul', 'sam'), 'sam', 'flore')).toEqual(substituted('paul', 'flore'));
    expect(handOver(substituted('paul', 'sam'), 'sam', 'paul')).toEqual(binome);
  });

  it('one place at a time: the partner of a member already replaced cannot hand hers over too', () => {
    expect(mayHandOver(substituted('paul', 'sam'), 'pia')).toMatchObject({ error: { field: 'shiftId', code: 'PARTNER_ALREADY_REPLACED' } });
    expect(handOver(substituted('paul', 'sam'), 'pia', 'flore')).toMatchObject({ error: { field: 'swapId', code: 'PARTNER_ALREADY_REPLACED' } });
    expect(mayHandOver(binome, 'pia')).toBeNull();
  });
});
