// "à la place de <name>" on the shift card (stop 19: the holders were right, the card did not say
// whose place the substitute holds).
import { describe, expect, it } from 'vitest';
import { createBoardI18n } from '../i18n';
import { inPlaceOf } from './inPlaceOf';
import { de } from './elision';

const swapped = { substitute: { id: 'sam' }, substitutedMember: { id: 'paul', fullName: 'Paul Premier' } };

describe('inPlaceOf', () => {
  it('names the member whose place the substitute holds, for her only', () => {
    expect(inPlaceOf(swapped, 'sam')).toBe('Paul Premier');
    expect(inPlaceOf(swapped, 'pia')).toBeNull();
  });

  it('says nothing on a shift held as the rota made it', () => {
    expect(inPlaceOf({ substitute: null, substitutedMember: null }, 'sam')).toBeNull();
    expect(inPlaceOf(null, 'sam')).toBeNull();
  });

  it('is worded in each language', () => {
    expect(createBoardI18n('fr').global.t('onCall.inPlaceOf', { name: 'Paul Premier', deName: de('Paul Premier') })).toBe('à la place de Paul Premier');
    expect(createBoardI18n('fr').global.t('onCall.inPlaceOf', { name: 'Anne Evrard', deName: de('Anne Evrard') })).toBe('à la place d’Anne Evrard');
    expect(createBoardI18n('en').global.t('onCall.inPlaceOf', { name: 'Paul Premier' })).toBe('in place of Paul Premier');
  });
});
